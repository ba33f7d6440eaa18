from __future__ import annotations

from pathlib import Path

import actorgraph
from actorgraph.config import DEFAULT
from actorgraph.ingest import Input, read
from actorgraph.records import Document

BODY = ("<p>The minister said \x93we will not retreat\x94 and left the capital on Monday "
        "after a long meeting with the envoys of three neighbouring states.</p>"
        "<p>Observers in the region called the talks difficult but useful, and a second "
        "round is planned for the spring in the same city, officials said.</p>")


def page(head: str) -> bytes:
    html = f"<html><head>{head}<title>Talks</title></head><body><article>{BODY}</article>"
    return (html + "</body></html>").encode("latin-1")


def read_one(path: Path) -> tuple[list[Document], list[str]]:
    records = list(read([Input(path, "html")], DEFAULT))
    docs = [r for r in records if isinstance(r, Document)]
    return docs, [str(r) for r in records if not isinstance(r, Document)]


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.html"
    path.write_bytes(page('<meta charset="windows-1252">'))
    [doc], problems = read_one(path)
    assert "“we will not retreat”" in doc.text
    assert len(problems) == 1 and "W004" in problems[0] and "windows-1252" in problems[0]


def test_undeclared_legacy_encoding_is_detected_not_mangled(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes(page(""))
    [doc], problems = read_one(path)
    assert "\ufffd" not in doc.text and "we will not retreat" in doc.text
    assert len(problems) == 1 and "W004" in problems[0]


def test_legacy_encoded_page_builds_without_rejection(tmp_path: Path) -> None:
    (tmp_path / "cp1252.html").write_bytes(page('<meta charset="windows-1252">'))
    report = actorgraph.build([tmp_path], tmp_path / "s.duckdb")
    assert report.added == 1 and report.rejected == 0
