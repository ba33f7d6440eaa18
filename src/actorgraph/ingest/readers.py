"""Readers for each input format: bytes in, ``Document`` or ``Problem`` records out.

Each reader is a generator over one input (a file, or stdin's bytes) and never raises for bad
content: what cannot become a document becomes a ``Problem`` naming the input and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace

from ..config import Settings
from ..errors import Msg, Problem, error, warning
from ..records import Document
from .dateline import dateline
from .normalize import normalize

Record = Document | Problem

# Signatures of binary formats people mistake for text (a PNG renamed .txt, a PDF, a zip...).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"DUCK", "DuckDB database"),
)
_PROBE = 8192


def binary_kind(data: bytes) -> str | None:
    """Return what binary format ``data`` is, or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:_PROBE]
    # NUL never appears in text encoded as UTF-8 (UTF-16 input is out of scope and caught here).
    if b"\x00" in head:
        return "contains NUL bytes"
    return None


def decode(data: bytes, source: str, settings: Settings) -> tuple[str | None, list[Problem]]:
    """Decode UTF-8 (a BOM is dropped); undecodable bytes are replaced or rejected per settings."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[bom:]
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        offset = bom + exc.start  # in the input's bytes, as a hex editor shows it
        if settings.encoding_errors == "strict":
            return None, [error(source, Msg.E004, offset=offset)]
        text = body.decode("utf-8", errors="replace")
        count = text.count("\ufffd") - body.decode("utf-8", "ignore").count("\ufffd")
        return text, [warning(source, Msg.W001, count=count, offset=offset)]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_document(
    source: str, doc_id: str, raw_text: str, *, lines_are_paragraphs: bool = False,
    title: str | None = None, url: str | None = None, published: dt.date | None = None,
    origin_source: str | None = None,
) -> Record:
    text = normalize(raw_text, lines_are_paragraphs=lines_are_paragraphs)
    if not text:
        return error(source, Msg.E002)
    return Document(
        id=doc_id, text=text, hash=content_hash(text), title=title or None, url=url or None,
        published=published, source=origin_source or None, origin=source,
    )


def read_text(data: bytes, source: str, doc_id: str, settings: Settings) -> Iterator[Record]:
    text, problems = decode(data, source, settings)
    yield from problems
    if text is not None:
        yield from _dated(make_document(source, doc_id, text))


def read_html(data: bytes, source: str, doc_id: str, settings: Settings) -> Iterator[Record]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    text, problems = _decode_html(data, source, settings)
    yield from problems
    if text is None:
        return
    try:
        # Parsed once: the link labels are read before extraction prunes the tree.
        tree = trafilatura.load_html(text)
        labels = _link_labels(tree)
        page = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=False
        ) if tree is not None else None
    except Exception as exc:  # a parser crash on one page must not stop the build
        yield error(source, Msg.E013, detail=f"{type(exc).__name__}: {exc}")
        return
    if page is None or _only_link_labels(page.text or "", labels):
        yield error(source, Msg.E007)
        return
    published = _parse_date(page.date, source, "date")
    yield from published[1]
    yield from _dated(make_document(
        source, doc_id, page.text, lines_are_paragraphs=True, title=page.title, url=page.url,
        published=published[0], origin_source=page.sitename or page.hostname,
    ))


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, source: str, settings: Settings
                 ) -> tuple[str | None, list[Problem]]:
    """UTF-8, else the charset the page declares, else the one charset_normalizer (through
    trafilatura) detects, else UTF-8 with replacement as for text."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    from trafilatura.utils import detect_encoding

    declared = _CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*candidates, *detect_encoding(data[:200_000])]:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        how = "the page declares" if encoding in candidates else "detected"
        return text, [warning(source, Msg.W004, encoding=encoding, how=how)]
    return decode(data, source, settings)


def _link_labels(tree: object) -> set[str]:
    """The text of every link of a parsed page."""
    anchors = tree.iter("a") if tree is not None else ()  # type: ignore[attr-defined]
    return {" ".join(a.text_content().split()) for a in anchors}


def _only_link_labels(extracted: str, labels: set[str]) -> bool:
    """True when the extracted text is empty or nothing but link labels (a navigation page)."""
    lines = {line.strip() for line in extracted.splitlines()} - {""}
    return not lines or lines <= labels


def read_jsonl(
    lines: Iterator[tuple[bytes, int]], source: str, default_id: str, settings: Settings
) -> Iterator[Record]:
    """Read ``(line, size)`` pairs; ``size`` is the full length of a line that was cut short."""
    for number, (line, size) in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if size > settings.max_bytes:
            yield error(where, Msg.E008, size=size, limit=settings.max_bytes)
            continue
        if not line.strip():
            continue
        text, problems = decode(line, where, settings)
        yield from problems
        if text is None:
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield error(where, Msg.E005, detail=f"{exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield error(where, Msg.E012)
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            yield error(where, Msg.E006)
            continue
        published, date_problems = _parse_date(obj.get("published"), where, "published")
        yield from date_problems
        yield from _dated(make_document(
            where, _string(obj.get("id")) or f"{default_id}-{number}", body,
            title=_string(obj.get("title")), url=_string(obj.get("url")),
            published=published, origin_source=_string(obj.get("source")),
        ))


def _dated(record: Record) -> Iterator[Record]:
    """``record``; a document its input gave no publication date takes the one the head of its
    text gives (``dateline``), with a warning naming the input (the document's ``origin``) and
    what the date was read from. A date the input gives is never replaced."""
    found = (dateline(record.text) if isinstance(record, Document) and record.published is None
             else None)
    if found is None:
        yield record
        return
    assert isinstance(record, Document) and record.origin is not None
    yield warning(record.origin, Msg.W005, date=found.date.isoformat(), evidence=found.evidence)
    yield replace(record, published=found.date)


def _string(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _parse_date(value: object, source: str, field: str) -> tuple[dt.date | None, list[Problem]]:
    """Accept ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date); warn on anything else."""
    if value in (None, ""):
        return None, []
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]), []
        except ValueError:
            pass
    return None, [warning(source, Msg.W002, field=field, value=value, expected="YYYY-MM-DD")]
