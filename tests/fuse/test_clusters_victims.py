"""An abduction told across documents by reports that name its victims two ways ("two
pilgrims", "the schoolteacher") and by one that names no one ("Tuesday's abduction"): the
report naming no one joins them, and they are one event. Near misses stay apart: two
abductions on different days or in two towns, a doer named, a hypothetical act, a report
no text dates."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

#: invented victims, a named armed group, and an actor with no party ("gunmen")
PARTY = {"PILGRIMS": frozenset({"PILGRIMS"}), "TEACHER": frozenset({"TEACHER"}),
         "DRIVERS": frozenset({"DRIVERS"}), "FRONT": frozenset({"Velmar Front"}),
         "GUNMEN": frozenset()}
D = dt.date
TUE = D(2031, 3, 11)
PUB = D(2031, 3, 12)


def key(id_: str, source: tuple[str, ...] = (), target: tuple[str, ...] = (),
        date: dt.date | None = None, *, published: dt.date = PUB, place: str | None = None,
        modality: str = "asserted") -> EventKey:
    """An abduction (CAMEO 181) told in document ``a``, ``b``... ."""
    return EventKey(id_, id_.split("#")[0], "ASSAULT", source, target, None,
                    date or published, "day", modality=modality, place=place, cameo="181",
                    place_kind="town" if place else None,
                    published=published, sentence_start=100 * int(id_[-1]),
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


CASES = [
    ("victims named two ways, and a report naming no one: one abduction",
     [key("a#e0", ("GUNMEN",), ("PILGRIMS",), TUE, place="Ostravel"),
      key("b#e0", (), ("TEACHER",), TUE),
      key("c#e0", ("GUNMEN",), (), TUE, published=D(2031, 3, 13))],
     [{"a#e0", "b#e0", "c#e0"}]),
    ("near miss: two abductions in one province, three days apart",
     [key("a#e0", (), ("PILGRIMS",), TUE),
      key("b#e0", (), ("TEACHER",), TUE + dt.timedelta(days=3), published=D(2031, 3, 15)),
      key("c#e0", ("GUNMEN",), (), TUE, published=D(2031, 3, 13))],
     [{"a#e0", "c#e0"}, {"b#e0"}]),
    ("near miss: two abductions on one day in two towns",
     [key("a#e0", (), ("PILGRIMS",), TUE, place="Ostravel"),
      key("b#e0", (), ("TEACHER",), TUE, place="Kesmir"),
      key("c#e0", ("GUNMEN",), (), TUE, published=D(2031, 3, 13))],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
    ("near miss: one report names the doer, a group we can tell apart",
     [key("a#e0", (), ("PILGRIMS",), TUE),
      key("b#e0", ("FRONT",), ("DRIVERS",), TUE),
      key("c#e0", ("GUNMEN",), (), TUE, published=D(2031, 3, 13))],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
    ("near miss: a feared abduction is no abduction that happened",
     [key("a#e0", (), ("PILGRIMS",), TUE),
      key("b#e0", (), ("TEACHER",), TUE),
      key("c#e0", ("GUNMEN",), (), TUE, published=D(2031, 3, 13), modality="hypothetical")],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
    ("near miss: a report no text dates could be of any day in its week",
     [key("a#e0", (), ("PILGRIMS",), TUE),
      key("b#e0", (), ("TEACHER",), TUE),
      key("c#e0", ("GUNMEN",), (), published=D(2031, 3, 13))],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), CASES, ids=[c[0] for c in CASES])
def test_victims_told_two_ways(case: str, events: list[EventKey],
                               expected: list[set[str]]) -> None:
    assert together(*events) == sorted(expected, key=lambda s: sorted(s))


def test_order_does_not_matter() -> None:
    events = CASES[0][1]
    assert together(*events) == together(*reversed(events))
