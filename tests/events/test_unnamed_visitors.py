"""A visit whose visitor the text does not name: an office holder or a delegation still visits.

Every sentence is our own wording. "The minister visited Nairobi" is a visit (CONSULT, mode
visit) to Kenya whose visitor is unknown to us; "planes flew to Chad" is no visit at all: a
thing travels, nobody is received.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, matching

VISITS = [
    pytest.param("The minister visited Nairobi on Monday.", ("Nairobi", "Kenya"),
                 id="minister-visited-capital"),
    pytest.param("The president flew to Beijing on Tuesday for a three-day state visit.",
                 ("Beijing", "China"), id="president-flew"),
    pytest.param("A trade delegation travelled to Addis Ababa last week.",
                 ("Addis Ababa", "Ethiopia"), id="delegation-travelled"),
    pytest.param("The envoy arrived in Kabul on Sunday.", ("Kabul", "Afghanistan"),
                 id="envoy-arrived", marks=pytest.mark.xfail(strict=True, reason=(
                     "arguments read 'arrived in' a place as the destination only beside a "
                     "visitor they can name"))),
]

NOT_VISITS = [
    pytest.param("Cargo planes flew to Chad on Monday.", id="near-planes"),
    pytest.param("The shipment arrived in Mombasa on Friday.", id="near-shipment"),
    pytest.param("Tourists visited Petra in record numbers this spring.", id="near-tourists"),
    pytest.param("The storm reached Manila overnight.", id="near-storm"),
]


@pytest.mark.parametrize(("text", "target"), VISITS)
def test_an_unnamed_office_holder_still_visits(text: str, target: Names) -> None:
    ex = events(text)
    assert matching(ex, "CONSULT", target=target), describe(ex)


@pytest.mark.parametrize("text", NOT_VISITS)
def test_a_thing_or_a_crowd_of_tourists_makes_no_visit(text: str) -> None:
    ex = events(text)
    assert not matching(ex, "CONSULT"), describe(ex)
