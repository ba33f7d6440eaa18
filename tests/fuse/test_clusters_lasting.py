"""Event clusters: acts that last (a strike, a hunger strike, a boycott).

A strike is a withholding kept up until it is called off: a report dated to a day tells of it
on that day, begun before or going on after ("the strike entered its fourth day"), so reports
of it a few days apart are one event. A march, a raid or an arrest is done on its day.
"""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

D = dt.date
PARTY = {"DOCKERS": frozenset({"DOCKERS"}), "PORT": frozenset({"PORT"}),
         "NURSES": frozenset({"NURSES"}), "ACTIVIST": frozenset({"ACTIVIST"}),
         "POLICE": frozenset({"POLICE"}), "TRADERS": frozenset({"TRADERS"})}
CODES = {"strike": "143", "hunger": "142", "boycott": "143", "demo": "141", "arrest": "173"}


def key(id_: str, source: tuple[str, ...], target: tuple[str, ...], date: dt.date | None, *,
        published: dt.date, mode: str = "strike", type_: str = "PROTEST") -> EventKey:
    return EventKey(id_, id_.split("#")[0], type_, source, target, None, date or published,
                    "day", published=published, mode=mode, cameo=CODES[mode],
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


MAR_3, MAR_4, MAR_7, MAR_8 = D(2025, 3, 3), D(2025, 3, 4), D(2025, 3, 7), D(2025, 3, 8)


def test_reports_of_a_strike_four_days_apart_are_one_strike() -> None:
    got = together(key("a#e0", ("DOCKERS",), ("PORT",), MAR_3, published=MAR_4),
                   key("b#e0", ("DOCKERS",), ("PORT",), MAR_7, published=MAR_8))
    assert got == [{"a#e0", "b#e0"}]


def test_a_hunger_strike_on_its_fourth_and_tenth_days_is_one() -> None:
    got = together(key("a#e0", ("ACTIVIST",), (), D(2026, 5, 11), published=D(2026, 5, 12),
                       mode="hunger"),
                   key("b#e0", ("ACTIVIST",), (), D(2026, 5, 17), published=D(2026, 5, 19),
                       mode="hunger"))
    assert got == [{"a#e0", "b#e0"}]


def test_an_undated_report_of_the_strike_a_week_on_joins_it() -> None:
    got = together(key("a#e0", ("NURSES",), (), MAR_3, published=MAR_4),
                   key("b#e0", ("NURSES",), (), None, published=D(2025, 3, 13)))
    assert got == [{"a#e0", "b#e0"}]


def test_a_boycott_reported_five_days_apart_is_one() -> None:
    got = together(key("a#e0", ("TRADERS",), ("PORT",), MAR_3, published=MAR_4,
                       mode="boycott"),
                   key("b#e0", ("TRADERS",), ("PORT",), MAR_8, published=D(2025, 3, 9),
                       mode="boycott"))
    assert got == [{"a#e0", "b#e0"}]


# near misses: acts done on their day, and strikes weeks apart


def test_marches_four_days_apart_are_two_marches() -> None:
    got = together(key("a#e0", ("DOCKERS",), ("PORT",), MAR_3, published=MAR_4, mode="demo"),
                   key("b#e0", ("DOCKERS",), ("PORT",), MAR_7, published=MAR_8, mode="demo"))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_arrests_four_days_apart_are_two_acts() -> None:
    got = together(key("a#e0", ("POLICE",), ("DOCKERS",), MAR_3, published=MAR_4,
                       mode="arrest", type_="COERCE"),
                   key("b#e0", ("POLICE",), ("DOCKERS",), MAR_7, published=MAR_8,
                       mode="arrest", type_="COERCE"))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_strikes_five_weeks_apart_are_two_strikes() -> None:
    got = together(key("a#e0", ("DOCKERS",), ("PORT",), MAR_3, published=MAR_4),
                   key("b#e0", ("DOCKERS",), ("PORT",), D(2025, 4, 7), published=D(2025, 4, 8)))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_a_strike_and_a_march_of_one_day_are_two_acts() -> None:
    got = together(key("a#e0", ("DOCKERS",), ("PORT",), MAR_3, published=MAR_4),
                   key("b#e0", ("DOCKERS",), ("PORT",), MAR_3, published=MAR_4, mode="demo"))
    assert got == [{"a#e0"}, {"b#e0"}]
