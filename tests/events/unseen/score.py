"""Scores of the event coder on the held-out set ``cases.yaml`` (text no rule was written from).

Each case is a sentence or passage with the events a careful PLOVER coder would code (``[]`` for
none). A gold event has a ``type``, name tests ``source`` and ``target`` (a case-insensitive
substring of an actor's name or alias, a list of alternatives, or null for no test) and an
optional ``modality``. The scores, all shares in [0, 1] (``None`` where nothing was counted):

* ``type_recall``: gold events whose type is among the case's predicted types;
* ``type_precision``: predicted events whose type is a gold type of their case (on a negative
  case every predicted event is a false positive);
* ``per_type``: precision, recall and F1 of each PLOVER type on those counts; ``macro_f1`` is
  their mean over the 16 types;
* ``source_accuracy`` / ``target_accuracy``: over gold events with a non-null name test whose
  type was predicted: some predicted event of that type passes the test;
* ``target_presence``: over gold events with a target whose type was predicted: the matched
  predicted event (the first of that type passing the source test, else the first of that type)
  has any target at all;
* ``modality_accuracy``: over gold events with a modality whose type was predicted: some
  predicted event of that type passing the name tests (any of that type if none does) carries it;
* ``false_event_rate``: share of negative cases with at least one predicted event;
* ``false_positive_modalities``: predicted events of no gold type of their case, by modality
  (whether the extra events are asserted ones or hedged ones such as the act a threat names);
* ``by_style``: cases, type recall and type precision for each style.

Run ``python -m tests.events.unseen.score [--verbose] [--json] [--cases PATH]``; ``--verbose``
lists misses; ``--cases`` scores another file of the same format (default ``cases.yaml``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from actorgraph.records import MODALITIES, PLOVER_TYPES, Event, Extraction
from tests.events.helpers import events, find, names_match

CASES = Path(__file__).with_name("cases.yaml")
STYLES: tuple[str, ...] = ("wire", "analysis", "headline", "long", "reported", "negative")

NameTest = str | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    source: NameTest
    target: NameTest
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    style: str
    events: tuple[GoldEvent, ...]
    published: dt.date | None = None


def _name_test(value: Any, where: str) -> NameTest:
    if value is None or (isinstance(value, str) and value):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)  # alternatives, as the helpers read a tuple
    raise ValueError(f"{where}: a name test is a string, a list of strings or null: {value!r}")


def _gold_event(raw: dict[str, Any], where: str) -> GoldEvent:
    if raw.get("type") not in PLOVER_TYPES:
        raise ValueError(f"{where}: type {raw.get('type')!r} is not a PLOVER type")
    modality = raw.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise ValueError(f"{where}: modality {modality!r} is not one of {MODALITIES}")
    unknown = set(raw) - {"type", "source", "target", "modality"}
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}")
    return GoldEvent(raw["type"], _name_test(raw.get("source"), where),
                     _name_test(raw.get("target"), where), modality)


def load_cases(path: Path = CASES) -> list[Case]:
    """The cases of ``path``, validated; raises ValueError naming the first bad case."""
    cases: list[Case] = []
    seen: set[str] = set()
    for n, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
        where = f"{path.name} case {n} ({raw.get('id')!r})"
        if not raw.get("id") or raw["id"] in seen:
            raise ValueError(f"{where}: missing or repeated id")
        if not isinstance(raw.get("text"), str) or not raw["text"].strip():
            raise ValueError(f"{where}: no text")
        if raw.get("style") not in STYLES:
            raise ValueError(f"{where}: style must be one of {STYLES}")
        if not isinstance(raw.get("events"), list):
            raise ValueError(f"{where}: events must be a list ([] for none)")
        gold = tuple(_gold_event(e, where) for e in raw["events"])
        if (raw["style"] == "negative") != (not gold):
            raise ValueError(f"{where}: negative cases, and only they, have no events")
        published = raw.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        seen.add(raw["id"])
        cases.append(Case(raw["id"], raw["text"], raw["style"], gold, published))
    return cases


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _f1(p: float | None, r: float | None) -> float:
    return 0.0 if not p or not r else round(2 * p * r / (p + r), 4)


def _matched(ex: Extraction, predicted: list[Event], gold: GoldEvent) -> Event:
    by_source = [e for e in predicted if names_match(ex, e.source, gold.source)]
    return (by_source or predicted)[0]


def score(cases: Sequence[Case], extractions: Sequence[Extraction]) -> dict[str, Any]:
    """The scores of the module docstring, plus ``misses`` (one line per miss) for --verbose."""
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    tally: Counter[str] = Counter()  # "<check>" and "<check>_ok" counts
    style_tally: Counter[tuple[str, str]] = Counter()
    false_modalities: Counter[str] = Counter()
    misses: list[str] = []

    def check(name: str, ok: bool, case: Case, what: str) -> None:
        tally[name] += 1
        tally[f"{name}_ok"] += ok
        if not ok:
            misses.append(f"{case.id}: {what}")

    for case, ex in zip(cases, extractions, strict=True):
        gold_types = {g.type for g in case.events}
        predicted_types = {e.type for e in ex.events}
        style_tally[case.style, "cases"] += 1
        for e in ex.events:
            pred_n[e.type] += 1
            pred_hit[e.type] += e.type in gold_types
            style_tally[case.style, "pred"] += 1
            style_tally[case.style, "pred_ok"] += e.type in gold_types
            if e.type not in gold_types:
                false_modalities[e.modality] += 1
                misses.append(f"{case.id}: false {e.type} "
                              f"{ex.document.text[e.start:e.end]!r} ({e.modality})")
        if case.style == "negative":
            check("negative", not ex.events, case, "events on a negative case")
        for g in case.events:
            gold_n[g.type] += 1
            style_tally[case.style, "gold"] += 1
            predicted = find(ex, g.type)
            if not predicted:
                misses.append(f"{case.id}: missed {g.type} (predicted {sorted(predicted_types)})")
                continue
            gold_hit[g.type] += 1
            style_tally[case.style, "gold_ok"] += 1
            if g.source is not None:
                check("source", any(names_match(ex, e.source, g.source) for e in predicted),
                      case, f"{g.type} source is not {g.source!r}")
            if g.target is not None:
                check("target", any(names_match(ex, e.target, g.target) for e in predicted),
                      case, f"{g.type} target is not {g.target!r}")
                check("target_presence", bool(_matched(ex, predicted, g).target), case,
                      f"{g.type} has no target")
            if g.modality is not None:
                named = [e for e in predicted if names_match(ex, e.source, g.source)
                         and names_match(ex, e.target, g.target)]
                found = sorted({e.modality for e in named or predicted})
                check("modality", g.modality in found, case,
                      f"{g.type} modality {found} is not {g.modality!r}")

    per_type = {}
    for t in PLOVER_TYPES:
        p, r = _share(pred_hit[t], pred_n[t]), _share(gold_hit[t], gold_n[t])
        per_type[t] = {"precision": p, "recall": r, "f1": _f1(p, r), "support": gold_n[t],
                       "predicted": pred_n[t]}

    def accuracy(name: str) -> float | None:
        return _share(tally[f"{name}_ok"], tally[name])

    negatives_with_events = tally["negative"] - tally["negative_ok"]
    return {
        "cases": len(cases),
        "gold_events": sum(gold_n.values()),
        "predicted_events": sum(pred_n.values()),
        "type_recall": _share(sum(gold_hit.values()), sum(gold_n.values())),
        "type_precision": _share(sum(pred_hit.values()), sum(pred_n.values())),
        "macro_f1": round(sum(v["f1"] for v in per_type.values()) / len(PLOVER_TYPES), 4),
        "source_accuracy": accuracy("source"),
        "target_accuracy": accuracy("target"),
        "target_presence": accuracy("target_presence"),
        "modality_accuracy": accuracy("modality"),
        "false_event_rate": _share(negatives_with_events, tally["negative"]),
        "false_positive_modalities": dict(false_modalities.most_common()),
        "per_type": per_type,
        "by_style": {
            s: {"cases": style_tally[s, "cases"],
                "type_recall": _share(style_tally[s, "gold_ok"], style_tally[s, "gold"]),
                "type_precision": _share(style_tally[s, "pred_ok"], style_tally[s, "pred"])}
            for s in STYLES},
        "misses": misses,
    }


def run(path: Path = CASES) -> dict[str, Any]:
    """Codes every case of ``path`` and scores it."""
    cases = load_cases(path)
    return score(cases, [events(c.text, c.published) for c in cases])


def _fmt(value: float | None) -> str:
    return "     -" if value is None else f"{value:>6.3f}"


def _report(scores: dict[str, Any], verbose: bool) -> str:
    lines = [f"{k}: {scores[k]}" for k in (
        "cases", "gold_events", "predicted_events", "type_recall", "type_precision",
        "macro_f1", "source_accuracy", "target_accuracy", "target_presence",
        "modality_accuracy", "false_event_rate", "false_positive_modalities")]
    lines.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for t, v in scores["per_type"].items():
        lines.append(f"{t:<10} {_fmt(v['precision'])} {_fmt(v['recall'])} "
                     f"{_fmt(v['f1'])} {v['support']:>5} {v['predicted']:>5}")
    lines.append(f"{'style':<10} {'cases':>6} {'R':>6} {'P':>6}")
    for s, v in scores["by_style"].items():
        lines.append(f"{s:<10} {v['cases']:>6} {_fmt(v['type_recall'])} "
                     f"{_fmt(v['type_precision'])}")
    if verbose:
        lines += ["misses:", *(f"  {m}" for m in scores["misses"])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cases", type=Path, default=CASES,
                        help="a cases file of the same format (default: cases.yaml)")
    args = parser.parse_args(argv)
    scores = run(args.cases)
    if not args.verbose:
        scores.pop("misses")
    print(json.dumps(scores, indent=2) if args.json else _report(scores, args.verbose))


if __name__ == "__main__":
    main()
