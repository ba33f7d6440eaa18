"""A noun's that-clause with "must" is a demand of the one who issued the noun on the one who
must act (``events.implied.demands``, ``demand_nouns`` in data/modality.yaml): "Brandovia issued
a *reminder* that Selmark must withdraw its troops" is Brandovia's REQUEST of Selmark.

One row a noun of the list, each failing when its noun leaves the file ("call" has none: the
parser hangs "a call that ..." otherwise). Our own sentences, with invented countries.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at

ROWS = [
    "Brandovia issued a reminder that Selmark must withdraw its troops.",
    "Brandovia issued a warning that Selmark must withdraw its troops.",
    "Brandovia issued a demand that Selmark must withdraw its troops.",
    "Brandovia sent a message that Selmark must withdraw its troops.",
    "Brandovia issued an ultimatum that Selmark must withdraw its troops.",
    "Brandovia repeated its insistence that Selmark must withdraw its troops.",
    "Brandovia issued a statement that Selmark must withdraw its troops.",
    "Brandovia issued a declaration that Selmark must withdraw its troops.",
    "Brandovia issued an appeal that Selmark must withdraw its troops.",
    "Brandovia issued a notice that Selmark must withdraw its troops.",
]


@pytest.mark.parametrize("text", ROWS, ids=[r.split()[3] for r in ROWS])
def test_a_nouns_must_clause_is_a_demand(text: str) -> None:
    expect_at(text, "must", "REQUEST", source="Brandovia", target="Selmark")
