"""Carriers: the verb that carries an event noun ("*announced* an amnesty", "*signed* a
ceasefire"), and the evidence span that names the act by both."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from ..actors.dictionary import word_list
from . import triggers, undergoers
from .lexicon import Lexicon
from .undergoers import EVENT_HEADS

#: Prepositions whose object is an event one takes part in ("for talks", "on alert").
_JOINED = word_list("grammar.yaml", "joined_event_preps")
#: How many words apart a verb and the noun it carries may be and still be one span.
_NEAR = 6


def carrier_verbs() -> frozenset[str]:
    """Verbs whose subject does the event their object names ("*used* its veto", "*signed* a
    deal", "*handed* a protest note"; ``carrier_verbs`` and ``handing_verbs`` in
    ``data/arguments.yaml``)."""
    return word_list("arguments.yaml", "carrier_verbs") | handing_verbs()


def carries_act(verb: Token, kind: str | None) -> bool:
    """Whether ``verb``'s subject does the act of type ``kind`` its object names: a carrier
    verb ("*signed* a deal"), or a verb that brings up what it names (``topic_verbs``) when
    that is an act of words (``said_types``: "*raised* complaints"); "raised the closure of
    the border" brought up a topic, and closed nothing."""
    lemma = verb.lemma_.lower()
    return lemma in carrier_verbs() or (lemma in word_list("arguments.yaml", "topic_verbs")
                                        and kind in word_list("arguments.yaml", "said_types"))


def handing_verbs() -> frozenset[str]:
    """Verbs that hand what their object names to someone ("*sent* a note *to* the
    embassy"; ``handing_verbs`` in ``data/arguments.yaml``)."""
    return word_list("arguments.yaml", "handing_verbs")


def carrier(noun: Token, joined: bool = False) -> Token | None:
    """The verb whose object (or passive subject) holds ``noun``, through "of" chains ("used
    its power *of veto*"), or, for events one takes part in (``joined``), whose "for/in/on"
    phrase does ("returned to Geneva *for talks*", "remained *on alert*"); None when the chain
    meets anything else."""
    token = noun
    if token.dep_ == "compound" and token.head.lemma_.lower() in EVENT_HEADS:
        token = token.head
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
            continue
        if token.dep_ in ("dobj", "attr", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            return token.head  # "announced an amnesty", "an amnesty *was announced* by"
        if (joined and token.dep_ == "pobj" and token.head.lower_ in _JOINED
                and token.head.head.pos_ in ("VERB", "AUX")):
            return token.head.head
        return None
    return None


def owned(noun: Token) -> bool:
    """Whether ``noun`` names its own doer by name ("*Roble's* visit", "*the army's*
    withdrawal"), not by a pronoun that may be the verb's subject ("announced *its*
    withdrawal"), nor by a time ("*Saturday's* strike"): a verb carrying it then does not do
    its act."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" and not _time(c) for c in noun.children)


def timed(noun: Token) -> bool:
    """Whether ``noun`` names its own time by a possessive ("*Saturday's* strike", "*last
    week's* raid"): its own words date it, whatever verb carries it ("survived Saturday's
    strike")."""
    return any(c.dep_ == "poss" and _time(c) for c in noun.children)


def _time(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME")


def noun_span(t: triggers.Trigger, lex: Lexicon,
               heads: Collection[int] = frozenset()) -> triggers.Trigger:
    """A light verb's sense for its object ("impose" + curfew, "lodge" + protest) spans the
    verb and the object noun, which names the act ("*imposed a night curfew*", "*sanctions
    were imposed*"), and so does a noun its light verb carries ("*held* a telephone *call*",
    "*opened* a new round of *talks*": the evidence names the act by both), and a noun
    whose verb (a few words before it) carries it and is no act or word of its own (``heads``:
    triggers, verbs of speech and verbs about an act: "*signed a ceasefire*", "*delivered a
    protest note*", not "broke the truce"), unless the noun names its own doer ("returned
    *Roble's* visit": Roble's act; "announced its withdrawal" is the subject's own). A
    verb + object sense spans both words, either way round, a few words apart, when the
    verb's subject does the act the object names (``carrier_verbs``: "*signed a deal*",
    "*the truce, signed* by both commanders") or the sense codes the act that noun itself
    names (the same PLOVER type: "*called a general strike*"). Other triggers stay as they
    are (a verb with a sense of its own is the act: "lifted the
    curfew", a RETREAT, not the curfew's COERCE; "hosted the talks")."""
    if t.entry.pos == "noun" and t.light is not None and t.light.sent == t.head.sent:
        verb = t.light
        return replace(t, start=min(t.start, verb.idx), end=max(t.end, verb.idx + len(verb)))
    if t.entry.pos == "noun" and t.light is None and not owned(t.head):
        verb = carrier(t.head)
        if (verb is not None and verb.i not in heads and verb.sent == t.head.sent
                and verb.i < t.head.i and t.head.i - verb.i <= _NEAR):
            return replace(t, start=verb.idx, end=t.end)
    if t.entry.pos != "verb" or not t.entry.obj:
        return t
    noun = next((o for o in undergoers.objects(t.head) if o.lemma_.lower() in t.entry.obj
                 and lex.senses("noun", o.lemma_.lower())), None)
    if noun is None:
        return t
    verb = lex.lemma(t.head)
    if verb not in lex.light_verbs and not (abs(noun.i - t.head.i) <= _NEAR and (
            verb in carrier_verbs() or any(
                e.type == t.entry.type for e in lex.senses("noun", noun.lemma_.lower())))):
        return t  # a verb with a sense of its own is the act ("lifted the curfew")
    return replace(t, start=min(t.start, noun.idx), end=max(t.end, noun.idx + len(noun.text)))
