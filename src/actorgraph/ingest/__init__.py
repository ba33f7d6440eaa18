"""Ingestion: paths in, cleaned ``Document`` records (and ``Problem`` records) out.

``discover`` expands paths (folders recursively, ``-`` for stdin) into inputs; ``read`` turns each
input into documents. For ``.txt``/``.html`` the document id is the file name without extension;
for ``.jsonl`` it is the record's ``id`` or ``<file stem>-<line>``; for stdin text it is
``stdin-<hash prefix>``. A document its input gives no publication date takes the one the head of
its text gives (``dateline``), with a warning. Nothing here raises for bad content.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import Msg, Problem, error
from .normalize import normalize
from .readers import Record, binary_kind, read_html, read_jsonl, read_text

__all__ = ["Input", "count", "discover", "normalize", "read"]

READERS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file, or stdin when ``path`` is None."""

    path: Path | None
    kind: str  # "text", "html", "jsonl" or "stdin"

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def discover(paths: Iterable[str | Path]) -> Iterator[Input | Problem]:
    """Expand ``paths`` into inputs in a stable order; name what cannot be read."""
    for given in paths:
        if str(given) == STDIN:
            yield Input(None, "stdin")
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(
                f for f in path.rglob("*")
                if f.suffix.lower() in READERS and not f.is_dir()
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not found:
                yield error(str(path), Msg.E011)
            yield from (Input(f, READERS[f.suffix.lower()]) for f in found)
        elif not path.exists() and not path.is_symlink():
            yield error(str(path), Msg.E001)
        elif path.suffix.lower() not in READERS:
            yield error(str(path), Msg.E010, suffix=path.suffix or "(none)")
        else:
            yield Input(path, READERS[path.suffix.lower()])


def count(inputs: Iterable[Input]) -> int | None:
    """Return how many documents ``inputs`` hold (JSONL: non-blank lines), None if unknowable."""
    total = 0
    for item in inputs:
        if item.path is None:
            return None
        if item.kind != "jsonl":
            total += 1
            continue
        try:
            with item.path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1  # read() will report it
    return total


def read(inputs: Iterable[Input], settings: Settings) -> Iterator[Record]:
    """Yield the documents of every input, and a ``Problem`` for each thing that went wrong."""
    for item in inputs:
        if item.path is None:
            yield from _read_stdin(sys.stdin.buffer, settings)
        else:
            yield from _read_file(item, settings)


def _read_file(item: Input, settings: Settings) -> Iterator[Record]:
    assert item.path is not None
    name = item.name
    try:
        size = item.path.stat().st_size
        if item.kind == "jsonl":
            with item.path.open("rb") as fh:
                problem = _not_text(fh.read(_HEAD), name)
                if problem:
                    yield problem
                    return
                fh.seek(0)
                yield from read_jsonl(bounded_lines(fh, settings.max_bytes), name,
                                      item.path.stem, settings)
            return
        if size > settings.max_bytes:
            yield error(name, Msg.E008, size=size, limit=settings.max_bytes)
            return
        data = item.path.read_bytes()
    except OSError as exc:
        yield error(name, Msg.E009, detail=exc.strerror or type(exc).__name__)
        return
    problem = _not_text(data, name)
    if problem:
        yield problem
    elif item.kind == "html":
        yield from read_html(data, name, item.path.stem, settings)
    else:
        yield from read_text(data, name, item.path.stem, settings)


_HEAD = 8192


def _not_text(data: bytes, name: str) -> Problem | None:
    """The problem with ``data`` (the start of an input) if it is binary or blank."""
    kind = binary_kind(data)
    if kind:
        return error(name, Msg.E003, kind=kind)
    return None if data.strip() else error(name, Msg.E002)


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    """Stdin is JSONL when its first non-blank line starts with ``{``, plain text otherwise."""
    name = "<stdin>"
    head = stream.read(_HEAD)
    stream = io.BufferedReader(_Prepend(head, stream))  # type: ignore[arg-type]
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl(bounded_lines(stream, settings.max_bytes), name, "stdin", settings)
        return
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        size = len(data) + sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), b""))
        yield error(name, Msg.E008, size=size, limit=settings.max_bytes)
        return
    problem = _not_text(data, name)
    if problem:
        yield problem
    else:
        for record in read_text(data, name, "stdin", settings):
            if isinstance(record, Problem):
                yield record
            else:
                yield replace(record, id=f"stdin-{record.hash[:12]}")


class _Prepend(io.RawIOBase):
    """A raw stream that first replays bytes already read from ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """Yield ``(line, size)``, size without the line break; a line longer than ``limit`` is
    cut and drained rather than held whole."""
    while True:
        line = stream.readline(limit + 3)  # room for the content plus "\r\n"
        if not line:
            return
        size = len(line.rstrip(b"\r\n"))
        if size > limit and not line.endswith(b"\n"):
            while more := stream.readline(1 << 20):
                size += len(more.rstrip(b"\r\n"))
                if more.endswith(b"\n"):
                    break
            line = line[: limit + 1]
        yield line, size
