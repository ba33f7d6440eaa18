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
#: Links by which the parser hangs a list after a colon on the verb ("produced results: a
#: statement and an agreement").
_AFTER_COLON = frozenset({"npadvmod", "appos", "dep"})
#: Words that say an outcome was all there was ("*nothing* more than", "*little* more than",
#: "*no* more than").
_ONLY = frozenset({"nothing", "little", "no"})


def outcome_verb(noun: Token) -> Token | None:
    """The verb whose subject came to ``noun``: "produced *a deal*", "ended *with* a promise",
    "resulted *in* an agreement", also past a noun it is listed with ("produced a statement
    and *an agreement*"), past "nothing more than" ("ended with *little more than* a
    promise"), in a list after a colon ("produced results: a statement and *an agreement*")
    and as the second outcome the parser reads into the first one's "of" phrase ("produced a
    promise of a commission and *an agreement*"); None otherwise."""
    lex, token = get(), _listed(noun)
    head = token.head
    if token.dep_ == "dobj" and lex.cue("outcome_verbs", head.lemma_.lower()):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and lex.cue(
            "outcome_phrases", f"{head.head.lemma_.lower()} {head.lower_}"):
        return head.head
    if token.dep_ in _AFTER_COLON and lex.cue("outcome_verbs", head.lemma_.lower()) and any(
            t.lower_ == ":" for t in token.doc[head.i + 1:token.left_edge.i]):
        return head  # "produced quick results: a joint statement and an agreement"
    return None


def _listed(noun: Token) -> Token:
    """The noun that stands for ``noun`` as what a meeting came to: the first noun of its
    list ("a statement and *an agreement*"), the "more" of "nothing more than", "little more
    than", "no more than" (what was reached and nothing else), and the outcome whose "of"
    phrase the parser read the list into ("a promise of a commission and *an
    agreement*")."""
    token = noun
    while True:
        while token.dep_ in _LISTED and token.head.i != token.i:
            token = token.head
        head = token.head
        more = head.head if token.dep_ == "pobj" and head.lower_ == "than" and \
            head.head.lower_ == "more" else None
        if more is not None and any(c.lower_ in _ONLY for c in more.children):
            token = more  # "ended with little more than an agreement"
        elif more is not None and more.head.lower_ in _ONLY:
            token = more.head  # "ended with nothing more than an agreement"
        elif token is not noun and token.dep_ == "pobj" and head.lower_ == "of" and any(
                e.type == "AGREE" for e in get().senses("noun", head.head.lemma_.lower())):
            token = head.head  # "a promise of a commission and an agreement"
        else:
            return token


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
