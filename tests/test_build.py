"""``build`` end to end: incremental, transactional, resumable after a kill."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import actorgraph
from actorgraph.store.schema import DOCUMENT_TABLES, FUSED_TABLES

from .conftest import DEMO, version_1_store

ACTORGRAPH = str(Path(sys.executable).with_name("actorgraph"))


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in ("documents", *DOCUMENT_TABLES, *FUSED_TABLES)}


def export_bytes(db: Path, out: Path) -> dict[str, bytes]:
    actorgraph.export(db, "jsonl", out)
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~100 distinct documents made from the demo reports, in one JSONL file."""
    reports = [json.loads(line) for line in (DEMO / "reports.jsonl").open(encoding="utf-8")]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for copy in range(10):
            for r in reports:
                first = r["text"].split("\n\n")[copy % 3]
                fh.write(json.dumps({**r, "id": f"{r['id']}-{copy}",
                                     "text": f"Update {copy}. {first}"}) + "\n")
    return path


def test_building_twice_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = actorgraph.build([DEMO], db)
    before = counts(db)
    second = actorgraph.build([DEMO], db)
    assert first.added > 0 and second.added == 0 and second.skipped == first.added
    assert counts(db) == before


def test_same_text_in_two_files_is_stored_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nepal and India reopened a border crossing.")
    (tmp_path / "b.txt").write_text("Nepal  and India reopened a border crossing.\n")
    report = actorgraph.build([tmp_path], tmp_path / "s.duckdb")
    assert (report.added, report.skipped) == (1, 1)


def test_same_id_different_text_keeps_both(tmp_path: Path) -> None:
    for folder, text in (("x", "Nepal closed a crossing."), ("y", "India opened a crossing.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text)
    report = actorgraph.build([tmp_path], tmp_path / "s.duckdb")
    assert report.added == 2 and report.rejected == 0
    assert any("W003" in p.message for p in report.problems)


@pytest.mark.slow
def test_killed_build_resumes_to_the_same_store(corpus: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference.duckdb"
    actorgraph.build([corpus], reference, actorgraph.Settings(batch_size=4))

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [ACTORGRAPH, "build", str(corpus), "--db", str(killed), "--batch-size", "4", "-v"],
        stderr=subprocess.PIPE, text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("committed batch 2 "):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL

    partial = counts(killed)
    total = counts(reference)
    assert 8 <= partial["documents"] < total["documents"]
    with duckdb.connect(str(killed), read_only=True) as con:
        # Whole documents only: every stored document has its sentences and mentions.
        orphans = con.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM sentences s WHERE s.doc_id = d.id)"
        ).fetchone()
        assert orphans == (0,)
        strays = con.execute(
            "SELECT count(*) FROM sentences s WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.id = s.doc_id)"
        ).fetchone()
        assert strays == (0,)

    resumed = actorgraph.build([corpus], killed, actorgraph.Settings(batch_size=4))
    assert resumed.skipped == partial["documents"]
    assert counts(killed) == total
    assert export_bytes(killed, tmp_path / "k") == export_bytes(reference, tmp_path / "r")


@pytest.mark.slow
def test_seeds_export_passes_every_gold_check(
        shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "seeds.duckdb"
    report = actorgraph.build([shared / "seeds"], db)
    assert report.added == 2 and report.rejected == 0
    actorgraph.export(db, "jsonl", tmp_path / "export")
    check = subprocess.run(
        [sys.executable, str(shared / "gold" / "check_gold.py"), str(tmp_path / "export"),
         str(shared / "gold" / "seeds.json"), "--verbose"],
        capture_output=True, text=True, check=False,
    )
    lines = check.stdout.splitlines()
    assert "PASS documents present" in lines, check.stdout
    assert "PASS offsets valid" in lines, check.stdout
    # every check the referee makes passes: actors, events, quotes, claims, contradictions
    for kind, at_least in (("actor", 1), ("event", 7), ("quote", 4), ("claim", 1),
                           ("contradiction", 1)):
        found = [line for line in lines if line.split()[1:2] == [kind]]
        assert len(found) >= at_least, (kind, check.stdout)
    assert not [line for line in lines if line.startswith("FAIL")], check.stdout
    assert check.returncode == 0 and lines[-1].endswith(" 0 failed"), check.stdout


def test_documents_of_an_older_store_are_reanalysed_on_the_next_build(tmp_path: Path) -> None:
    db = version_1_store(tmp_path / "old.duckdb", "old", "Kenya sent police officers to Haiti.")
    (tmp_path / "new.txt").write_text("Peru recalled its ambassador from Mexico.")
    report = actorgraph.build([tmp_path / "new.txt"], db)
    assert (report.added, report.reanalysed) == (1, 1)
    actorgraph.export(db, "jsonl", tmp_path / "out")
    actors = [json.loads(x) for x in (tmp_path / "out" / "actors.jsonl").open()]
    haiti = [a for a in actors if a["name"] == "Haiti"]
    assert haiti and {m["doc_id"] for m in haiti[0]["mentions"]} == {"old"}


@pytest.fixture
def poison(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis raises, as a bug would, for any document containing "poison"."""
    from actorgraph import pipeline

    real = pipeline.analyse

    def analyse(document, doc):  # type: ignore[no-untyped-def]
        if "poison" in document.text:
            raise RuntimeError("simulated bug")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "analyse", analyse)


@pytest.mark.usefixtures("poison")
def test_a_document_that_breaks_the_analysis_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Chile and Peru signed an accord.")
    (tmp_path / "bad.txt").write_text("A poison text for the analysis.")
    report = actorgraph.build([tmp_path], tmp_path / "s.duckdb")
    assert report.added == 1 and report.rejected == 1
    [problem] = report.problems
    assert "bad.txt" in problem.source and "E014" in problem.message
    assert "simulated bug" in problem.message
    assert counts(tmp_path / "s.duckdb")["documents"] == 1


@pytest.mark.usefixtures("poison")
def test_a_stale_document_that_breaks_the_analysis_is_tried_once(tmp_path: Path) -> None:
    db = version_1_store(tmp_path / "old.duckdb", "old", "A poison text.")
    (tmp_path / "new.txt").write_text("Peru recalled its ambassador from Mexico.")
    report = actorgraph.build([tmp_path / "new.txt"], db)  # must end, not loop on "old"
    assert report.added == 1 and report.rejected == 1
    assert "E014" in report.problems[0].message
