"""Patients: who undergoes an act told by a noun someone owns ("*his* arrest")."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.descriptions import CIVILIAN_SECTORS
from ..actors.dictionary import word_list
from .actormap import ActorMap
from .triggers import Trigger

#: PLOVER modes of acts done to people, whose owner ("*his* arrest") undergoes them.
DONE_TO = frozenset({"arrest", "abduct", "deport", "expel", "release"})
#: Sectors of people who undergo acts rather than do them, when they own the act's noun:
#: civilians, and the opposition (an opposition leader's arrest).
CIVILIANS = CIVILIAN_SECTORS | {"OPP"}


def undergone(trigger: Trigger, own: list[Token], amap: ActorMap) -> list[Token]:
    """The owners of a noun of an act done to people (``DONE_TO``: an arrest, an abduction,
    an expulsion, a release; or a singular noun of a person's violent death, ``death_nouns``
    of ``persons.yaml``: "the governor's killing") that undergo it: a person or civilians
    owning it with no "of" phrase ("*his* arrest", "*Kpatcha's* detention"); with an "of"
    phrase, or owned by a state or a body, the owner acts ("the army's arrest *of*
    protesters", "Kenya's expulsion")."""
    noun = trigger.head
    killed = noun.tag_ == "NN" and noun.lemma_.lower() in word_list("persons.yaml",
                                                                   "death_nouns")
    if (trigger.entry.mode not in DONE_TO and not killed) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    return [c for c in own if c.dep_ == "poss" and (a := amap.direct(c)) is not None
            and (amap.kind.get(a) == "PERSON" or amap.sector.get(a) in CIVILIANS)]
