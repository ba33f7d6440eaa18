"""Actor country codes against the PLOVER gold-standard dev records.

For each gold source/target actor with a ``code``, the actor whose mention best covers the
gold ``actorText`` in the record's text must have that code as its ``country``. The floor only
ever goes up. Run ``python -m tests.actors.test_plover_codes`` to list the misses.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import actorgraph

from ..conftest import SHARED, read_jsonl

FLOOR = 0.90


def gold_actors(records: list[dict]) -> list[tuple[str, str, str]]:
    """(record id, actor text, code) for every coded gold source and target."""
    out = []
    for r in records:
        for side in ("source", "target"):
            for a in r.get(side) if isinstance(r.get(side), list) else []:
                if isinstance(a, dict) and a.get("code") and a.get("actorText", "").strip():
                    out.append((r["id"], a["actorText"].strip(), a["code"]))
    return out


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Where the (first part of an elided) gold actor text is in the document, as words;
    the gold sometimes paraphrases ("West German" for "German"), so failing the whole text,
    its longest word found in the document stands for it."""
    piece = actor_text.split("...")[0].strip() or actor_text
    tries = [piece.split(), *([w] for w in sorted(re.split(r"[\s\-]+", piece), key=len,
                                                 reverse=True) if len(w) > 3)]
    for words in tries:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.span()
    return None


def score(gold_file: Path, work: Path) -> tuple[float, list[str]]:
    records = [r for r in json.loads(gold_file.read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT"]
    corpus = work / "gold.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": r["id"], "text": r["text"]})
                                for r in records), encoding="utf-8")
    actorgraph.build([corpus], work / "gold.duckdb")
    actorgraph.export(work / "gold.duckdb", "jsonl", work / "export")
    texts = {d["id"]: d["text"] for d in read_jsonl(work / "export" / "documents.jsonl")}
    spans: dict[str, list[tuple[int, int, dict]]] = {}
    for actor in read_jsonl(work / "export" / "actors.jsonl"):
        for m in actor["mentions"]:
            spans.setdefault(m["doc_id"], []).append((m["start"], m["end"], actor))
    hits, misses = 0, []
    wanted = gold_actors(records)
    for doc_id, actor_text, code in wanted:
        where = locate(texts.get(doc_id, ""), actor_text)
        best = None
        if where:
            overlaps = [(min(e, where[1]) - max(s, where[0]), e - s, a)
                        for s, e, a in spans.get(doc_id, []) if s < where[1] and where[0] < e]
            best = max(overlaps, key=lambda o: (o[0], o[1]))[2] if overlaps else None
        if best is not None and best["country"] == code:
            hits += 1
        else:
            got = None if best is None else f"{best['name']!r}={best['country']}"
            misses.append(f"{doc_id}: {actor_text!r} want {code}, got {got}")
    return hits / len(wanted), misses


def test_gold_actor_country_codes(shared: Path, tmp_path: Path) -> None:
    rate, misses = score(shared / "eval" / "plover_gsr_dev.json", tmp_path)
    print(f"PLOVER dev actor country codes: {rate:.3f}")
    assert rate >= FLOOR, "\n".join(misses)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        rate, misses = score(SHARED / "eval" / "plover_gsr_dev.json", Path(tmp))
    print("\n".join(misses))
    print(f"{rate:.3f} ({len(misses)} misses)", file=sys.stderr)
