"""Phrasings that give a trigger word a sense its own phrase does not: a modifier of a
noun's sense standing in its "of" phrase ("a *note of protest*": a protest note, a diplomatic
ACCUSE), a verb of promising whose that-clause tells something already done ("assured him
that the police *had opened* an inquiry": a statement, no promise), and what a verb's small
clause says its object is ("found [Russia *liable*]"), and the noun an act is named by
through its "of" phrase ("a *round* of talks"). Used by ``triggers`` and ``events``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .tenses import unasserted

if TYPE_CHECKING:
    from .lexicon import Entry

#: Where the parser hangs the adjective of a small clause: "found [Russia *liable*]".
_SMALL_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "oprd"})


def of_phrase(noun: Token) -> list[Token]:
    """The objects of ``noun``'s "of" phrase: where a modifier of its sense may stand ("a
    *note of protest*", "a *letter of protest*" are a protest note, a protest letter: a
    diplomatic ACCUSE, no street protest), what a name is of ("the *head of mission*",
    ``lexicon.kinds``), whom a quantifier counts ("none *of the soldiers*")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def told_done(clause: Token) -> bool:
    """Whether a that-clause tells something already done ("assured him that the police *had
    opened* an inquiry", "that its troops *left*"): a past verb with no modal and no "to";
    what a verb of promising says so is a statement, no promise."""
    return clause.dep_ == "ccomp" and clause.tag_ in ("VBD", "VBN") and not unasserted(clause)


def predicates(verb: Token) -> list[Token]:
    """The adjective of a small clause of ``verb``: what its object is said to be ("found
    [Russia *liable*]", parsed as a clause with its subject, or "held [Shell *responsible*]",
    an adjective after the object it describes)."""
    said = [c for c in verb.children if c.dep_ in _SMALL_CLAUSES and c.pos_ == "ADJ"
            and c.i > verb.i]
    out = [c for c in said if any(s.dep_ == "nsubj" for s in c.children) or any(
        o.dep_ == "dobj" and verb.i < o.i < c.i for o in verb.children)]
    return out + [a for o in verb.children if o.dep_ == "dobj" for a in o.rights
                  if a.dep_ == "amod" and a.pos_ == "ADJ"]


def holder(noun: Token, senses: Mapping[int, Entry]) -> Token | None:
    """The noun whose "of" phrase ``noun`` stands in when that noun's sense codes nothing of
    its own and reads its act from the phrase ("a second *round* of talks": the round is the
    talks, and a report naming it by "round" names them), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    sense = senses.get(prep.head.i)
    if sense is None or sense.type is not None or sense.pos != "noun" or sense.prep != "of":
        return None
    return prep.head
