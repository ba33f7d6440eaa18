"""The blind sentence sets after the first (``held2.yaml``, ``dev3.yaml``, ``held3.yaml``): each
set's shape and the coder's floors on it, one table.

Each set was written and coded blind by an annotator who never ran the coder or read its code,
from PLOVER_NOTES and the CAMEO table, and scored in aggregate only at the stop that wrote it.
A held-out set stays so (no rule is read from it); a set opened for development says so below.
Floors are the scores measured at a stop's end less 0.02 (the false-event rate: a ceiling, plus
0.02); they only ever go up. Each set's history is kept beside its row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from actorgraph.records import PLOVER_TYPES
from tests.events.unseen.score import load_cases, run

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Set:
    file: str
    cases: int
    negatives: int
    per_type: int  #: gold events of each PLOVER type at least
    floors: dict[str, float]
    false_event_ceiling: float


SETS: dict[str, Set] = {
#: The second held-out set (``held2.yaml``, written blind at the 2026-12-06 stop 33): its shape
#: and floors on the coder's scores, aggregate only.
#:
#: The first set (``cases.yaml``) has been read while working for weeks; this one measures text no
#: rule was written from. Floors are the scores measured at the stop's end less 0.02 (the
#: false-event rate: a ceiling, plus 0.02); they only ever go up. Measured at 2d87d43 (the stop's
#: start) and at c5b9f69 (its end), the same: type recall 0.8982, precision 0.7847, macro-F1
#: 0.8338, source 0.8872, target 0.75, an event on 14.6 % of the negatives. Stop 35 (e319707 ->
#: 5d6061c): recall 0.8982 -> 0.9027, precision 0.7790 -> 0.7798, macro-F1 0.8311 -> 0.8336,
#: source 0.8872, target 0.75 -> 0.7519, negatives 14.6 %. Stop 36 (283df58 -> 4684350): target
#: 0.7519 -> 0.7597, the rest the same. Stop 38 (8580f3a -> 39c331c): target 0.7597 -> 0.7907,
#: the rest the same. Stop 40 (aa1417e -> 33de30c): precision 0.7762 -> 0.7770, macro-F1 0.8303
#: -> 0.8306, target 0.7907 -> 0.7984 (the delegations and mediators of talks resolved), the rest
#: the same.
    "held2": Set("held2.yaml", 240, 48, 12, {
        "type_recall": 0.882, "type_precision": 0.764, "macro_f1": 0.813,
        "source_accuracy": 0.867, "target_accuracy": 0.778}, 0.166),
#: The third sentence set (``dev3.yaml``, 400 cases, written blind at the 2026-12-06 stop 34):
#: its shape and floors on the coder's scores.
#:
#: An annotator who never ran the coder or read its code wrote and coded it from PLOVER_NOTES and
#: the CAMEO table (20 cases per PLOVER type, 80 negatives: disasters, sports, markets, figurative
#: uses, history, opinion, routine administration; wire, reported, long, headline and analysis
#: styles; every region). It was scored in aggregate only during stop 34, at 1f75994 (the stop's
#: start) and at 6a664a5 (its end), and is **readable from stop 35 on**: the larger development set
#: no rule was grown from, where ``held2.yaml`` stays held out. Floors are the end scores less 0.02
#: (the false-event rate: a ceiling, plus 0.02) and only go up. Start -> end: type recall 0.8103
#: -> 0.8103, precision 0.6875 -> 0.6861, macro-F1 0.7508 -> 0.7503, source 0.8889, target 0.7301,
#: an event on 12.5 % of the negatives at both. Stop 35 read it split in two (even cases to design
#: from, odd cases judged in aggregate only): e319707 -> 5d6061c, recall 0.8103 -> 0.8157,
#: precision 0.6861 -> 0.6874, macro-F1 0.7503 -> 0.7534, source 0.8889 -> 0.8858, target 0.7301
#: -> 0.7489 (design half target 0.7500 -> 0.7798, judge half 0.7119 -> 0.7203). Stop 36
#: (283df58 -> 4684350): target 0.7489 -> 0.7665 (design half 0.7798 -> 0.8165, judge half 0.7203
#: the same), the rest the same. Stop 37 (ba7ad7a -> 3e00182): precision 0.6874 -> 0.6888,
#: macro-F1 0.7534 -> 0.7543 (judge half precision 0.6748 -> 0.6776), the rest the same. Stop 38
#: (8580f3a -> 39c331c): target 0.7665 -> 0.793 (design half 0.8165 -> 0.844, judge half 0.7203
#: -> 0.7458), the rest the same. Stop 40 (aa1417e -> 33de30c): recall 0.8157 -> 0.8184,
#: precision 0.6888 -> 0.6880, macro-F1 0.7543 -> 0.7552, source 0.8858 -> 0.8828 (acts told in
#: the agentless passive; judge half recall 0.8000 -> 0.8053, precision 0.6776 -> 0.6761), target
#: the same. Stop 41 (5c5e742 -> 1c6c837): source 0.8828 -> 0.8862, target 0.793 -> 0.7974
#: (design half target 0.844 -> 0.8532, judge half source 0.8571 -> 0.8639), the rest the same.
    "dev3": Set("dev3.yaml", 400, 80, 20, {
        "type_recall": 0.798, "type_precision": 0.668, "macro_f1": 0.735,
        "source_accuracy": 0.868, "target_accuracy": 0.777}, 0.145),
#: The fourth sentence set (``held3.yaml``, 400 cases, written blind at the 2026-12-06 stop 35):
#: its shape and floors on the coder's scores, aggregate only. Held out: no rule is read from it.
#:
#: An annotator who never ran the coder or read its code (nor the other sets) wrote and coded it
#: from PLOVER_NOTES and the CAMEO table: 20 cases per PLOVER type spread over each type's CAMEO
#: codes (the rarer ones too), idioms and multi-word verbs, actors given only by a description,
#: and 80 negatives; wire, reported, long, headline and analysis styles; every region. It was kept
#: outside the repository during the stop and scored in aggregate only, at e319707 (the stop's
#: start, the code of 9b2edfb) and at 5d6061c (its end): type recall 0.8088 -> 0.8114, precision
#: 0.7008 -> 0.7015, macro-F1 0.7525 -> 0.7540, source 0.8746 -> 0.8718, target 0.75 -> 0.7544,
#: an event on 15.0 % of the negatives at both. Floors are the end scores less 0.02 (the
#: false-event rate: a ceiling, plus 0.02) and only go up. Stop 36 (283df58 -> 4684350): recall
#: 0.8114 -> 0.8140, precision 0.7015 -> 0.7021, macro-F1 0.7540 -> 0.7552, source 0.8718 ->
#: 0.8722, target 0.7544 -> 0.7642, negatives 15.0 %. Stop 38 (8580f3a -> 39c331c): target
#: 0.7642 -> 0.7686, the rest the same.
    "held3": Set("held3.yaml", 400, 80, 20, {
        "type_recall": 0.794, "type_precision": 0.682, "macro_f1": 0.735,
        "source_accuracy": 0.852, "target_accuracy": 0.748}, 0.17),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def named(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def scores(named: str) -> dict[str, Any]:
    return run(HERE / SETS[named].file)


def test_set_has_its_cases_of_each_type_and_negatives(named: str) -> None:
    want = SETS[named]
    cases = load_cases(HERE / want.file)
    assert len(cases) == want.cases
    assert sum(not c.events for c in cases) == want.negatives
    counts = Counter(g.type for c in cases for g in c.events)
    assert {t: counts[t] for t in PLOVER_TYPES if counts[t] < want.per_type} == {}


@pytest.mark.parametrize("metric", ["type_recall", "type_precision", "macro_f1",
                                    "source_accuracy", "target_accuracy"])
def test_score_stays_above_its_floor(named: str, scores: dict[str, Any], metric: str) -> None:
    floor = SETS[named].floors[metric]
    assert scores[metric] >= floor, f"{named} {metric} {scores[metric]} < {floor}"


def test_false_events_on_negatives_stay_below_the_ceiling(
        named: str, scores: dict[str, Any]) -> None:
    assert scores["false_event_rate"] <= SETS[named].false_event_ceiling
