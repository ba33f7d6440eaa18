"""A verb of force whose subject is a measure, a document or a price is a figure of speech,
no attack (``inert_subjects`` in ``nonagents.yaml``, ``events/nonacts.py``): "the bill
*attacks* workers' rights", "the new tax *hits* the poorest", "the decree *strikes* at press
freedom" name no one who does violence. A weapon, a force or a person as the subject is an
attack, and criticism of a measure is words (ACCUSE, "slammed the budget"), aimed at whoever
presented it ("the budget *presented by* the finance minister"). Every sentence is our own
wording.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

FIGURES = [
    ("The opposition in Vellmar said the new labour bill attacks workers' rights.",
     "attacks"),
    ("The fuel tax hit the poorest families in Kessel hardest, the Brask Workers Union said.",
     "hit"),
    ("Critics said the decree strikes at the heart of press freedom in Ostria.", "strikes"),
    ("Rising bread prices are killing small bakeries in Lenk, the Ostrian traders' union "
     "said.", "killing"),
]


@pytest.mark.parametrize(("text", "word"), FIGURES, ids=[r[0][:40] for r in FIGURES])
def test_force_done_by_a_measure_is_no_attack(text: str, word: str) -> None:
    expect_none_at(text, word, "ASSAULT")


ATTACKS = [
    ("Gunmen attacked a police station in Kessel on Sunday, the Ostrian army said.",
     "attacked"),
    ("A drone hit a fuel depot in Lenk, the Vellmar army said.", "hit"),
]


@pytest.mark.parametrize(("text", "word"), ATTACKS, ids=[r[0][:40] for r in ATTACKS])
def test_force_done_by_people_or_weapons_is_an_attack(text: str, word: str) -> None:
    expect_at(text, word, "ASSAULT")


def test_criticism_of_a_measure_is_aimed_at_who_presented_it() -> None:
    expect_at("The opposition slammed the budget presented by Vellmar's finance minister "
              "Ilse Karno.", "slammed", "ACCUSE", target="Karno")
