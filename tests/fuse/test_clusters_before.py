"""Event clusters: when an event the text dates only as earlier happened, and complaints of two
kinds (issue 11).

An event with no date at all (a pluperfect "had sought", a request someone "rejected", an arrest
someone says "never took place") lies in the month before its report, not in its report's week;
one still to come keeps the week. An official complaint (a summons, a protest note) and a
criticism are two acts.
"""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.acts import BEFORE_REPORT, BEFORE_TOLD, window
from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

LINKS = {"a#0": "GUYANA", "a#1": "BRAZIL", "b#0": "GUYANA", "b#1": "BRAZIL"}
PARTY = {"GUYANA": frozenset({"country:GUY"}), "BRAZIL": frozenset({"country:BRA"})}
D = dt.date
PUBLISHED = D(2024, 8, 30)


def key(id_: str, kind: str = "REQUEST", date: dt.date | None = None, basis: str | None = None,
        modality: str = "asserted", mode: str | None = None,
        published: dt.date = PUBLISHED) -> EventKey:
    doc = id_.split("#")[0]
    return EventKey(id_, doc, kind, (f"{doc}#0",), (f"{doc}#1",), None, date,
                    "day" if date else None, modality=modality, published=published,
                    date_basis=basis, mode=mode)


def together(*events: EventKey) -> list[set[str]]:
    return sorted(({e.id for e in g.members} for g in cluster(events, LINKS, PARTY)),
                  key=lambda s: sorted(s))


def test_an_act_told_as_earlier_lies_in_the_month_before_its_report() -> None:
    earlier = window(key("a#e0"))
    assert earlier == (PUBLISHED - dt.timedelta(BEFORE_TOLD), PUBLISHED + dt.timedelta(1))


def test_a_publication_stand_in_keeps_the_report_week() -> None:
    stand_in = window(key("a#e0", date=PUBLISHED, basis="publication"))
    assert stand_in == (PUBLISHED - dt.timedelta(BEFORE_REPORT), PUBLISHED + dt.timedelta(1))


def test_an_undated_act_to_come_keeps_the_report_week() -> None:
    for modality in ("future", "hypothetical", "requested"):
        assert window(key("a#e0", modality=modality))[0] == \
            PUBLISHED - dt.timedelta(BEFORE_REPORT), modality


def test_an_undated_act_denied_lies_in_the_month_before() -> None:
    """A denial, or a refusal to confirm ("declined to confirm that the captain had been
    arrested"), answers a report of an act that may be weeks old."""
    for modality in ("denied", "negated", "unconfirmed"):
        assert window(key("a#e0", modality=modality))[0] == \
            PUBLISHED - dt.timedelta(BEFORE_TOLD), modality


def test_a_denial_meets_the_act_dated_weeks_before() -> None:
    """'police detained two priests on 12 August' / 'the priests were never arrested'."""
    got = together(key("a#e0", "COERCE", D(2024, 8, 12), "text"),
                   key("b#e0", "COERCE", modality="negated"))
    assert got == [{"a#e0", "b#e0"}]


def test_had_sought_joins_the_request_dated_weeks_before() -> None:
    got = together(key("a#e0", date=D(2024, 8, 12), basis="text"), key("b#e0"))
    assert got == [{"a#e0", "b#e0"}]


def test_a_report_dated_by_publication_alone_does_not_reach_weeks_back() -> None:
    got = together(key("a#e0", date=D(2024, 8, 12), basis="text"),
                   key("b#e0", date=PUBLISHED, basis="publication"))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_a_summons_and_a_criticism_are_two_acts() -> None:
    got = together(key("a#e0", "ACCUSE", D(2024, 8, 20), "text", mode="allege"),
                   key("b#e0", "ACCUSE", D(2024, 8, 20), "text", mode="disapprove"))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_two_reports_of_one_summons_are_one_act() -> None:
    got = together(key("a#e0", "ACCUSE", D(2024, 8, 20), "text", mode="allege"),
                   key("b#e0", "ACCUSE", D(2024, 8, 20), "text", mode="allege"))
    assert got == [{"a#e0", "b#e0"}]
