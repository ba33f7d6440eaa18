"""Whom a reaction is aimed at when it names no one: whoever did the act it answers.

In: the verb a reaction is told by (a complaint, a sanction, a threat, a refusal), an
``ActorMap`` and the reaction's sources. Out: actor ids.

PLOVER codes a reaction at the party it disapproves of, reduces relations with, threatens or
rebuffs (CAMEO 11, 16, 13, 12). News often names that party only in the act the reaction
follows: "Japan lodged a protest *after Chinese ships entered* its waters" accuses China,
"Kenya recalled its ambassador *after Uganda detained* 14 fishermen" is aimed at Uganda,
"condemned the raid *following the storming* of the mosque *by Israeli police*" at Israel's
police. The act is a clause opened by one of ``reaction_marks`` (its doer: the subject, a
passive's by-agent, or who did what a passive subject was caught doing) or a noun of an act
after such a word (its by-phrase or the actor named on it). Not the doer's own act
("complained after *it* lost the vote"), nor an act no one is named doing ("after the talks
ended"); a crowd's own police may be whom it protests ("students marched after *police*
killed a classmate").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from . import lexicon
from .actormap import ActorMap
from .doers import doers
from .subjects import by_phrase, pobjs

#: Words opening the act a reaction answers ("after", "following").
_MARKS = word_list("arguments.yaml", "reaction_marks")
#: Modifiers of an act noun that name its doer ("the *Chinese* incursion", "*Russia's* move").
_NAMERS = frozenset({"poss", "amod", "compound", "nmod"})


def provoker(verb: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whoever did the act the reaction told by ``verb`` follows, by the module's rule."""
    if not sources:
        return []
    found: list[str] = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _MARKS
                                     for m in c.children):
            found += doers(c, amap) or [a for x in c.children if x.dep_ == "xcomp"
                                        for a in doers(x, amap)]
        elif c.dep_ == "prep" and c.lower_ in _MARKS:
            acts = [o for o in pobjs(c) if amap.direct(o) is None and any(
                e.type for e in lexicon.get().senses("noun", o.lemma_.lower()))]
            by = [o for a in acts for o in by_phrase(a)]
            found += amap.actors(by) or amap.actors(
                m for a in acts for m in a.children if m.dep_ in _NAMERS)
    return [a for a in dict.fromkeys(found) if a not in sources
            and (amap.kind.get(a) != "LOCATION" or amap.country.get(a) is not None)]
