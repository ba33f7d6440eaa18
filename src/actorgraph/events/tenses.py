"""The tense, aspect and sequence of a clause, as the events' dates read them.

Part of the events' dates (the spec is the "Events" part of ``dates``' docstring); read by
``dating.Dating`` and ``retellings``. In: tokens of the parse. Out: whether a verb is in the
present, a perfect or a pluperfect, an arrangement ("is due in Rome", "is to visit"), a
to-infinitive or a participle telling what someone was doing; whether it is under a modal or
is a to-infinitive, its act not told as done (``under_modal``, ``to_infinitive``,
``unasserted``: the one test of each, for every module); whether a clause or phrase is
placed before or after its head's (``in_sequence``) or told as coming before it
(``told_before``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.dictionary import load_yaml
from .dates import Precision

_CUES: dict[str, frozenset[str]] = {
    kind: frozenset(words) for kind, words in load_yaml("dates.yaml").items()}
#: How far up the tree a verb looks for the verb it is coordinated with.
_DEPTH = 12


def under_modal(words: Iterable[Token]) -> bool:
    """Whether a word of ``words`` (a verb and the words it hangs under, say) has a modal
    auxiliary: "a deal reached there *would* need ...", "talks *may* be held"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for t in words for c in t.children)


def modal_on(verb: Token) -> bool:
    """Whether a word tagged as a modal hangs on ``verb`` in any relation: a modal auxiliary
    ("the talks *will* end"), as ``under_modal`` asks, or a modal the parser takes for a
    clause of its own ("the talks ended, as they *should*": an adverbial clause)."""
    return any(c.tag_ == "MD" for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` has its own infinitive "to" ("agreed *to hold* talks", "is *to
    start*")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def unasserted(verb: Token) -> bool:
    """Whether ``verb`` is under a modal auxiliary or is a to-infinitive ("talks *may* be
    held", "*to open* an inquiry"): its act is not told as done."""
    return under_modal((verb,)) or to_infinitive(verb)


def aux(verb: Token) -> list[Token]:
    """The auxiliaries of a verb, or of the verb it is coordinated with ("had entered and
    shelled")."""
    for _ in range(_DEPTH):
        found = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if found or verb.dep_ != "conj":
            return found
        verb = verb.head
    return []


def arranged(verb: Token) -> bool:
    """Whether ``verb`` tells an act by its arrangement, in the present ("she is *due* in
    Rome", "is *expected* in Baku": ``arranged_predicates`` in ``data/dates.yaml``): still to
    come; not in the past ("was due in Rome")."""
    if verb.lemma_.lower() not in _CUES["arranged_predicates"]:
        return False
    tensed = [verb.head] if verb.dep_ == "acomp" else aux(verb)
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed)


def present(verb: Token) -> bool:
    """Whether ``verb`` is in the present or present perfect ("remain", "are still held",
    "has reached", a headline's "recalls"): a time that is the report's own. Not a modal's
    ("will travel") nor a past's."""
    auxiliaries = aux(verb)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def perfect(verb: Token) -> bool:
    """Whether ``verb`` is a present perfect ("has asked", "have been detained")."""
    return verb.tag_ == "VBN" and any(a.lower_ in _CUES["perfect_auxiliaries"]
                                      and a.tag_ in ("VBZ", "VBP") for a in aux(verb))


def not_now(verb: Token) -> bool:
    """Whether the tense or an adverb puts the act before the time the text speaks of (a
    pluperfect, "previously"), or makes it an arrangement ("is to visit", "Putin to visit")."""
    auxiliaries = aux(verb)
    if pluperfect(verb, auxiliaries):
        return True
    if any(a.tag_ == "TO" for a in auxiliaries) and (verb.dep_ == "ROOT" or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CUES["arranged_verbs"])):
        return True
    # "earlier than planned" compares with a plan: no earlier time
    return any(c.dep_ == "advmod" and c.lower_ in _CUES["earlier_adverbs"] and not any(
        t.lower_ in _CUES["comparison_words"] for t in c.subtree) for c in verb.children)


def infinitive(node: Token) -> bool:
    """Whether ``node`` is a to-infinitive complement ("agreed *to hold* a round in Istanbul
    next month"): a date in it dates the act agreed, planned or begun, not the agreeing."""
    return node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                        for c in node.children)


def doing(node: Token, precision: Precision | None) -> bool:
    """Whether ``node`` is a present participle telling what someone was doing ("kidnapped
    farmers *working* their fields on Saturday", "gunmen *firing* from a truck on Sunday"):
    a date it gives to the day is the time of the clause it hangs on; not a perfect
    participle ("having crossed"), one after a conjunction ("after *leaving*"), nor a
    standing state ("*heading* the ministry since 2019")."""
    return precision == "day" and node.dep_ in ("acl", "advcl") and node.tag_ == "VBG" and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children)


def pluperfect(verb: Token, auxiliaries: list[Token] | None = None) -> bool:
    """Whether ``verb`` is a pluperfect ("had shelled", "had been attacked")."""
    return verb.tag_ == "VBN" and any(a.lower_ in _CUES["pluperfect_auxiliaries"]
                                      for a in (aux(verb) if auxiliaries is None else auxiliaries))


def in_sequence(node: Token) -> bool:
    """Whether ``node``'s clause or phrase is placed before or after its head's, not at its
    time: a relative clause ("the man *who attacked* the embassy was arrested in 2011"), an
    "after" clause or phrase."""
    if node.dep_ in ("relcl", "acl"):
        return True
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CUES["sequence_words"]
                   for c in node.children)
    return node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _CUES["sequence_words"]


def told_before(node: Token) -> bool:
    """Whether ``node``'s clause or phrase is told as coming before its head's act: an
    "after", "following" or "since" clause or phrase ("recalled its envoy after Togo
    *expelled* two diplomats"), or the object of "in response to", "in retaliation for", "in
    the wake of" ("in response to Caracas *expelling* two consuls")."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CUES["earlier_words"]
                   for c in node.children)
    if node.dep_ == "acl" and node.tag_ == "VBG":
        # the parser hangs a gerund with a bare subject on the noun: "in response to
        # Caracas *expelling* two consuls"
        return _response(node.head)
    if node.dep_ not in ("pobj", "pcomp"):
        return False
    marker = node.head
    return marker.lower_ in _CUES["earlier_words"] or (
        marker.dep_ == "prep" and _response(marker.head))


def _response(noun: Token) -> bool:
    """Whether ``noun`` is a response noun as the object of "in" ("in *response* to")."""
    return noun.lower_ in _CUES["response_nouns"] and noun.dep_ == "pobj" \
        and noun.head.lower_ == "in"
