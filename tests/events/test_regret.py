"""Regret over deaths is sorrow, no concession: an apology (CONCEDE, PLOVER_NOTES: "apologies
and regret") owns a wrong, to whoever suffered it or for an act ("expressed regret *to
Ostria for the shelling*", "apologised for the massacre"); regret or sorrow over deaths or
a loss of life ("expressed regret *over the deaths* of two fishermen", "regretted *the
loss of life*") grieves, as a condolence does, and concedes nothing. Every sentence is our
own wording.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

SORROW = [
    ("The Vellmar government expressed regret over the deaths of two Ostrian fishermen.",
     "expressed"),
    ("Brask expressed deep regret at the loss of life in the Kessel earthquake.", "expressed"),
    ("Ostria's foreign ministry said it regretted the deaths of the three hikers.",
     "regretted"),
]


@pytest.mark.parametrize(("text", "word"), SORROW, ids=[r[0][:40] for r in SORROW])
def test_regret_over_deaths_is_no_concession(text: str, word: str) -> None:
    expect_none_at(text, word, "CONCEDE")
    expect_none_at(text, "regret", "CONCEDE")


APOLOGIES = [
    ("Vellmar expressed regret to Ostria for the shelling of its border posts.", "expressed",
     "Vellmar", "Ostria"),
    ("The Brask president apologised to Kessel for the massacre at Lenk.", "apologised",
     "Brask", "Kessel"),
    ("Ostria's foreign ministry said it regretted the incursion into Vellmar's airspace.",
     "regretted", "Ostria", None),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), APOLOGIES,
                         ids=[r[0][:40] for r in APOLOGIES])
def test_an_apology_for_a_wrong_is_a_concession(text: str, word: str, source: str,
                                                target: str | None) -> None:
    expect_at(text, word, "CONCEDE", source=source, target=target)
