"""Fuse: events mapped to corpus actors and clustered across documents."""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse import link_events
from actorgraph.records import EventKey

LINKS = {"a#0": "HAFTAR", "a#1": "RUSSIA", "b#0": "HAFTAR", "b#3": "RUSSIA", "b#4": "RUSSIA",
         "c#0": "EGYPT"}


def key(id_: str, source: tuple[str, ...], target: tuple[str, ...], date: dt.date | None = None,
        precision: str | None = None, kind: str = "CONSULT") -> EventKey:
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, date, precision)


def clusters(*events: EventKey) -> dict[str, str]:
    return {row["event"]: row["cluster"] for row in link_events(events, LINKS)}


def test_reports_of_one_visit_in_two_documents_share_a_cluster() -> None:
    got = clusters(key("a#e0", ("a#0",), ("a#1",), dt.date(2016, 11, 21), "week"),
                   key("b#e2", ("b#0",), ("b#3",), dt.date(2016, 11, 24), "day"))
    assert got["a#e0"] == got["b#e2"]


def test_different_days_types_or_actors_are_different_events() -> None:
    got = clusters(key("a#e0", ("a#0",), ("a#1",), dt.date(2016, 6, 1), "day"),
                   key("b#e0", ("b#0",), ("b#3",), dt.date(2016, 11, 24), "day"),
                   key("b#e1", ("b#0",), ("b#3",), dt.date(2016, 11, 24), "day", "REQUEST"),
                   key("c#e0", ("c#0",), ("b#3",), dt.date(2016, 11, 24), "day"))
    assert len(set(got.values())) == 4


def test_an_undated_mention_joins_the_first_cluster_of_its_key() -> None:
    got = clusters(key("a#e0", ("a#0",), ("a#1",), dt.date(2016, 6, 20), "month"),
                   key("b#e0", ("b#0",), ("b#3",)))
    assert got["a#e0"] == got["b#e0"]


def test_actors_are_mapped_and_deduplicated_in_order() -> None:
    row = next(link_events([key("b#e0", ("b#0", "b#9"), ("b#3", "b#4"))], LINKS))
    assert row["source"] == ["HAFTAR"] and row["target"] == ["RUSSIA"]
    assert row["attributed_to"] is None and row["cluster"] == "c:b#e0"
