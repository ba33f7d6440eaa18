"""Sides: the sources and targets of a trigger, by its part of speech and type.

In: a trigger, the actor map and the senses of the document's triggers. Out: the local actor
ids of its sources and of its targets, or None when it names no event. A verb's sides are its
subject and its objects or the objects of the prepositions its type reads as aimed at
someone (``verb_arguments``); a noun's are its owner, its phrases and its light verb's
(``noun_arguments``); a verb of receiving has its giver as source ("acquired drones *from
Turkey*"). A threat with no target is aimed at whoever its condition names, and parties
named only "between" one another act on each other; parties a verb tells doing its act to
each other ("accused each other", "traded accusations") are its targets too, as are two sides
that cooperate with no one else named (``reciprocals``). An act that still names no recipient
is aimed at the one other state its clause names (``other_side``: "called off talks scheduled
*in New Delhi*").
A document ("the deal", "the accord") is an event only when someone makes it in the sentence
or it names the two parties it binds.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import word_list
from . import carriers, implied, outcomes, reciprocals, triggers
from .arguments import TARGET_PREPS, ActorMap, verb_arguments
from .lexicon import Entry
from .nominals import noun_arguments
from .other_side import other_side
from .reached import between
from .recipients import received_arguments, recipients
from .wishers import condition_subjects

#: Prepositions naming a target, by type: one asks *from*, withdraws *from*, and complains
#: *about* someone (whoever it is complained *to* is not the accused); help and support are
#: *for* someone, while talks *on* a country are about it, not with it; a protest *outside*
#: or *at* an embassy or an office is aimed at whoever it houses.
#: (*at*: one fires at someone; a detention "at Merowe" is only where it happened.)
_PREPS = {"REQUEST": TARGET_PREPS | {"from", "for"}, "RETREAT": TARGET_PREPS | {"from"},
          "ASSAULT": TARGET_PREPS | {"at"}, "THREATEN": TARGET_PREPS | {"at"},
          "ACCUSE": (TARGET_PREPS - {"to"}) | {"over", "about"},
          "AID": TARGET_PREPS | {"for"}, "SUPPORT": TARGET_PREPS | {"for"},
          "CONSULT": TARGET_PREPS - {"on", "upon"},
          "PROTEST": TARGET_PREPS | {"outside", "at"}}


def of(trigger: triggers.Trigger, amap: ActorMap, senses: dict[int, Entry],
       guessed: set[str] | None = None) -> tuple[list[str], list[str]] | None:
    """Sources and targets of a trigger; None when a nominal trigger is a document nobody makes
    in the sentence, unless it names the two parties it binds ("the deal *between Ethiopia and
    Eritrea*"): "the agreement", or a verb's subject ("the deal follows talks"), is no event,
    nor a verb's object if it makes none ("shelved the pact") or is an act of its own ("welcomed
    the deal"); one made ("offered a deal"), or a meeting's outcome (``outcomes``), is.
    ``guessed`` receives the targets only ``other_side`` found (``Event.target_basis``)."""
    kind = trigger.entry.type
    preps = _PREPS.get(kind or "", TARGET_PREPS)
    if trigger.entry.pos == "noun":

        def carries(verb: Token) -> bool:
            # "there was no operation": an expletive subject names no doer of the act
            entry = senses.get(verb.i)
            return (entry is None or entry.type in (None, "AGREE", "THREATEN")) and not any(
                c.dep_ == "expl" for c in verb.children)

        reached = outcomes.outcome_verb(trigger.head)  # "the talks ended with a deal"
        verb = reached or implied.anchor(trigger)
        if trigger.head.lemma_.lower() in word_list(
                "arguments.yaml", "document_nouns") and trigger.light is None and not (
                verb.i != trigger.head.i and carries(verb) and (
                    verb.lemma_.lower() in carriers.carrier_verbs() or reached)) and len(
                    between(trigger.head, amap)) < 2:
            return None  # but "the pact between Egypt and Sudan took effect": both agreed
        sources, targets = noun_arguments(
            trigger, amap, carries, preps,
            asks=lambda verb: getattr(senses.get(verb.i), "type", None) == "REQUEST")
        if not targets and trigger.light is not None and kind == "PROTEST":
            targets = verb_arguments(trigger.light, amap, preps, purpose=True)[1]
    elif trigger.entry.received:  # "Mali acquired drones from Turkey": Turkey gives
        sources, targets = received_arguments(trigger.head, amap)
    else:
        sources, targets = verb_arguments(trigger.head, amap, preps,
                                          addressee=kind == "REQUEST", purpose=kind == "PROTEST",
                                          themes=trigger.entry.obj, moved=kind == "MOBILIZE",
                                          origin=trigger.entry.mode in ("expel", "deport"))
    if not targets and kind == "THREATEN":
        targets = condition_subjects(trigger.clause, amap, sources)
    targets = targets or recipients(trigger, amap, sources)
    # "called off talks scheduled *in New Delhi*": the one other state of the clause
    if not targets:
        targets = other_side(trigger, amap, sources)
        if guessed is not None:
            guessed.update(targets)
    if trigger.entry.pos == "verb":  # "accused each other", "traded accusations": both
        targets = reciprocals.mutual(trigger.head, amap, sources, targets)
    # "Ghana and Togo held joint exercises": cooperation of two sides is with each other
    targets = reciprocals.joint(kind, trigger.light if trigger.light is not None
                                else trigger.head, amap, sources, targets)
    if all(amap.kind.get(a) == "LOCATION" for a in sources):
        # "fighting between the army and the RSF": both sides act, no one is acted upon;
        # and a city reached through the carrier's subject is only where ("talks *in Doha*
        # produced an agreement between Qatar and Bahrain")
        # ... also those of the act whose outcome it is ("*talks between Ethiopia and Egypt*
        # produced an agreement")
        heads = [trigger.head, *(h for h in [trigger.head.head]
                                 if trigger.head.dep_ in ("compound", "nsubj")),
                 *(c for c in trigger.head.head.children if trigger.head.dep_ == "dobj"
                   and trigger.entry.pos == "noun" and c.dep_ == "nsubj")]
        parties = [a for h in heads for a in between(h, amap)]
        if len(parties) > 1:
            sources, targets = parties, [t for t in targets if t not in parties]
    return sources, targets
