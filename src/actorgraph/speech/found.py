"""What the quote finders hand on: a quote before it gets its id, with what claims need."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .speakers import Speaker

_END_PUNCT = frozenset(".,;:!?—–-…")
_OPENING = frozenset("“\"‘«„")


@dataclass(frozen=True, slots=True)
class Found:
    """A quote's content span, kind, cue and speaker, and the stance its cue implies."""

    start: int
    end: int
    kind: str
    speaker: Speaker | None
    stance: str | None = "asserts"  # None: a request or promise, neither true nor false
    cue_start: int | None = None
    cue_end: int | None = None
    parts: tuple[tuple[int, int], ...] = ()


def cue_span(cue: Token) -> tuple[int, int]:
    """The cue's words: the verb with its particle ("pointed out"), "according to"."""
    end = cue.idx + len(cue.text)
    doc = cue.doc
    if cue.lower_ == "according" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
        end = doc[cue.i + 1].idx + 2
    for c in cue.children:
        if c.dep_ == "prt" and c.i == cue.i + 1:
            end = c.idx + len(c.text)
    return cue.idx, end


def token_span(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters of tokens ``lo..hi`` (inclusive) without "that", spaces and punctuation at
    either end (a closing quotation mark stays when its opening mark is inside)."""
    while lo <= hi and (doc[lo].is_space or (doc[lo].is_punct and doc[lo].text not in _OPENING)
                        or (doc[lo].lower_ == "that" and doc[lo].dep_ == "mark")):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in _END_PUNCT):
        hi -= 1
    if hi < lo:
        return None
    # a quotation mark right at the content is part of it: warned of “an unprecedented ...”
    if lo > 0 and doc[lo - 1].text in _OPENING:
        lo -= 1
    if hi + 1 < len(doc) and doc[hi + 1].text in "”\"’»" and any(
            t.text in _OPENING for t in doc[lo:hi + 1]):
        hi += 1
    start = doc[lo].idx
    text = doc[lo:hi + 1].text  # this span only: Doc.text is rebuilt on every call
    end = len(text)
    if text[end - 1] in "”\"’»" and not any(ch in _OPENING for ch in text[:end - 1]):
        end -= 1
        while end > 0 and (text[end - 1] in _END_PUNCT or text[end - 1].isspace()):
            end -= 1
    return (start, start + end) if end > 0 else None
