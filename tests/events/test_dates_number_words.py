"""Relative dates written with number words beyond twelve ("seventeen days ago", "twenty-one
days later") and with "fortnight" ("a fortnight ago", "a fortnight after the raid"), as
news writes them; near misses that are no date ("a fortnight of talks", "seventeen days of
fighting", "in seventeen days' time" is no past).

The spec is ``actorgraph.events.dates``' docstring (``resolve``, ``find`` and ``offset``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.events.dates import find, resolve
from actorgraph.events.offsets import offset

from .helpers import at, describe, events

D = dt.date
WED = D(2025, 6, 25)  # a Wednesday: its week's Monday is the 23rd


@pytest.mark.parametrize(("expression", "expected"), [
    ("seventeen days ago", (D(2025, 6, 8), "day")),
    ("Seventeen days ago", (D(2025, 6, 8), "day")),
    ("thirteen days ago", (D(2025, 6, 12), "day")),
    ("twenty-one days ago", (D(2025, 6, 4), "day")),
    ("twenty one days ago", (D(2025, 6, 4), "day")),
    ("thirty days ago", (D(2025, 5, 26), "day")),
    ("fifteen weeks ago", (D(2025, 3, 10), "week")),
    ("eighteen months ago", (D(2023, 12, 1), "month")),
    ("a fortnight ago", (D(2025, 6, 9), "week")),
    ("two fortnights ago", (D(2025, 5, 26), "week")),
    ("one fortnight ago", (D(2025, 6, 9), "week")),
    # those that worked already stay as they were
    ("two weeks ago", (D(2025, 6, 9), "week")),
    ("eleven days ago", (D(2025, 6, 14), "day")),
])
def test_number_words_ago(expression: str, expected: tuple) -> None:
    assert resolve(expression, WED) == expected


@pytest.mark.parametrize("expression", [
    "a fortnight", "seventeen days", "seventeen days of fighting", "twentyone days ago",
    "seventeen day ago ago", "fortnight ago",
])
def test_near_misses_do_not_resolve(expression: str) -> None:
    assert resolve(expression, WED) == (None, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gunmen seized a trader near Erdenet seventeen days ago, his family said.",
     ["seventeen days ago"]),
    ("The envoy, who left Thimphu a fortnight ago, returned on Monday.",
     ["a fortnight ago", "Monday"]),
    ("Militiamen torched a clinic near Salto twenty-three days ago.", ["twenty-three days ago"]),
    # no date: a duration, a future span
    ("After seventeen days of fighting the town fell.", []),
    ("The talks will resume in a fortnight.", []),
])
def test_find(sentence: str, expected: list[str]) -> None:
    assert [sentence[a:b] for a, b in find(sentence)] == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("three weeks earlier", (-3, "week")),
    ("eleven days after", (11, "day")),
    ("seventeen days later", (17, "day")),
    ("twenty-two days before", (-22, "day")),
    ("a fortnight later", (2, "week")),
    ("a fortnight after", (2, "week")),
    ("a fortnight before", (-2, "week")),
    # near misses: a comparison, a duration
    ("a fortnight earlier than planned", None),
    ("a fortnight of talks", None),
    ("seventeen days of talks", None),
])
def test_offset(expression: str, expected: tuple | None) -> None:
    assert offset(expression) == expected


@pytest.mark.parametrize(("text", "trigger", "expected", "precision"), [
    ("Gunmen kidnapped two aid workers near Darkhan seventeen days ago, the local "
     "authorities said.", "kidnapped", D(2025, 6, 8), "day"),
    ("Armed men abducted a village chief in Choibalsan a fortnight ago.", "abducted",
     D(2025, 6, 9), "week"),
    ("Soldiers detained a Uruguayan fisherman near Fray Bentos on 2 June 2025. Fourteen days "
     "later, Uruguay summoned Argentina's envoy.", "summoned", D(2025, 6, 16), "day"),
    ("Mongolia's foreign minister visited Thimphu on 3 June 2025. A fortnight later, "
     "Bhutan reopened its embassy in Ulaanbaatar.", "reopened", D(2025, 6, 16), "week"),
])
def test_event_dates(text: str, trigger: str, expected: dt.date, precision: str) -> None:
    ex = events(text, WED)
    found = [e for e in ex.events if at(text, e, trigger)]
    assert found, f"no event at {trigger!r}\n{describe(ex)}"
    assert (found[0].date, found[0].date_precision, found[0].date_basis) == (
        expected, precision, "text"), describe(ex)


# An act named by a noun that a named actor owns ("Uruguay's inquiry", "the interior
# minister's warning") is one the reader already knows: told before the report, by a span
# the text does not give, it is undated (fusion gives it the weeks before its report). A
# possessive date dates it ("Monday's raid"), and so does a date of its own; a pronoun
# owner points within the story, whose own news the noun may be ("his visit").
@pytest.mark.parametrize(("text", "trigger", "expected", "basis"), [
    ("Uruguay's inquiry has not reported.", "inquiry", None, None),
    ("The Argentine interior minister's warning about cross-border raids was aimed at voters.",
     "warning", None, None),
    ("Uruguay's expulsion of the consul still angers Montevideo's critics.", "expulsion",
     None, None),
    # near misses
    ("Uruguay's inquiry into the shooting opened on Monday.", "inquiry", D(2025, 6, 23),
     "text"),
    ("Monday's raid on a market near Paysandu killed nine.", "raid", D(2025, 6, 23), "text"),
])
def test_owned_nouns(text: str, trigger: str, expected: dt.date | None,
                     basis: str | None) -> None:
    ex = events(text, WED)
    found = [e for e in ex.events if at(text, e, trigger)]
    assert found, f"no event at {trigger!r}\n{describe(ex)}"
    assert (found[0].date, found[0].date_basis) == (expected, basis), describe(ex)
