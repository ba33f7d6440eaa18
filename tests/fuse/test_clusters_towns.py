"""Event clusters: towns the gazetteer lacks, and reports naming no doer that a day joins to an
act whose reports name one, or to the one act a text dates among undated ones (issue 11).

Two different towns are two events when both are cities of the gazetteer or both towns it
lacks; a town it lacks may lie in or around a city it knows (a village near Arauca, a street of
Moscow), so the two names do not tell the reports apart. Across documents, a report naming no
one joins the one act of its type whose reports name a doer only when its own text gives its
day; a report only its publication date dates does not.
"""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

D = dt.date
PARTY = {"GUNMEN": frozenset({"GUNMEN"}), "ELN": frozenset({"ELN"}),
         "FARMERS": frozenset(), "CROWD": frozenset()}


def key(id_: str, source: tuple[str, ...] = (), target: tuple[str, ...] = (),
        date: dt.date | None = None, *, published: dt.date, place: str | None = None,
        kind: str | None = None, type_: str = "ASSAULT") -> EventKey:
    return EventKey(id_, id_.split("#")[0], type_, source, target, None, date or published,
                    "day", place=place, place_kind=kind if place else None,
                    published=published, cameo="181",
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


SEP_8, SEP_9 = D(2024, 9, 8), D(2024, 9, 9)


def test_two_towns_the_gazetteer_lacks_are_two_abductions() -> None:
    got = together(key("a#e0", ("GUNMEN",), ("FARMERS",), SEP_8, published=SEP_9,
                       place="kajuru", kind="town"),
                   key("b#e0", ("GUNMEN",), ("FARMERS",), SEP_8, published=SEP_9,
                       place="kagoro", kind="town"))
    assert len(got) == 2


def test_two_cities_are_two_abductions() -> None:
    got = together(key("a#e0", ("GUNMEN",), (), SEP_8, published=SEP_9, place="kaduna",
                       kind="city"),
                   key("b#e0", ("GUNMEN",), (), SEP_8, published=SEP_9, place="zaria",
                       kind="city"))
    assert len(got) == 2


def test_a_town_the_gazetteer_lacks_may_lie_by_a_city_it_knows() -> None:
    got = together(key("a#e0", ("ELN",), (), SEP_8, published=SEP_9, place="arauca",
                       kind="city"),
                   key("b#e0", ("ELN",), (), SEP_8, published=SEP_9, place="saravena",
                       kind="town"))
    assert got == [{"a#e0", "b#e0"}]


def test_a_report_naming_no_doer_joins_the_act_on_the_day_its_text_gives() -> None:
    """'ELN guerrillas abducted a councillor on Saturday' / 'the governor blamed Saturday's
    abduction on guerrillas' (no party on either side)."""
    got = together(key("a#e0", ("ELN",), (), SEP_8, published=SEP_9),
                   key("b#e0", ("CROWD",), (), SEP_8, published=D(2024, 9, 10)))
    assert got == [{"a#e0", "b#e0"}]


def test_a_report_only_its_publication_dates_stays_apart_from_an_act_with_a_doer() -> None:
    got = together(key("a#e0", ("ELN",), (), SEP_8, published=SEP_9),
                   key("b#e0", ("CROWD",), (), published=SEP_9))
    assert len(got) == 2


def test_a_report_its_text_dates_joins_the_act_dated_that_day_not_an_undated_one() -> None:
    """'The ambush on Monday' (no party) has two candidates in its week: the ambush reports
    date to Monday, and an undated 'struck a convoy' that could be of any day in the month
    before its report: it joins the dated one. A report only its publication dates cannot
    tell them apart (near miss)."""
    undated = EventKey("c#e0", "c", "ASSAULT", ("ELN",), (), None, None, None,
                       modality="reported", published=D(2024, 9, 20), cameo="181")
    dated = key("a#e0", ("GUNMEN",), (), SEP_8, published=SEP_9)
    told = key("b#e0", ("CROWD",), (), SEP_8, published=D(2024, 9, 12))
    assert {"a#e0", "b#e0"} in together(undated, dated, told)
    vaguer = key("b#e0", ("CROWD",), (), published=SEP_9)
    assert {"b#e0"} in together(undated, dated, vaguer)
