"""The command line as users and scripts see it: exit codes, messages, stdin, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from actorgraph.cli import app

from .conftest import DEMO, REPO, read_jsonl

ACTORGRAPH = str(Path(sys.executable).with_name("actorgraph"))
runner = CliRunner()


def stored_ids(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]


def test_build_and_export_round_trip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ghana's president met the Togolese foreign minister.")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "built 1 document(s)" in result.stderr
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl",
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in read_jsonl(tmp_path / "out" / "documents.jsonl")] == ["a"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["build", "--db", str(tmp_path / "s.duckdb")]).exit_code == 2
    assert runner.invoke(app, ["build", str(tmp_path)]).exit_code == 2
    bad_format = runner.invoke(app, ["export", "--db", "x", "--format", "xml", "--out", "o"])
    assert bad_format.exit_code == 2


def test_export_of_missing_store_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    result = runner.invoke(app, ["export", "--db", str(missing), "--format", "jsonl",
                                 "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert str(missing) in result.stderr and "F002" in result.stderr


def test_stdin_text_and_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    text = "Peru recalled its ambassador from Mexico on Friday."
    run = subprocess.run([ACTORGRAPH, "build", "-", "--db", str(db)], input=text.encode(),
                         capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    [doc_id] = stored_ids(db)
    assert doc_id.startswith("stdin-")
    lines = "\n".join(json.dumps({"id": f"p{i}", "text": f"Report {i}: {text}"}) for i in (1, 2))
    run = subprocess.run([ACTORGRAPH, "build", "-", "--db", str(db)], input=lines.encode(),
                         capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    assert sorted(stored_ids(db)) == sorted([doc_id, "p1", "p2"])


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile and Peru signed a fisheries accord.")
    run = subprocess.run([ACTORGRAPH, "build", str(tmp_path), "--db", str(tmp_path / "s.db")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0
    assert run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        f"built 1 document(s) into {tmp_path / 's.db'}; 0 already stored; 0 input(s) rejected"]


def test_progress_bar_with_rate_on_a_terminal(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Report {i}: Chile and Peru signed an accord.")
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120"}
    proc = subprocess.Popen([ACTORGRAPH, "build", str(tmp_path), "--db", str(tmp_path / "s.db")],
                            stdin=follower, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=120) == 0
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "docs/s" in screen and "3/3" in screen


def test_demo_corpus_builds_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["build", str(DEMO), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    ids = stored_ids(db)
    assert len(ids) >= 10
    with duckdb.connect(str(db), read_only=True) as con:
        undated = con.execute("SELECT count(*) FROM documents WHERE published IS NULL").fetchone()
    assert undated == (len(list((DEMO / "txt").glob("*.txt"))),)  # only plain text lacks dates
    summary = runner.invoke(app, ["stats", "--db", str(db)])
    assert summary.exit_code == 0
    assert f"{len(ids)} documents" in summary.stdout and "Most-mentioned actors" in summary.stdout
    assert "Events by PLOVER type" in summary.stdout and "asserted" in summary.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        kinds = {k for (k,) in con.execute("SELECT DISTINCT type FROM events").fetchall()}
        modalities = {m for (m,) in con.execute("SELECT DISTINCT modality FROM events").fetchall()}
    # the demo reports were written to hold every kind of claim actorgraph reads
    assert len(kinds) >= 10
    assert {"asserted", "reported", "denied", "negated", "hypothetical"} <= modalities


def test_readme_quick_start_is_exactly_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.strip().startswith("make ")]
    assert commands == ["make demo", "make test"]


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_makefile_demo_ends_by_serving_and_install_brings_the_browser() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    demo = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    assert demo.strip().splitlines()[-1].split()[1:2] == ["serve"]
    assert "browser" in makefile.split("\ninstall:", 1)[1].split("\n", 1)[0].split()
    assert makefile.split("\ntest:", 1)[1].split("\n", 1)[0].split() == ["install"]
