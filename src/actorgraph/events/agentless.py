"""Acts of no force told in the passive with no agent: talks held, deals reached, people freed.

In: a trigger with no actor on either side (none named, none an earlier event lends), the
senses of the document and the ``Lexicon``. Out: the verb that tells the act in the passive
(``told``), or None. The events stage keeps such an act as a mention with no actor
(``Event.reference``, as ``bare`` keeps a definite noun), its doer empty, never guessed: PLOVER
codes an act even when its doer is unnamed, and fusion joins the mention to the reports that
name the parties. The stage keeps it only when its clause tells it as done (``TOLD_DONE``:
not "talks *will be* held", "*if* a deal is reached"; a negation is left out below).

An act of a type of ``agentless_types`` (``events.yaml``: meetings, agreements and their
signing, truces, releases and deployments) told by

* its noun as the passive subject of its light verb ("*talks were held* in Nairobi", "*a deal
  was reached* after midnight"), or as the "of" phrase of that subject ("a new round of *talks*
  was held");
* a verb of its type in the passive whose subject, or the noun its participle hangs on, is a
  noun of an act ("an accord *was signed*", "the joint patrols *agreed* at the border
  talks", "the truce *agreed* in Juba", also when the parser reads the participle as a past
  tense: a truce agrees to nothing; its evidence running over the noun; not "the budget was
  approved": a thing), people for a release ("*they* were released outside Kotal",
  "dozens of teachers, several of whom were *freed*"; not "the film was released"), forces
  for a deployment ("*more police* were sent to Kalehe").

Not an act: one an agent names (its doer, found by ``sides``); one only announced or
reported ("a deal worth $3bn *was announced*": news of it, told by someone unnamed); any or
every act ("*any* deal reached would need ..."); none ("*no* agreement was signed", "talks
were *not* held": a denial with no party is no act a report can be joined to); one under a
modal of the clause it hangs in; a habit; and a deal of a game or a trade ("a deal was
reached for the *striker*", ``sports``; "a deal was reached, the *company* said": a sentence
naming a business).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..actors.tables import word_list
from . import triggers
from .lexicon import Entry, Lexicon
from .modality import habitual
from .tenses import under_modal

#: Types of the acts of no force a passive with no agent still tells.
TYPES = frozenset(word_list("events.yaml", "agentless_types"))
#: Determiners of any or every act of a kind, none in particular ("any deal"), or of none
#: ("no deal").
_ANY = word_list("grammar.yaml", "kind_determiners") | word_list(
    "grammar.yaml", "nonexistence_determiners") - {"such"}
#: Pronouns of people, as the subject of a release ("*they* were freed").
_PEOPLE_PRONOUNS = word_list("grammar.yaml", "people_pronouns")
#: Classes of the forces a deployment moves.
_FORCES = ("@police", "@military")
#: Tags of a past participle, and of one the parser reads as a past tense.
_PARTICIPLES = frozenset({"VBN", "VBD"})


def told(trigger: triggers.Trigger, senses: Mapping[int, Entry], lex: Lexicon) -> Token | None:
    """The passive verb with no agent that tells the act of ``trigger``, or None (see the
    module)."""
    entry, head = trigger.entry, trigger.head
    if entry.type not in TYPES:
        return None
    if entry.pos == "noun":
        verb = _carrier(head, trigger.light, senses)
        if verb is None:
            return None
    else:
        verb = head
        done = _heads(done_to(verb, senses))
        if not done or not all(_act_noun(t, senses) or _undergoer(entry, t, lex)
                               for t in done):
            return None  # "the budget was approved": a thing
    if not _passive(verb, senses) or any(c.dep_ == "agent" for c in verb.children) or lex.cue(
            "report_verbs", verb.lemma_.lower()):
        return None  # "a deal worth $3bn was announced": news of an act, told by someone
    subject = [head, *done_to(verb, senses)]
    if any(c.lower_ in _ANY or c.dep_ == "neg" for t in subject for c in t.children
           if c.dep_ in ("det", "predet", "neg")) or any(c.dep_ == "neg" for c in verb.children):
        return None  # "any deal reached in Baku"; "no agreement was signed": no act to join
    if under_modal((verb, *verb.ancestors)):
        return None  # "a deal reached there would need ..."
    if habitual([*verb.subtree], lex) or any(lex.cue("sports", t.lemma_.lower()) or (
            t.pos_ == "NOUN" and lex.is_a(t, "@business")) for t in verb.sent):
        return None  # a game's or a trade's: "for the striker", "the company said"
    return verb


def _carrier(noun: Token, light: Token | None, senses: Mapping[int, Entry]) -> Token | None:
    """The light verb whose passive subject ``noun`` is, directly or as the "of" phrase of its
    subject ("*talks were held*", "a new round of *talks* was held"), or None; and None for a
    verb of an act of its own ("an accord *was signed*": the verb's)."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        subject = noun.head.head
    if subject.dep_ != "nsubjpass":
        return None
    verb = subject.head
    if light is None and _act_noun(verb, senses, TYPES, pos=("VERB",)):
        return None
    return verb if light is None or light.i == verb.i else None


def done_to(verb: Token, senses: Mapping[int, Entry] | None = None) -> list[Token]:
    """The passive subject of ``verb``, or the noun its participle hangs on ("the truce
    *agreed* in Juba"), with the noun of a partitive ("most *of the students*"). With
    ``senses``, also the subject the parser gives a participle it reads as a past tense
    ("welcomed the truce *agreed* in Juba": an act, which agrees to nothing)."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not found and verb.dep_ == "acl" and verb.tag_ in _PARTICIPLES:
        found = [verb.head]
    if not found and senses is not None and _misread(verb, senses):
        found = [c for c in verb.children if c.dep_ == "nsubj"]
    return found + [o for s in found for p in s.children if p.dep_ == "prep"
                    and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _heads(done: list[Token]) -> list[Token]:
    """``done`` with each word of a partitive left for its "of" phrase ("*most* of whom")."""
    return [t for t in done if not any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o in done for o in p.children)
        for p in t.children)]


def _passive(verb: Token, senses: Mapping[int, Entry]) -> bool:
    """Whether ``verb`` is a passive: a participle with a passive auxiliary, one hanging on a
    noun, or one the parser misread as a past tense with an act as its subject."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)) or (
        verb.dep_ == "acl" and verb.tag_ in _PARTICIPLES) or _misread(verb, senses)


def _misread(verb: Token, senses: Mapping[int, Entry]) -> bool:
    """Whether ``verb`` is a past form with no auxiliary and no object whose subject is a noun
    of an act ("the truce *agreed* in Juba", read as "the truce agreed")."""
    return verb.tag_ in _PARTICIPLES and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "xcomp", "ccomp") for c in verb.children) and any(
        c.dep_ == "nsubj" and _act_noun(c, senses) for c in verb.children)


def _act_noun(token: Token, senses: Mapping[int, Entry], types: frozenset[str] | None = None,
              pos: tuple[str, ...] = ("NOUN", "PROPN")) -> bool:
    """Whether ``token`` is a noun of an act (of one of ``types``, if given: "accord",
    "truce"), or with ``pos``, another word of one."""
    entry = senses.get(token.i)
    return entry is not None and entry.type is not None and (
        types is None or entry.type in types) and token.pos_ in pos


def _undergoer(entry: Entry, token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is whom an act of ``entry`` with no hand named is done to: people
    released ("*they* were freed"), forces sent or deployed ("*police* had been sent")."""
    if entry.mode == "release":
        if token.pos_ == "PRON":
            return token.lower_ in _PEOPLE_PRONOUNS
        return lex.is_a(token, "@human")
    return entry.type == "MOBILIZE" and any(lex.is_a(token, k) for k in _FORCES)
