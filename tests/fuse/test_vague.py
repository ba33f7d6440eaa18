"""Event clusters: a report naming no party ("the attack", "Wednesday's attack") joins the one
event its time, place and theme allow (``fuse.vague``), and bridges no two: one attack retold
as "the attack" by its own report and, with its day, by three others is one event; so is the
day given again by its own report; two attacks on two towns the same day stay two, and a
generic report placed in one of them joins that one only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from actorgraph.records import EventKey

from .test_clusters_recall import clusters_of, in_both_orders, key

D = dt.date
#: corpus actors and the parties they stand for
PARTY = {actor: frozenset({party}) for actor, party in {
    "GUNMEN": "Northern Front", "MALI": "country:MLI", "RAIDERS": "Western Brigade",
    "NIGER": "country:NER", "MILITIA": "Lake Militia", "CHAD": "country:TCD"}.items()}


def act(id_: str, source: tuple[str, ...] = (), target: tuple[str, ...] = (),
        date: dt.date | None = None, *, published: dt.date, town: str | None = None,
        **more: object) -> EventKey:
    """An attack told in report ``id_`` (``town``: a town the gazetteer lacks)."""
    e = key(id_, source, target, date, "ASSAULT", published=published, place=town, **more)
    return replace(e, place_kind="town" if town else None)


def together(*events: EventKey) -> list[set[str]]:
    return clusters_of(events, PARTY)


WED, THU, FRI = D(2025, 4, 2), D(2025, 4, 3), D(2025, 4, 4)
# (what the case shows, events, expected clusters)
CASES = [
    ("near miss: one attack retold as 'the attack' in three reports is one event",
     [act("a#e1", ("GUNMEN",), ("MALI",), WED, published=THU, town="Tessit"),
      act("a#e2", (), (), published=THU),
      act("b#e1", (), (), WED, published=FRI),
      act("c#e1", (), (), WED, published=FRI, town="Tessit"),
      act("d#e2", (), (), WED, published=D(2025, 4, 5))],
     [{"a#e1", "a#e2", "b#e1", "c#e1", "d#e2"}]),
    ("near miss: its report gives the attack's day again ('Wednesday's attack')",
     [act("a#e1", ("RAIDERS",), ("NIGER",), WED, published=THU, town="Tillia"),
      act("a#e3", (), (), WED, published=THU)],
     [{"a#e1", "a#e3"}]),
    ("near miss: two attacks on two towns the same day stay two, the generic one joins one",
     [act("a#e1", ("MILITIA",), ("CHAD",), WED, published=THU, town="Liwa"),
      act("b#e1", ("MILITIA",), ("CHAD",), WED, published=THU, town="Kaiga"),
      act("c#e1", (), (), WED, published=FRI, town="Liwa")],
     [{"a#e1", "c#e1"}, {"b#e1"}]),
]


@pytest.mark.parametrize(("what", "events", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_report_naming_no_one_joins_the_one_act_it_retells(
        what: str, events: list[EventKey], expected: list[set[str]]) -> None:
    for found in in_both_orders(together, events):
        assert found == sorted(expected, key=lambda s: sorted(s)), what
