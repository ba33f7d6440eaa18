"""Events a sentence makes by promising, threatening or demanding another.

PLOVER codes the act of speech, not only its content. "Finland will give Tanzania a grant" is
an AID in the future and an AGREE made now; "we will extend the curfew" a THREATEN; "Israel
will withdraw" a CONCEDE; "Syria will not accept refugees" a REJECT. And "X said Y must do Z"
is a REQUEST by X of Y, whatever Z is.

In: an event with its trigger and modality reading, or the parse for demands. Out: the new
``Event`` records, their trigger being the cue word ("will", "willing", "must").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..records import Event
from .arguments import TAKE_PART, ActorMap, carrier, subject
from .lexicon import CONCESSIONS, COOPERATIVE, HOSTILE, Entry, Lexicon
from .modality import Reading
from .triggers import Trigger

#: What announcing a future act of each kind is, with its CAMEO code.
_PROMISE = {"AGREE": "030", "CONCEDE": "080", "THREATEN": "130", "REJECT": "120"}


#: Nouns whose that-clause with "must" is a demand: "a reminder that Iraq must cooperate".
_DEMAND_NOUNS = frozenset({"reminder", "warning", "demand", "message", "ultimatum", "insistence",
                           "statement", "declaration", "call", "appeal", "notice"})


def anchor(trigger: Trigger) -> Token:
    """The verb whose tense and modals are the event's: the trigger, its light verb, or the
    verb whose object a nominal trigger is."""
    if trigger.light is not None:
        return trigger.light
    if trigger.entry.pos == "noun":
        return carrier(trigger.head, trigger.entry.type in TAKE_PART) or trigger.head
    return trigger.head


def _announced(kind: str, negated: bool) -> str | None:
    if negated:
        return "REJECT" if kind in COOPERATIVE and kind != "AGREE" else None
    if kind in COOPERATIVE and kind != "AGREE":
        return "AGREE"
    if kind in CONCESSIONS:
        return "CONCEDE"
    if kind in HOSTILE and kind != "THREATEN":
        return "THREATEN"
    return None


def promise(event: Event, reading: Reading, trigger: Trigger, senses: dict[int, Entry],
            lex: Lexicon) -> Event | None:
    """The AGREE / CONCEDE / THREATEN / REJECT that announcing ``event`` is, if it is one."""
    if not event.source:
        return None
    verb = anchor(trigger)
    auxes = [c for c in verb.children if c.dep_ == "aux" and (
        lex.cue("future_modals", c.lower_) or c.lower_ == "would")]
    cue: Token | None = None
    negated = False
    if reading.modality == "future":
        if reading.cue is not None and reading.cue in auxes:
            cue = reading.cue
        elif (verb.dep_ == "xcomp" and verb.head == reading.cue
              and (s := senses.get(verb.head.i)) is not None and s.type is None
              and lex.cue("commitments", verb.head.lemma_.lower())):
            cue = reading.cue  # "plans to impose", "is willing to withdraw"; not "hopes to"
    elif reading.modality == "negated" and auxes and any(c.dep_ == "neg" for c in verb.children):
        cue, negated = auxes[0], True  # "will not accept"
    if cue is None:
        return None
    kind = _announced(event.type, negated)
    if kind is None:
        return None
    return _said(event, cue, kind, event.source, event.target,
                 "reported" if reading.attributed_to else "asserted")


def demands(doc: Doc, amap: ActorMap, lex: Lexicon) -> Iterator[tuple[Token, Token, Event]]:
    """"X said (that) Y must/should ..." → (modal, speech verb, REQUEST by X of Y); the
    event's document fields are left for the caller to fill."""
    for i in lex.find(doc, "obligation_modals", LOWER):
        token = doc[i]
        if token.dep_ != "aux":
            continue
        clause = token.head
        speech = clause.head
        if clause.dep_ in ("acl", "ccomp") and speech.lemma_.lower() in _DEMAND_NOUNS:
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
            event = Event(id="", doc_id="", start=token.idx, end=token.idx + len(token.text),
                          sentence_start=0, sentence_end=0, type="REQUEST", cameo="10",
                          cameo_code="100",
                          source=tuple(speakers), target=tuple(addressees))
            yield token, speech, event


def _said(event: Event, cue: Token, kind: str, source: tuple[str, ...],
          target: tuple[str, ...], modality: str) -> Event:
    return replace(event, start=cue.idx, end=cue.idx + len(cue.text), type=kind,
                   cameo=_PROMISE[kind][:2], cameo_code=_PROMISE[kind], mode=None, context=(),
                   source=source,
                   target=tuple(t for t in target if t not in source), modality=modality)
