"""Reports of one act that name only its victims, and name them two ways ("three surveyors
were abducted", "the bureau's staff were taken"; "four reporters were detained", "the
paper's newsroom staff were held"): one event when they are of one story, their act, time
and place fit, and each is the only such report the other could be of
(``fuse.stories.join_victims_two_ways``). Near misses: attacks weeks apart, a day of three
attacks, two stories, an abduction and a shooting, a report naming a doer."""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

D = dt.date
PARTY = {"SURVEYORS": frozenset({"SURVEYORS"}), "BUREAU": frozenset({"BUREAU"}),
         "REPORTERS": frozenset({"REPORTERS"}), "PAPER": frozenset({"PAPER"}),
         "GUARDS": frozenset({"GUARDS"}), "PUPILS": frozenset({"PUPILS"}),
         "DRIVERS": frozenset({"DRIVERS"}), "GUNMEN": frozenset({"GUNMEN"}),
         "country:NGA": frozenset({"country:NGA"}), "country:PER": frozenset({"country:PER"}),
         "country:TCD": frozenset({"country:TCD"})}
#: The country each document names besides its victims: what tells its story.
STORY = {"a": "country:NGA", "b": "country:NGA", "c": "country:NGA", "p": "country:PER",
         "q": "country:PER", "t": "country:TCD"}
CODES = {"abduct": "181", None: "190", "arrest": "173"}


def key(id_: str, victims: tuple[str, ...], date: dt.date, *, published: dt.date,
        doers: tuple[str, ...] = (), mode: str | None = "abduct", type_: str = "ASSAULT",
        place: str | None = None) -> EventKey:
    doc = id_.split("#")[0]
    local = lambda names: tuple(f"{doc}#{n}" for n in names)  # noqa: E731
    return EventKey(id_, doc, type_, local(doers), local(victims), None, date, "day",
                    published=published, mode=mode, cameo=CODES[mode], date_basis="text",
                    place=place, place_kind="town" if place else None)


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a.split("#")[1] for e in events for a in e.source + e.target}
    links |= {f"{e.doc_id}#story": STORY[e.doc_id[0]] for e in events}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


MAY_5, MAY_6 = D(2025, 5, 5), D(2025, 5, 6)


def test_victims_named_two_ways_in_one_story_are_one_abduction() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6),
                   key("b1#e0", ("BUREAU",), MAY_5, published=MAY_6))
    assert got == [{"a1#e0", "b1#e0"}]


def test_journalists_and_their_newsroom_held_are_one_detention() -> None:
    got = together(key("p1#e0", ("REPORTERS",), MAY_5, published=MAY_6, mode="arrest",
                       type_="COERCE"),
                   key("q1#e0", ("PAPER",), MAY_6, published=D(2025, 5, 7), mode="arrest",
                       type_="COERCE"))
    assert got == [{"p1#e0", "q1#e0"}]


# near misses


def test_abductions_weeks_apart_stay_two() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6),
                   key("b1#e0", ("BUREAU",), D(2025, 6, 2), published=D(2025, 6, 3)))
    assert got == [{"a1#e0"}, {"b1#e0"}]


def test_a_day_of_three_abductions_joins_none() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6),
                   key("b1#e0", ("PUPILS",), MAY_5, published=MAY_6),
                   key("c1#e0", ("DRIVERS",), MAY_5, published=MAY_6))
    assert got == [{"a1#e0"}, {"b1#e0"}, {"c1#e0"}]


def test_two_stories_stay_two() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6),
                   key("t1#e0", ("BUREAU",), MAY_5, published=MAY_6))
    assert got == [{"a1#e0"}, {"t1#e0"}]


def test_an_abduction_and_a_shooting_of_one_day_are_two_acts() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6),
                   key("b1#e0", ("GUARDS",), MAY_5, published=MAY_6, mode=None))
    assert got == [{"a1#e0"}, {"b1#e0"}]


def test_two_towns_are_two_abductions() -> None:
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6, place="tubu"),
                   key("b1#e0", ("BUREAU",), MAY_5, published=MAY_6, place="kagoro"))
    assert got == [{"a1#e0"}, {"b1#e0"}]


def test_a_report_naming_the_doers_is_no_victims_only_report() -> None:
    """Its doers tell it apart: the victims-only report joins it only by its sides
    (``join_two_sides``: one candidate naming the doers), not as a victims-only one."""
    got = together(key("a1#e0", ("SURVEYORS",), MAY_5, published=MAY_6, doers=("GUNMEN",)),
                   key("b1#e0", ("PUPILS",), MAY_5, published=MAY_6, doers=("GUNMEN",)),
                   key("c1#e0", ("BUREAU",), MAY_5, published=MAY_6))
    assert {"a1#e0", "b1#e0"} not in [g & {"a1#e0", "b1#e0"} for g in got]
    assert len(got) == 3
