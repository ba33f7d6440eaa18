"""Build throughput of this working tree against an earlier revision, in one run.

    .venv/bin/python bench/compare_revisions.py REV [--docs 300] [--corpus seeds|demo]

REV (e.g. the commit that closed an issue) is checked out into a temporary git worktree and
imported in place of this tree (itself copied at the start, so that edits made during the
run cannot mix revisions); both build the same corpus, alternately, twice each, in fresh
processes that load the pipeline before the clock starts. The corpus is ``--docs`` variants
of the seed reports in ../shared/seeds (or of the demo reports). Prints docs/s for each and
the ratio now/then, by wall time and by CPU time (user + system seconds of the building
process, from the same runs): on a machine other work shares, the wall time of a build swings
with that work, its CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUN = """
import json, sys, time
import actorgraph
actorgraph.extract("Warm-up: load the pipeline before timing.")
start, cpu = time.perf_counter(), time.process_time()
report = actorgraph.build([sys.argv[1]], sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "added": report.added, "file": actorgraph.__file__}))
"""


def corpus(kind: str, n: int, path: Path) -> None:
    if kind == "seeds":
        texts = [p.read_text(encoding="utf-8")
                 for p in sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))]
    else:
        texts = [json.loads(x)["text"] for x in (REPO / "demo" / "corpus" / "reports.jsonl")
                 .open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Bulletin {i}.\n\n{texts[i % len(texts)]}"
            fh.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")


def timed(src: Path, data: Path, work: Path, docs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one build of ``data`` by the tree ``src``."""
    db = work / f"{os.getpid()}-{src.name}-{len(list(work.iterdir()))}.duckdb"
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", RUN, str(data), str(db)], env=env,
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # the revision under test, not an installed copy, must be the one imported
    assert Path(result["file"]).resolve().is_relative_to(src.resolve()), result["file"]
    assert result["added"] == docs, f"{src}: {result['added']} of {docs} documents built"
    return result["seconds"], result["cpu"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--corpus", choices=("seeds", "demo"), default="seeds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        then, now = work / "then", work / "now"
        shutil.copytree(REPO / "src", now / "src",
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        head = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO,
                              check=True, capture_output=True, text=True).stdout.strip()
        subprocess.run(["git", "worktree", "add", "--detach", str(then), args.rev], cwd=REPO,
                       check=True, capture_output=True)
        try:
            data = work / "corpus.jsonl"
            corpus(args.corpus, args.docs, data)
            dbs = work / "dbs"
            dbs.mkdir()
            runs: dict[str, list[tuple[float, float]]] = {"then": [], "now": []}
            for _ in range(2):
                runs["then"].append(timed(then / "src", data, dbs, args.docs))
                runs["now"].append(timed(now / "src", data, dbs, args.docs))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(then)], cwd=REPO,
                           check=False, capture_output=True)
    rate = {k: args.docs / min(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: args.docs / min(c for _, c in v) for k, v in runs.items()}
    print(f"corpus            {args.docs} {args.corpus} documents")
    print(f"{'':<17} {'wall':>7}         {'CPU':>7}")
    print(f"{args.rev[:12]:<17} {rate['then']:7.1f} docs/s  {cpu['then']:7.1f} docs/s")
    print(f"{'working tree':<17} {rate['now']:7.1f} docs/s  {cpu['now']:7.1f} docs/s  ({head})")
    print(f"ratio now/then    {rate['now'] / rate['then']:7.2f}         "
          f"{cpu['now'] / cpu['then']:7.2f}")
    print("runs (s)          " + "; ".join(
        f"{k} " + ", ".join(f"{w:.1f} ({c:.1f} CPU)" for w, c in v) for k, v in runs.items()))


if __name__ == "__main__":
    main()
