"""A target only guessed (``EventKey.target_basis`` "other_side": the one other state the act's
clause names, ``events.other_side``) is a weaker party: it counts as a party the reports share
when it agrees, but never keeps two reports apart, as two targets both reports' syntax tells
do ("intercepted a Samoan longliner" and "detained its nine crew": the crew's state is only
the clause's other side in one report)."""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

#: local actor -> corpus actor
LINKS = {"a#0": "NAVY", "a#1": "TAIWAN", "b#0": "NAVY", "b#1": "JAPAN", "c#0": "NAVY",
         "c#1": "JAPAN", "d#1": "TAIWAN", "e#0": "MILITIA", "e#1": "TAIWAN"}
PARTY = {actor: frozenset({party}) for actor, party in {
    "NAVY": "country:CHN", "TAIWAN": "country:TWN", "JAPAN": "country:JPN",
    "MILITIA": "group:militia"}.items()}
DAY = dt.date(2026, 5, 20)


def key(id_: str, source: tuple[str, ...], target: tuple[str, ...],
        basis: str | None = "syntax", kind: str = "MOBILIZE") -> EventKey:
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, DAY, "day",
                    date_basis="text", target_basis=basis if target else None)


def together(*events: EventKey) -> list[set[str]]:
    return sorted(({e.id for e in g.members} for g in cluster(events, LINKS, PARTY)),
                  key=lambda s: sorted(s))


def test_a_guessed_target_does_not_keep_two_reports_apart() -> None:
    # "launched drills around Taiwan" / "launched drills, days after Japan's minister spoke"
    got = together(key("a#e0", ("a#0",), ("a#1",)),
                   key("b#e0", ("b#0",), ("b#1",), basis="other_side"))
    assert got == [{"a#e0", "b#e0"}]


def test_two_guessed_targets_do_not_keep_two_reports_apart() -> None:
    got = together(key("a#e0", ("a#0",), ("a#1",), basis="other_side"),
                   key("b#e0", ("b#0",), ("b#1",), basis="other_side"))
    assert got == [{"a#e0", "b#e0"}]


def test_two_told_targets_that_differ_keep_two_reports_apart() -> None:
    # the same doer, the same day, drills aimed at Taiwan and drills aimed at Japan
    got = together(key("a#e0", ("a#0",), ("a#1",)), key("c#e0", ("c#0",), ("c#1",)))
    assert got == [{"a#e0"}, {"c#e0"}]


def test_a_guessed_target_that_agrees_is_a_shared_party() -> None:
    # a report naming no doer shares only its guessed target with the other: still one act
    got = together(key("a#e0", ("a#0",), ("a#1",)),
                   key("d#e0", (), ("d#1",), basis="other_side"))
    assert got == [{"a#e0", "d#e0"}]


def test_a_guessed_target_does_not_join_other_doers() -> None:
    # the guess weakens only the target: another doer still keeps two acts apart
    got = together(key("a#e0", ("a#0",), ("a#1",), basis="other_side"),
                   key("e#e0", ("e#0",), ("e#1",), basis="other_side"))
    assert got == [{"a#e0"}, {"e#e0"}]
