"""Throughput of ``actorgraph build`` against raw spaCy ``nlp.pipe`` on the same texts.

    .venv/bin/python bench/throughput.py [--docs 1000] [--batch-size 64]

Both are measured in this one run on the same corpus (demo reports, varied so that every
document is distinct); the ratio build/raw is what targets refer to. Raw spaCy is the
packaged model with ``nlp.pipe`` and nothing else; build adds ingestion, cleaning, our
components, extraction and the DuckDB writes.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import spacy

import actorgraph
from actorgraph.config import DEFAULT

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus" / "reports.jsonl"


def make_corpus(path: Path, n: int) -> list[str]:
    reports = [json.loads(line) for line in DEMO.open(encoding="utf-8")]
    texts = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            r = reports[i % len(reports)]
            paragraphs = r["text"].split("\n\n")
            text = f"Bulletin {i}.\n\n" + "\n\n".join(paragraphs[i % 2:])
            texts.append(text)
            fh.write(json.dumps({**r, "id": f"{r['id']}-{i}", "text": text}) + "\n")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=DEFAULT.batch_size)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        texts = make_corpus(corpus, args.docs)
        chars = sum(map(len, texts))

        nlp = spacy.load(DEFAULT.model)
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        raw = time.perf_counter() - start

        settings = DEFAULT.with_(batch_size=args.batch_size)
        actorgraph.extract("Warm-up: load the pipeline before timing.", settings=settings)
        start = time.perf_counter()
        report = actorgraph.build([corpus], Path(tmp) / "bench.duckdb", settings)
        built = time.perf_counter() - start
        assert report.added == args.docs, report

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents          {args.docs} ({chars / args.docs:.0f} chars each)")
    print(f"raw spaCy nlp.pipe {raw:7.2f} s  {args.docs / raw:7.1f} docs/s")
    print(f"actorgraph build   {built:7.2f} s  {args.docs / built:7.1f} docs/s")
    print(f"ratio build/raw    {raw / built:7.2f}x throughput")
    print(f"peak RSS           {peak_mb:7.0f} MB")


if __name__ == "__main__":
    main()
