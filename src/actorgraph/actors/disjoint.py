"""Antecedents a pronoun cannot take, by its clause's grammar or by the choice before it.

In: a pronoun token and a candidate antecedent (or two), the parse, the groups' countries and
number. Out: whether the pair is ruled out (``partner``) or the pronoun must stay unresolved
(``rivals``).

* ``partner``: the object or partner of a subjectless act in a phrase set before the clause
  whose subject is the pronoun is not the pronoun: that act's understood subject is the
  pronoun ("After meeting *Putin*, he said ...", "During talks with *Egyptian mediators*,
  they asked ..."). A possessor ("According to *Putin's* aides, he ...") or anything inside a
  clause with a subject of its own ("When *the rebels* arrived, they ...") is not ruled out.
* ``rivals``: two plural groups of two known countries named apart in one clause, as the two
  sides of an act ("Armenian soldiers fired at Azerbaijani troops. On Monday *they* ..."):
  "they" may mean either, so it stands for neither. Groups named together ("Russian and
  Ukrainian delegations") are one side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import Candidate

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def partner(pron: Token, token: Token) -> bool:
    """Whether ``token`` is the object or partner of a subjectless act in a phrase set before
    the clause whose subject is ``pron``."""
    if pron.dep_ not in _SUBJECTS or token.dep_ not in ("dobj", "pobj") \
            or token.sent != pron.sent or token.i > pron.i:
        return False
    for t in token.ancestors:
        if t.i == pron.head.i:
            return True
        if any(k.dep_ in _SUBJECTS or k.dep_ == "poss" for k in t.children):
            return False
    return False


def rivals(doc: Doc, a: Candidate, b: Candidate, country: dict[int, str | None],
           plural: dict[int, bool]) -> bool:
    """Whether the plural groups of ``a`` and ``b`` are two sides, of two known countries,
    named apart in one sentence, not coordinated."""
    ta, tb = doc[a.head], doc[b.head]
    ca, cb = country.get(a.group), country.get(b.group)
    return (a.group != b.group and ca is not None and cb is not None and ca != cb
            and bool(plural.get(a.group)) and bool(plural.get(b.group))
            and ta.sent == tb.sent and "conj" not in (ta.dep_, tb.dep_))
