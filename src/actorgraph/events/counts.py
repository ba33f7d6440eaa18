"""How many people an act was done to, as the text gives it.

In: an event's trigger head, its target actor ids and the ``ActorMap``. Out: a number, or
None.

The number is the cardinal on the noun of a target actor the act hangs on: its object or
passive subject ("detained *14* people", "*Thirty-eight* protesters were arrested"), the
noun a participle describes ("the *14* workers detained during the strike"), the object of a
toll clause ("killing at least *fourteen* civilians"), a noun's "of" phrase ("the release of
the *14* people"). Conjoined targets add up ("killing *four* gendarmes and *two* civilians":
six). Digits ("1,200") and number words (``number_words`` in ``data/arguments.yaml``,
hyphenated tens and units: "thirty-eight") count; vague amounts ("dozens of people") do not.
A part of a number counts the part ("freed *two* of the 14 detainees": two). A number on the
doers ("*five* gunmen attacked") or on things ("300 tonnes of fuel") is no target's.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ..actors.tables import word_table
from .actormap import ActorMap


@functools.cache
def _words() -> dict[str, int]:
    return {str(k): int(v) for k, v in word_table("arguments.yaml", "number_words").items()}


def number(token: Token) -> int | None:
    """The whole number ``token`` writes, with the tens a hyphen joins before it ("Thirty -
    eight"), or None for a word that is no exact number."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    words = _words()
    parts = text.split("-")
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in words:
        parts.insert(0, token.nbor(-2).lower_)
    if not all(p in words for p in parts):
        return None
    return sum(words[p] for p in parts)


def _of(noun: Token) -> int | None:
    """The cardinal on ``noun``, or on the part of it a partitive counts ("*two* of the 14")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        return number(noun.head.head)
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num:
            return number(c)
    return None


def target_count(head: Token, targets: tuple[str, ...] | list[str], amap: ActorMap
                 ) -> int | None:
    """How many people the act of the trigger ``head`` was done to, by its ``targets``."""
    if not targets:
        return None
    wanted = set(targets)
    near = list(head.subtree)
    if head.dep_ == "acl":  # "the 14 workers *detained*": the noun it describes
        near.insert(0, head.head)
    for noun in near:
        if noun.pos_ not in ("NOUN", "PROPN") or amap.direct(noun) not in wanted:
            continue
        found = _of(noun)
        if found is None:
            continue
        more = [_of(c) for c in noun.conjuncts if c.i > noun.i and amap.direct(c) in wanted]
        return found + sum(n for n in more if n is not None)
    return None
