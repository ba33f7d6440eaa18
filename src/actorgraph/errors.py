"""Every user-facing message, written once and numbered so users can search for it.

A ``Problem`` names the input (``path`` or ``path:line``), says what is wrong and what to do.
Errors reject that input only; warnings keep it. Neither stops the rest of a build.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Msg(StrEnum):
    # Errors: the input is rejected, the rest of the build goes on.
    E001 = "path does not exist"
    E002 = "empty input: no text after cleaning"
    E003 = "binary file ({kind}), not text; only .txt, .html/.htm and .jsonl are read"
    E004 = "not valid UTF-8 (first bad byte at offset {offset}); re-encode the file as UTF-8"
    E005 = "malformed JSON: {detail}"
    E006 = "JSONL record has no \"text\" string"
    E007 = "HTML page has no extractable main text"
    E008 = "too large: {size:,} bytes exceeds the limit of {limit:,} (raise it with --max-bytes)"
    E009 = "cannot read: {detail}"
    E010 = "unsupported file type {suffix!r}; expected .txt, .html, .htm or .jsonl"
    E011 = "no .txt, .html, .htm or .jsonl files in this folder"
    E012 = "JSONL record is not a JSON object"
    E013 = "HTML could not be parsed: {detail}"
    E014 = "analysis failed ({detail}); please report it with this document"
    # Warnings: the input is kept.
    W001 = "{count} undecodable byte(s) replaced with U+FFFD (first at offset {offset})"
    W002 = "ignored {field}={value!r}: expected {expected}"
    W003 = "id {id!r} already names another document; stored as {new_id!r}"
    W004 = "not UTF-8; decoded as {encoding}, the charset {how}"
    W005 = "no publication date given; {date} read from its text: {evidence!r}"
    # Fatal: the command cannot run at all.
    F001 = "store {path} was written by a newer actorgraph (schema {found} > {supported})"
    F002 = "store {path} does not exist; create it with `actorgraph build PATH --db {path}`"
    F003 = "unknown export format {fmt!r}; choose one of {choices}"
    F004 = ("store {path} has schema {found}, older than {supported}; upgrade it with "
            "`actorgraph build --db {path}` and any input")
    F005 = "cannot read gold file {path}: {reason}"

    def format(self, **fields: object) -> str:  # type: ignore[override]
        return f"{self.value.format(**fields)} [{self.name}]"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input."""

    source: str
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        return f"{'error' if self.is_error else 'warning'}: {self.source}: {self.message}"


def error(source: str, msg: Msg, **fields: object) -> Problem:
    return Problem(source, msg.format(**fields), is_error=True)


def warning(source: str, msg: Msg, **fields: object) -> Problem:
    return Problem(source, msg.format(**fields), is_error=False)


class ActorgraphError(Exception):
    """A fatal, user-facing error: the command cannot go on."""

    def __init__(self, msg: Msg, **fields: object) -> None:
        super().__init__(msg.format(**fields))
