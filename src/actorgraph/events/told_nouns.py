"""Whether a noun tells again an act its document told before, and in which sense.

"The visit", "its offensive", "Saturday's protest", "no such strike": a noun with a definite
determiner, a possessive pronoun or a date's possessive, or one denied to have taken place,
whose light verb (if any) names no doer of its own, tells an earlier act again
(``told_again``); a word of its own ("Pakistan's closure", "the road closure", "the closure
of the factory") gives it parties or a kind of its own (``own_words``). A noun that takes its
sense from an earlier act (``senses_told``) takes it without the words the sense needs
(``plain``), when that act is of its kind (``akin``). In: the trigger, its tokens and lexicon
senses. Out: yes or no, or the sense. Used by ``retellings`` and ``senses_told``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import DEFINITE
from ..records import root_general
from . import triggers
from .lexicon import Entry, get
from .marks import PRONOUNS

#: Determiners by which a noun names an event the text has already reported.
DETERMINERS = DEFINITE | PRONOUNS
#: How the clause of a verb of speech holds what a doer is said to have done: "said they had
#: *carried out* the bombing", "admitted *carrying out* the kidnapping".
_CLAIMED = frozenset({"ccomp", "xcomp", "pcomp"})
#: Children that give a standing noun parties or a kind of its own ("Pakistan's closure",
#: "the road closure", "the closure of the factory").
OWN = frozenset({"poss", "compound", "nmod", "prep", "acl", "relcl"})


def told_again(trigger: triggers.Trigger, denied: bool = False) -> bool:
    """Whether the trigger is a noun that names an event already known: "the visit", "its
    offensive", "Saturday's protest", "*Besigye's* arrest" (``party_owned``); or one
    ``denied`` to have taken place ("*no* raid had taken place", "no *such* strike": the
    denial answers an act told before)."""
    return trigger.entry.pos == "noun" and _unled(trigger.light) and (
        denied or party_owned(trigger.head) or any(
            (c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS)
            or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
            for c in trigger.head.children))


def party_owned(noun: Token) -> bool:
    """Whether a noun is definite only by the possessive of a party, not of a date nor a
    pronoun ("*Besigye's* arrest", "the *mayor's* killing"): it tells again only an act whose
    sentence names that party (``marks.marked``), never merely the latest of its type
    ("*Kyagulanyi's* arrest in 2018" after Besigye's)."""
    return any(c.dep_ == "poss" and c.lower_ not in DETERMINERS
               and c.ent_type_ not in ("DATE", "TIME") for c in noun.children) and not any(
        c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS for c in noun.children)


def _unled(light: Token | None) -> bool:
    """Whether a noun's light verb (if any) names no doer: none, or a passive one with no
    agent ("*the request was made* in a letter", "the deal was reached in Doha"), which
    presupposes the act as told before rather than telling one of its own; or whether its
    doer is only claimed or denied, in the clause of a verb of speech or denial ("said they
    had *carried out* the bombing", "admitted *carrying out* the kidnapping", "denied
    *carrying out* the abduction"); or whether it is a verb of doing (``doing_verbs``) that
    names who did the act told before ("Boko Haram fighters *carried out* the attack"), with
    no day of its own (``own_day``: "*On Friday* they carried out the attack" is another)."""
    lex = get()
    return light is None or (light.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in light.children) and not any(
        c.dep_ == "agent" for c in light.children)) or (
        light.dep_ in _CLAIMED and (lex.cue("report_verbs", light.head.lemma_.lower())
                                    or lex.cue("deny_verbs", light.head.lemma_.lower()))) or (
        lex.cue("doing_verbs", light.lemma_.lower()) and not own_day(light))


def own_day(verb: Token) -> bool:
    """Whether a verb's clause gives a day of its own ("*On Friday* they carried out the
    attack", "staged the march *last week*")."""
    return any(t.ent_type_ == "DATE" for c in verb.children
               if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def own_words(child: Token) -> bool:
    """Whether ``child`` of a noun gives it parties or a kind of its own ("Pakistan's closure",
    "the road closure", "the closure of the factory", "the closure *ordered by the court*"):
    a participle or relative clause only when it names someone ("the delivery, *flown in on a
    chartered aircraft*," describes the act told before), a date's possessive never."""
    if child.dep_ in ("acl", "relcl"):
        return any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in child.children)
    return child.dep_ in OWN and not (child.dep_ == "poss"
                                      and child.ent_type_ in ("DATE", "TIME"))


def plain(sense: Entry) -> Entry:
    """``sense`` without the words it needs (modifiers, a preposition and its objects), for
    a noun that takes it from an earlier act rather than from its own phrase."""
    return replace(sense, modifiers=(), prep=None, pobj=frozenset(), subj=frozenset())


def akin(sense: Entry, earlier: Entry) -> bool:
    """Whether an earlier trigger's sense is of the kind a standing noun's ``sense`` names:
    the same type and the same CAMEO code to three digits (a border closed, 172, for "the
    closure"; not an arrest, 173, for "the law" of martial law, 1724), or any code of its
    root when ``sense`` is the root's own, unspecified one (CAMEO's "not specified below":
    a police operation, 170, for an arrest, 173; a military one, 190, for a bombing, 195)."""
    code, other = sense.cameo or "", earlier.cameo or ""
    if sense.type != earlier.type:
        return False
    if root_general(code):
        return other[:2] == code[:2]
    return other[:3] == code[:3]
