"""Event clusters: an act told inside someone's words or beliefs, with no date of its own
("Uruguay still says Argentine troops detained a third farmer"), may be weeks older than its
report: a claim is repeated, and answered, long after the act. Its window is the weeks before
the report (``BEFORE_TOLD``), not the report's week; an act the report tells as its own news
(asserted, with no date: the publication date stands in) keeps the week.

Traps: with the wider window, a claim must still join the act of its report's time when the
same parties did the same thing twice weeks apart, and not reach past the weeks before its
report.
"""

from __future__ import annotations

import datetime as dt

from actorgraph.fuse.acts import BEFORE_REPORT, BEFORE_TOLD, window
from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

PARTY = {"URUGUAY": frozenset({"country:URY"}), "ARGENTINA": frozenset({"country:ARG"}),
         "FARMERS": frozenset({"country:URY"}), "MONGOLIA": frozenset({"country:MNG"})}
D = dt.date


def key(id_: str, source: tuple[str, ...], target: tuple[str, ...], kind: str = "COERCE",
        date: dt.date | None = None, *, published: dt.date, modality: str = "asserted",
        place: str | None = None) -> EventKey:
    """An event of document ``a``, ``b``...; with no ``date``, the publication date stands
    in."""
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, date or published,
                    "day", modality=modality, published=published, place=place,
                    place_kind="city" if place else None,
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


JUNE_20 = D(2025, 6, 20)


def test_a_claim_lies_in_the_weeks_before_its_report() -> None:
    for modality in ("reported", "believed"):
        got = window(key("a#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20,
                         modality=modality))
        assert got == (JUNE_20 - dt.timedelta(BEFORE_TOLD), JUNE_20 + dt.timedelta(1))


def test_the_reports_own_news_keeps_its_week() -> None:
    got = window(key("a#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20))
    assert got == (JUNE_20 - dt.timedelta(BEFORE_REPORT), JUNE_20 + dt.timedelta(1))


def test_a_dated_claim_keeps_its_date() -> None:
    got = window(key("a#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 6, 2),
                     published=JUNE_20, modality="reported"))
    assert got == (D(2025, 6, 1), D(2025, 6, 3))


def test_a_claim_weeks_later_joins_the_dated_act() -> None:
    """'Argentine troops detained three Uruguayan farmers near Salto on 2 June' / (June 20)
    'Uruguay still says Argentine troops detained the farmers'."""
    got = together(key("a#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 6, 2),
                       published=D(2025, 6, 3)),
                   key("b#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20,
                       modality="reported"))
    assert got == [{"a#e0", "b#e0"}]


def test_news_told_as_the_reports_own_stays_apart_from_an_act_weeks_before() -> None:
    """(June 20) 'Argentine troops detained Uruguayan farmers', asserted, undated: this
    week's news, not the detention of 2 June."""
    got = together(key("a#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 6, 2),
                       published=D(2025, 6, 3)),
                   key("b#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_a_claim_does_not_reach_past_the_weeks_before_its_report() -> None:
    got = together(key("a#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 5, 2),
                       published=D(2025, 5, 3)),
                   key("b#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20,
                       modality="reported"))
    assert got == [{"a#e0"}, {"b#e0"}]


def test_a_claim_joins_the_act_of_its_reports_time_not_an_older_one() -> None:
    """Two detentions by the same patrol, on 2 June and on 17 June: a claim in a report of
    June 20 is of the later one, the one in its report's week."""
    got = together(key("a#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 6, 2),
                       published=D(2025, 6, 3)),
                   key("b#e0", ("ARGENTINA",), ("FARMERS",), date=D(2025, 6, 17),
                       published=D(2025, 6, 18)),
                   key("c#e0", ("ARGENTINA",), ("FARMERS",), published=JUNE_20,
                       modality="reported"))
    assert got == [{"a#e0"}, {"b#e0", "c#e0"}]


def test_a_claimed_meeting_joins_the_later_of_two_meetings() -> None:
    """The same two ministers met on 2 June and on 16 June; (June 20) 'Ulaanbaatar says the two
    ministers met' is the second meeting."""
    got = together(key("a#e0", ("MONGOLIA",), ("ARGENTINA",), "CONSULT", D(2025, 6, 2),
                       published=D(2025, 6, 3)),
                   key("b#e0", ("ARGENTINA",), ("MONGOLIA",), "CONSULT", D(2025, 6, 16),
                       published=D(2025, 6, 17)),
                   key("c#e0", ("MONGOLIA",), ("ARGENTINA",), "CONSULT", published=JUNE_20,
                       modality="reported"))
    assert got == [{"a#e0"}, {"b#e0", "c#e0"}]


def test_a_claim_of_a_protest_in_another_town_stays_apart() -> None:
    got = together(key("a#e0", ("FARMERS",), ("ARGENTINA",), "PROTEST", D(2025, 6, 5),
                       published=D(2025, 6, 6), place="Paysandu"),
                   key("b#e0", ("FARMERS",), ("ARGENTINA",), "PROTEST", published=JUNE_20,
                       modality="reported", place="Salto"))
    assert got == [{"a#e0"}, {"b#e0"}]
