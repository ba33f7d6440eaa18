"""A present perfect reported by a dated act of speech is at some time before the speech, not
on its day: "Ruritania has asked Freedonia to hand over a former governor, the justice minister
said on Tuesday" dates the saying; the asking may be weeks older. The speech's day is no date
of the act, so the publication date stands in (rule 5), which fusion reads as the week before
the report. A past tense reported on a day keeps that day (rule 4: a report tells of what has
just happened), and a present perfect with a date of its own keeps its own (rule 1).

The spec is rules 1, 4 and 5 of the "Events" part of ``actorgraph.events.dates``' docstring.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import expect_dated

D = dt.date
THU = D(2024, 5, 16)  # a Thursday: Tuesday is the 14th, Sunday the 12th
STAND_IN = (THU, "day", "publication")
TUESDAY = (D(2024, 5, 14), "day", "text")
SUNDAY = (D(2024, 5, 12), "day", "text")


def when(id: str, text: str, trigger: str, expected: tuple) -> object:
    return pytest.param(text, trigger, expected, id=id)


PERFECT = [
    when("perfect-then-said", "Ruritania has asked Freedonia to hand over a former governor, "
         "the justice minister said on Tuesday.", "asked", STAND_IN),
    when("said-that-perfect", "The justice minister said on Tuesday that Ruritania has asked "
         "Freedonia to hand over a former governor.", "asked", STAND_IN),
    when("plural-perfect", "Police have detained eleven traders in Varenka, a provincial "
         "spokesman said on Sunday.", "detained", STAND_IN),
    when("perfect-passive", "Eleven traders have been detained in Varenka, a provincial "
         "spokesman told reporters on Sunday.", "detained", STAND_IN),
    when("quoted-perfect", '"The Freedonian coast guard has seized two trawlers," the fisheries '
         "minister said on Tuesday.", "seized", STAND_IN),
]

NEAR_MISSES = [
    when("past-then-said", "Ruritania asked Freedonia to hand over a former governor, the "
         "justice minister said on Tuesday.", "asked", TUESDAY),
    when("said-that-past", "A provincial spokesman said on Sunday that police detained eleven "
         "traders in Varenka.", "detained", SUNDAY),
    when("perfect-own-date", "Police have detained eleven traders in Varenka on Sunday, a "
         "spokesman said.", "detained", SUNDAY),
    when("quoted-past", '"The Freedonian coast guard seized two trawlers," the fisheries '
         "minister said on Tuesday.", "seized", TUESDAY),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PERFECT + NEAR_MISSES)
def test_a_present_perfect_is_not_dated_by_its_report(text: str, trigger: str,
                                                      expected: tuple) -> None:
    expect_dated(text, trigger, THU, expected)
