"""The held-out set: its shape, the scorer's definitions, and floors on the coder's scores.

Floors are the scores measured when the set was written, less 0.02 (the false-event rate: a
ceiling, plus 0.02); they only ever go up.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from actorgraph.records import PLOVER_TYPES, Actor, Document, Event, Extraction
from tests.events.unseen.score import Case, GoldEvent, load_cases, run, score

#: Measured less 0.02 (recall 0.857, precision 0.761, macro-F1 0.811, source 0.951, target
#: 0.769; false events on negatives 0.104; then recall 0.863, precision 0.764, macro-F1 0.813,
#: source 0.948, target 0.785, false events 0.0625; then recall 0.866, precision 0.763,
#: macro-F1 0.812, source 0.944, target 0.799; then recall 0.886, precision 0.7635, macro-F1
#: 0.8226, source 0.9488, target 0.7791; then precision 0.7755, macro-F1 0.8283, the rest
#: unchanged; then macro-F1 0.8287; then recall 0.8893, precision 0.776, macro-F1 0.83,
#: target 0.7805; then precision 0.7792, macro-F1 0.8315, source 0.9529, target 0.7988; then
#: target 0.8293; then source 0.9569), raised
#: as the coder improves.
FLOORS: dict[str, float] = {
    "type_recall": 0.869,
    "type_precision": 0.759,
    "macro_f1": 0.811,
    "source_accuracy": 0.936,
    "target_accuracy": 0.809,
}
FALSE_EVENT_RATE_CEILING = 0.083


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return run()


def test_set_keeps_at_least_240_cases_and_40_negatives() -> None:
    cases = load_cases()
    assert len(cases) >= 240
    assert sum(c.style == "negative" for c in cases) >= 40


def test_every_plover_type_has_at_least_10_gold_events() -> None:
    counts = Counter(g.type for c in load_cases() for g in c.events)
    assert {t: counts[t] for t in PLOVER_TYPES if counts[t] < 10} == {}


def test_every_style_is_represented() -> None:
    styles = Counter(c.style for c in load_cases())
    assert all(styles[s] >= 5 for s in ("wire", "analysis", "headline", "long", "reported"))


@pytest.mark.parametrize(("event", "message"), [
    ({"type": "FIGHT", "source": None, "target": None}, "not a PLOVER type"),
    ({"type": "ASSAULT", "source": None, "target": None, "modality": "maybe"}, "modality"),
    ({"type": "ASSAULT", "source": 3, "target": None}, "name test"),
])
def test_an_invalid_case_is_named(tmp_path: Path, event: dict[str, Any], message: str) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(f"- id: bad\n  text: Gunmen attacked.\n  style: wire\n  events: [{event}]\n")
    with pytest.raises(ValueError, match=message):
        load_cases(path)


def _extraction(text: str, events: list[tuple[str, str, str]]) -> Extraction:
    actors = (Actor("a0", "Sudan", "d", 0, 5, "COUNTRY"), Actor("a1", "Chad", "d", 0, 4, "COUNTRY"))
    return Extraction(Document("d", text, "h"), actors=actors, events=tuple(
        Event(f"e{n}", "d", 0, 1, 0, len(text), kind, "19", source=(src,), target=(tgt,))
        for n, (kind, src, tgt) in enumerate(events)))


def test_score_follows_the_documented_definitions() -> None:
    cases = [
        Case("c1", "x", "wire", (GoldEvent("ASSAULT", "Sudan", "Chad"),
                                 GoldEvent("ACCUSE", "Chad", None, "reported"))),
        Case("c2", "x", "negative", ()),
    ]
    extractions = [_extraction("x", [("ASSAULT", "a0", "a0"), ("AID", "a0", "a1")]),
                   _extraction("x", [("ASSAULT", "a0", "a1")])]
    s = score(cases, extractions)
    assert s["type_recall"] == 0.5  # ASSAULT found, ACCUSE missed
    assert s["type_precision"] == pytest.approx(1 / 3, abs=1e-4)  # AID and the negative's
    assert s["source_accuracy"] == 1.0 and s["target_accuracy"] == 0.0
    assert s["target_presence"] == 1.0 and s["modality_accuracy"] is None
    assert s["false_event_rate"] == 1.0
    assert s["per_type"]["ASSAULT"]["precision"] == 0.5
    assert s["by_style"]["negative"] == {"cases": 1, "type_recall": None, "type_precision": 0.0}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_stays_above_its_floor(scores: dict[str, Any], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} {scores[metric]} < {FLOORS[metric]}"


def test_false_events_on_negatives_stay_below_the_ceiling(scores: dict[str, Any]) -> None:
    assert scores["false_event_rate"] <= FALSE_EVENT_RATE_CEILING
