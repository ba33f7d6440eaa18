"""Background: events a sentence tells that are no act of their own, and are dropped.

In: an event's trigger head token and the lexicon. Out: whether the event is background
(``background``), which ``restatements.drop`` leaves out.

An aim told with the act it is the aim of is no act of its own: help, protection or support
in a purpose infinitive (``modality.purpose``: "sent police to Haiti *to protect* the
airport", "a resolution supposedly *to protect* civilians"), or in the infinitive such an aim
governs ("flew troops in to help *evacuate* foreigners"), is dropped. The acts of a verb
that commits to them are not aims: they hang as its complement ("pledged *to help*").
A measure in force told to bar or allow an act ("the embargo *that* would not *allow* Russia
to sell arms", ``constraint_verbs``) is the measure told again, no concession or refusal of
anyone (``_measure_reach``); the act it bars is an event of its own. A relation between
parties (``relation_nouns`` with a "between" phrase) in a phrase set before the clause it
frames ("*With* the cooperation between Cairo and Moscow, Russia ...") is the standing
relation that clause rests on, no act (``_standing_relation``); as a verb's subject or object
the verb tells ("cooperation between them *deepened*").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Event
from .clauses import AIMS, purpose
from .lexicon import Lexicon


def background(e: Event, head: Token | None, lex: Lexicon) -> bool:
    """Whether ``e`` (trigger ``head``) is no act of its own: an aim told with an act
    (``_aimed``), what a measure in force bars (``_measure_reach``), or a standing relation a
    clause rests on (``_standing_relation``)."""
    return (e.type in AIMS and _aimed(head, lex)) or _measure_reach(head, lex) or \
        _standing_relation(head, lex)


def _aimed(token: Token | None, lex: Lexicon) -> bool:
    """Whether the verb ``token`` is a purpose infinitive, or the infinitive one governs."""
    for _ in range(3):
        if token is None or token.pos_ not in ("VERB", "AUX"):
            return False
        if purpose(token, lex):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _measure_reach(token: Token | None, lex: Lexicon) -> bool:
    """Whether the verb ``token`` tells what a measure in force bars or allows ("the embargo
    *that* would not *allow* Russia to sell arms", "the sanctions do not *permit* exports",
    ``constraint_verbs``): its subject, or the noun its relative "that"/"which" stands for, is
    a noun of a sanction. That is the measure told again, no concession or refusal of anyone;
    the act it bars is an event of its own."""
    if token is None or token.pos_ not in ("VERB", "AUX") or not lex.cue(
            "constraint_verbs", token.lemma_.lower()):
        return False
    for s in token.children:
        if s.dep_ != "nsubj":
            continue
        noun = token.head if s.lower_ in ("that", "which") and token.dep_ == "relcl" else s
        if noun.pos_ in ("NOUN", "PROPN") and any(
                e.type == "SANCTION" for e in lex.senses("noun", lex.lemma(noun))):
            return True
    return False


def _standing_relation(token: Token | None, lex: Lexicon) -> bool:
    """Whether the noun ``token`` names a relation between parties (``relation_nouns`` with a
    "between" phrase) in a phrase set before the clause it frames ("*With* the cooperation
    between Cairo and Moscow, Russia is more inclined to", "*Thanks to* the partnership
    between them, the port grew"): the standing relation that clause rests on, no act. As a
    verb's subject or object the verb tells ("cooperation between them *deepened*")."""
    if token is None or token.pos_ != "NOUN" or token.dep_ != "pobj" or not lex.cue(
            "relation_nouns", token.lemma_.lower()) or not any(
            c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
        return False
    node = token.head
    for _ in range(4):  # up the phrase ("thanks *to*", "*given*") to the clause it is set on
        if node.head.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node.dep_ in ("prep", "advcl", "npadvmod", "advmod") and \
        node.head.pos_ in ("VERB", "AUX") and node.i < node.head.i
