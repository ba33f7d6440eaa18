"""Direct quotes: quoted passages attributed to a cue and a speaker.

In: the parse, the passages of ``marks`` that no indirect quote took in, the cue table and the
speaker ``Resolver``. Out: ``Found`` quotes of kind ``direct``.

A passage's cue is looked for in its frame, the words of its sentences outside the marks:

* after it, in the sentence that follows the closing mark (``“...,” she said``, ``“...,”
  said the minister``, ``“...,” Ishchenko stressed``); a passage ending in a full stop takes
  a cue after it only if a lower-case word follows (``“... .” he said``, sloppy but common);
* before it, the nearest cue with nothing but its own phrase between it and the mark
  (``X said: “...”``, ``X told reporters on Monday, “...”``, ``according to X: “...”``); a
  frame ending in a colon with no verb of speech is attributed to its subject (``The minister
  was blunt: “...”``);
* whichever of the two is nearer.

A passage with no cue of its own continues a speaker when it starts its sentence: the one of
the passage before it in the same paragraph (``“A,” X stressed. “B.”``: same speaker and
cue), of the last attributed passage of the paragraph before (a floating quote paragraph, no
cue), or of the passage right after it that is attributed (``“A.” “B,” she said.``).
Passages of one cue are one quote, each a part of it. A title in marks ("Running Dry: The
Basin at a Crossroads", every longer word capitalised) is no speech. One to
three quoted words need a cue right at them (``“No,” he said``): otherwise they are scare
quotes, titles or names, not speech.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import paragraph_break, paragraph_start, text_of
from .cues import Cues
from .found import Found, cue_span
from .marks import Passage, after_colon
from .speakers import Resolver, Speaker

_VERBS = frozenset({"VERB", "AUX"})
_LOOSE = frozenset({"relcl", "acl", "amod", "csubj"})
#: How far a cue may stand from its passage, in tokens.
_REACH = 24


class Attributor:
    def __init__(self, doc: Doc, passages: Sequence[Passage], cues: Cues,
                 speakers: Resolver) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.passages = list(passages)
        self.cues = cues
        self.speakers = speakers
        self._starts = [t.idx for t in doc]

    def _token(self, char: int) -> int:
        """Index of the token holding character ``char``."""
        return max(0, bisect.bisect_right(self._starts, char) - 1)

    def run(self) -> list[Found]:
        n = len(self.passages)
        found: list[Found | None] = [self._framed(k) for k in range(n)]
        for k in range(n):  # continuing speakers, left to right
            if found[k] is None and self._opens_sentence(k):
                found[k] = self._continued(k, found)
        for k in range(n - 1, -1, -1):  # "“A.” “B,” she said."
            if found[k] is None and k + 1 < n and found[k + 1] is not None \
                    and self._adjacent(k, k + 1) and self._opens_sentence(k):
                f = found[k + 1]
                p = self.passages[k]
                found[k] = Found(p.start, p.end, "direct", f.speaker, f.stance, f.cue_start,
                                 f.cue_end)
        return _one_per_cue([f for f in found if f is not None])

    # -- a passage's own cue ---------------------------------------------------------------
    def _framed(self, k: int) -> Found | None:
        p = self.passages[k]
        if _title(self.text[p.start:p.end]):
            return None
        short = len(self.text[p.start:p.end].split()) <= 3
        after = self._after(k) if p.closed else None
        before = self._before(k)
        if short:
            if after is not None and (after[1] > 4 or not self._opens_sentence(k)):
                after = None
            if before is not None and not self._colon_before(k):
                before = None
        choice = min((c for c in (after, before) if c is not None), key=lambda c: c[1],
                     default=None)
        if choice is None:
            return None
        cue, _, speaker = choice
        stance = (self.cues.verb_stance(cue) if cue is not None and cue.pos_ in _VERBS
                  else None) or "asserts"
        span = cue_span(cue) if cue is not None else (None, None)
        return Found(p.start, p.end, "direct", speaker, stance, *span)

    def _after(self, k: int) -> tuple[Token, int, Speaker | None] | None:
        p = self.passages[k]
        doc, text = self.doc, self.text
        first = self._token(p.close - 1) + 1
        while first < len(doc) and doc[first].is_space:
            first += 1
        if first >= len(doc) or paragraph_break(doc, p.close, doc[first].idx) >= 0:
            return None
        ends_full = text[p.end - 1:p.end] == "." if p.end > p.start else False
        if ends_full and not doc[first].is_lower:
            return None
        limit = self._next_open(k)
        sent_end = doc[first].sent.end
        for i in range(first, min(sent_end, first + _REACH, len(doc))):
            t = doc[i]
            if t.idx >= limit:
                break
            if self._is_cue(t):
                return t, i - first, self.speakers.speaker(t)
        return None

    def _before(self, k: int) -> tuple[Token | None, int, Speaker | None] | None:
        p = self.passages[k]
        doc = self.doc
        o = self._token(p.open)
        floor = max(doc[o].sent.start, self._previous_close(k))
        if self._colon_before(k) and o > 0 and doc[o - 1].sent.start >= floor:
            floor = min(floor, doc[o - 1].sent.start)  # "He said:\n\n“...”" stays one frame
        for i in range(o - 1, max(floor, o - _REACH) - 1, -1):
            t = doc[i]
            if self._is_cue(t) or (t.lower_ == "according" and i + 1 < len(doc)
                                   and doc[i + 1].lower_ == "to"):
                if any(x.pos_ in _VERBS and x.dep_ in ("ROOT", "ccomp", "conj")
                       and x.tag_ in ("VBD", "VBZ", "VBP") for x in doc[i + 1:o]):
                    return None  # another clause stands between the cue and the quote
                return t, o - i, self.speakers.speaker(t)
        if self._colon_before(k):
            root = doc[o - 1].sent.root if o > 0 else None
            if root is not None and root.pos_ in _VERBS:
                subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    return None, o - root.i, self.speakers.of_head(subj[0])
        return None

    def _is_cue(self, t: Token) -> bool:
        """A verb of speech, said here (not "a source, *said* to be close to ...")."""
        return (t.pos_ in _VERBS and t.dep_ not in _LOOSE
                and self.cues.verb_stance(t) is not None
                and not (t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                                     for c in t.children))
                and not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                            for c in t.children)
                and not any(c.dep_ == "neg" for c in t.children))

    # -- layout ----------------------------------------------------------------------------
    def _colon_before(self, k: int) -> bool:
        return after_colon(self.text, self.passages[k].open)

    def _opens_sentence(self, k: int) -> bool:
        """Nothing but punctuation between the passage and its sentence's start (or the
        previous passage)."""
        p = self.passages[k]
        o = self._token(p.open)
        start = max(self.doc[o].sent.start_char, self._previous_close_char(k))
        return not any(ch.isalnum() for ch in self.text[start:p.open])

    def _adjacent(self, a: int, b: int) -> bool:
        close, start = self.passages[a].close, self.passages[b].open
        return paragraph_break(self.doc, close, start) < 0 and not any(
            ch.isalnum() for ch in self.text[close:start])

    def _previous_close(self, k: int) -> int:
        return self._token(self.passages[k - 1].close - 1) + 1 if k else 0

    def _previous_close_char(self, k: int) -> int:
        return self.passages[k - 1].close if k else 0

    def _next_open(self, k: int) -> int:
        return self.passages[k + 1].open if k + 1 < len(self.passages) else len(self.text)

    def _paragraph(self, char: int) -> int:
        """Start of the paragraph holding ``char`` (``nlp.paragraph_start``)."""
        return paragraph_start(self.doc, char)

    # -- continuing speakers ---------------------------------------------------------------
    def _continued(self, k: int, found: list[Found | None]) -> Found | None:
        if k == 0 or found[k - 1] is None:
            return None
        p, prev, f = self.passages[k], self.passages[k - 1], found[k - 1]
        if len(self.text[p.start:p.end].split()) <= 3 and not p.closed:
            return None
        here, there = self._paragraph(p.open), self._paragraph(prev.open)
        if here == there:
            between = self.text[prev.close:p.open]
            if f.cue_start is not None and not (prev.close <= f.cue_start < p.open) \
                    and any(ch.isalnum() for ch in between):
                return None  # someone else may speak between the two
            return Found(p.start, p.end, "direct", f.speaker, f.stance, f.cue_start, f.cue_end)
        # a quoted paragraph right after a paragraph that quoted someone: floating
        if p.open != here or self._paragraph(max(paragraph_break(self.doc, 0, here), 0)) \
                != self._paragraph(prev.close):
            return None
        return Found(p.start, p.end, "direct", f.speaker, f.stance)


def _one_per_cue(found: list[Found]) -> list[Found]:
    """Passages attributed by one cue are one quote, with each passage as a part."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and f.cue_start is not None and last.cue_start == f.cue_start:
            parts = last.parts or ((last.start, last.end),)
            out[-1] = Found(last.start, f.end, "direct", last.speaker, last.stance,
                            last.cue_start, last.cue_end, (*parts, (f.start, f.end)))
        else:
            out.append(f)
    return out


def _title(content: str) -> bool:
    """A title in quotation marks ("Running Dry: The Basin at a Crossroads"): every longer
    word capitalised, and no sentence ending."""
    words = [w for w in content.replace("-", " ").split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words) and not content.endswith(
        (".", "!", "?", "…"))
