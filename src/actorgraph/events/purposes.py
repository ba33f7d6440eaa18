"""Purpose clauses whose object the act is done for, not done to.

In: the verb of a purpose clause hung on a trigger ("attacked bandit hideouts *to protect*
farmers"). Out: whether its object is only who the act is meant to serve, so not the act's
target (PLOVER's recipient is the one acted upon). A purpose of an act on someone ("opened
fire *to disperse* demonstrators", "fired tear gas *to stop* protesters") still names the
target; one of shielding or helping ("*to protect* farmers", "*to help* the refugees") names a
beneficiary of a different act, whom the main act does not reach.

Word list: ``shield_verbs`` in ``data/arguments.yaml``; besides these, a verb whose senses in
the lexicon are all acts that benefit their object.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .subjects import words

#: Types of acts done for their object's good.
_BENEFITS = frozenset({"AID", "SUPPORT", "COOPERATE"})


def serves(clause: Token) -> bool:
    """Whether the purpose clause headed by ``clause`` names an act done for its object."""
    lemma = clause.lemma_.lower()
    if lemma in words("shield_verbs"):
        return True
    senses = lexicon.get().senses("verb", lemma)
    return bool(senses) and all(s.type in _BENEFITS for s in senses)
