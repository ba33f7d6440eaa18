"""Contradictions: one for and one against, on one cluster, from two sources."""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.contradictions import Position, contradictions, find


def pos(item: str, polarity: int, speaker: str | None, outlet: str, *, cluster: str = "c1",
        claim: bool = True, day: int = 3) -> Position:
    return Position(cluster, polarity, item, claim, speaker, f"doc-{outlet}-{item}", outlet,
                    dt.date(2024, 5, day), 0, 10)


def test_assert_against_deny_from_two_sources_is_one_contradiction() -> None:
    pairs = find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                  pos("c2", -1, "REBELS", "Coast Wire", day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c2")]


def test_a_source_restating_itself_is_no_contradiction() -> None:
    assert not find([pos("c1", 1, "REBELS", "Daily Ledger"),
                     pos("c2", -1, "REBELS", "Coast Wire")])
    assert not find([pos("e1", 1, None, "Daily Ledger", claim=False),
                     pos("e2", -1, None, "Daily Ledger", claim=False)])


def test_a_denial_nobody_asserted_and_two_clusters_are_none() -> None:
    assert not find([pos("c2", -1, "REBELS", "Coast Wire")])
    assert not find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                     pos("c2", -1, "REBELS", "Coast Wire", cluster="c2")])


def test_two_statements_meeting_in_two_clusters_contradict_once() -> None:
    both = [pos(item, polarity, who, outlet, cluster=cluster)
            for cluster in ("c1", "c2")
            for item, polarity, who, outlet in (("c1", 1, "OFFICIALS", "Daily Ledger"),
                                                ("c2", -1, "REBELS", "Coast Wire"))]
    pairs = find(both)
    assert [(a.item, b.item, a.cluster) for a, b in pairs] == [("c1", "c2", "c1")]


def test_one_contradiction_per_pair_of_sources_between_their_firmest_items() -> None:
    pairs = find([pos("e1", 1, "OFFICIALS", "Daily Ledger", claim=False),
                  pos("c1", 1, "OFFICIALS", "Daily Ledger", day=5),
                  pos("c2", -1, "REBELS", "Coast Wire")])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c2")]


def test_the_reason_names_both_sources_and_dates() -> None:
    (x,) = contradictions(find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                                pos("c2", -1, "REBELS", "Coast Wire", day=4)]),
                          {"OFFICIALS": "unnamed officials", "REBELS": "the rebels"}.get,
                          lambda doc, s, e: "the rebels asked for artillery" if "c1" in doc
                          else "no such request was sent", {})
    assert x.reason == ("Unnamed officials (Daily Ledger, 3 May 2024) says the rebels asked "
                        "for artillery; The rebels (Coast Wire, 4 May 2024) says no such "
                        "request was sent.")
