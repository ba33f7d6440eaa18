"""Scores of the event coder on the target grid ``grid.yaml`` (constructions x PLOVER types).

A row counts as *typed* when an event of its type is predicted. On typed rows, with the matched
event being the first of that type whose source passes the row's source test (else the first of
that type):

* ``source`` / ``target``: some predicted event of the type passes the name test (``None``
  rows are not counted), as ``tests/events/unseen/score.py`` counts them;
* ``scode`` / ``tcode``: some predicted event of the type has an actor of that country on that
  side, as the PLOVER scorer (``actorgraph.evaluate``) counts codes;
* ``empty``: the matched event has no target although the row expects one;
* ``wrong_place``: some event of the type has the ``not_target`` name among its targets (a place
  that is only where it happened, a speaker) - lower is better.

Run ``python -m tests.events.grid.score [--verbose] [--json]``: shares per construction, per
type and overall; ``--verbose`` lists every row that misses a check.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from actorgraph.records import PLOVER_TYPES, Event, Extraction
from tests.events.helpers import events, find, names_match

GRID = Path(__file__).with_name("grid.yaml")
CHECKS: tuple[str, ...] = ("typed", "source", "target", "scode", "tcode", "empty",
                           "wrong_place")


def load_rows(path: Path = GRID) -> list[dict[str, Any]]:
    """The grid's rows, validated (unique ids, PLOVER types)."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    for row in rows:
        if row["id"] in seen or row["type"] not in PLOVER_TYPES:
            raise ValueError(f"bad row {row['id']!r}")
        seen.add(row["id"])
        for key in ("source", "target"):
            if isinstance(row.get(key), list):
                row[key] = tuple(row[key])  # alternatives, as the helpers read a tuple
    return rows


def _codes(value: str | list[str] | None) -> set[str]:
    return set() if value is None else {value} if isinstance(value, str) else set(value)


def _countries(ex: Extraction, ids: Sequence[str]) -> set[str | None]:
    country = {a.id: a.country for a in ex.actors}
    return {country.get(i) for i in ids}


def check_row(row: dict[str, Any], ex: Extraction) -> dict[str, bool]:
    """Each check of the module docstring that applies to ``row``: True for a pass."""
    predicted: list[Event] = find(ex, row["type"])
    out: dict[str, bool] = {"typed": bool(predicted)}
    if not predicted:
        return out
    if row.get("source") is not None:
        out["source"] = any(names_match(ex, e.source, row["source"]) for e in predicted)
    if row.get("target") is not None:
        out["target"] = any(names_match(ex, e.target, row["target"]) for e in predicted)
        by_source = [e for e in predicted if names_match(ex, e.source, row.get("source"))]
        out["empty"] = not (by_source or predicted)[0].target
    for side, key in (("source", "scode"), ("target", "tcode")):
        want = _codes(row.get(key))
        if want:
            out[key] = any(want & _countries(ex, getattr(e, side)) for e in predicted)
    if row.get("not_target"):
        out["wrong_place"] = any(names_match(ex, e.target, row["not_target"])
                                 for e in predicted)
    return out


def score(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Shares of each check by construction, by type and overall, plus the misses."""
    tally: dict[str, Counter[str]] = {}
    misses: list[str] = []
    for row in rows:
        result = check_row(row, events(row["text"]))
        for group in (f"c:{row['c']}", f"t:{row['type']}", "all"):
            t = tally.setdefault(group, Counter())
            for name, ok in result.items():
                t[name] += 1
                t[f"{name}_ok"] += ok
        bad = [k for k, ok in result.items() if ok == (k in ("empty", "wrong_place"))]
        if bad:
            misses.append(f"{row['id']}: {' '.join(bad)}")

    def shares(t: Counter[str]) -> dict[str, float | None]:
        return {k: round(t[f"{k}_ok"] / t[k], 3) if t[k] else None for k in CHECKS}

    return {"by_construction": {g[2:]: shares(t) for g, t in tally.items() if g[:2] == "c:"},
            "by_type": {g[2:]: shares(t) for g, t in tally.items() if g[:2] == "t:"},
            "all": shares(tally["all"]), "counts": dict(tally["all"]), "misses": misses}


def _report(scores: dict[str, Any], verbose: bool) -> str:
    head = f"{'':<12}" + "".join(f"{k:>12}" for k in CHECKS)

    def line(name: str, v: dict[str, float | None]) -> str:
        return f"{name:<12}" + "".join("           -" if v[k] is None else f"{v[k]:>12.3f}"
                                       for k in CHECKS)
    lines = [head, *(line(c, v) for c, v in scores["by_construction"].items()), "",
             head, *(line(t, v) for t, v in scores["by_type"].items()), "",
             line("all", scores["all"])]
    if verbose:
        lines += ["misses:", *(f"  {m}" for m in scores["misses"])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    scores = score(load_rows())
    if not args.verbose:
        scores.pop("misses")
    print(json.dumps(scores, indent=2) if args.json else _report(scores, args.verbose))


if __name__ == "__main__":
    main()
