"""Event clusters: a ceasefire is kept by both its sides, so reports may name them either way
round ("the army's truce with the rebels", "the rebels' truce with the army") or name the
mediator with them, as a meeting's reports do; the near misses are two truces of one pair
weeks apart, two towns' truces, and one-sided acts (a withdrawal, an attack) whose doer one
report names as the other's target: an act and its reply. Each case is named by the
sentences of our mini-corpus it stands for."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.records import EventKey

from .test_clusters_recall import clusters_of, in_both_orders, key

#: corpus actors and the parties they stand for
PARTY = {actor: frozenset({party}) for actor, party in {
    "SUDAN": "country:SDN", "RSF": "RSF", "CONGO": "country:COD", "KPF": "KPF",
    "KENYA": "country:KEN", "ARMENIA": "country:ARM", "AZERBAIJAN": "country:AZE",
    "THAILAND": "country:THA", "CAMBODIA": "country:KHM"}.items()}
D = dt.date


def together(*events: EventKey) -> list[set[str]]:
    return clusters_of(events, PARTY)


def truce(id_: str, source: tuple[str, ...], target: tuple[str, ...], date: dt.date,
          published: dt.date, **kw) -> EventKey:
    return key(id_, source, target, date, "RETREAT", published=published, mode="ceasefire",
               **kw)


# (the reports, events, expected clusters)
CASES = [
    ("'Sudan's army declared a truce with the RSF on Friday' / 'the RSF said its truce with "
     "the army took effect on Friday'",
     [truce("a#e0", ("SUDAN",), ("RSF",), D(2024, 6, 14), D(2024, 6, 15)),
      truce("b#e0", ("RSF",), ("SUDAN",), D(2024, 6, 14), D(2024, 6, 16))],
     [{"a#e0", "b#e0"}]),
    ("'Congo and the KPF signed a ceasefire in Nairobi on Sunday, in talks Kenya hosted' / "
     "'the ceasefire Kenya brokered in Nairobi last Sunday'",
     [truce("a#e0", ("CONGO", "KPF"), ("KENYA",), D(2024, 6, 2), D(2024, 6, 3),
            place="nairobi"),
      truce("b#e0", ("KENYA",), (), D(2024, 6, 2), D(2024, 6, 8), place="nairobi")],
     [{"a#e0", "b#e0"}]),
    ("'Cambodia halted fire along the Thai border on Monday' / 'Thailand said the truce "
     "Cambodia offered it held on Monday night'",
     [truce("a#e0", ("CAMBODIA",), ("THAILAND",), D(2025, 7, 28), D(2025, 7, 29)),
      truce("b#e0", ("THAILAND",), ("CAMBODIA",), D(2025, 7, 28), D(2025, 7, 30))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'the army's truce with the RSF on 1 June' / 'the RSF's truce with the army "
     "on 28 June': two truces weeks apart",
     [truce("a#e0", ("SUDAN",), ("RSF",), D(2024, 6, 1), D(2024, 6, 2)),
      truce("b#e0", ("RSF",), ("SUDAN",), D(2024, 6, 28), D(2024, 6, 29))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'a local truce in Rutshuru' / 'a local truce in Masisi' the same day",
     [truce("a#e0", ("CONGO",), ("KPF",), D(2024, 6, 5), D(2024, 6, 6), place="rutshuru"),
      truce("b#e0", ("KPF",), ("CONGO",), D(2024, 6, 5), D(2024, 6, 6), place="masisi")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'Armenia pulled troops back from the Azerbaijani border on Tuesday' / "
     "'Azerbaijan withdrew its units from the Armenian border on Tuesday': two withdrawals",
     [key("a#e0", ("ARMENIA",), ("AZERBAIJAN",), D(2024, 5, 7), "RETREAT",
          published=D(2024, 5, 8), mode="withdraw"),
      key("b#e0", ("AZERBAIJAN",), ("ARMENIA",), D(2024, 5, 7), "RETREAT",
          published=D(2024, 5, 8), mode="withdraw")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'Armenia declared a ceasefire on Tuesday' / 'Azerbaijan pulled back its "
     "units from the Armenian border on Tuesday': a truce is no withdrawal",
     [truce("a#e0", ("ARMENIA",), ("AZERBAIJAN",), D(2024, 5, 7), D(2024, 5, 8)),
      key("b#e0", ("AZERBAIJAN",), ("ARMENIA",), D(2024, 5, 7), "RETREAT",
          published=D(2024, 5, 8), mode="withdraw")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'Thai troops shelled Cambodian posts on Monday' / 'Cambodian gunners fired "
     "on Thai positions on Monday': an attack and its reply",
     [key("a#e0", ("THAILAND",), ("CAMBODIA",), D(2025, 7, 28), "ASSAULT",
          published=D(2025, 7, 29)),
      key("b#e0", ("CAMBODIA",), ("THAILAND",), D(2025, 7, 28), "ASSAULT",
          published=D(2025, 7, 29))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'Sudan's army declared a truce with the RSF' / 'the army agreed to let aid "
     "through': an agreement of another theme is no truce",
     [truce("a#e0", ("SUDAN",), ("RSF",), D(2024, 6, 14), D(2024, 6, 15)),
      key("b#e0", ("SUDAN",), ("RSF",), D(2024, 6, 14), "AGREE", published=D(2024, 6, 15),
          theme="let")],
     [{"a#e0"}, {"b#e0"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_a_truce_is_kept_by_both_its_sides(
        case: str, events: list[EventKey], expected: list[set[str]]) -> None:
    assert in_both_orders(together, events) == [expected, expected], case
