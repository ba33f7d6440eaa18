"""A past act that a request, an invitation or a wish only names keeps its own reading and date.

Every sentence is our own wording (published Friday 20 November 2026). What a request asks for
is its content ("invited officers *to sit in* on the inquiry"); an act it only refers to as
already done is not asked for: a noun its own words date in the past ("the *1 November*
shooting") or a past-tense clause after a verb of informing ("wishes to inform the public *that
its sailors arrested* six fishermen") is told as the sentence tells it (asserted, or reported
on the informer's word) and dated by its own words, not pushed a year ahead as an act to come.

Near misses stay asked for, wished for or to come: the requested act itself ("asked police to
arrest the organisers", "called for an inquiry"), a wish for talks next month, an invitation
to visit or to a summit on a date ahead, and a future clause after a verb of informing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import describe, events, matching

PUBLISHED = dt.date(2026, 11, 20)
TOLD = ("asserted", "reported")
UNDONE = ("requested", "hypothetical", "future")


def row(id: str, text: str, type_: str, modality: tuple[str, ...], when: dt.date | None):
    return pytest.param(text, type_, modality, when, id=id)


NAMED_PAST = [
    row("kenya-invited-inquiry-into-dated-shooting", "Kenya's parliament invited police "
        "officers to sit in on its inquiry into the 1 November shooting in Nairobi.",
        "ASSAULT", TOLD, dt.date(2026, 11, 1)),
    row("nigeria-asked-brief-on-dated-bombing", "Nigeria's senate asked the army to brief it "
        "on the 9 November bombing of a market in Maiduguri.", "ASSAULT", TOLD,
        dt.date(2026, 11, 9)),
    row("ghana-wishes-to-inform-arrest", "The Ghana Navy wishes to inform the public that its "
        "sailors arrested six fishermen off Tema on Saturday.", "COERCE", TOLD,
        dt.date(2026, 11, 14)),
    row("sri-lanka-wants-to-inform-seizure", "Sri Lanka's navy wants to inform the public "
        "that its officers detained eleven Indian fishermen near Mannar on Tuesday.",
        "COERCE", TOLD, dt.date(2026, 11, 17)),
]

NEAR_MISSES = [
    row("peru-asked-police-to-arrest", "Peru's president asked police to arrest the "
        "organisers.", "COERCE", ("requested",), None),
    row("chile-invited-to-visit-ahead", "Chile invited the Argentine minister to visit on "
        "3 December.", "CONSULT", ("requested",), dt.date(2026, 12, 3)),
    row("serbia-wants-talks-next-month", "Serbia wants talks with Kosovo next month.",
        "CONSULT", ("hypothetical",), dt.date(2026, 12, 1)),
    row("ghana-wishes-to-inform-future-closure", "The Ghana Navy wishes to inform the public "
        "that it will close the port of Tema on Monday.", "COERCE", UNDONE,
        dt.date(2026, 11, 23)),
]


@pytest.mark.parametrize(("text", "type_", "modality", "when"), NAMED_PAST + NEAR_MISSES)
def test_named_past_act(text: str, type_: str, modality: tuple[str, ...],
                        when: dt.date | None) -> None:
    ex = events(text, PUBLISHED)
    found = matching(ex, type_)
    assert found, f"no {type_}\n{describe(ex)}"
    assert all(e.modality in modality for e in found), describe(ex)
    if when is not None:
        assert all(e.date == when for e in found), describe(ex)


def test_the_table_has_near_misses() -> None:
    assert len(NEAR_MISSES) >= len(NAMED_PAST) >= 4
