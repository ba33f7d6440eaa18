"""The other side of an act that names no recipient: the one other state its clause names.

In: a trigger whose arguments and recipients (``arguments``, ``recipients``) found no target,
its sources and the ``ActorMap``. Out: the actors of the one country, other than the
sources' own, that the trigger's clause names; none when it names none or several.

PLOVER codes events as dyads, a source acting on a recipient. News often names the recipient
outside the act's own phrases, in a clause that only places or dates the act or tells what
it answers: "Pakistan called off talks that had been scheduled for next week *in New Delhi*",
"China's navy launched drills, days after *Taiwan's* president took office", "Turkey halted
all trade until a ceasefire with *Israel* is reached". When the act's clause (a verb's,
or a noun's own phrase or its light verb's; not the verb a noun hangs on: "whose *abduction*
the army blames on the guerrillas") names exactly one state besides the source's (by a
country, a capital, a nationality, or a body or person of that state), that state is the
other side. Not whoever the clause is attributed to ("..., *the US envoy* said", "according
to *the US-led* committee", "citing *a Kenyan* official"), who tells the act and takes no
part in it; not when two other states are named (which one is the recipient the sentence
does not say); not for an act with no source (nothing to set the other side against), nor
with sources of two sides, who act between themselves ("Army and RSF delegates held talks
*in Jeddah*": a venue, no side), nor a mediator ("talks *brokered by Cuba*": a third party).

Only a state acts on a state here: the source's country must be a state's, and the other side
must stand for its state (the country, or a body or person of the state's sectors:
``sectors.yaml`` ``state``); a place is where, not whom ("condemned the killings *in
Darfur*", "suspended the negotiations *in Doha*", "the *Doha* talks": a place actor, the object
of a phrase of where, a venue), and a people is not its state ("deployed troops to protect
*Sudanese refugees*"). Nor does a coordinated verb lend its parties: it is another act with
phrases of its own ("condemned the strike and demanded an explanation *from Chad*").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.collectives import STATE_SECTORS
from ..actors.dictionary import is_state
from ..actors.tables import word_list
from . import lexicon
from .actormap import ActorMap
from .parties import MEDIATE
from .reached import where_named
from .triggers import Trigger
from .whereabouts import venue

#: Words that attribute a clause to whoever told it: "*according* to", "*citing*".
_ATTRIBUTION = word_list("arguments.yaml", "attribution_words")
#: Prepositions of where: their object is a place, the scene or venue of the act.
_WHERE = word_list("grammar.yaml", "scene_setting_preps")


def other_side(trigger: Trigger, amap: ActorMap, sources: list[str]) -> list[str]:
    """The actors of the one other country the trigger's clause names (module docstring)."""
    mine = {amap.country.get(a) for a in sources}
    if len(mine) != 1 or not is_state(next(iter(mine))):  # "Army and RSF delegates held
        return []  # talks in Jeddah": between themselves; "Gunmen fired": no state's act
    clause = trigger.clause
    found: dict[str, list[str]] = {}
    for t in clause.subtree:
        actor = amap.direct(t)
        if actor is None or actor in sources or _attributed(t, clause) \
                or _another_act(t, clause) or _mediator(t, clause) \
                or not _stands_for_state(t, actor, amap):
            continue
        country = amap.country.get(actor)
        if is_state(country) and country not in mine:
            found.setdefault(country, [])
            if actor not in found[country]:
                found[country].append(actor)
    return next(iter(found.values()))[:1] if len(found) == 1 else []


def _attributed(token: Token, clause: Token) -> bool:
    """Whether ``token`` stands in a phrase that tells who reported the clause, between it and
    the clause: "according to", "citing", or a verb of reporting set into the clause ("Israel,
    *the envoy said*, withdrew"); a reporter the clause is the report of is outside it."""
    lex = lexicon.get()
    return _below(token, clause, lambda t: t.lower_ in _ATTRIBUTION or (
        t.lemma_.lower() in _ATTRIBUTION) or (
            t.dep_ == "parataxis" and lex.cue("report_verbs", t.lemma_.lower())))


def _stands_for_state(token: Token, actor: str, amap: ActorMap) -> bool:
    """Whether ``actor``, named at ``token``, stands for its state in the clause: the country
    or one of its bodies or officials, not a place told as where ("killings *in Darfur*",
    "the *Doha* talks") nor a people ("*Sudanese* refugees")."""
    if amap.kind.get(actor) == "LOCATION" or venue(token) or where_named(token, amap):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in _WHERE:
        return False  # "talks scheduled *in New Delhi*": the venue
    return amap.kind.get(actor) == "COUNTRY" or amap.sector.get(actor) in STATE_SECTORS


def _another_act(token: Token, clause: Token) -> bool:
    """Whether ``token`` stands in a verb coordinated with the clause's (``conj``): another
    act, whose phrases are its own ("condemned the strike and demanded an explanation *from
    Chad*")."""
    return _below(token, clause, lambda t: t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))


def _mediator(token: Token, clause: Token) -> bool:
    """Whether ``token`` stands in the phrases of a mediation below the clause ("talks
    *mediated by Oman*", "brokered by Cuba": ``mediates``): a third party to the
    act, not its other side."""
    return _below(token, clause, lambda t: t.pos_ == "VERB" and mediates(t))


def mediates(verb: Token) -> bool:
    """Whether ``verb`` is a mediation ("talks *brokered* by Qatar", "*mediated* by Oman"):
    a sense of it is CAMEO 045, so its agent is a third party, not a side of the talks."""
    return any(e.cameo == MEDIATE for e in lexicon.get().senses("verb", verb.lemma_.lower()))


def _below(token: Token, clause: Token, test: Callable[[Token], bool]) -> bool:
    """Whether ``token`` or one of its heads below ``clause`` passes ``test``."""
    for t in (token, *token.ancestors):
        if t == clause:
            return False
        if test(t):
            return True
    return False
