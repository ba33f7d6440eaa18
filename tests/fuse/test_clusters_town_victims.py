"""Event clusters: an act done in a town that one report dates and names its victims one way,
and that a later report does not date and names its victims another way ("police arrested a
trader in Kasama on Monday", "the detention of two Malawian traders in Kasama"), is one event:
the two clusters meet through the town and a week they share (``joins.joined``), since in
one town in the days a text gives, an act whose reports name its doer is the one a vaguer
report naming no doer tells there.

Near misses that stay apart: two reports naming only victims, one undated (either could be
of any of the town's acts that week), two reports neither text dates, two towns, two days a
text gives, two doers, meetings (a capital holds many), and an act only threatened. Every
sentence is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

D = dt.date
PARTY = {actor: frozenset(parties) for actor, parties in {
    "ZPOLICE": {"country:ZMB"}, "MWTRADERS": {"country:MWI"}, "BANDA": {"BANDA"},
    "PPOLICE": {"country:PER"}, "REPORTER": {"QUISPE"}, "STUDENTS": {"country:BOL"},
    "KPOLICE": {"country:KAZ"}, "ACTIVIST": {"NURLAN"}, "JOURNALISTS": {"office:KAZ:journalist"},
    "GUNMEN": {"GUNMEN"}, "VIETNAM": {"country:VNM"}, "LAOS": {"country:LAO"},
    "CAMBODIA": {"country:KHM"}}.items()}


def key(id_: str, source: tuple[str, ...] = (), target: tuple[str, ...] = (),
        date: dt.date | None = None, *, published: dt.date, town: str,
        kind: str = "COERCE", mode: str | None = "arrest", cameo: str = "173",
        modality: str = "asserted") -> EventKey:
    """An act of document ``a``, ``b``... held in the gazetteer's city ``town``; dated by its
    text when ``date`` is given, else by its publication only."""
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, date or published,
                    "day", modality=modality, place=town, place_kind="city",
                    published=published, mode=mode, cameo=cameo,
                    sentence_start=100 * int(id_[-1]),
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


MON, TUE, WED = D(2025, 3, 10), D(2025, 3, 11), D(2025, 3, 12)
# (what the case shows, events, expected clusters)
CASES = [
    ("'Zambian police arrested Banda in Kasama on Monday' / 'the detention of two Malawian "
     "traders in Kasama': victims named two ways, one report dated",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), MON, published=TUE, town="kasama"),
      key("b#e0", (), ("MWTRADERS",), published=WED, town="kasama")],
     [{"a#e0", "b#e0"}]),
    ("'Peruvian police held the reporter Quispe in Puno on Monday' / 'Bolivian students "
     "detained in Puno': the undated report founds first",
     [key("a#e0", (), ("STUDENTS",), published=TUE, town="puno"),
      key("b#e0", ("PPOLICE",), ("REPORTER",), MON, published=TUE, town="puno")],
     [{"a#e0", "b#e0"}]),
    ("'Police detained activist Nurlan in Almaty on Monday' / 'the arrests of journalists in "
     "Almaty', both naming the doer",
     [key("a#e0", ("KPOLICE",), ("ACTIVIST",), MON, published=TUE, town="almaty"),
      key("b#e0", ("KPOLICE",), ("JOURNALISTS",), published=WED, town="almaty")],
     [{"a#e0", "b#e0"}]),
    ("'gunmen shot a Lao trader in Pakse on Monday' / 'the shooting of Cambodian drivers in "
     "Pakse': an attack",
     [key("a#e0", ("GUNMEN",), ("LAOS",), MON, published=TUE, town="pakse", kind="ASSAULT",
          mode="firearms", cameo="193"),
      key("b#e0", (), ("CAMBODIA",), published=WED, town="pakse", kind="ASSAULT",
          mode="firearms", cameo="193")],
     [{"a#e0", "b#e0"}]),
    ("near miss: neither text dates its arrests: two reports of one city's week",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), published=TUE, town="kasama"),
      key("b#e0", (), ("MWTRADERS",), published=WED, town="kasama")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'two Malawian traders held in Kasama on Monday' / 'Banda detained in "
     "Kasama' (undated): neither names a doer, so the act is told in full by none",
     [key("a#e0", (), ("MWTRADERS",), MON, published=TUE, town="kasama"),
      key("b#e0", (), ("BANDA",), published=WED, town="kasama")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: two towns",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), MON, published=TUE, town="kasama"),
      key("b#e0", (), ("MWTRADERS",), published=WED, town="ndola")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: two days the texts give, ten days apart",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), MON, published=TUE, town="kasama"),
      key("b#e0", (), ("MWTRADERS",), D(2025, 3, 20), published=D(2025, 3, 21),
          town="kasama")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: two doers in one town: police arrests and gunmen's abductions",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), MON, published=TUE, town="kasama"),
      key("b#e0", ("GUNMEN",), ("MWTRADERS",), published=WED, town="kasama")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: meetings in one capital are not one meeting",
     [key("a#e0", ("VIETNAM",), ("LAOS",), MON, published=TUE, town="vientiane",
          kind="CONSULT", mode=None, cameo="040"),
      key("b#e0", ("CAMBODIA",), ("BANDA",), published=WED, town="vientiane",
          kind="CONSULT", mode=None, cameo="040")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: arrests only threatened are not the arrests made",
     [key("a#e0", ("ZPOLICE",), ("BANDA",), MON, published=TUE, town="kasama"),
      key("b#e0", (), ("MWTRADERS",), published=WED, town="kasama",
          modality="hypothetical")],
     [{"a#e0"}, {"b#e0"}]),
]


@pytest.mark.parametrize(("why", "events", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_an_act_in_a_town_told_two_ways(why: str, events: list[EventKey],
                                        expected: list[set[str]]) -> None:
    assert together(*events) == sorted(expected, key=lambda s: sorted(s)), why


def test_the_join_does_not_depend_on_the_order_of_the_reports() -> None:
    events = CASES[0][1]
    assert together(*events) == together(*reversed(events))
