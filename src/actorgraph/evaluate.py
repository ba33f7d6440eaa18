"""Evaluation against PLOVER gold-standard records (the format of the OEDA PLOVER GSR files).

In: a JSON file holding a list of records with ``id``, ``text``, ``event`` and ``source`` /
``target`` lists of ``{actorText, code}``. Out: the scores defined in CONTRACT.md:
``event_accuracy`` (gold type among the predicted types), ``macro_f1`` over the 16 types with
the first predicted event (by offset) as the prediction, ``per_class``, and
``source_code_accuracy`` / ``target_code_accuracy`` read from the event whose type matches the
gold type (else the first event). Legacy labels are mapped (DEMAND → REQUEST, ...).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import nlp, pipeline
from .config import DEFAULT, Settings
from .errors import ActorgraphError, Msg
from .ingest.readers import make_document
from .records import PLOVER_TYPES, Document, Extraction, coded

LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
          "FIGHT": "ASSAULT"}


def gold_records(path: str | Path) -> list[dict]:
    """The event records of a PLOVER gold file (documentation records left out)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ActorgraphError(Msg.F005, path=path, reason="no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ActorgraphError(Msg.F005, path=path, reason=f"not JSON: {exc}") from None
    if not isinstance(data, list):
        raise ActorgraphError(Msg.F005, path=path, reason="expected a JSON list of records")
    out = []
    for n, record in enumerate(data):
        if not isinstance(record, dict):
            raise ActorgraphError(Msg.F005, path=path, reason=f"record {n} is not an object")
        if record.get("event") == "DOCUMENT":
            continue
        if not isinstance(record.get("text"), str):
            raise ActorgraphError(Msg.F005, path=path, reason=f"record {n} has no text")
        out.append(record)
    return out


def code(records: Sequence[dict], settings: Settings = DEFAULT) -> list[Extraction | None]:
    """Our extraction for each record's text (None for a text with nothing in it)."""
    documents: list[Document | None] = []
    for n, record in enumerate(records):
        doc = make_document("<gold>", str(record.get("id") or n), record["text"])
        documents.append(doc if isinstance(doc, Document) else None)
    texts = [d.text for d in documents if d is not None]
    parsed = nlp.parse(pipeline.pipeline(settings.model), texts, settings)
    return [pipeline.analyse(d, next(parsed)) if d is not None else None for d in documents]


def _codes(actors: Sequence[dict] | None) -> set[str]:
    return {a["code"] for a in actors or () if isinstance(a, dict) and a.get("code")}


def score(records: Sequence[dict], extractions: Sequence[Extraction | None]) -> dict:
    """The CONTRACT.md scores of ``extractions`` against the gold ``records``."""
    hits, pairs = 0, []
    sides = {"source": [0, 0], "target": [0, 0]}
    for record, ex in zip(records, extractions, strict=True):
        gold = LEGACY.get(record.get("event", ""), record.get("event", ""))
        predicted = sorted(coded(ex.events), key=lambda e: e.start) if ex else []
        country = {a.id: a.country for a in ex.actors} if ex else {}
        hits += any(e.type == gold for e in predicted)
        pairs.append((gold, predicted[0].type if predicted else "NONE"))
        match = next((e for e in predicted if e.type == gold),
                     predicted[0] if predicted else None)
        for side, tally in sides.items():
            want = _codes(record.get(side))
            if want:
                tally[1] += 1
                got = {country.get(a) for a in getattr(match, side, ())}
                tally[0] += bool(want & got)
    gold_n = Counter(g for g, _ in pairs)
    pred_n = Counter(p for _, p in pairs)
    right = Counter(g for g, p in pairs if g == p)
    per_class = {}
    for kind in PLOVER_TYPES:
        if gold_n[kind]:
            p = right[kind] / pred_n[kind] if pred_n[kind] else 0.0
            r = right[kind] / gold_n[kind]
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            per_class[kind] = {"precision": round(p, 4), "recall": round(r, 4),
                               "f1": round(f1, 4), "support": gold_n[kind]}
    n = len(pairs)

    def share(tally: list[int]) -> float:
        return round(tally[0] / tally[1], 4) if tally[1] else 0.0

    return {
        "n": n,
        "event_accuracy": round(hits / n, 4) if n else 0.0,
        "macro_f1": round(sum(c["f1"] for c in per_class.values()) / len(per_class), 4)
        if per_class else 0.0,
        "per_class": per_class,
        "source_code_accuracy": share(sides["source"]),
        "target_code_accuracy": share(sides["target"]),
        "records_with_no_event": pred_n["NONE"],
    }


def plover(path: str | Path, settings: Settings = DEFAULT) -> dict:
    """Code every record of the gold file at ``path`` and score the result."""
    records = gold_records(path)
    return score(records, code(records, settings))
