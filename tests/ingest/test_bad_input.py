"""Bad input: each gets a one-line, numbered error naming it; the rest of the build completes.

Every case builds the bad input together with one good ``.txt`` file and checks that
(a) the problem carries the expected ``[Exxx]``/``[Wxxx]`` code and names the bad file
(``path:LINE`` for a JSONL record), (b) the good document is added and stored, and
(c) ``report.rejected`` counts errors only.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.config import DEFAULT, Settings
from actorgraph.errors import Problem
from actorgraph.pipeline import BuildReport, build

ACTORGRAPH = Path(sys.executable).with_name("actorgraph")

GOOD = "The foreign minister of Kenya met the Ethiopian envoy in Nairobi on Monday.\n"
GOOD_2 = "Police in Lagos arrested two protesters outside the parliament on Friday.\n"


def jsonl(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


NEWS_1 = '{"text": "The president of Chile visited a copper mine near Antofagasta."}'
NEWS_3 = '{"text": "Farmers in Punjab blocked a highway to protest new grain prices."}'

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))

NAV_ONLY_HTML = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"

_P = (
    "The prime minister of Portugal told reporters in Lisbon on Tuesday that the government "
    "would raise the minimum wage next year, after weeks of talks with unions and employers "
    "who had warned that rising prices were hurting workers across the country."
)
GOOD_HTML = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Portugal to raise minimum wage</title>
<meta property="article:published_time" content="2023-05-02">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Portugal to raise minimum wage</h1>
<p>{_P}</p>
<p>Union leaders in Porto welcomed the announcement but said the increase was smaller than
the one they had asked for, and promised to keep pressing the labour minister for a larger
rise before the budget is presented to parliament in October.</p>
<p>Employers' groups said that small firms in the north of the country would struggle to pay
higher wages, and asked the government in Lisbon to cut social security contributions to
offset the cost of the new minimum for businesses that employ fewer than ten people.</p>
</article>
<footer>Copyright 2023</footer>
</body></html>
""".encode()


@dataclass(frozen=True)
class Case:
    """One bad input, built next to ``good.txt``."""

    files: dict[str, bytes]
    code: str  # the expected message code, e.g. "E003"
    source: str  # the bad input's name relative to the folder, with ":LINE" for JSONL
    contains: tuple[str, ...] = ()  # more words the message must hold
    settings: Settings = DEFAULT
    paths: tuple[str, ...] | None = None  # what to build; None builds the whole folder
    dirs: tuple[str, ...] = ()
    symlinks: dict[str, str] = field(default_factory=dict)  # name -> (missing) target
    rejected: int = 1
    stored: dict[str, str] = field(default_factory=dict)  # more stored ids -> text substring


CASES = {
    "empty-file": Case({"empty.txt": b""}, "E002", "empty.txt"),
    "whitespace-only-file": Case({"blank.txt": b"  \n\t\r\n   \n"}, "E002", "blank.txt"),
    "png-named-txt": Case({"photo.txt": PNG}, "E003", "photo.txt", ("PNG",)),
    "nul-bytes": Case({"nul.txt": b"The minister\x00\x00 spoke in Rome."}, "E003", "nul.txt",
                      ("NUL",)),
    "undecodable-bytes-kept-with-warning": Case(
        {"latin1.txt": b"caf\xe9 au lait in Paris."}, "W001", "latin1.txt",
        ("1 undecodable byte", "offset 3"), rejected=0, stored={"latin1": "caf\ufffd au lait"}),
    "undecodable-bytes-strict": Case(
        {"latin1.txt": b"caf\xe9 au lait in Paris."}, "E004", "latin1.txt",
        ("UTF-8", "offset 3"), settings=Settings(encoding_errors="strict")),
    "jsonl-malformed-line": Case(
        {"news.jsonl": jsonl(NEWS_1, '{"text": "broken', NEWS_3)}, "E005", "news.jsonl:2",
        ("malformed JSON",),
        stored={"news-1": "copper mine", "news-3": "Punjab"}),
    "jsonl-not-an-object": Case(
        {"news.jsonl": jsonl(NEWS_1, "[1,2]")}, "E012", "news.jsonl:2",
        stored={"news-1": "copper mine"}),
    "jsonl-no-text": Case(
        {"news.jsonl": jsonl(NEWS_1, '{"id": "x1", "title": "No body"}')}, "E006",
        "news.jsonl:2", stored={"news-1": "copper mine"}),
    "jsonl-text-not-a-string": Case(
        {"news.jsonl": jsonl(NEWS_1, '{"text": 42}', NEWS_3)}, "E006", "news.jsonl:2",
        stored={"news-1": "copper mine", "news-3": "Punjab"}),
    "file-over-size-limit": Case(
        {"big.txt": (b"The council of Leeds debated the budget again. " * 30)[:1024]},
        "E008", "big.txt", ("1,024 bytes", "limit of 200", "--max-bytes"),
        settings=Settings(max_bytes=200)),
    "jsonl-line-over-size-limit": Case(
        {"news.jsonl": jsonl(
            NEWS_1, '{"text": "' + "The mayor of Oslo opened a new library. " * 12 + '"}', NEWS_3)},
        "E008", "news.jsonl:2", ("limit of 200",), settings=Settings(max_bytes=200),
        stored={"news-1": "copper mine", "news-3": "Punjab"}),
    "missing-path": Case({}, "E001", "missing.txt", ("does not exist",),
                         paths=("missing.txt", "good.txt")),
    "unsupported-suffix-given-explicitly": Case(
        {"notes.md": b"# Notes\n\nThe envoy left Cairo.\n"}, "E010", "notes.md", ("'.md'",),
        paths=("notes.md", "good.txt")),
    "empty-folder": Case({}, "E011", "empty", paths=("empty", "good.txt"), dirs=("empty",)),
    "dangling-symlink": Case({}, "E009", "x.txt", ("cannot read",),
                             symlinks={"x.txt": "nowhere/x.txt"}),
}


def stored_documents(db: Path) -> dict[str, dict]:
    """The stored documents by id, read through a fresh read-only connection."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT id, text, title, published FROM documents")
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    finally:
        con.close()


def errors(report: BuildReport) -> list[Problem]:
    return [p for p in report.problems if p.is_error]


def make_folder(root: Path, files: dict[str, bytes] | None = None, *,
                dirs: tuple[str, ...] = (), symlinks: dict[str, str] | None = None) -> Path:
    """``root/in`` holding ``good.txt`` plus ``files``, empty ``dirs`` and dangling ``symlinks``."""
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in (files or {}).items():
        (folder / name).write_bytes(data)
    for name in dirs:
        (folder / name).mkdir()
    for name, target in (symlinks or {}).items():
        (folder / name).symlink_to(folder / target)
    return folder


PARAMS = [
    *(pytest.param(case, id=name) for name, case in CASES.items()),
    pytest.param(Case({"nav.html": NAV_ONLY_HTML}, "E007", "nav.html"),
                 id="html-without-main-text"),
]


@pytest.mark.parametrize("case", PARAMS)
def test_bad_input_gets_numbered_message_naming_it_and_good_file_is_built(
    tmp_path: Path, case: Case
) -> None:
    folder = make_folder(tmp_path, case.files, dirs=case.dirs, symlinks=case.symlinks)
    paths = [folder] if case.paths is None else [folder / p for p in case.paths]
    db = tmp_path / "store.duckdb"

    report = build(paths, db, case.settings)

    # (a) the expected code, naming the bad input (and its line for JSONL), on one line.
    source = str(folder / case.source)
    matching = [p for p in report.problems if p.message.endswith(f"[{case.code}]")]
    assert [p.source for p in matching] == [source], report.problems
    problem = matching[0]
    assert problem.is_error is case.code.startswith("E")
    assert "\n" not in str(problem)
    assert str(problem).startswith(f"{'error' if problem.is_error else 'warning'}: {source}: ")
    for words in case.contains:
        assert words in problem.message
    # (b) the good document, and any good record next to the bad one, is built and stored.
    documents = stored_documents(db)
    expected = {"good": "Kenya", **case.stored}
    assert set(documents) == set(expected)
    for doc_id, words in expected.items():
        assert words in documents[doc_id]["text"]
    assert report.added == len(expected)
    # (c) only errors count as rejections, and nothing else was rejected.
    assert report.rejected == case.rejected
    assert len(errors(report)) == case.rejected


def test_undecodable_bytes_are_replaced_not_rejected_by_default(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"latin1.txt": b"caf\xe9 au lait in Paris."})
    db = tmp_path / "store.duckdb"

    report = build([folder], db)

    assert report.rejected == 0
    assert [(p.source, p.is_error) for p in report.problems] == [(str(folder / "latin1.txt"),
                                                                  False)]
    assert stored_documents(db)["latin1"]["text"] == "caf\ufffd au lait in Paris."


def test_undecodable_byte_offset_counts_the_bom_bytes(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"bom.txt": b"\xef\xbb\xbfcaf\xe9 au lait."})

    report = build([folder], tmp_path / "store.duckdb", Settings(encoding_errors="strict"))

    (problem,) = errors(report)
    assert problem.source == str(folder / "bom.txt")
    # The bad byte 0xE9 is byte 6 of the file: BOM (3 bytes) + "caf".
    assert "offset 6" in problem.message, problem.message


def test_good_html_page_is_built_with_title_and_published_date(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"wages.html": GOOD_HTML})
    db = tmp_path / "store.duckdb"

    report = build([folder], db)

    assert errors(report) == []
    assert report.added == 2
    page = stored_documents(db)["wages"]
    assert page["title"] == "Portugal to raise minimum wage"
    assert page["published"] == dt.date(2023, 5, 2)
    assert "minimum wage next year" in page["text"]
    assert "Copyright" not in page["text"]


def test_script_injection_text_is_stored_verbatim_not_rejected(tmp_path: Path) -> None:
    hostile = ('<script>alert(1)</script> The mayor of Lyon "><img src=x onerror=alert(1)> '
               "met the prefect.")
    folder = make_folder(tmp_path, {"hostile.txt": hostile.encode()})
    db = tmp_path / "store.duckdb"

    report = build([folder], db)

    assert report.problems == []
    assert report.added == 2
    text = stored_documents(db)["hostile"]["text"]
    assert "<script>alert(1)</script>" in text
    assert text == hostile


def test_rerunning_the_same_build_adds_nothing(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"good2.txt": GOOD_2.encode(), "empty.txt": b""})
    db = tmp_path / "store.duckdb"
    first = build([folder], db)
    assert (first.added, first.skipped, first.rejected) == (2, 0, 1)

    again = build([folder], db)

    assert (again.added, again.skipped, again.rejected) == (0, 2, 1)
    assert set(stored_documents(db)) == {"good", "good2"}


# -- unreadable file (permission denied) ----------------------------------------------------


def _runs_for_everyone(path: Path) -> bool:
    """Whether any user may execute ``path`` (every parent folder searchable by others)."""
    path = path.resolve()
    return all(p.stat().st_mode & 0o001 for p in (path, *path.parents))


def _unprivileged() -> tuple[list[str], dict] | None:
    """How to run the CLI without root's right to read any file, or None if there is no way.

    As root, a chmod 000 file is readable, so the build must run as someone else: user
    "nobody" if it can run this venv's interpreter, else root stripped of its DAC
    capabilities with ``setpriv`` (e.g. when the interpreter lives under /root).
    """
    try:
        pwd.getpwnam("nobody")
        nobody = _runs_for_everyone(Path(sys.executable))
    except KeyError:
        nobody = False
    if nobody:
        return [], {"user": "nobody"}
    setpriv = shutil.which("setpriv")
    if setpriv:
        caps = "-dac_override,-dac_read_search"
        return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", "--"], {}
    return None


@pytest.mark.skipif(os.geteuid() == 0 and _unprivileged() is None,
                    reason="running as root, and neither user 'nobody' can run this venv's "
                           "interpreter nor is setpriv available to drop root's file access; "
                           "root reads a chmod 000 file anyway")
def test_unreadable_file_is_rejected_with_e009_and_good_file_is_built() -> None:
    base = Path(tempfile.mkdtemp(dir="/tmp", prefix="actorgraph-perm-"))
    try:
        base.chmod(0o777)
        folder, store = base / "in", base / "db"
        folder.mkdir()
        store.mkdir()
        folder.chmod(0o777)
        store.chmod(0o777)
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        (folder / "good.txt").chmod(0o644)
        secret = folder / "secret.txt"
        secret.write_text("The general met the rebels in Goma.\n", encoding="utf-8")
        secret.chmod(0o000)
        db = store / "store.duckdb"

        if os.geteuid() == 0:
            # Root reads any file: run as "nobody" or without DAC capabilities instead.
            unprivileged = _unprivileged()
            assert unprivileged is not None
            prefix, how = unprivileged
            run = subprocess.run(
                [*prefix, str(ACTORGRAPH), "build", str(folder), "--db", str(db)],
                capture_output=True, text=True, timeout=300, cwd=base,
                env={**os.environ, "HOME": str(base), "COLUMNS": "300"}, **how,
            )
            assert run.returncode == 1, run.stderr
            assert "secret.txt" in run.stderr
            assert "[E009]" in run.stderr
            assert "Permission denied" in run.stderr
        else:
            report = build([folder], db)
            (problem,) = errors(report)
            assert problem.source == str(secret)
            assert problem.message.endswith("[E009]")
            assert "Permission denied" in problem.message
            assert report.added == 1

        assert set(stored_documents(db)) == {"good"}
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- the command line -----------------------------------------------------------------------


def cli(*args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args))
    assert isinstance(result.stderr, str)  # Click >= 8.2 keeps stderr apart
    return result


def test_cli_exits_1_naming_the_bad_file_and_builds_the_good_one(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"photo.txt": PNG})
    db = tmp_path / "store.duckdb"

    result = cli("build", str(folder), "--db", str(db))

    assert result.exit_code == 1, result.output
    assert "photo.txt" in result.stderr
    assert "[E003]" in result.stderr
    assert "1 input(s) rejected" in result.stderr
    assert set(stored_documents(db)) == {"good"}


def test_cli_prints_each_problem_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Narrow, as rich assumes for a log file or a CI pipe: long lines must not be wrapped.
    monkeypatch.setenv("COLUMNS", "80")
    folder = make_folder(tmp_path, {"photo.txt": PNG, "empty.txt": b""})

    result = cli("build", str(folder), "--db", str(tmp_path / "store.duckdb"))

    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for name, code in (("photo.txt", "E003"), ("empty.txt", "E002")):
        prefix = f"error: {folder / name}: "
        assert [ln for ln in lines if ln.startswith(prefix) and ln.endswith(f"[{code}]")], lines


def test_cli_exits_0_when_every_input_is_built(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"good2.txt": GOOD_2.encode()})
    db = tmp_path / "store.duckdb"

    result = cli("build", str(folder), "--db", str(db))

    assert result.exit_code == 0, result.output
    assert "error:" not in result.stderr
    assert set(stored_documents(db)) == {"good", "good2"}


def test_cli_build_without_paths_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("build", "--db", str(tmp_path / "store.duckdb"))

    assert result.exit_code == 2
    assert "Missing argument 'PATH'" in result.stderr
    assert not (tmp_path / "store.duckdb").exists()


def test_cli_build_without_db_is_a_usage_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)

    result = cli("build", str(folder))

    assert result.exit_code == 2
    assert "Missing option '--db'" in result.stderr
