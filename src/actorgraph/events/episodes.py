"""Doers an episode gives: an agentless passive of force takes the hand of the act before it.

In: the events of a document in text order, each with the token of its trigger. Out: the
same events, an agentless passive of force or coercion given its doer from the act just
before it in the same episode.

News tells a raid and its results in turn, the doer named once: "Police raided the offices
of the paper on Monday. Two editors were detained." The detention is the police's. So: an
event of force or coercion (``doers.FORCE_TYPES``: ASSAULT, COERCE) told by a passive verb with no
by-phrase and no source takes the source of the event right before it when

* that event is itself one of force or coercion and its doers are all armed bodies
  (``actors.mentions.ARMED``: forces, police, rebels, insurgents): an act by another kind of
  party makes no likely doer ("protesters marched; several were arrested": not theirs);
* it sits in the same sentence or in the sentence right before, in the same paragraph (no
  paragraph break between them: ``nlp.paragraph_ends``);
* no other party is the subject of a verb between the two ("Villagers accused the governor,
  and six farmers were arrested": the episode has moved on), but for a verb of speech that
  only says who tells it ("stormed a checkpoint, *the army said*. Five were wounded");
* the passive is not done to the doer's own side (the same actor, or one of the same
  sector): an attacker's own dead fell to the other side ("Soldiers attacked the camp. Two
  soldiers were killed": not by themselves).

Events given a doer this way pass it on ("raided ...; two editors were detained and their
laptops seized"), and so does a passive to a passive whose auxiliary it shares ("four were
killed and six *wounded*"). A killing or wounding so told after an attack is that attack's
toll, told again (``Event.retells``), as a participle clause after it is ("attacked a post,
*killing* three": ``restatements.tolls``), unless its text gives it a day or a town of its
own ("*On Tuesday*, four soldiers were killed *near Harsk*").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.mentions import ARMED
from ..nlp import paragraph_break
from ..records import Event
from .actormap import ActorMap
from .doers import FORCE_TYPES
from .lexicon import get as lexicon
from .subjects import PASSIVE_SUBJECTS, SUBJECTS, agent, distant_agent


def _agentless_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb with no by-phrase ("six farmers *were arrested*"),
    or a participle sharing the auxiliary of one ("four were killed and six *wounded*")."""
    return verb.pos_ in ("VERB", "AUX") and (any(
        c.dep_ == "auxpass" or c.dep_ in PASSIVE_SUBJECTS for c in verb.children) or (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and _agentless_passive(verb.head)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))) and not (
        agent(verb) or distant_agent(verb))


def _armed(event: Event, amap: ActorMap) -> bool:
    return event.type in FORCE_TYPES and bool(event.source) and all(
        amap.sector.get(a) in ARMED for a in event.source)


def _other_side(event: Event, before: Event, amap: ActorMap) -> bool:
    """Whether ``event`` is done to no one of ``before``'s doers' side."""
    sides = {*before.source, *(amap.sector.get(a) for a in before.source)}
    return not any(a in sides or amap.sector.get(a) in sides for a in event.target)


def _same_episode(before: Event, event: Event, verb: Token) -> bool:
    """Whether ``before`` is in ``event``'s sentence or the one right before it, in the same
    paragraph (``nlp.paragraph_break``)."""
    if paragraph_break(verb.doc, before.end, event.start) >= 0:
        return False
    sentence = verb.sent
    if before.start >= sentence.start_char:
        return True
    first = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
    return first is not None and before.start >= first.start_char


def _others_act(verb: Token, start: int, end: int, doers: set[str], amap: ActorMap) -> bool:
    """Whether a party other than ``doers`` is the subject of a verb between the character
    offsets ``start`` and ``end``, but for a verb of speech that only says who tells the act
    before (not one ``verb`` is told in: "an officer said troops sought the hostages *seized*
    a week earlier")."""
    told_in = {t.i for t in verb.ancestors}
    for token in verb.doc:
        if start <= token.idx < end and token.dep_ in SUBJECTS and not (lexicon().cue(
                "report_verbs", token.head.lemma_.lower()) and token.head.i not in told_in):
            actor = amap.actor(token)
            if actor is not None and actor not in doers:
                return True
    return False


def _own_day_or_town(event: Event, before: Event) -> bool:
    """Whether ``event``'s text gives it a day or a town other than ``before``'s."""
    return (event.date_basis == "text" and event.date != before.date) or bool(
        event.location and before.location and event.location.name != before.location.name)


def _takes(before: Event, event: Event, verb: Token, amap: ActorMap) -> bool:
    """Whether ``event``, told at ``verb``, takes the doer of ``before`` (see the module)."""
    return not event.source and event.type in FORCE_TYPES and _armed(before, amap) and \
        _other_side(event, before, amap) and _agentless_passive(verb) and \
        _same_episode(before, event, verb) and not _others_act(
            verb, before.end, event.start, set(before.source), amap)


def passive_doers(events: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
                  amap: ActorMap, key: Callable[[Event], str]) -> list[Event]:
    """``events`` with each agentless passive of force given the armed doer of the act of
    force just before it in the same episode (see the module); ``key`` names an event for
    ``Event.retells``."""
    ordered = sorted(range(len(events)), key=lambda n: (events[n].start, events[n].end))
    out = list(events)
    before: Event | None = None
    for n in ordered:
        event = out[n]
        verb = heads.get((event.start, event.end, event.type))
        if verb is not None and before is not None and _takes(before, event, verb, amap):
            toll = event.type == before.type == "ASSAULT" and event.retells is None and \
                not _own_day_or_town(event, before)
            event = out[n] = replace(event, source=before.source,
                                     retells=key(before) if toll else event.retells)
        if before is None or event.start >= before.end:
            before = event
    return out
