"""Repeats: one act its doers are told to do twice in one sentence is one event.

In: the events found, with the token of each one's trigger head, and the lexicon. Out: the
events with the repeats folded into the first (``told_twice``).

The same verb with the same object, code, doers and reading ("will not supply weapons openly
... would not allow China to supply weapons to Sudan") tells one act: the first is kept, with
the recipients of both. Other recipients on each side ("sold rifles to Chad, and ... rifles
to Niger"), another object, doer or reading, a noun, a verb with no doer or object, or a word
that tells the act once more ("shelled it *again*", ``repetition_words``) are other acts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from ..records import Event
from .lexicon import Lexicon


def told_twice(found: list[Event], heads: Mapping[tuple[int, int, str], Token],
                lex: Lexicon) -> list[Event]:
    """``found`` with one event for one act its doers are told to do twice in one sentence,
    by the same verb with the same object and code and the same reading ("will not supply
    weapons openly ... would not allow China to supply weapons to Sudan"): the first, with
    the recipients of both. Other recipients on each side ("sold rifles to Chad, and ...
    rifles to Niger"), another object, doer or reading, or a word that tells the act once
    more ("shelled it *again*", ``repetition_words``) are other acts."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for e in found:
        key = _act(e, heads.get((e.start, e.end, e.type)), lex)
        n = first.get(key) if key is not None else None
        if n is None:
            if key is not None:
                first[key] = len(out)
            out.append(e)
            continue
        kept = out[n]
        if kept.target and e.target and set(kept.target) != set(e.target):
            out.append(e)  # another recipient: another act
            continue
        out[n] = replace(kept, target=tuple(dict.fromkeys((*kept.target, *e.target))))
    return out


def once_more(verb: Token, lex: Lexicon) -> bool:
    """Whether a word on ``verb`` tells its act once more ("shelled it *again*", "*also*
    detained", ``repetition_words``): another act than one told before, not a retelling."""
    return any(lex.cue("repetition_words", c.lower_) for c in verb.children)


def _act(event: Event, verb: Token | None, lex: Lexicon) -> tuple | None:
    """What tells one verbal act from another in its sentence (see ``told_twice``): None for
    a noun, a verb with no doer or object, or one told once more."""
    if verb is None or verb.pos_ != "VERB" or not event.source or any(
            c.dep_ == "advmod" and lex.cue("repetition_words", c.lower_) for c in verb.children):
        return None
    objects = frozenset(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    if not objects:
        return None
    return (event.sentence_start, event.type, event.cameo_code, event.modality,
            frozenset(event.source), verb.lemma_.lower(), objects)
