"""Events a sentence makes by promising, threatening or demanding another.

PLOVER codes the act of speech, not only its content. "Finland will give Tanzania a grant" is
an AID in the future and an AGREE made now; "we will extend the curfew" a THREATEN; "Israel
will withdraw" a CONCEDE; "Syria will not accept refugees" a REJECT. And "X said Y must do Z"
is a REQUEST by X of Y, whatever Z is.

In: an event with its trigger and modality reading, or the parse for demands. Out: the new
``Event`` records, their trigger being the cue word ("will", "willing", "must"), each made
by ``told_at`` (as are the records of ``veiled`` and ``evaluations``).
Also the act implied by a noun that names one only by its "of" phrase, standing alone ("the
round" after talks: ``bare``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..records import Event
from . import content
from .arguments import TAKE_PART, ActorMap, carrier, subject
from .carriers import owned, timed
from .lexicon import CONCESSIONS, COOPERATIVE, HOSTILE, Entry, Lexicon
from .modality import Modality, Reading, inverted
from .triggers import Trigger, lone_nouns

#: What announcing a future act of each kind is, with its CAMEO code.
_PROMISE = {"AGREE": "030", "CONCEDE": "080", "THREATEN": "130", "REJECT": "120"}


#: Acts that, announced on a condition another party must meet, threaten it.
_THREATENING = (HOSTILE - {"THREATEN"}) | {"PROTEST"}
#: Hostile acts that, announced with no condition, are a threat: not a force's own moves
#: ("would send 500 more soldiers to the border" is a deployment to come, MOBILIZE future;
#: "will send troops *if* ..." still threatens, ``_THREATENING``).
_MENACING = HOSTILE - {"THREATEN", "MOBILIZE"}
_CONDITIONS = frozenset({"if", "unless"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})




def anchor(trigger: Trigger) -> Token:
    """The verb whose tense and modals are the event's: the trigger, its light verb, or the
    verb whose object a nominal trigger is."""
    if trigger.light is not None:
        return trigger.light
    if trigger.entry.pos == "noun":
        return carrier(trigger.head, trigger.entry.type in TAKE_PART) or trigger.head
    return trigger.head


def dated_at(trigger: Trigger, senses: Mapping[int, Entry]) -> Token:
    """The token whose date is the event's: its ``anchor``, except for a noun that an act of
    another type is about ("condemned *the visit*", "rejected *the request*"), which only its
    own words date (``Dating.of`` gives it none from that act), and for a noun that names
    its own doer or time ("returning *Roble's January visit*", "survived *Saturday's*
    strike": ``carriers.owned``, ``carriers.timed``)."""
    verb = anchor(trigger)
    other = senses.get(verb.i)
    if trigger.entry.pos == "noun" and trigger.light is None and verb.i != trigger.head.i \
            and (owned(trigger.head) or timed(trigger.head)
                 or (other is not None and other.pos == "verb"
                     and other.type not in (None, trigger.entry.type))):
        return trigger.head
    return verb


def _announced(kind: str, negated: bool) -> str | None:
    if negated:  # "will not send aid", "will not lift the ban": a refusal (CAMEO 12, 124)
        return "REJECT" if (kind in COOPERATIVE and kind != "AGREE") or kind in CONCESSIONS \
            else None
    if kind in COOPERATIVE and kind != "AGREE":
        return "AGREE"
    if kind in CONCESSIONS:
        return "CONCEDE"
    if kind in _MENACING:
        return "THREATEN"
    return None


def promise(event: Event, reading: Reading, trigger: Trigger, senses: dict[int, Entry],
            lex: Lexicon) -> Event | None:
    """The AGREE / CONCEDE / THREATEN / REJECT that announcing ``event`` is, if it is one
    (help or a concession said to come on a condition is an offer, AGREE: ``_offered``);
    none for an attitude held now ("would welcome Russian aid": the welcome is the event),
    nor for a noun's act under a verb of another's ("would welcome Russian *aid*" is no
    promise by Russia)."""
    verb = anchor(trigger)
    if not event.source or (event.type == "SUPPORT" and lex.cue("attitude_verbs",
                                                                verb.lemma_.lower())):
        return None
    if trigger.entry.pos == "noun" and verb.i != trigger.head.i and any(
            c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()
            for c in trigger.head.children):
        return None  # "would welcome *Russian* aid": the noun's own named doer promises
    # nothing by another's verb; "Qatar will send aid" is Qatar's promise
    auxes = future_auxiliaries(verb, lex)
    cue: Token | None = None
    negated = False
    if reading.modality == "future":
        if reading.cue is not None and reading.cue in auxes:
            cue = reading.cue
        elif (verb.dep_ == "xcomp" and verb.head == reading.cue
              and (s := senses.get(verb.head.i)) is not None and s.type is None
              and lex.cue("commitments", verb.head.lemma_.lower())):
            cue = reading.cue  # "plans to impose", "is willing to withdraw"; not "hopes to"
            if lex.cue("held_plans", cue.lemma_.lower()) and _told_after(cue, lex):
                return None  # "had planned to deport them": a plan told after the fact
    elif reading.modality in ("negated", "hypothetical") and auxes and any(
            c.dep_ == "neg" for c in verb.children):
        # "will not accept", also on a condition ("should they go to court, he will not attend")
        cue, negated = auxes[0], True
    elif reading.modality == "hypothetical" and _offered(event, verb, auxes):
        return _said(event, auxes[0], "AGREE", event.source, event.target,
                     "reported" if reading.attributed_to else "asserted", lex)
    if cue is None:
        return None
    kind = _announced(event.type, negated)
    if kind is None or (kind == "THREATEN" and lex.cue("decisions", cue.lemma_.lower())):
        return None  # "has decided to expel": the expulsion is told, not threatened
    return _said(event, cue, kind, event.source, event.target,
                 "reported" if reading.attributed_to else "asserted", lex)


def _offered(event: Event, verb: Token, auxes: list[Token]) -> bool:
    """Whether ``event`` is help or a concession its doer says it would give on a condition:
    an offer (CAMEO 03x, AGREE; the act stays hypothetical): "would lift the sanctions if
    the prisoners were freed", "would resume aid unless ..."; not a hostile act on a
    condition (a threat, ``conditional``), nor what would have been ("would have withdrawn
    had ...")."""
    if not auxes or condition(verb) is None or not (
            event.type in COOPERATIVE - {"AGREE"} or event.type in CONCESSIONS):
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > auxes[0].i
                   for c in verb.children)


def _told_after(plan: Token, lex: Lexicon) -> bool:
    """Whether a plan is told as held before, not announced: in the pluperfect ("*had
    planned* to deport the migrants"), or in the past with no verb of speech above it ("the
    ministry *intended* to close the crossing before the storm"; not "said it *planned* to
    close", a plan told as announced)."""
    if plan.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                  for c in plan.children):
        return True
    return plan.tag_ == "VBD" and not any(lex.cue("report_verbs", a.lemma_.lower())
                                          for a in plan.ancestors)


def demands(doc: Doc, amap: ActorMap, lex: Lexicon) -> Iterator[tuple[Token, Token, Event]]:
    """"X said (that) Y must/should ..." → (modal, speech verb, REQUEST by X of Y); the
    event's document fields are left for the caller to fill."""
    for i in lex.find(doc, "obligation_modals", LOWER):
        token = doc[i]
        if token.dep_ != "aux":
            continue
        clause = token.head
        speech = clause.head
        if clause.dep_ in ("acl", "ccomp") and lex.cue("demand_nouns", speech.lemma_.lower()):
            speech = carrier(speech) or speech  # "issued a reminder to Iraq that it must"
        elif clause.dep_ != "ccomp" or not lex.cue("report_verbs", speech.lemma_.lower()):
            continue
        speakers = amap.actors(subject(speech))
        addressees = [a for a in amap.actors(subject(clause)) if a not in speakers]
        if not addressees and all(t.pos_ == "PRON" for t in subject(clause)):
            # "issued a reminder *to Iraq* that it must ...": an unresolved "it" is the one
            # addressed
            told = [o for c in speech.children if c.dep_ in ("dative", "prep")
                    and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            addressees = [a for a in amap.actors(told) if a not in speakers]
        if speakers and addressees:
            yield token, speech, told_at(token, "REQUEST", "100", speakers, addressees)


def conditional(event: Event, trigger: Trigger, amap: ActorMap,
                lex: Lexicon) -> tuple[Event, Event | None]:
    """A hostile act announced on a condition another party must meet, and a threat made on
    one: "Russia *will* strike Kyiv unless Ukraine withdraws", "if Seoul does not halt the
    drills, Pyongyang *will* suspend talks", "warned it would attack should the ADF refuse".

    Returns ``event`` (a THREATEN aimed at the condition's party, whoever the threatened act
    would hit: "threatened to cut aid to Kabul if the Taliban ...") and the THREATEN that
    announcing the act is, by the act's doer against the condition's party, its code and mode
    those of the act (an attack: violence; sanctions: restrict), its trigger the modal. The
    act itself stays hypothetical. A condition with no actor to meet it, an act with no modal
    ("if X attacked, Y retaliated" is a past habit), a counterfactual ("would have shelled
    had they not fled"), or a cooperative act ("will attend if invited") threatens nobody. A
    threat with no modal of its own is made, whatever its condition ("warned X of a response
    if it struck" is told as done); nor is a pledge to take unspecified measures, a
    threat on one ("pledged to take all necessary steps if Athens extended its waters").

    A warning by a pronoun the actors stage leaves unresolved ("He warned that if protesters
    blocked the highway, the government would send the army") is made for the side whose
    hostile act it announces: its source is that act's doer (``_announcer``), as "X said the
    government would ..." is the government's threat; and a threat with a condition aims at
    the condition's party whoever makes it, not at the troops it would send."""
    verb = anchor(trigger)
    clause = condition(verb)
    if clause is None:
        return event, None
    if event.type == "THREATEN" and not event.source:
        event = replace(event, source=_announcer(verb, amap, lex))
    if not event.source:
        party = condition_party(clause, amap, ())
        return (replace(event, target=party) if party and event.type == "THREATEN"
                else event), None
    modals = future_auxiliaries(verb, lex)
    party = condition_party(clause, amap, event.source) or (
        _threatened(verb, event, amap, lex) if modals and event.type in _THREATENING else ())
    if not party:
        return event, None
    if event.type == "AGREE" and _takes_measures(verb, lex):
        return replace(event, type="THREATEN", cameo="13", cameo_code=_PROMISE["THREATEN"],
                       mode=None, context=(), target=party), None
    if event.type == "THREATEN":
        if event.modality == "hypothetical" and not modals:
            # "warned Washington of a response if it struck": the condition is the threat's
            # content; the warning itself was made
            event = replace(event, modality="reported" if event.attributed_to else "asserted")
        return replace(event, target=party), None
    if event.type not in _THREATENING or threat_content(verb, lex):
        return event, None  # the threatening verb is the threat: "warned it would attack"
    modal = next(iter(modals), None)
    if modal is None or any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i
                            for c in verb.children):
        return event, None  # "would have shelled the town had they not fled": what was not
    code, mode = content.of_act("THREATEN", event.cameo_code, lex) or (_PROMISE["THREATEN"],
                                                                       None)
    return event, replace(event, start=modal.idx, end=modal.idx + len(modal.text),
                          type="THREATEN", cameo="13", cameo_code=code, mode=mode, context=(),
                          target=party,
                          modality="reported" if event.attributed_to else "asserted")


def _threatened(verb: Token, event: Event, amap: ActorMap, lex: Lexicon) -> tuple[str, ...]:
    """Whom a hostile act announced with a modal on a condition no actor must meet is aimed
    at: the act's own targets ("would cut off gas to *Kestria* if the payments were not made",
    "would expel the *Carsovian* diplomats if the spying went on"), else whoever the verb of
    speech it is told by addresses ("told *Carsovia* it would recall its ambassador if the
    trial went ahead"); none but for the act's doers."""
    aimed = tuple(a for a in event.target if a not in event.source)
    if aimed or verb.dep_ not in _COMPLEMENTS or not lex.cue("report_verbs",
                                                             verb.head.lemma_.lower()):
        return aimed
    told = [c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    return tuple(a for a in amap.actors(told) if a not in event.source)


def vowed(found: Iterable[Trigger], amap: ActorMap, modality: Modality,
          lex: Lexicon) -> Iterator[tuple[Token, Token, Event]]:
    """A vow to take unspecified measures on a condition another party must meet is a threat
    against that party, though the vow itself codes no act: "Beijing vowed to take firm
    countermeasures if Washington approved the sale", "resolved to take action unless ...".
    Yields (verb, verb, THREATEN 130 by the vow's subject against the condition's party),
    the event's document fields left for the caller to fill. The verb is a commitment with no
    sense of its own (a pledge or promise codes an AGREE, which ``conditional`` turns into
    the threat); a vow with no condition ("vowed to take action against corruption"), on the
    speaker's own condition ("if it lost the vote") or on no actor's ("if the heatwave
    continued") threatens nobody."""
    for trigger in found:
        verb = trigger.head
        if trigger.entry.type is not None or trigger.entry.pos != "verb" or not \
                lex.cue("commitments", verb.lemma_.lower()) or not _takes_measures(verb, lex):
            continue
        clause = condition(verb)
        sources = amap.actors(subject(verb))
        if clause is None or not sources:
            continue
        party = condition_party(clause, amap, sources)
        reading = modality.read(verb, "THREATEN")
        if party and reading.modality in ("asserted", "reported"):
            yield verb, verb, told_at(verb, "THREATEN", _PROMISE["THREATEN"], sources, party,
                                      reading.modality, reading.attributed_to)


def told_at(word: Token, kind: str, code: str | None, sources: Iterable[str],
            targets: Iterable[str], modality: str = "asserted",
            attributed_to: str | None = None, mode: str | None = None,
            context: tuple[str, ...] = ()) -> Event:
    """The event of ``kind``, coded ``code`` (its root the code's first two digits), that
    ``word`` tells with no trigger of its own (a modal's request, a vow's or a veiled threat,
    an evaluation), done by ``sources`` to ``targets``; its document fields (id, document,
    sentence) left for the caller to fill."""
    return Event(id="", doc_id="", start=word.idx, end=word.idx + len(word.text),
                 sentence_start=0, sentence_end=0, type=kind, cameo=(code or "")[:2],
                 mode=mode, context=context, source=tuple(sources), target=tuple(targets),
                 modality=modality, attributed_to=attributed_to, cameo_code=code)


def bare(doc: Doc, found: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """``found`` with the nouns that name an act only by their "of" phrase ("a new round *of
    talks*": a sense with no type of its own) standing alone, determined and unmodified by
    a name or a noun ("*the* round ended", "the second round"), each read as the act its
    "of" phrase would name; the events stage keeps one only as an earlier act told again.
    Not "a round of applause", "the golf round", nor "held the second round" (the object of
    a verb: a vote's round as well as talks')."""
    extra = []
    for noun, senses in lone_nouns(doc, found, lex, lambda senses: all(
            e.type is None and e.prep == "of" for e in senses)):
        if carrier(noun) is not None or not any(c.dep_ == "det" for c in noun.children) or any(
                c.dep_ in ("poss", "compound", "nmod", "prep") for c in noun.children):
            continue
        named = next((act for e in senses for p in sorted(e.pobj)
                      for act in lex.senses("noun", p) if act.type and not act.prep), None)
        if named is not None:
            extra.append(Trigger(noun, replace(named, lemma=noun.lemma_.lower(), modifiers=()),
                                 noun.idx, noun.idx + len(noun.text)))
    return sorted([*found, *extra], key=lambda t: t.head.i) if extra else found


def _takes_measures(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` (a pledge) is to take an unspecified response: the objects a
    general threat names ("threatened countermeasures", coded 130)."""
    unspecified = {o for e in lex.senses("verb", "threaten") if e.cameo == "130"
                   for o in e.obj}
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "take" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in unspecified for o in c.children)
        for c in verb.children)


def condition_party(clause: Token, amap: ActorMap, sources: Iterable[str]) -> tuple[str, ...]:
    """The actors the condition ``clause`` asks to act (its subject), other than ``sources``."""
    return tuple(a for a in amap.actors(c for c in clause.children
                                        if c.dep_ in ("nsubj", "nsubjpass"))
                 if a not in sources)


def future_auxiliaries(verb: Token, lex: Lexicon) -> list[Token]:
    """The auxiliaries of ``verb`` that put it ahead ("will", "would", "shall")."""
    return [c for c in verb.children if c.dep_ == "aux" and (
        lex.cue("future_modals", c.lower_) or c.lower_ == "would")]


def threat_content(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is what a threatening verb says ("warned it would *attack*",
    "threatened *to close* the border"): the threat is that verb's, not its own."""
    return verb.dep_ in _COMPLEMENTS and any(
        e.type == "THREATEN" for e in lex.senses("verb", verb.head.lemma_.lower()))


def _announcer(verb: Token, amap: ActorMap, lex: Lexicon) -> tuple[str, ...]:
    """The side a warning whose subject is a pronoun naming no actor speaks for: the doer of
    the hostile act it announces with a modal ("He warned that *the government* would send
    the army"); none for a warner told by a noun ("analysts warned"), nor for an act with no
    doer named ("anyone who ... would be arrested")."""
    if not any(t.pos_ == "PRON" for t in subject(verb)) or amap.actors(subject(verb)):
        return ()
    for act in (c for c in verb.children if c.dep_ in _COMPLEMENTS):
        if future_auxiliaries(act, lex) and any(e.type in _THREATENING
                                     for e in lex.senses("verb", act.lemma_.lower())):
            return tuple(amap.actors(subject(act)))
    return ()


def condition(verb: Token) -> Token | None:
    """The condition clause ("unless ...", "if ...", "should Tallinn remove ...") on ``verb``,
    on its complement, or on the verb it is the complement of."""
    near = [verb, *(c for c in verb.children if c.dep_ in _COMPLEMENTS)]
    if verb.dep_ in _COMPLEMENTS:
        near.append(verb.head)
    for v in near:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS
                                         for m in c.children):
                return c
            if c.dep_ in ("advcl", "ccomp") and c.i > v.i and any(
                    a.dep_ == "aux" and inverted(a, c) for a in c.children):
                return c  # inverted, and often parsed as a complement: "should the ADF refuse"
    return None


def _said(event: Event, cue: Token, kind: str, source: tuple[str, ...],
          target: tuple[str, ...], modality: str, lex: Lexicon) -> Event:
    """The announcement of ``event`` as an act of ``kind``; a threat or refusal takes its code
    and mode from the act announced ("will impose sanctions": 1312, restrict)."""
    code, mode = content.of_act(kind, event.cameo_code, lex) or (_PROMISE[kind], None)
    return replace(event, start=cue.idx, end=cue.idx + len(cue.text), type=kind,
                   cameo=_PROMISE[kind][:2], cameo_code=code, mode=mode, context=(),
                   source=source,
                   target=tuple(t for t in target if t not in source), modality=modality)
