"""Whom an answer is aimed at: the maker of the act it answers (issue 12, class 2).

In: the parse, the document's events, the ``ActorMap`` and the lexicon. Out: the events, where
one told by a verb of answering (``answer_verbs`` in ``data/modality.yaml``: reject, dismiss,
ignore, accept, decline, turn down, ...) has no target and its object, or passive subject, is
a noun of an act (an offer, a demand, an invitation, a proposal, a call): the target is who
made that act, as PLOVER reads the recipient of a reply:

* the maker named on the noun by "from" or "by", or on the verb by "from" ("accepted the
  offer *from Borvania*");
* the doers of an event told at the noun ("dismissed *the demand*", the demand told again);
* for a definite noun that tells no event of its own ("Borvania offered to mediate. Kestria
  accepted *the offer*"; "Korvath invited Lusania ... Lusania declined *the invitation*"), the
  doers of the latest event told as done before it, in its sentence or the one before, of a
  type the noun names (an offer and an invitation are AGREE, a call and a demand REQUEST; not
  what the invitation asks for, "to join the pact"); an act of another type is no maker
  ("Drelia shelled an outpost. Marnovia rejected *the proposal*": none).

Never the answerer itself; an indefinite noun ("accepted an offer") names no act told before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp import definite, word_at
from ..records import HAPPENED, Event
from .actormap import ActorMap
from .lexicon import Lexicon
from .subjects import pobjs

#: Prepositions on an act's noun that name its maker: "the offer *from* Borvania".
_MAKER = frozenset({"from", "by"})


def answering(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` answers what it is done to (``answer_verbs``, with its particle:
    "rejected", "turned down")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return lex.cue("answer_verbs", f"{verb.lemma_.lower()} {particle}".strip())


def _answered(verb: Token, lex: Lexicon) -> tuple[Token, set[str]] | None:
    """The noun of an act ``verb`` answers, with the types it may name; None if none."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            kinds = {e.type for e in lex.senses("noun", c.lemma_.lower()) if e.type}
            if kinds:
                return c, kinds
    return None


def _makers(noun: Token, kinds: set[str], e: Event, events: Sequence[Event],
            amap: ActorMap) -> list[str]:
    """Who made the act ``noun`` names, for the answer ``e``."""
    # "the offer from Borvania", the parser hanging the phrase on the noun or on the verb
    # (on the verb "from" only: its "by" is the answerer, "the offer was accepted by Kestria")
    named = amap.actors(o for t in (noun, noun.head) for c in t.children
                        if c.dep_ in ("prep", "agent") and c.lower_ in _MAKER
                        and (t is noun or c.lower_ == "from") for o in pobjs(c))
    if named:
        return named
    # the noun told as the answerer's own act ("declined the invitation" read as Lusania's)
    # names no maker
    told = [f for f in events if f is not e and f.start <= noun.idx < f.end
            and set(f.source) - set(e.source)]
    if told:
        return list(told[0].source)
    if not definite(noun):
        return []
    sent = noun.sent
    first = noun.doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
    before = [f for f in events if f is not e and first <= f.start < noun.idx
              and f.type in kinds and f.modality in HAPPENED and f.source
              and f.start < e.start]
    return list(max(before, key=lambda f: f.start).source) if before else []


def aimed(doc: Doc, events: Sequence[Event], amap: ActorMap, lex: Lexicon) -> list[Event]:
    """``events``, each answer with no target aimed at the maker of the act it answers."""
    out = []
    for e in events:
        verb = word_at(doc, e.start, e.end)
        if not e.target and e.source and verb is not None and verb.pos_ == "VERB" and \
                answering(verb, lex) and (found := _answered(verb, lex)) is not None:
            makers = [a for a in _makers(*found, e, events, amap) if a not in e.source]
            if makers:
                e = replace(e, target=tuple(makers))
        out.append(e)
    return out
