"""Clause boundaries that a negation or a modal of one clause does not cross.

In: a verb on the walk from a trigger up the dependency tree and the dependent through which
the walk reached it. Out: whether the two stand in separate clauses, so that what negates or
modalises the verb (its "not", "never", its auxiliaries, a subject said not to exist) is not
said of the dependent's clause (used by ``modality.Modality.read``).

* ``apart``: a semicolon between them joins two sentences in one ("Police detained four
  students; no charges have been filed"): the one's negation and modals are not the other's;
  only a report or a denial still reaches back ("...; Asmara has denied *it*").
* ``filled``: a clause set before a verb whose passive subject already says what the verb is
  about ("Troops shelled the village, *no casualties* were reported"; not "..., *it* was
  reported") is no part of it at all.
* ``own_conjunct``: a coordinated verb with its own subject or auxiliary ("will not take sides
  *and would continue* to host", "the rebels did not attack, *and the army withdrew*"), or in
  a tense the first verb's auxiliary cannot govern ("did not charge him *and released* him").
  Conjuncts that share the auxiliary stay inside ("did not attack *or shell* the town").
* ``in_condition``: a negation inside an "if" or "unless" clause is the condition's, not a
  denial that the act happened ("will be freed if they are *not* charged").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.tables import word_list

#: Finite forms that cannot hang on a shared "did", "will" or "would" (which take a bare verb).
_FINITE = frozenset({"VBD", "VBZ"})


def apart(node: Token, child: Token) -> bool:
    """Whether a semicolon hung on ``node`` or ``child`` stands between ``child``'s phrase and
    ``node``: two clauses the parser joined, not one inside the other."""
    if child.i < node.i:
        between = range(child.right_edge.i + 1, node.i)
    else:
        between = range(node.i + 1, child.left_edge.i)
    doc = node.doc
    return any(doc[i].text == ";" and doc[i].head.i in (node.i, child.i) for i in between)


def filled(node: Token, child: Token) -> bool:
    """Whether ``child`` is a clause before ``node`` whose passive subject (not a pronoun "it"
    that stands for the clause) fills the place ``child`` would take."""
    return child.i < node.i and child.dep_ in ("ccomp", "parataxis") and any(
        c.dep_ == "nsubjpass" and c.lower_ not in word_list("grammar.yaml", "clause_pronouns")
        for c in node.children)


def own_conjunct(node: Token, child: Token) -> bool:
    """Whether the verb ``child``, coordinated with ``node``, is a clause of its own: with its
    own subject or auxiliary (not "to"), or finite while ``node`` has an auxiliary."""
    if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.head.i != node.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to") for c in child.children):
        return True
    return child.tag_ in _FINITE and any(c.dep_ == "aux" and c.lower_ != "to"
                                         for c in node.children)


def in_condition(cue: Token | None, is_condition: Callable[[str], bool]) -> bool:
    """Whether the negation ``cue`` is said of a clause that a conditional subordinator
    (``is_condition`` of its word) opens: "if they are *not* charged by Friday", "if its
    leaders were *not* released" state the condition, hypothetical as their clause, not an
    act told as not done."""
    return cue is not None and any(c.dep_ == "mark" and is_condition(c.lower_)
                                   for c in cue.head.children)


def verb_only(cue: Token | None) -> bool:
    """Whether ``cue``, a cue found among a verb's dependents, negates or modalises that verb
    alone (a "not", "never", an auxiliary or a subject said not to exist), and so does not
    reach a conjunct of its own: conditions and hedges of the verb are not such cues."""
    return cue is not None and (cue.dep_ in ("neg", "aux", "nsubj", "nsubjpass")
                                or cue.lower_ == "never")
