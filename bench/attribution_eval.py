"""Quote and attribution extraction scored against our hand-annotated attribution corpus.

    .venv/bin/python bench/attribution_eval.py [--split dev|test|all] [--verbose] [--json]

The corpus (``bench/attribution/{dev,test}.jsonl``, built by ``bench/attribution/convert.py``
from ``bench/attribution/src``; rules in ``bench/attribution/GUIDELINE.md``) holds news
articles whose sourced attributions are annotated PolNeAR / PARC style: a source span, a cue
span and one or more content spans, and a kind (direct, indirect, mixed). Each article goes
through ``actorgraph.extract``; its ``quotes`` are the predictions. What is measured:

- content precision, recall and F1. A predicted quote (content ``start:end``) matches a gold
  attribution (the union of its content spans) when their overlap is at least half of the
  longer of the two (strict) or at least half of the shorter (lenient); pairs are matched one
  to one, greedily by overlap.
- speaker-and-content recall: the share of gold attributions matched by a prediction whose
  speaker span overlaps the gold source span, or whose speaker actor has a mention that does.
- content recall per gold kind, and how often a matched prediction has the gold kind.

``--verbose`` lists, per article, every gold attribution missed and every prediction left
unmatched (strict), and matched pairs whose speaker is wrong. ``--json`` prints the numbers as
one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import actorgraph

CORPUS = Path(__file__).resolve().parent / "attribution"
KINDS = ("direct", "indirect", "mixed")
Span = tuple[int, int]
Rule = Callable[[int, int, int], bool]

RULES: dict[str, Rule] = {
    # overlap, predicted length, gold length
    "strict": lambda ov, lp, lg: 2 * ov >= max(lp, lg),
    "lenient": lambda ov, lp, lg: 2 * ov >= min(lp, lg),
}


@dataclass(frozen=True)
class Gold:
    doc: str
    source: Span
    cue: Span | None
    content: tuple[Span, ...]
    kind: str

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.content)


@dataclass(frozen=True)
class Pred:
    doc: str
    start: int
    end: int
    kind: str | None
    speaker: str | None
    speaker_span: Span | None
    speaker_text: str | None
    speaker_mentions: tuple[Span, ...] = ()

    @property
    def length(self) -> int:
        return max(0, self.end - self.start)


@dataclass
class DocResult:
    id: str
    text: str
    gold: list[Gold]
    preds: list[Pred]
    matches: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def load(split: str) -> list[dict[str, Any]]:
    names = ("dev", "test") if split == "all" else (split,)
    records = []
    for name in names:
        path = CORPUS / f"{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def overlap(pred: Pred, gold: Gold) -> int:
    return sum(max(0, min(end, pred.end) - max(start, pred.start)) for start, end in gold.content)


def spans_overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[Gold], preds: list[Pred], rule: Rule) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, taken greedily by overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = overlap(p, g)
            if ov > 0 and rule(ov, p.length, g.length):
                candidates.append((-ov, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def speaker_ok(pred: Pred, gold: Gold) -> bool:
    if pred.speaker_span and spans_overlap(pred.speaker_span, gold.source):
        return True
    return any(spans_overlap(m, gold.source) for m in pred.speaker_mentions)


def predictions(record: dict[str, Any]) -> tuple[str, list[Pred]]:
    """Run the extractor on one article; return its text and its quotes."""
    extraction = actorgraph.extract(
        record["text"], doc_id=record["id"], source=record["source"],
        published=dt.date.fromisoformat(record["published"]),
    )
    text = extraction.document.text
    if text != record["text"]:
        raise AssertionError(f"{record['id']}: the cleaned text differs from the corpus text")
    mentions: dict[str, tuple[Span, ...]] = {}
    for actor in extraction.actors:
        spans = {(m.start, m.end) for m in getattr(actor, "mentions", ())}
        spans.add((actor.start, actor.end))
        mentions[actor.id] = tuple(sorted(spans))
    preds = []
    for q in extraction.quotes:
        s_start = getattr(q, "speaker_start", None)
        s_end = getattr(q, "speaker_end", None)
        speaker = getattr(q, "speaker", None)
        preds.append(Pred(
            doc=record["id"], start=q.start, end=q.end, kind=getattr(q, "kind", None),
            speaker=speaker,
            speaker_span=(s_start, s_end) if s_start is not None and s_end is not None else None,
            speaker_text=getattr(q, "speaker_text", None),
            speaker_mentions=mentions.get(speaker, ()) if speaker else (),
        ))
    return text, preds


def gold_of(record: dict[str, Any]) -> list[Gold]:
    return [Gold(doc=record["id"], source=tuple(a["source"]),
                 cue=tuple(a["cue"]) if a["cue"] else None,
                 content=tuple(tuple(span) for span in a["content"]), kind=a["kind"])
            for a in record["attributions"]]


def ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score(results: Iterable[DocResult], split: str) -> dict[str, Any]:
    results = list(results)
    n_gold = sum(len(r.gold) for r in results)
    n_pred = sum(len(r.preds) for r in results)
    gold_kinds = Counter(g.kind for r in results for g in r.gold)
    out: dict[str, Any] = {"split": split, "articles": len(results), "gold": n_gold,
                           "predicted": n_pred, "gold_by_kind": {k: gold_kinds[k] for k in KINDS}}
    by_kind: dict[str, dict[str, float | int]] = {k: {"gold": gold_kinds[k]} for k in KINDS}
    for name in RULES:
        matched = speaker = same_kind = 0
        kind_hits: Counter[str] = Counter()
        for r in results:
            for gi, pi in r.matches[name]:
                g, p = r.gold[gi], r.preds[pi]
                matched += 1
                kind_hits[g.kind] += 1
                speaker += speaker_ok(p, g)
                same_kind += p.kind == g.kind
        precision, recall = ratio(matched, n_pred), ratio(matched, n_gold)
        out[name] = {"matched": matched, "precision": precision, "recall": recall,
                     "f1": f1(precision, recall), "speaker_recall": ratio(speaker, n_gold),
                     "kind_accuracy": ratio(same_kind, matched)}
        for k in KINDS:
            by_kind[k][name] = ratio(kind_hits[k], gold_kinds[k])
    out["recall_by_kind"] = by_kind
    return out


def clip(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_gold(text: str, g: Gold) -> str:
    content = " // ".join(text[s:e] for s, e in g.content)
    cue = text[g.cue[0]:g.cue[1]] if g.cue else "-"
    return f"[{g.kind}] {text[g.source[0]:g.source[1]]!r} / {cue!r}: {clip(content)}"


def describe_pred(text: str, p: Pred) -> str:
    who = p.speaker_text if p.speaker_text else (p.speaker or "-")
    return f"[{p.kind}] {who!r} {p.start}:{p.end}: {clip(text[p.start:p.end])}"


def report_verbose(results: list[DocResult]) -> None:
    for r in results:
        pairs = r.matches["strict"]
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        print(f"\n== {r.id}: gold {len(r.gold)}, predicted {len(r.preds)}, matched {len(pairs)}")
        for gi, g in enumerate(r.gold):
            if gi not in matched_gold:
                print(f"  missed     {describe_gold(r.text, g)}")
        for pi, p in enumerate(r.preds):
            if pi not in matched_pred:
                print(f"  unmatched  {describe_pred(r.text, p)}")
        for gi, pi in pairs:
            g, p = r.gold[gi], r.preds[pi]
            if not speaker_ok(p, g):
                print(f"  speaker    gold {r.text[g.source[0]:g.source[1]]!r}, predicted "
                      f"{p.speaker_text or p.speaker!r}: {clip(r.text[p.start:p.end], 100)}")


def report(numbers: dict[str, Any]) -> None:
    kinds = numbers["gold_by_kind"]
    print(f"split {numbers['split']}: {numbers['articles']} articles, {numbers['gold']} gold "
          f"attributions ({', '.join(f'{k} {kinds[k]}' for k in KINDS)}), "
          f"{numbers['predicted']} predicted quotes")
    print(f"{'':10}{'matched':>8}{'P':>8}{'R':>8}{'F1':>8}{'spk+R':>8}{'kind':>8}")
    for name in RULES:
        n = numbers[name]
        print(f"{name:10}{n['matched']:>8}{n['precision']:>8.3f}{n['recall']:>8.3f}"
              f"{n['f1']:>8.3f}{n['speaker_recall']:>8.3f}{n['kind_accuracy']:>8.3f}")
    print("recall by kind (strict / lenient):")
    for k in KINDS:
        row = numbers["recall_by_kind"][k]
        print(f"  {k:10}{row['gold']:>5}  {row['strict']:.3f} / {row['lenient']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--verbose", action="store_true", help="list misses per article")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    results = []
    for record in load(args.split):
        text, preds = predictions(record)
        result = DocResult(id=record["id"], text=text, gold=gold_of(record), preds=preds)
        result.matches = {name: match(result.gold, preds, rule) for name, rule in RULES.items()}
        results.append(result)
    numbers = score(results, args.split)
    if args.json:
        print(json.dumps(numbers))
        return
    if args.verbose:
        report_verbose(results)
        print()
    report(numbers)


if __name__ == "__main__":
    main()
