"""The third sentence set (``dev3.yaml``, 400 cases, written blind at the 2026-12-06 stop 34):
its shape and floors on the coder's scores.

An annotator who never ran the coder or read its code wrote and coded it from PLOVER_NOTES and
the CAMEO table (20 cases per PLOVER type, 80 negatives: disasters, sports, markets, figurative
uses, history, opinion, routine administration; wire, reported, long, headline and analysis
styles; every region). It was scored in aggregate only during stop 34, at 1f75994 (the stop's
start) and at 6a664a5 (its end), and is **readable from stop 35 on**: the larger development set
no rule was grown from, where ``held2.yaml`` stays held out. Floors are the end scores less 0.02
(the false-event rate: a ceiling, plus 0.02) and only go up. Start -> end: type recall 0.8103
-> 0.8103, precision 0.6875 -> 0.6861, macro-F1 0.7508 -> 0.7503, source 0.8889, target 0.7301,
an event on 12.5 % of the negatives at both. Stop 35 read it split in two (even cases to design
from, odd cases judged in aggregate only): e319707 -> 5d6061c, recall 0.8103 -> 0.8157,
precision 0.6861 -> 0.6874, macro-F1 0.7503 -> 0.7534, source 0.8889 -> 0.8858, target 0.7301
-> 0.7489 (design half target 0.7500 -> 0.7798, judge half 0.7119 -> 0.7203).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from actorgraph.records import PLOVER_TYPES
from tests.events.unseen.score import load_cases, run

DEV3 = Path(__file__).with_name("dev3.yaml")

FLOORS: dict[str, float] = {
    "type_recall": 0.795,
    "type_precision": 0.667,
    "macro_f1": 0.733,
    "source_accuracy": 0.868,
    "target_accuracy": 0.728,
}
FALSE_EVENT_RATE_CEILING = 0.145


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return run(DEV3)


def test_set_has_twenty_cases_of_each_type_and_80_negatives() -> None:
    cases = load_cases(DEV3)
    assert len(cases) == 400
    assert sum(not c.events for c in cases) == 80
    counts = Counter(g.type for c in cases for g in c.events)
    assert {t: counts[t] for t in PLOVER_TYPES if counts[t] < 20} == {}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_stays_above_its_floor(scores: dict[str, Any], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} {scores[metric]} < {FLOORS[metric]}"


def test_false_events_on_negatives_stay_below_the_ceiling(scores: dict[str, Any]) -> None:
    assert scores["false_event_rate"] <= FALSE_EVENT_RATE_CEILING
