"""What a meeting came to: the agreement, deal or promise that talks produced.

In: a nominal trigger, the events found before it and the tokens they were found on. Out: the
parties of the meeting whose outcome the noun is, or None.

News tells a meeting's result with the meeting as the subject: "the talks *ended with* an
agreement to meet again", "the session *produced* a deal", "talks that *resulted in* a
truce". The agreement then names no maker of its own: whoever met made it, all the meeting's
parties as its sources (they agree with one another). Only an outcome that says what is
agreed, by an infinitive ("an agreement *to meet again*", "a promise *to reopen* the
crossing"), or a truce: a bare "agreement" or "deal" a meeting produced is the document it
signed, which a report tells by its signing, and names no act to tell it from the parties'
other agreements. Word lists: ``outcome_verbs`` (whose
object is what their subject came to) and ``outcome_phrases`` (a verb and the preposition
whose object is) in ``data/modality.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..records import Event
from .lexicon import get
from .tenses import to_infinitive
from .triggers import Trigger

#: Links from a noun to the noun it is listed with ("a joint statement and *an agreement*").
_LISTED = frozenset({"conj", "appos"})


def outcome_verb(noun: Token) -> Token | None:
    """The verb whose subject came to ``noun``: "produced *a deal*", "ended *with* a promise",
    "resulted *in* an agreement", also past a noun it is listed with ("produced a statement
    and *an agreement*"); None otherwise."""
    lex, token = get(), noun
    while token.dep_ in _LISTED and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "dobj" and lex.cue("outcome_verbs", head.lemma_.lower()):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and lex.cue(
            "outcome_phrases", f"{head.head.lemma_.lower()} {head.lower_}"):
        return head.head
    return None


def parties(trigger: Trigger, earlier: Sequence[Event],
            heads: Mapping[tuple[int, int, str], Token]) -> tuple[list[str], list[str]] | None:
    """Sources and targets of an agreement or a promise to do something, or a truce,
    ``trigger`` (a noun) that a meeting of ``earlier`` came to ("*the talks* ended with an
    agreement to", "talks *that* produced a truce"): every party of that meeting as a source,
    no target. None when the noun is no such outcome, or its meeting no event with actors."""
    entry = trigger.entry
    verb = outcome_verb(trigger.head) if entry.pos == "noun" else None
    if verb is None or not (entry.mode == "ceasefire" or (
            entry.type == "AGREE" and _says_what(trigger.head, verb))):
        return None
    met = [c.i for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" or any(c.lower_ in ("that", "which") for c in verb.children
                                   if c.dep_ == "nsubj"):
        met.append(verb.head.i)  # "held talks *that* ended with an agreement"
    for e in reversed(earlier):
        head = heads.get((e.start, e.end, e.type))
        if e.type == "CONSULT" and head is not None and head.i in met:
            sides = list(dict.fromkeys([*e.source, *e.target]))
            return (sides, []) if sides else None
    return None


def _says_what(noun: Token, verb: Token) -> bool:
    """Whether ``noun``, the outcome of ``verb``, names the act agreed by an infinitive ("an
    agreement *to meet*"), also one the parser hung on the verb right after it ("produced a
    deal *to cut* flights")."""
    after = [c for c in verb.children if c.dep_ == "advcl"
             and c.left_edge.i == noun.right_edge.i + 1]
    return any(c.dep_ in ("acl", "relcl", "advcl") and c.pos_ in ("VERB", "AUX")
               and to_infinitive(c) for c in [*noun.children, *after])
