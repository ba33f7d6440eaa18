"""Event clusters: one real-world event per cluster, whatever order the reports come in."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

#: local actor -> corpus actor; Moscow, Russia and the Russian army are one party
LINKS = {"a#0": "HAFTAR", "a#1": "RUSSIA", "b#0": "HAFTAR", "b#3": "MOSCOW", "b#4": "RUARMY",
         "c#0": "EGYPT", "c#1": "HAFTAR", "d#0": "HAFTAR", "d#1": "RUSSIA"}
PARTY = {actor: frozenset({party}) for actor, party in {
    "RUSSIA": "country:RUS", "MOSCOW": "country:RUS", "RUARMY": "country:RUS",
    "EGYPT": "country:EGY"}.items()}
D = dt.date


def key(id_: str, source: tuple[str, ...], target: tuple[str, ...], date: dt.date | None = None,
        precision: str | None = None, kind: str = "CONSULT", published: dt.date | None = None,
        place: str | None = None, basis: str | None = None) -> EventKey:
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, date, precision,
                    published=published, place=place,
                    date_basis=basis or ("text" if date is not None else None))


def together(*events: EventKey) -> list[set[str]]:
    return sorted(({e.id for e in g.members} for g in cluster(events, LINKS, PARTY)),
                  key=lambda s: sorted(s))


def test_a_visit_to_moscow_and_a_visit_to_russia_are_one_event() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 21), "week"),
                   key("b#e2", ("b#0",), ("b#3",), D(2016, 11, 24), "day"))
    assert got == [{"a#e0", "b#e2"}]


def test_joint_acts_are_named_either_way_round() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 21), "day"),
                   key("d#e0", ("d#1",), ("d#0",), D(2016, 11, 21), "day"))
    assert got == [{"a#e0", "d#e0"}]


def test_different_days_types_or_actors_are_different_events() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 6, 1), "day"),
                   key("b#e0", ("b#0",), ("b#3",), D(2016, 11, 24), "day"),
                   key("b#e1", ("b#0",), ("b#3",), D(2016, 11, 24), "day", "REQUEST"),
                   key("c#e0", ("c#0",), ("b#4",), D(2016, 11, 24), "day", "ASSAULT"),
                   key("d#e0", ("d#0",), ("c#0",), D(2016, 11, 24), "day", "ASSAULT"))
    assert len(got) == 5


def test_an_undated_report_happened_in_the_week_before_it_was_published() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 20), "day"),
                   key("b#e0", ("b#0",), ("b#3",), published=D(2016, 11, 23)),
                   key("d#e0", ("d#0",), ("d#1",), published=D(2016, 12, 23)))
    assert got == [{"a#e0", "b#e0"}, {"d#e0"}]


def test_a_publication_date_standing_in_is_the_week_before_the_report() -> None:
    # the same as no date: a report of Wednesday meets a text-dated Sunday, a report three days
    # later still meets the first; a day-precise reading would have split all three
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 20), "day"),
                   key("b#e0", ("b#0",), ("b#3",), D(2016, 11, 23), "day", basis="publication",
                       published=D(2016, 11, 23)),
                   key("d#e0", ("d#0",), ("d#1",), D(2016, 11, 26), "day", basis="publication",
                       published=D(2016, 11, 26)))
    assert got == [{"a#e0", "b#e0", "d#e0"}]
    # a date the text gives stays day-precise
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 20), "day"),
                   key("d#e0", ("d#0",), ("d#1",), D(2016, 11, 26), "day",
                       published=D(2016, 11, 26)))
    assert len(got) == 2


def test_an_undated_report_does_not_narrow_the_window_a_text_gives() -> None:
    # "last week" (the week of 14 November) and, reported on the 18th, an undated denial:
    # one event, whose window is still the week the text gives
    (group,) = cluster([key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 14), "week",
                            published=D(2016, 11, 16)),
                        key("d#e0", ("d#0",), ("d#1",), published=D(2016, 11, 18))],
                       LINKS, PARTY)
    assert group.window is not None and group.window[0] <= D(2016, 11, 10)


def test_reports_a_month_apart_never_meet_through_a_vaguer_one() -> None:
    # June 3 and June 28 both fit "June", but not each other: two events
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 6, 15), "month"),
                   key("b#e0", ("b#0",), ("b#3",), D(2016, 6, 3), "day"),
                   key("d#e0", ("d#0",), ("d#1",), D(2016, 6, 28), "day"))
    assert len(got) == 2


def test_two_towns_are_two_attacks() -> None:
    got = together(key("c#e0", ("c#0",), ("b#4",), D(2016, 5, 2), "day", "ASSAULT",
                       place="derna"),
                   key("d#e0", ("d#0",), ("d#1",), D(2016, 5, 2), "day", "ASSAULT",
                       place="sirte"))
    assert len(got) == 2


def test_a_mention_with_no_date_at_all_joins_its_own_document_s_event_only() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), D(2016, 6, 20), "day"),
                   key("a#e1", ("a#0",), ("a#1",)), key("b#e0", ("b#0",), ("b#3",)),
                   key("d#e0", ("d#0",), ("d#1",)))
    assert got == [{"a#e0", "a#e1"}, {"b#e0", "d#e0"}]


REPORTS = [key("a#e0", ("a#0",), ("a#1",), D(2016, 11, 21), "week"),
           key("b#e2", ("b#0",), ("b#3",), D(2016, 11, 24), "day"),
           key("b#e5", ("b#0",), ("b#3",), published=D(2016, 12, 30)),
           key("c#e1", ("c#0",), ("c#1",), D(2016, 11, 24), "day", "SUPPORT"),
           key("d#e0", ("d#0",), ("d#1",), D(2016, 12, 28), "day"),
           key("d#e1", ("d#0",), ("d#1",), D(2016, 6, 15), "month"),
           key("a#e4", ("a#0",), ("a#1",))]


@given(st.permutations(REPORTS))
def test_clusters_do_not_depend_on_input_order(reports: list[EventKey]) -> None:
    assert together(*reports) == together(*REPORTS)
