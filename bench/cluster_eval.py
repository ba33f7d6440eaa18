"""Cross-document event clustering and contradiction detection, scored on the fusion corpus.

    .venv/bin/python bench/cluster_eval.py [--split dev|test|blind|...|blind28] [--json]
        [--verbose]

The corpus (``bench/fusion/{split}.jsonl``, built with ``bench/fusion/build_corpus.py`` from
``bench/fusion/src/{split}.txt``; rules in ``bench/fusion/GUIDELINE.md``) holds short news
reports of a few stories, each told by several invented outlets on different days. The split is
built into a temporary store with ``actorgraph.build`` and exported with
``actorgraph.export(db, "jsonl", out)``. Then:

- the referee ``shared/gold/check_gold.py`` checks ``bench/fusion/{split}.gold.json`` (events
  that must share a cluster, pairs that must not, contradictions that must or must not be
  found); passed and failed counts are reported per kind.
- pairwise clustering scores against ``bench/fusion/{split}.mentions.json``. Each gold mention
  (``doc``, ``trigger``, ``occurrence``: the n-th whole-word, case-sensitive match of the
  trigger in the document, from 0) is mapped to the predicted event of that document whose
  trigger span overlaps it and whose type is among the mention's ``type_any`` (the one
  containing it, then the largest overlap). Unmatched mentions count as missing coverage and
  take no part in the pairs. Over all pairs of matched mentions, a pair is predicted-same when
  both events share a ``cluster`` (or are the same event), gold-same when the mentions share an
  ``event`` label; precision = true positives / predicted-same pairs, recall = true positives /
  gold-same pairs. The same scores are given for pairs across documents only, and end to end:
  over all gold mentions, an unmatched one being a predicted singleton (so that finding more
  mentions can only add pairs, never make the score fall for lack of the others).

``--verbose`` lists the referee's failures, unmatched mentions, wrong merges (predicted clusters
holding mentions of several gold events) and missed merges (gold events split over several
predicted clusters), each mention with its sentence. ``--json`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import actorgraph

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH / "fusion"
CHECKER = BENCH.parents[1] / "shared" / "gold" / "check_gold.py"
KINDS = {"cluster": "clusters", "apart": "apart", "contradiction": "contradictions",
         "not-contradiction": "not_contradictions"}


@dataclass(frozen=True)
class GoldMention:
    doc: str
    trigger: str
    occurrence: int
    types: tuple[str, ...]
    event: str


@dataclass(frozen=True)
class Placed:
    """A gold mention with its span in the exported text and the predicted event it maps to."""

    gold: GoldMention
    start: int | None
    end: int | None
    predicted: dict[str, Any] | None
    why: str | None  # why no predicted event matched, or None

    @property
    def key(self) -> str | None:
        """The predicted cluster, or the event itself when it has none."""
        if self.predicted is None:
            return None
        cluster = self.predicted.get("cluster")
        return f"cluster:{cluster}" if cluster is not None else f"event:{self.predicted['id']}"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_mentions(split: str) -> list[GoldMention]:
    raw = json.loads((CORPUS / f"{split}.mentions.json").read_text(encoding="utf-8"))
    return [GoldMention(m["doc"], m["trigger"], m["occurrence"], tuple(m["type_any"]),
                        m["event"]) for m in raw]


def build_export(corpus: Path, workdir: Path) -> Path:
    """Build ``corpus`` into a fresh store under ``workdir``; return the jsonl export folder."""
    db, out = workdir / "fusion.duckdb", workdir / "export"
    report = actorgraph.build([corpus], db)
    for problem in report.problems:
        print(f"build: {problem.message}", file=sys.stderr)
    actorgraph.export(db, "jsonl", out)
    return out


def referee(checker: Path, export: Path, gold: Path) -> dict[str, Any]:
    """Run check_gold.py; return passed/failed counts per kind and the failures.

    ``unfound`` counts the failures where a listed event was not extracted at all, as opposed
    to extracted but wrongly clustered.
    """
    proc = subprocess.run([sys.executable, str(checker), str(export), str(gold), "--verbose"],
                          capture_output=True, text=True, check=False)
    counts = {kind: {"passed": 0, "failed": 0, "unfound": 0}
              for kind in [*KINDS.values(), "other"]}
    failures: list[str] = []
    for line in proc.stdout.splitlines():
        verdict, _, rest = line.partition(" ")
        if verdict not in ("PASS", "FAIL"):
            continue
        first = rest.split(" ", 1)[0]
        kind = KINDS.get(first, "other")
        counts[kind]["passed" if verdict == "PASS" else "failed"] += 1
        if verdict == "FAIL":
            failures.append(rest)
            counts[kind]["unfound"] += " not found: " in rest
    if not any(c["passed"] + c["failed"] for c in counts.values()):
        raise RuntimeError(f"check_gold.py printed no verdicts: {proc.stderr or proc.stdout}")
    return {"counts": counts, "failures": failures}


def locate(text: str, trigger: str, occurrence: int) -> tuple[int, int] | None:
    """The span of the ``occurrence``-th whole-word, case-sensitive match of ``trigger``."""
    pattern = re.compile(rf"(?<!\w){re.escape(trigger)}(?!\w)")
    found = list(itertools.islice(pattern.finditer(text), occurrence + 1))
    if len(found) <= occurrence:
        return None
    return found[occurrence].span()


def place(mention: GoldMention, docs: dict[str, dict[str, Any]],
          events: dict[str, list[dict[str, Any]]]) -> Placed:
    """Map ``mention`` to the predicted event at its trigger with an acceptable type."""
    doc = docs.get(mention.doc)
    if doc is None:
        return Placed(mention, None, None, None, "document missing from the export")
    span = locate(doc["text"], mention.trigger, mention.occurrence)
    if span is None:
        return Placed(mention, None, None, None, "trigger not in the exported text")
    start, end = span
    overlapping = [e for e in events.get(mention.doc, []) if e["start"] < end and start < e["end"]]
    typed = [e for e in overlapping if e.get("type") in mention.types]
    if not typed:
        why = ("no event at the trigger" if not overlapping else "event of type "
               + "/".join(sorted({str(e.get("type")) for e in overlapping})) + " at the trigger")
        return Placed(mention, start, end, None, why)

    def rank(e: dict[str, Any]) -> tuple[bool, int, int]:
        contains = e["start"] <= start and end <= e["end"]
        return contains, min(end, e["end"]) - max(start, e["start"]), -(e["end"] - e["start"])

    return Placed(mention, start, end, max(typed, key=rank), None)


def ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def pair_scores(placed: list[Placed], cross_document: bool,
                end_to_end: bool = False) -> dict[str, Any]:
    """Pairwise scores over the matched gold mentions, or, ``end_to_end``, over all of them
    (an unmatched mention is a predicted singleton: the pairs it belongs to are missed)."""
    tp = predicted_same = gold_same = 0
    pool = placed if end_to_end else [p for p in placed if p.predicted]
    for a, b in itertools.combinations(pool, 2):
        if cross_document and a.gold.doc == b.gold.doc:
            continue
        same_pred = a.predicted is not None and b.predicted is not None and a.key == b.key
        same_gold = a.gold.event == b.gold.event
        tp += same_pred and same_gold
        predicted_same += same_pred
        gold_same += same_gold
    precision, recall = ratio(tp, predicted_same), ratio(tp, gold_same)
    return {"tp": tp, "predicted_same": predicted_same, "gold_same": gold_same,
            "precision": precision, "recall": recall, "f1": f1(precision, recall)}


def gold_counts(split: str, mentions: list[GoldMention]) -> dict[str, int]:
    gold = json.loads((CORPUS / f"{split}.gold.json").read_text(encoding="utf-8"))
    out = {key: len(gold.get(key, [])) for key in KINDS.values()}
    out["documents"] = len(gold.get("documents", []))
    out["mentions"] = len(mentions)
    out["events"] = len({m.event for m in mentions})
    return out


Scored = tuple[dict[str, Any], list[Placed], dict[str, Any]]


def evaluate(split: str, checker: Path, keep: Path | None = None) -> Scored:
    """Build, export and score ``split``.

    Returns the numbers, the placed gold mentions, and the exported documents with the
    referee's failure lines (for ``--verbose``).
    """
    mentions = load_mentions(split)
    with tempfile.TemporaryDirectory(prefix="cluster_eval_") as tmp:
        workdir = keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        export = build_export(CORPUS / f"{split}.jsonl", workdir)
        ref = referee(checker, export, CORPUS / f"{split}.gold.json")
        docs = {d["id"]: d for d in read_jsonl(export / "documents.jsonl")}
        all_events = read_jsonl(export / "events.jsonl")
        n_contradictions = len(read_jsonl(export / "contradictions.jsonl"))
    corpus_text = {r["id"]: r["text"] for r in read_jsonl(CORPUS / f"{split}.jsonl")}
    changed = sorted(d for d, text in corpus_text.items() if docs.get(d, {}).get("text") != text)
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in all_events:
        events[e["doc_id"]].append(e)
    placed = [place(m, docs, events) for m in mentions]
    matched = sum(p.predicted is not None for p in placed)
    clusters = defaultdict(set)
    for e in all_events:
        if e.get("cluster") is not None:
            clusters[e["cluster"]].add(e["doc_id"])
    numbers: dict[str, Any] = {
        "split": split,
        "gold": gold_counts(split, mentions),
        "predicted": {"events": len(all_events), "clusters": len(clusters),
                      "cross_document_clusters": sum(len(d) > 1 for d in clusters.values()),
                      "contradictions": n_contradictions},
        "texts_changed_by_cleaning": changed,
        "referee": ref["counts"],
        "coverage": {"matched": matched, "mentions": len(placed),
                     "share": ratio(matched, len(placed)),
                     "unmatched": dict(Counter(p.why for p in placed if p.why))},
        "pairs": pair_scores(placed, cross_document=False),
        "cross_document_pairs": pair_scores(placed, cross_document=True),
        "end_to_end_pairs": pair_scores(placed, cross_document=False, end_to_end=True),
    }
    return numbers, placed, {"docs": docs, "failures": ref["failures"]}


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sentence(p: Placed, docs: dict[str, dict[str, Any]]) -> str:
    text = docs.get(p.gold.doc, {}).get("text", "")
    e = p.predicted
    if e and e.get("sentence_start") is not None and e.get("sentence_end") is not None:
        return clip(text[e["sentence_start"]:e["sentence_end"]])
    if p.start is None:
        return ""
    # No predicted event to lend its sentence: cut at end punctuation followed by a space.
    lo, hi = 0, len(text)
    for m in re.finditer(r"[.!?]['\"]?\s+", text):
        if m.end() <= p.start:
            lo = m.end()
        else:
            hi = m.start() + 1
            break
    return clip(text[lo:hi])


def describe(p: Placed, docs: dict[str, dict[str, Any]]) -> str:
    g = p.gold
    typed = f" {p.predicted.get('type')}" if p.predicted else ""
    return f"{g.doc} {g.trigger!r}#{g.occurrence}{typed} [{g.event}]: {sentence(p, docs)}"


def report_verbose(placed: list[Placed], extra: dict[str, Any]) -> None:
    docs = extra["docs"]
    print("referee failures:")
    for line in extra["failures"]:
        print(f"  {line}")
    print("\nunmatched gold mentions:")
    for p in placed:
        if p.predicted is None:
            print(f"  {describe(p, docs)}  ({p.why})")
    by_key: dict[str, list[Placed]] = defaultdict(list)
    by_event: dict[str, list[Placed]] = defaultdict(list)
    for p in placed:
        if p.key is not None:
            by_key[p.key].append(p)
            by_event[p.gold.event].append(p)
    print("\nwrong merges (one predicted cluster, several gold events):")
    for key, group in sorted(by_key.items()):
        if len({p.gold.event for p in group}) > 1:
            print(f"  {key}")
            for p in sorted(group, key=lambda p: (p.gold.event, p.gold.doc)):
                print(f"    {describe(p, docs)}")
    print("\nmissed merges (one gold event, several predicted clusters):")
    for event, group in sorted(by_event.items()):
        if len({p.key for p in group}) > 1:
            print(f"  {event}")
            for p in sorted(group, key=lambda p: (str(p.key), p.gold.doc)):
                print(f"    {p.key}  {describe(p, docs)}")


def report(numbers: dict[str, Any]) -> None:
    g, pred, cov = numbers["gold"], numbers["predicted"], numbers["coverage"]
    print(f"split {numbers['split']}: {g['documents']} documents; gold {g['clusters']} clusters, "
          f"{g['apart']} apart, {g['contradictions']} contradictions, "
          f"{g['not_contradictions']} not-contradictions, {g['mentions']} mentions of "
          f"{g['events']} events")
    print(f"predicted: {pred['events']} events in {pred['clusters']} clusters "
          f"({pred['cross_document_clusters']} across documents), "
          f"{pred['contradictions']} contradictions")
    if numbers["texts_changed_by_cleaning"]:
        print(f"note: cleaning changed the text of {numbers['texts_changed_by_cleaning']}")
    print("referee (check_gold.py):")
    for kind, c in numbers["referee"].items():
        if c["passed"] + c["failed"]:
            unfound = f" ({c['unfound']} for want of an extracted event)" if c["unfound"] else ""
            print(f"  {kind:20}{c['passed']:>4} passed{c['failed']:>4} failed{unfound}")
    print(f"coverage: {cov['matched']}/{cov['mentions']} gold mentions matched "
          f"({cov['share']:.3f})")
    for why, n in sorted(cov["unmatched"].items(), key=lambda kv: -kv[1]):
        print(f"  unmatched, {why}: {n}")
    print(f"{'pairs':16}{'TP':>6}{'pred':>6}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, key in (("all", "pairs"), ("cross-document", "cross_document_pairs"),
                      ("end-to-end", "end_to_end_pairs")):
        s = numbers[key]
        print(f"{name:16}{s['tp']:>6}{s['predicted_same']:>6}{s['gold_same']:>6}"
              f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=(
        "dev", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
        "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
        "blind15", "blind16", "blind17", "blind18", "blind19", "blind20",
        "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28"))
    parser.add_argument("--verbose", action="store_true",
                        help="list failures, unmatched mentions, wrong and missed merges")
    parser.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    parser.add_argument("--checker", type=Path, default=CHECKER, help="path to check_gold.py")
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the store and export in this folder and keep them")
    args = parser.parse_args()
    if not args.checker.exists():
        parser.error(f"{args.checker} not found; pass --checker PATH")
    if args.keep and (args.keep / "fusion.duckdb").exists():
        parser.error(f"{args.keep} already holds a store; name a new folder")
    numbers, placed, extra = evaluate(args.split, args.checker, args.keep)
    if args.json:
        print(json.dumps(numbers))
        return
    if args.verbose:
        report_verbose(placed, extra)
        print()
    report(numbers)


if __name__ == "__main__":
    main()
