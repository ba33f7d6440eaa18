"""An act's place in a sequence of acts of its type, as its words give it.

"A *second* round of talks", "the *first* march", "began a *second* strike", "for the *third*
time": an ordinal (``ordinal``, from 1, stored on the event, and fusion never joins two acts
numbered differently); "the *first* march", "the *earlier* meeting", "the *second* attack":
the place among its document's acts of its type a definite noun tells again
(``place_in_sequence``, from 0, read by ``retellings``). In: the trigger's head token. Out: the
number, or None. The words are in ``data/dates.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import load_yaml

_SEQUENCE = load_yaml("dates.yaml")
#: Ordinals in order ("the *second* attack": the second act of its type its document tells).
_ORDINALS: tuple[str, ...] = tuple(_SEQUENCE["ordinals"])
#: Words that put an act first among those of its type ("the *earlier* meeting").
_FIRST = frozenset(_SEQUENCE["sequence_earlier"])
#: Nouns of one of several acts of a kind ("a second *round* of talks").
_ROUNDS = frozenset(_SEQUENCE["sequence_rounds"])


def ordinal(head: Token) -> int | None:
    """An act's place in a sequence of acts of its type its words give, from 1: an ordinal on
    its noun ("the *first* face-to-face talks", "a *second* strike"), on the noun of a round
    it is told as (``sequence_rounds``: "a *second* round of talks", "a *third* wave of
    protests"), on the object of its light verb ("began a *second* strike") or in "for the
    *second* time"; else None. Not "earlier" or "previous", which place it only against
    another act its report tells, nor a day of an act that lasts ("the second day of the
    strike" is that strike)."""
    nouns = [head] + [c for c in head.children if c.dep_ == "dobj"]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in _ROUNDS:
        nouns.append(head.head.head)
    nouns += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "time"]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ in ("amod", "nummod", "compound") and c.lower_ in _ORDINALS:
                return _ORDINALS.index(c.lower_) + 1
    return None


def place_in_sequence(noun: Token) -> int | None:
    """The place among its document's acts of its type that a noun's ordinal or sequence word
    gives it, from 0 ("the *first* march": 0, "the *earlier* meeting": 0, "the *second*
    attack": 1), else None."""
    for c in noun.children:
        if c.dep_ in ("amod", "advmod", "nummod", "compound"):
            word = c.lower_
            if word in _FIRST:
                return 0
            if word in _ORDINALS:
                return _ORDINALS.index(word)
    return None
