"""Events: who did what to whom, when and where, coded in PLOVER with CAMEO roots.

In: a ``Document``, its parse, its sentences and its local actors (``actors`` stage). Out:
``Event`` records whose ``source``/``target``/``attributed_to`` are local actor ids; the fuse
stage maps them to corpus actors and clusters events across documents.

Stages, each in its own module: ``triggers`` (lexicon senses over the parse), ``coverage``
(trigger words another trigger already codes), ``arguments`` and ``sides`` (source and
target), ``modality`` (asserted, negated, reported...), ``dates`` and ``dating``
(when, by the text or the publication date), ``places`` (where). An event with no actor on
either side is not emitted: without an actor it is not a political event we can point to;
except that a definite noun ("the visit", "Saturday's protest") refers back to the latest
event of its type a few events earlier, and takes its actors (none, when that event is a
crowd's the text does not name: "thousands marched ... The march was the largest since
2020" are two mentions of one protest). And a street protest needs no
named actor: "a demonstration was held", "thousands marched", "crowds took to the streets" are
PROTEST events of a crowd the text does not name (an empty source; the target is the place
they happen in, when the sentence names one), and so is the police's crowd control of such a
protest ("police dispersed the rally"), and an attack told by its toll ("the bombing killed
eight in Kabul"). A noun named only to say the act never took place ("no raid had taken
place", "there was no military operation", ``handless.denied``) answers the act its document
told before, and takes its actors; with none told, it is an event with no actor only when it
names an attack, a protest, an arrest, a raid or repression. And an agreement nobody acts
on ("under the deal, the arrears will be paid") is the one told before, given (its parties,
none of its clause's negation or modal). Any other act of a happening told as done, or
not done, by a definite noun with no actor ("blamed the group for *the attack*", "*the
burning of a bus* revived talk", ``bare``) is kept as a mention with no actor
(``Event.reference``), for fusion only: it is no coded event, added after them, and no coded
event takes it for an act told before. Other events stay unemitted without an actor.

Natural forces, accidents and disease (``non_agents`` in ``modality.yaml``) never act: "the
earthquake killed eight", "killed in the floods", "a lightning strike" are no event, and a
storm with a name ("Cyclone Idai") is no source. Civilians doing violence ("protesters clashed
with police", "rioters set fire to cars") riot: a PROTEST (riot) besides the ASSAULT; workers
who "strike" walk out. Crowd control of civilians ("fired tear gas at protesters") is also
the PROTEST of those civilians.

One act told twice in a sentence is one event, the verbal one: "used its *veto* to block",
"visited Moscow, his second *visit* to Russia" (``restatements``). Other mentions of an act
already coded (a toll, a visit's meeting, a headline, "the march") retell it (``once``).

Three PLOVER conventions add events of their own. A promise of a future act is itself an
event: "Finland will give Tanzania a grant" is an AGREE now (THREATEN for a hostile act,
CONCEDE for a concession); "X said Y must do Z" a REQUEST by X of Y; the act promised or
asked for (AID in the future, Z requested) is their content (``content``). Evaluating
someone, or their act, in words is criticising or praising them: "described the sanctions as
illegal" is an ACCUSE (``evaluations``).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.dictionary import Dictionary
from ..actors.tables import word_list
from ..nlp import paragraph_ends, word_at
from ..records import TOLD_DONE, Actor, Document, Event, Sentence
from ..speech.marks import quote_spans
from . import (
    agentless,
    answers,
    carriers,
    content,
    counts,
    coverage,
    crowds,
    dating,
    disasters,
    endings,
    episodes,
    evaluations,
    handless,
    implied,
    joint,
    marks,
    mishaps,
    nonacts,
    nonagents,
    once,
    orders,
    ordinals,
    outcomes,
    phrasings,
    places,
    rebuttals,
    references,
    reporters,
    restatements,
    retellings,
    senses_told,
    sides,
    triggers,
    veiled,
    warnings,
)
from . import bare as bare_mentions
from .arguments import ActorMap
from .lexicon import CIVIL_SECTORS, Entry, Lexicon, get
from .modality import Modality, Reading
from .tenses import to_infinitive

__all__ = ["Lexicon", "events", "get"]

_VIOLENT = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Nominal MOBILIZE triggers that are exercises: joint ones (two sources) are COOPERATE.
_EXERCISES = word_list("events.yaml", "exercise_nouns")
#: The CAMEO code of seizing or damaging property: done by civilians, looting, a riot.
_LOOTING = "171"
#: Types whose target, when the sentence names none, is the place they happen in (CAMEO use):
#: a raid, a curfew, a march "in Baghdad". Not a sanction: talks broken off "in Doha", a
#: penalty announced "in Brussels" happen there, aimed elsewhere.
_PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT",
                            "CONCEDE"})
#: Of these, the types whose several doers act on each other, not on where they are: sides
#: fighting "in Sirte", a truce the army and the rebels sign "in Addis Ababa".
_MUTUAL = frozenset({"ASSAULT", "RETREAT", "CONCEDE"})
#: Types of acts done to a place, which happen where their object is ("shelled Alitena").
_AT_OBJECT = frozenset({"ASSAULT", "COERCE"})


def events(document: Document, doc: Doc, sentences: Sequence[Sentence],
           actors: Sequence[Actor], d: Dictionary, lexicon: Lexicon | None = None,
           ) -> tuple[Event, ...]:
    """The events of one parsed document."""
    lex = lexicon or get()
    found = triggers.find(doc, lex)
    found = implied.bare(doc, found, lex)  # "the round": talks told again
    found = senses_told.standing(doc, found, lex)  # "the closure", "the call": told again
    found = senses_told.kept_sense(found, lex)  # "the strike" after "a drone strike"
    speech = set(lex.find(doc, "report_verbs"))
    # verbs an event noun may be the object of: "declined to confirm the recall", "broke the
    # truce"
    acting = speech | {t.head.i for t in found} | set(lex.find_any(doc, (
        "confirm_verbs", "deny_verbs", "attitude_verbs", "state_verbs", "about_verbs")))
    found = [carriers.noun_span(t, lex, acting) for t in found]  # "imposed a *curfew*"
    senses = {t.head.i: t.entry for t in found}
    amap = ActorMap(doc, actors)
    modality = Modality(lex, senses, amap, quote_spans(document.text, paragraph_ends(doc)))
    ended = endings.acts(found, modality)  # "ended *their strike*": under way
    covered = coverage.covered_nouns(found, lex, ended)
    starts = [s.start for s in sentences]
    asked = list(implied.demands(doc, amap, lex))
    dated = _dates(doc, document, found, speech, senses)

    def sentence_of(start: int) -> Sentence:
        return sentences[max(0, bisect.bisect_right(starts, start) - 1)]

    by_id = {a.id: a for a in actors}
    country_of = {a.id: a.country for a in actors}
    place_ids = {a.id for a in actors if a.kind in ("COUNTRY", "LOCATION")}
    out: list[Event] = []
    heads: dict[tuple[int, int, str], Token] = {}  # each trigger's event, by its key
    spans: restatements.Spans = {}  # events whose evidence runs over a second word
    loose: list[Event] = []  # acts told with no actor (``bare``), mentions for fusion only
    for trigger in found:
        if trigger.entry.type is None or trigger.head.i in covered:
            continue
        if trigger.entry.type == "REQUEST" and orders.acts_ordered(trigger.head, senses, amap,
                                                                   lex):
            continue  # "ordered the suspects held": the detention ordered, no request
        guessed: set[str] = set()  # a target only the other side named (other_side)
        arguments = sides.of(trigger, amap, senses, guessed)
        order = orders.ordered(trigger.head, trigger.entry, amap, lex)
        if order is not None and arguments is not None:  # "ordered them *held*": the orderer's
            arguments = orders.sides(order, trigger.head, arguments, amap)
        if arguments is not None and not arguments[0]:  # "police said rifles were seized"
            own = reporters.own_act(trigger, amap, modality, lex)
            arguments = (own, [a for a in arguments[1] if a not in own]) if own else arguments
        if trigger.head.i in ended:  # "the union ended *the strike*": the union's
            arguments = endings.with_ender(arguments, ended[trigger.head.i], amap,
                                           trigger.entry.type)
        crowd = retold = False
        owner = marks.owner(trigger.head, amap.direct)  # "thanked Japan for *its* grant"
        if owner is not None and arguments is not None and any(arguments):
            arguments = ([owner], [a for a in arguments[1] if a != owner])  # Japan's
        denied = handless.denied(trigger, lex)  # "no raid had taken place": the raid answered
        unused = arguments is None  # "under the deal, ...": an agreement nobody acts on,
        if unused:  # told again (the sentence presupposes it)
            told = retellings.retold(trigger, out)
            retold = told is not None
            arguments = (list(told.source), list(told.target)) if told is not None else None
        elif not any(arguments):
            host = restatements.carried(trigger.head, trigger.entry.type, out, heads)
            if host is not None:  # "met ... for a round of *talks*": the meeting named again
                restatements.widen(spans, host, trigger.start, trigger.end,
                                   heads[(host.start, host.end, host.type)], trigger.head)
                continue
            # "the talks ended with *an agreement*"; "the visit was the first in four years"
            referred = outcomes.parties(trigger, out, heads) or retellings.referred(
                trigger, out, denied=denied, owner=owner) or joint.parties(trigger, out, lex)
            # ... "the panels agreed": the parties met before (joint)
            # a crowd's protest, or an act told with no hand named ("no shots were fired")
            crowd = referred is None and (crowds.unnamed_crowd(trigger, senses, lex) or (
                handless.told_act(trigger, lex) and not (handless.placed(trigger, lex) and (
                    restatements.with_hands(trigger.head, trigger.entry.type, out)))))
            retold = referred is not None  # "the march was the largest": a crowd's, as before
            arguments = ([], []) if crowd else referred
        elif arguments is not None and not arguments[0]:  # "the embargo on Iran has ..."
            arguments = retellings.referred(trigger, out, arguments[1], country_of,
                                              place_ids) or arguments
        # "since the truce", "condemned the raid": an event pointed to, with no actor
        pointed = (arguments is None or not (crowd or retold or any(arguments))) and \
            references.points_to(trigger, lex, acting, senses)
        # "blamed the group for the attack": an act told with no actor, kept for fusion
        bare = not (pointed or unused) and (arguments is None or not (
            crowd or retold or any(arguments))) and bare_mentions.mention(trigger, lex)
        # "talks were held in Nairobi", "they were freed": an act of no force, no agent named
        passive = None if (pointed or unused or bare) or (arguments is not None and (
            crowd or retold or any(arguments))) else agentless.told(trigger, senses, lex)
        bare = bare or passive is not None
        if pointed or bare:
            arguments = ([], [])
        if arguments is None or not (crowd or retold or pointed or bare or any(arguments)) or \
                nonacts.not_an_act(trigger, arguments[0], lex, senses, amap, d, pointed):
            continue
        sources, targets = arguments
        natural = nonagents.forces(trigger, amap, lex)
        sources = [a for a in sources if a not in natural]  # "Cyclone Idai" acts on no one
        trigger = _walkout(trigger, sources, by_id, lex)  # "dock workers struck over pay"
        trigger = crowds.diplomatic(trigger, sources, by_id, lex, d)  # "Bhutan protested"
        kind = trigger.entry.type
        if kind in _VIOLENT and nonagents.in_sport(trigger, sources, targets, by_id, lex, amap):
            continue  # "the striker launched an attack", "struck twice as City beat Arsenal 3-1"
        if disasters.in_disaster(trigger, sources, lex, amap, senses, by_id) or (
                not sources and disasters.weather(trigger, lex, amap)) or \
                disasters.against_disaster(trigger, targets, lex, amap, senses) or \
                disasters.relief_crowd(trigger, lex, amap):
            continue  # "Floods swept the north. The water killed 31"; "battled a wildfire"
        if warnings.forecast(trigger, senses, lex, amap):
            continue  # "warned residents of flooding", "had been warned of the raid"
        if kind == "MOBILIZE" and trigger.entry.lemma in _EXERCISES and len(sources) > 1:
            kind = "COOPERATE"  # joint exercises are cooperation, one army's are a show of force
        verb = implied.anchor(trigger)
        reading = modality.read(order or trigger.clause, kind, standing=unused or (
            trigger.light is None and trigger.entry.pos == "noun"
            and modality.standing(trigger.head, verb)))
        if reading.modality in dating.TO_COME and references.named_past(trigger, dated):
            # "invited officers to sit in on its inquiry into *the 1 November shooting*": done,
            # only reports, beliefs and denials reach it
            reading = modality.read(order or trigger.clause, kind, standing=True)
        if not sources and not (pointed or bare):  # "denied that any soldier had fired": the
            sources = handless.speakers_side(trigger, reading, amap, lex)  # denier's side
        if (pointed or bare) and reading.modality not in TOLD_DONE:
            continue  # "a truce would help": no event pointed to; "any attack would be met"
        if (reading.modality == "requested" and reading.cue is not None
                and reading.cue.i in senses and nonagents.protest_demand(
                    reading.cue, senses[reading.cue.i], senses)) or (
                crowd and nonagents.forecast(reading, lex)):
            continue  # what a march demands; "analysts expect a wave of protests"
        sentence = sentence_of(trigger.start)
        when, precision, basis = dated.of(implied.dated_at(trigger, senses), reading.modality) \
            if not pointed or references.own_date(trigger, dated) else (None, None, None)
        # "protests erupted *in Tehran*": a nominal event's place may sit on the verb it is
        # the subject of
        said_of = [trigger.head.head] if trigger.entry.pos == "noun" and \
            trigger.head.dep_ == "nsubj" else []
        if trigger.entry.pos == "noun":  # "said in Astana after talks": there
            said_of += places.spoken_after(trigger.head, speech)
        place = places.location(
            [trigger.head] if pointed else
            [trigger.head, verb, *(c for c in verb.children if c.dep_ == "dobj"), *said_of],
            trigger.entry.mode == "visit", d, struck=kind in _AT_OBJECT)
        if place is not None:  # "Tripoli" in a report from Beirut: Lebanon's
            town = amap.direct(place[1]) or ""
            place = places.placed_as(place, amap.country.get(town), d, unplaced=amap.kind.get(
                town) == "LOCATION" and amap.country.get(town) is None)
        if place is not None and not targets and not (pointed or bare) and (
                kind in _PLACE_TARGETS or trigger.entry.mode == "visit") and not (
                kind in _MUTUAL and len(sources) > 1):
            # an attack, a curfew, a protest "in Baghdad" is aimed at that place's actor, and
            # a visit at its host; but sides fighting or making peace there only meet there
            targets = [a for a in [amap.direct(place[1])] if a and a not in sources]
        event = Event(
            id="", doc_id=document.id, start=trigger.start, end=trigger.end,
            sentence_start=sentence.start, sentence_end=sentence.end,
            type=kind, cameo=(trigger.entry.cameo or "")[:2] if kind == trigger.entry.type
            else "06", mode=trigger.entry.mode, context=trigger.entry.context,
            source=tuple(sources), target=tuple(targets), modality=reading.modality,
            attributed_to=reading.attributed_to, date=when, date_precision=precision,
            location=place[0] if place else None, theme=_theme(trigger),
            cameo_code=trigger.entry.cameo if kind == trigger.entry.type else "060",
            date_basis=basis, target_count=counts.target_count(trigger.head, targets, amap),
            reference=pointed or bare, ordinal=ordinals.ordinal(trigger.head),
            target_basis=_basis(targets, guessed))
        refined = content.refine(trigger.head, trigger.entry, senses, lex)
        if refined is not None and kind == trigger.entry.type:
            event = replace(event, cameo_code=refined[0], mode=refined[1])
        if kind == "CONSULT":
            event = places.third_party(event, actors)  # "Armenia and Azerbaijan met in Prague"
        if bare:  # kept apart: no coded event takes it for the act it tells again, or its hand
            if passive is not None:  # "an accord *was signed*": the evidence names it by both
                for word in (passive, *(t for t in agentless.done_to(passive, senses)
                                              if t.i in senses)):
                    restatements.widen(spans, event, word.idx, word.idx + len(word.text), word,
                                       trigger.head)
            told = retellings.retold(trigger, out, denied, owner=owner, made=event)
            loose.append(replace(event, retells=_key(told)) if told is not None else event)
            continue
        event, threat = implied.conditional(event, trigger, amap, lex)
        told = retellings.retold(trigger, out, denied, owner=owner, made=event)
        if told is not None:  # "the march was the largest since 2020"
            event = replace(event, retells=_key(told))
        out.append(event)
        heads[(event.start, event.end, event.type)] = trigger.head
        if order is not None:  # "*ordered* the crew *held*": the order tells the act too
            restatements.widen(spans, event, order.idx, order.idx + len(order.text), order,
                               trigger.head)
        named = phrasings.holder(trigger.head, senses)
        if named is not None:  # "a second *round* of talks": the talks named by the round
            restatements.widen(spans, event, named.idx, named.idx + len(named.text), named,
                               trigger.head)
        if threat is not None:
            out.append(threat)
        if (kind == "ASSAULT" or (kind == "COERCE" and trigger.entry.mode == "seize"
                                  and (trigger.entry.cameo or "").startswith(_LOOTING))) \
                and _rioters(trigger, sources, by_id, lex):
            # civilians doing violence riot: "protesters clashed with police", "rioters looted"
            out.append(replace(event, type="PROTEST", cameo="14", cameo_code="145",
                               mode="riot", context=()))
        said = implied.promise(event, reading, trigger, senses, lex)
        if said is not None and not _forecast(reading, event, by_id):
            # a promise is made when it is said: "announced on Sunday that it will ..."
            verb = next((t for t in _ancestors(reading.cue) if t.i in speech), None)
            out.append(replace(said, **_when(dated, verb, said.modality)))
            if said.start < event.start:  # "would *send* a mission": the promise names
                # the act it promises (its evidence runs from the modal over the act's words)
                restatements.widen(spans, said, event.start, event.end,
                                   word_at(doc, said.start, said.end), trigger.head)
    out += crowds.policed(out, by_id, _civil, lex)
    out = episodes.passive_doers(out, heads, amap, _key)  # "raided ... Two were detained"
    asked += veiled.threats(doc, found, amap, modality, lex)  # "vowed to act if", "would respond"
    for verb, event in list(evaluations.find(doc, out, amap, modality, senses, lex)):
        sentence = sentence_of(event.start)  # "described the move as illegal": criticism
        out.append(replace(event, doc_id=document.id, sentence_start=sentence.start,
                           sentence_end=sentence.end, **_when(dated, verb, event.modality)))
        if evaluations.naming(verb):  # "*called* the ban *disproportionate*": both words
            restatements.widen(spans, event, verb.idx, verb.idx + len(verb.text), verb,
                               word_at(doc, event.start, event.end))
    out = evaluations.aimed(doc, out, amap, senses, lex)  # "condemned the expulsion"
    out = answers.aimed(doc, out, amap, lex)  # "X offered to mediate. Y accepted the offer"
    out = rebuttals.answered(out, heads, amap, lex)  # "accused X of Z; X denied it"
    out = mishaps.laid(out, heads, amap)  # "their truck struck a landmine": hit, no doers
    for modal, verb, event in asked:
        sentence = sentence_of(modal.idx)
        out.append(replace(event, doc_id=document.id, sentence_start=sentence.start,
                           sentence_end=sentence.end, **_when(dated, verb)))
    out.sort(key=lambda e: (e.start, e.end, e.type))
    first: dict[tuple[int, int, str], Event] = {}  # one event per trigger span and type
    for e in out:
        first.setdefault((e.start, e.end, e.type), e)
    unique = list(first.values())
    unique, spans = restatements.drop(unique, heads, spans)  # "used its veto to block"
    unique = _repoint(unique, spans)  # "a car bomb exploded ... the bombing": the blast
    unique = content.contents(  # "attacked ..., killing"; "urged X *to free* them"
        once.retold(unique, heads, _key, document.text, by_id), heads, doc, _key, lex)
    taken = {_key(e) for e in unique}  # the bare mentions numbered last: coded events keep
    unique += [e for e in loose if _key(e) not in taken]  # their ids; all in text order
    ids = {_key(e): f"{document.id}#e{n}" for n, e in enumerate(unique)}
    return tuple(sorted((restatements.spanned(replace(e, id=ids[_key(e)], retells=ids.get(
        e.retells or ""), content_of=ids.get(e.content_of or ""), target_basis=(
            e.target_basis or "syntax") if e.target else None), spans.get(
        (e.start, e.end, e.type))) for e in unique), key=lambda e: (e.start, e.end, e.type)))


def _basis(targets: list[str], guessed: set[str]) -> str | None:
    """``Event.target_basis`` "other_side" when every target is one only the other side of
    the clause named, else null: the last pass of ``events`` makes any other target's
    "syntax"."""
    return "other_side" if targets and set(targets) <= guessed else None


def _key(e: Event) -> str:
    """An event's place in its document before it has an id (``retellings.key``)."""
    return retellings.key(e)


def _repoint(found: list[Event], spans: restatements.Spans) -> list[Event]:
    """``found`` with each mention that tells again an event dropped as the second word of
    an act told by two ("a car bomb *exploded*", its evidence running over both: ``spans``)
    telling that act again instead: "A car bomb exploded near the station ... The bombing
    killed six" retells the blast, not nothing."""
    kept = {_key(e) for e in found}
    out = []
    for e in found:
        if e.retells is not None and e.retells not in kept:
            start, end, kind = e.retells.split(":")
            host = next((h for h in found if h.type == kind and (span := spans.get(
                (h.start, h.end, h.type))) is not None and span[0] <= int(start)
                and int(end) <= span[1]), None)
            if host is not None and host is not e:
                e = replace(e, retells=_key(host))
        out.append(e)
    return out


def _theme(trigger: triggers.Trigger) -> str | None:
    """The lemma of the act the event commits to or asks for, if the trigger governs one:
    "agreed to *buy* fertiliser", "urged them to *return*", a noun's infinitive "a promise
    to *speed up* the convoys". (Objects are left out: reports name one thing in many
    words, "armoured vehicles", "military equipment".)"""
    noun = trigger.entry.pos == "noun"
    for c in trigger.head.children:
        if c.pos_ in ("VERB", "AUX") and (c.dep_ in ("xcomp", "ccomp") or (
                noun and c.dep_ == "acl" and to_infinitive(c))):
            return c.lemma_.lower()
    return None


def _civil(actor: Actor | None) -> bool:
    """An unnamed group of civilians: "protesters", "rioters", "dock workers", "students"."""
    return actor is not None and not actor.named and actor.sector in CIVIL_SECTORS


def _forecast(reading: Reading, event: Event, by_id: dict[str, Actor]) -> bool:
    """Whether an act announced in the future is told by a bystander who speaks for no side
    (civilians: "*analysts* said the army would withdraw", "*residents* said the militia
    would ..."): their forecast, no promise or threat of the act's doer."""
    speaker = by_id.get(reading.attributed_to or "")
    return speaker is not None and speaker.id not in event.source and \
        speaker.sector in CIVIL_SECTORS


def _rioters(trigger: triggers.Trigger, sources: list[str], by_id: dict[str, Actor],
             lex: Lexicon) -> bool:
    """Whether the subject of a violent verb is a crowd of civilians ("*protesters* clashed
    with police", "*rioters* set fire to cars"), not someone who only reports it ("residents
    reported renewed shelling") nor a ship's crew acting as such ("*sailors* fired warning
    shots": ``crowds.crewed``)."""
    return trigger.entry.pos == "verb" and bool(sources) and all(
        _civil(by_id.get(a)) and not crowds.crewed(by_id.get(a), lex) for a in sources) and any(
        c.dep_ == "nsubj" for c in trigger.head.children)


def _walkout(trigger: triggers.Trigger, sources: list[str], by_id: dict[str, Actor],
             lex: Lexicon) -> triggers.Trigger:
    """A violent verb done by civilians whose noun is a protest is that protest: workers who
    "strike" walk out, crowds that "revolt" riot."""
    if trigger.entry.type != "ASSAULT" or trigger.entry.pos != "verb" or not sources or not all(
            _civil(by_id.get(a)) for a in sources):
        return trigger
    protest = next((e for e in lex.senses("noun", trigger.entry.lemma) if e.type == "PROTEST"
                    and not e.modifiers and not e.prep), None)
    if protest is None:
        return trigger
    return replace(trigger, entry=replace(protest, pos="verb"))


def _when(dated: dating.Dating, token: Token | None, modality: str = "asserted") -> dict:
    """The date fields of an event made by the speech ``token`` (None: by no verb of speech)."""
    when, precision, basis = dated.of(token, modality)
    return {"date": when, "date_precision": precision, "date_basis": basis}


def _ancestors(token: Token | None) -> list[Token]:
    return list(token.ancestors) if token is not None else []


def _dates(doc: Doc, document: Document, found: Sequence[triggers.Trigger],
           speech: set[int], senses: Mapping[int, Entry]) -> dating.Dating:
    """The dates of the document's events, over the verbs of the events (with their types)
    and the verbs of speech that make events."""
    clauses: dict[int, str | None] = dict.fromkeys(speech)
    clauses.update((implied.dated_at(t, senses).i, t.entry.type) for t in found
                   if t.entry.type is not None)
    return dating.Dating(doc, document.published, clauses)
