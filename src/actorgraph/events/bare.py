"""Bare mentions: an act a sentence tells without naming anyone we can point to.

In: a trigger whose sentence gives it no source and no target, that no earlier event of its
document lends actors to (a crowd's protest, a retelling, a reference are found before). Out:
whether it is still a mention of one act, kept as an event with no actor (``Event.reference``)
with its own date and place, so that fusion can join it to the reports that name the parties;
it is no coded event (``records.coded``). The caller still applies every filter of acts (not
an act, sport, disaster, forecast) and keeps it only when its clause tells it as done or as
not done (``TOLD_DONE``).

A bare mention is of a happening later reports retell by a noun (``referable`` in
``event_triggers.yaml``: meetings, truces, attacks, arrests, protests, deliveries,
expulsions, deployments), not words, which need their speaker (an accusation or a demand
nobody makes is no one's). And it is told by

* a definite noun, or the definite unit of one ("*the* ambush", "*the* burning of a bus",
  "*the first round* of talks"), which names one act the reader knows; not an indefinite one
  (a "rally" in prices, "a demonstration" of a product, "in a raid" too), nor a kind
  ("*attacks* on journalists are rising"), nor another thing a common noun makes of it
  ("the *heart* attack"); as a
  subject, told with what it was done to ("*the burning of a bus* revived talk"; not "the
  raid lasted two hours", "the session ended": the act the text goes on to tell, or another
  sense, as ``references`` reads them); not a noun with a sense that is no event ("the fourth
  *round*" of a fight), nor one whose doer a "by" phrase names ("the storming of the box
  office *by fans*"), nor an apposition, which names again the act its sentence tells ("held
  talks ..., *the first meeting* between them").

A verb with no actor is none: in the passive with no agent, the acts done to people or a
vessel are ``handless.told_act``'s, and those done to things are mostly no political act
(goods seized at customs, towers blown up in a demolition).

Not a mention either: any or every act ("*any* attack would be answered"), an act in a clause
under a modal ("would arrest anyone who joined *the march*"), or a habit ("*usually*",
"*rarely*": ``modality.habitual``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.binding import clause_of
from ..actors.tables import word_list
from ..nlp import definite
from . import triggers
from .lexicon import Lexicon
from .modality import habitual
from .references import only_events
from .subjects import by_phrase
from .tenses import under_modal

#: A noun phrase that names again what its sentence tells ("held talks ..., the first
#: *meeting* between them").
_RESTATING = frozenset({"appos", "npadvmod"})
#: Determiners of any or every act of a kind, none in particular ("any attack").
_ANY = word_list("grammar.yaml", "kind_determiners")


def mention(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a trigger with no actor is still a mention of one act (see the module)."""
    head = trigger.head
    if trigger.entry.type not in lex.referable:
        return False
    clause = clause_of(head)
    words = [head, clause, *head.children, *clause.children]
    if habitual(words, lex) or any(c.lower_ in _ANY for c in head.children
                                  if c.dep_ in ("det", "predet")):
        return False
    return (trigger.entry.pos == "noun" or head.pos_ in ("NOUN", "PROPN")) and _one(head) \
        and not _other_thing(head, trigger.entry.modifiers) \
        and only_events(head, lex) and head.dep_ not in _RESTATING and not by_phrase(head) \
        and not under_modal(head.ancestors)


def _other_thing(noun: Token, modifiers: tuple[str, ...]) -> bool:
    """Whether a common noun its sense does not name modifies the noun, making it another
    thing ("a *heart* attack", "*prison* violence"; not a "*cyber* attack" its sense names)."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in modifiers
               for c in noun.children)


def _one(noun: Token) -> bool:
    """Whether a noun, or the unit it is the "of" phrase of ("the first *round* of talks"),
    names one act the reader knows: definite ("the", "this", an owner); and, as a subject,
    told with what it was done to ("*the burning of a bus* revived talk"; not "the raid
    lasted two hours", "the session ended": the act the text goes on to tell, or another
    sense: ``references``)."""
    unit = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.pos_ == "NOUN" else None
    named = unit or noun
    if not definite(named, owned=True):
        return False
    subject = named
    while subject.dep_ == "conj":
        subject = subject.head
    return subject.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in named.children)
