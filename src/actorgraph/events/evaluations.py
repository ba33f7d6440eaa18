"""Accusations and praise made by evaluating someone, or someone's act.

PLOVER codes disapproval, criticism and denunciation as ACCUSE (CAMEO 111) and praise as
SUPPORT (051), whatever words carry them. Besides the verbs that are these acts ("condemned",
"praised"), a speaker criticises by describing or naming in negative terms, and praises in
positive ones:

* a describing verb with "as" (``describes`` in ``speech_cues.yaml``): "described the
  sanctions imposed by the EU *as illegal*", "dismissed the referendum *as a farce*", "a move
  the army described *as illegal*";
* a naming verb with a second object (``names``): "called the drills *a provocation*",
  "branded the group *a terrorist organisation*", "labelled the M23 rebels *terrorists*";
* a report whose clause says someone is, or did, something bad (``report_verbs``): "told a
  channel that Burhan *was a criminal*", "said the blockade *was illegal*".

The evaluation is a word of ``negative_evaluations`` or ``positive_evaluations``
(``modality.yaml``), as the head of the predicate, its modifier ("a *terrorist* group") or
its "of" phrase ("an act *of aggression*"). The event is the criticising (the trigger
table's ``criticize``) or praising (``praise``) by the speaker, its trigger the evaluation
word, its modality that of the speaking verb (asserted, whatever the truth of the charge).
Its target is the one evaluated: a person or group, or the doer of an evaluated act, named in
the act's phrase ("the *American* blockade", "imposed *by the EU*", "the referendum organised
*by Moscow*"), by the clause a "move" is in apposition to ("*the RSF* announced a government,
a move ..."; when the parse hides that clause's subject, the latest event before the move),
also when the speaker names the move in a relative clause ("*Taiwan* held drills, a move
Beijing called a provocation"), by the evaluation's own by-phrase ("a provocation *by
Manila*"),
or, for a bare "the decision", by the latest event of this or the previous sentence. An act
whose doer is nowhere named is criticised with no target ("called the election a sham").
Nothing is evaluated when the thing described is neither an actor nor an act ("described the
storm as dangerous", "the collapse of the peso as a disaster", "said the drought was a
catastrophe"), nor when a speaker speaks of themself, nor when the clause is negated ("said
Burhan was not a criminal").

In: the parse, the events found so far, the actor map, the modality reader, the trigger senses,
the lexicon and the speech cues. Out: (speaking verb, ``Event``) pairs; the event's document
and sentence fields and its date are the caller's to fill.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.dictionary import word_list
from ..nlp import DEFINITE, word_at
from ..records import Event
from ..speech import cues as speech_cues
from .arguments import ActorMap, agent, subject
from .implied import told_at
from .lexicon import Entry, Lexicon
from .modality import Modality

#: Each list of evaluations and the act of the trigger table that evaluating so is.
_ACTS = (("negative_evaluations", "criticize"), ("positive_evaluations", "praise"),
         ("hostile_acts", "accuse"))
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Where the evaluation of a naming verb stands: "called the drills *a provocation*".
_NAMED = frozenset({"oprd", "dobj", "xcomp", "ccomp", "attr", "npadvmod"})
#: Where an evaluation stands in a said-that clause: "said Burhan was *a criminal*".
_PREDICATE = frozenset({"attr", "acomp"})
#: Prepositions of an act's phrase that name whoever did it, or took part in it.
_DOER_PREPS = frozenset({"by", "with"})
_DEFINITE = DEFINITE
#: Types of acts of judging what another did: condemning, praising or rejecting an act is
#: aimed at whoever did it ("Paris condemned *the expulsion*": the junta that expelled).
_JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def find(doc: Doc, earlier: Sequence[Event], amap: ActorMap, modality: Modality,
         senses: dict[int, Entry], lex: Lexicon) -> Iterator[tuple[Token, Event]]:
    """The ACCUSE and SUPPORT events that evaluating someone in words makes, each with the
    verb that speaks it."""
    cues = speech_cues.get()
    done: set[tuple[int, int, str]] = set()
    for kind, act in _ACTS:
        entry = lex.senses("verb", act)[0]
        for i in lex.find(doc, kind):
            framed = _frame(_phrase(doc[i]), cues, lex)
            if framed is None:
                continue
            verb, evaluated = framed
            key = (verb.i, evaluated.i, entry.type or "")
            if key in done or getattr(senses.get(verb.i), "type", None) == entry.type:
                continue  # "condemned the move as illegal": the condemning is the event
            speakers = amap.actors(subject(verb))
            targets = _evaluated(evaluated, earlier, amap, senses, lex)
            if not targets and evaluated.i != i:
                # "called the move a provocation *by Manila*": the evaluation names the doer
                targets = _by_phrase(_phrase(doc[i]), amap) or targets
            if not speakers or targets is None:
                continue
            targets = [t for t in targets if t not in speakers]
            if not targets and amap.actors([evaluated]):
                continue  # a speaker's words about themself
            done.add(key)
            reading = modality.read(verb, entry.type)
            word = doc[i]
            yield verb, told_at(word, entry.type or "", entry.cameo, speakers, targets,
                                reading.modality, reading.attributed_to, entry.mode,
                                entry.context)


def description(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is an evaluation (``negative_evaluations``, ``positive_evaluations``)
    standing where a speaker describes or names something ("what it called *a violation* of
    its airspace", "described the drills *as an invasion*", "said the overflight was *a
    violation*"): a speaker's judgement of what another did, not an act of its own; not
    the one thing a naming verb takes ("called *a general strike*"). A noun that names the
    act itself stays one ("what it called the arbitrary *arrest* of two priests")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in _NOUNS or not any(lex.cue(kind, lemma) for kind, _ in _ACTS[:2]):
        return False
    phrase = _phrase(noun)
    framed = _frame(phrase, speech_cues.get(), lex)
    return framed is not None and framed[1].i != phrase.i  # not "called *a strike*"


def _phrase(word: Token) -> Token:
    """The head of the evaluating phrase ``word`` is in: the word, or the noun it modifies
    ("a *terrorist* organisation"), or the noun whose "of" phrase it is ("an act of
    *aggression*")."""
    if word.dep_ in ("amod", "compound") and word.head.pos_ in _NOUNS:
        return word.head
    if (word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in _NOUNS
            and word.head.head.i < word.i):
        return word.head.head
    return word


def naming(verb: Token) -> bool:
    """Whether ``verb`` evaluates by naming or describing ("*called* the ban
    disproportionate", "*described* the move as illegal"), so that the evaluation is told by
    the verb and its word together; not a report verb ("said Burhan was a criminal")."""
    cues = speech_cues.get()
    return verb.lemma_.lower() in cues.names or verb.lemma_.lower() in cues.describes


def _frame(phrase: Token, cues: speech_cues.Cues, lex: Lexicon) -> tuple[Token, Token] | None:
    """The speaking verb and the evaluated phrase of an evaluation, if it stands in a frame
    that evaluates: "described Y *as* Z", "called Y Z", "said Y was Z"."""
    if phrase.dep_ in ("pobj", "amod", "acomp") and phrase.head.lower_ == "as":
        node = phrase.head.head
        for _ in range(6):  # "as" hangs on the verb, its object or a noun in the object
            if node.pos_ == "VERB" and node.lemma_.lower() in cues.describes:
                return _described(node)
            if node.head == node:
                return None
            node = node.head
        return None
    if phrase.dep_ == "appos" and phrase.head.dep_ == "dobj":
        verb = phrase.head.head  # "branded the People of Biafra a terrorist organisation"
        if verb.lemma_.lower() in cues.names:
            return verb, phrase.head
        return None
    if phrase.pos_ == "VERB":
        return _charged(phrase, lex)
    verb = phrase.head
    if phrase.dep_ in _NAMED and verb.pos_ == "VERB" and verb.lemma_.lower() in cues.names:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != phrase.i]
        if not objects and verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
            return verb, verb.head  # "..., a move Beijing called a provocation"
        return verb, objects[0] if objects else phrase  # "labelled the M23 rebels terrorists"
    if phrase.dep_ in _PREDICATE and verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" \
            and lex.cue("report_verbs", verb.head.lemma_.lower()) \
            and not any(c.dep_ == "neg" for c in verb.children):
        said = [c for c in verb.children if c.dep_ == "nsubj"]
        return (verb.head, said[0]) if said else None
    return None


def _charged(act: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The speaking verb and the doer of a hostile act (``hostile_acts``) told, or tried, in
    a said-that clause: "said Eritrea *was trying to destabilise* the north", "believes
    Moscow *undermined* the talks"; none when the clause is negated."""
    clause = act.head if act.dep_ == "xcomp" and lex.cue(
        "attempt_verbs", act.head.lemma_.lower()) else act
    speaking = clause.head
    if clause.dep_ != "ccomp" or not (lex.cue("report_verbs", speaking.lemma_.lower())
                                      or lex.cue("belief_verbs", speaking.lemma_.lower())):
        return None
    if any(c.dep_ == "neg" for v in {clause, act} for c in v.children):
        return None
    said = [c for c in clause.children if c.dep_ == "nsubj"]
    return (speaking, said[0]) if said else None


def _described(verb: Token) -> tuple[Token, Token] | None:
    """What a describing verb describes: its object, the noun its relative clause is on ("a
    move the army described as illegal"), or its passive subject."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return verb, c
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        return verb, verb.head
    return None


def _evaluated(token: Token, earlier: Sequence[Event], amap: ActorMap,
               senses: dict[int, Entry], lex: Lexicon) -> list[str] | None:
    """The actors an evaluation of ``token`` is aimed at: those it names, or the doers of
    the act it names (an empty list: an act by no one named); None when it names neither an
    actor nor an act."""
    acted = [a for c in token.children if c.dep_ == "acl"
             for a in amap.actors(agent(c))]  # "the referendum organised by Moscow"
    if acted:
        return acted
    named = amap.actors([token])
    named += [a for c in token.children if c.dep_ == "prep" and c.lower_ in _DOER_PREPS
              for o in c.children if o.dep_ == "pobj" for a in amap.actors([o])
              if a not in named]
    if named:
        return named
    lemma = token.lemma_.lower()
    if getattr(senses.get(token.i), "type", None) is None and not lex.cue("act_nouns", lemma):
        return None  # "the storm", "the situation", "the collapse of the peso"
    if token.dep_ in ("appos", "npadvmod"):  # hung on the clause's object, or on its verb
        clause = next((h for h in (token.head, *token.head.ancestors)
                       if h.pos_ in ("VERB", "AUX")), None)
        doers = amap.actors(subject(clause)) if clause is not None else []
        # "the RSF announced a government, a move ...", or, misparsed, the act just told
        return doers or _latest_doers(token, earlier)
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return _latest_doers(token, earlier)  # "the decision", "this move"
    return []


def _by_phrase(phrase: Token, amap: ActorMap) -> list[str]:
    """The actors of the by-phrase of an evaluation ("a provocation *by Manila*")."""
    return amap.actors(o for c in phrase.children if c.dep_ == "prep" and c.lower_ == "by"
                       for o in c.children if o.dep_ == "pobj")


def _latest_doers(token: Token, earlier: Sequence[Event]) -> list[str]:
    """The doers of the latest event before ``token`` in its sentence or the one before."""
    sent = token.sent
    start = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [e for e in earlier if start <= e.start < token.idx and e.source]
    return list(max(before, key=lambda e: e.start).source) if before else []


def aimed(doc: Doc, events: Sequence[Event], amap: ActorMap, senses: dict[int, Entry],
          lex: Lexicon) -> list[Event]:
    """``events``, where a verb of judging (``_JUDGING``) with no target has for its object,
    or passive subject, an act another event of the document tells with its doers: that act's
    doers are its target ("Mali expelled the French envoy. Paris condemned *the expulsion*":
    Mali; "the arrests were condemned by Belgrade"), as are those of the act a definite
    "the move" or "the decision" points at (``act_pointers`` of ``data/arguments.yaml``,
    ``_evaluated``); not "the plan" or "the proposal", things of their own. Not the judge
    itself."""
    out = []
    for e in events:
        verb = word_at(doc, e.start, e.end)
        if e.type in _JUDGING and not e.target and e.source and verb is not None \
                and verb.pos_ == "VERB":
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            told = [f for f in events if obj is not None and f is not e
                    and f.start <= obj.idx < f.end and f.source]
            pointer = obj is not None and obj.lemma_.lower() in word_list(
                "arguments.yaml", "act_pointers")
            doers = list(told[0].source) if told else (_evaluated(
                obj, [f for f in events if f.start < obj.idx and f is not e], amap, senses,
                lex) or [] if pointer else [])
            doers = [a for a in doers if a not in e.source]
            if doers:
                e = replace(e, target=tuple(doers))
        out.append(e)
    return out
