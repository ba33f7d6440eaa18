"""Event clusters: a mention its document says retells an earlier act of the document joins
that act's cluster whatever parties it names, unless the doer it names is that act's target
and they share no doer or target: a one-sided act and the reply to it (or another act of the
other side) are two events, even when the text's pointer links them. The near misses are
retellings that must still join: naming the act's doer, its victim, no one, or a side of a
meeting or a truce, which both sides hold. Each case is named by the sentences of our
mini-corpus it stands for."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.records import EventKey

from .test_clusters_recall import clusters_of, in_both_orders, key

#: corpus actors and the parties they stand for
PARTY = {actor: frozenset({party}) for actor, party in {
    "LESOTHO": "country:LSO", "MALI": "country:MLI", "FLA": "FLA", "PERU": "country:PER",
    "BOLIVIA": "country:BOL", "SUDAN": "country:SDN", "RSF": "RSF"}.items()}
D = dt.date


def together(*events: EventKey) -> list[set[str]]:
    return clusters_of(events, PARTY)


def attack(id_: str, source: tuple[str, ...], target: tuple[str, ...], date: dt.date,
           published: dt.date, **kw) -> EventKey:
    return key(id_, source, target, date, "ASSAULT", published=published, **kw)


# (the reports, events, expected clusters)
CASES = [
    ("'Gunmen fired on the Maseru home of Lesotho's police commissioner on Sunday ... The "
     "government has blamed last week's attack on the Makoanyane barracks on army mutineers' "
     "/ 'Lesotho soldiers stormed the Makoanyane barracks on Wednesday'",
     [attack("a#e0", (), ("LESOTHO",), D(2025, 3, 9), D(2025, 3, 10)),
      attack("a#e1", ("LESOTHO",), (), D(2025, 3, 3), D(2025, 3, 10), precision="week",
             retells="a#e0"),
      attack("b#e0", ("LESOTHO",), (), D(2025, 3, 5), D(2025, 3, 6))],
     [{"a#e0"}, {"a#e1", "b#e0"}]),
    ("'FLA fighters ambushed a Malian convoy near Kidal on Monday ... Bamako said the army's "
     "strike on the rebels was its answer' / 'Malian drones struck FLA positions on Tuesday'",
     [attack("a#e0", ("FLA",), ("MALI",), D(2025, 8, 4), D(2025, 8, 6)),
      attack("a#e1", ("MALI",), ("FLA",), D(2025, 8, 5), D(2025, 8, 6), retells="a#e0"),
      attack("b#e0", ("MALI",), ("FLA",), D(2025, 8, 5), D(2025, 8, 7))],
     [{"a#e0"}, {"a#e1", "b#e0"}]),
    ("near miss: 'FLA fighters ambushed a Malian convoy on Monday ... the ambush, which the "
     "FLA claimed, ...': a retelling naming the doer joins",
     [attack("a#e0", ("FLA",), ("MALI",), D(2025, 8, 4), D(2025, 8, 6)),
      attack("a#e1", ("FLA",), (), D(2025, 8, 4), D(2025, 8, 6), retells="a#e0")],
     [{"a#e0", "a#e1"}]),
    ("near miss: 'FLA fighters ambushed a Malian convoy on Monday ... the attack on the "
     "Malian army ...': a retelling naming the victim joins",
     [attack("a#e0", ("FLA",), ("MALI",), D(2025, 8, 4), D(2025, 8, 6)),
      attack("a#e1", (), ("MALI",), D(2025, 8, 4), D(2025, 8, 6), retells="a#e0")],
     [{"a#e0", "a#e1"}]),
    ("near miss: 'Peru's foreign minister visited La Paz on Monday ... the talks, which "
     "Bolivia hosted, ...': a meeting's sides act alike",
     [key("a#e0", ("PERU",), ("BOLIVIA",), D(2025, 5, 12), published=D(2025, 5, 13)),
      key("a#e1", ("BOLIVIA",), ("PERU",), D(2025, 5, 12), published=D(2025, 5, 13),
          retells="a#e0")],
     [{"a#e0", "a#e1"}]),
    ("near miss: 'Sudan's army declared a truce with the RSF on Friday ... the truce, which the "
     "RSF says it keeps, ...': a truce is kept by both",
     [key("a#e0", ("SUDAN",), ("RSF",), D(2024, 6, 14), "RETREAT", published=D(2024, 6, 15),
          mode="ceasefire"),
      key("a#e1", ("RSF",), ("SUDAN",), D(2024, 6, 14), "RETREAT", published=D(2024, 6, 15),
          mode="ceasefire", retells="a#e0")],
     [{"a#e0", "a#e1"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_a_retelling_that_replies_stays_apart(
        case: str, events: list[EventKey], expected: list[set[str]]) -> None:
    assert in_both_orders(together, events) == [expected, expected], case
