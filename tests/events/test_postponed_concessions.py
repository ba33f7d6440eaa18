"""A vote, a deadline or a measure put off in the face of a demand is a concession.

CAMEO 080 (yield) codes giving way: postponing, delaying, deferring, pushing back or putting
off a vote, a deadline or a measure is a CONCEDE by whoever puts it off when its sentence tells
the demand, protest, pressure or boycott it yields to. Near misses: a launch put off, a vote
postponed for floods, a debate moved to another day: no one gives way to anyone.
Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import Names, expect, expect_none_at

YIELDED = [
    pytest.param("The electoral commission postponed the vote after opposition demands.",
                 "commission", id="postponed-after-demands"),
    pytest.param("The government of Lesotho delayed the deadline for the handover to next "
                 "month after protests.", ("government", "Lesotho"), id="delayed-after-protests"),
    pytest.param("Parliament postponed the referendum, as the protesters had demanded.",
                 "Parliament", id="postponed-as-demanded"),
    pytest.param("Kenya's government deferred the fuel tax rise following street protests in "
                 "Nairobi.", ("Kenya", "government"), id="deferred-following-protests"),
    pytest.param("Under pressure from unions, the Ghanaian cabinet put off the pension reform.",
                 ("Ghana", "cabinet"), id="put-off-under-pressure"),
    pytest.param("Zambia pushed back the election by a month after the opposition boycott.",
                 "Zambia", id="pushed-back-after-boycott"),
]


@pytest.mark.parametrize("text, source", YIELDED)
def test_putting_off_under_a_demand_is_a_concession(text: str, source: Names) -> None:
    event = expect(text, "CONCEDE", source=source)
    assert event.cameo_code == "080"


NOT_YIELDED = [
    pytest.param("The company postponed the launch of its new phone.", "postponed",
                 id="launch"),
    pytest.param("The electoral commission of Malawi postponed the vote because of the floods.",
                 "postponed", id="floods"),
    pytest.param("Kenya's senate postponed the debate on the bill to Tuesday.", "postponed",
                 id="debate-moved"),
]


@pytest.mark.parametrize("text, word", NOT_YIELDED)
def test_putting_off_with_no_demand_concedes_nothing(text: str, word: str) -> None:
    expect_none_at(text, word, "CONCEDE")
