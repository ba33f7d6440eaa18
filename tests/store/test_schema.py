"""The store's migrations: a migration a store has run never changes, and the
``corpus_events`` view each one states shows the columns added up to it, in order."""

from __future__ import annotations

import hashlib

import duckdb
import pytest

from actorgraph.store.schema import MIGRATIONS, SCHEMA_VERSION

#: The first 16 hex digits of the SHA-256 of each migration's SQL, white space folded, as
#: stores ran it. A new migration appends its own; an old one's must never change.
_RUN: tuple[str, ...] = (
    "e5513bcedb104ec1", "c3b225d32c4a6a79", "935c4c3da4f2c13d", "3943a0633d2654fb",
    "54e57a2ef42ec135", "523303e5332ed472", "be92133c7f972233", "5cf72885509a1f5c",
    "296a0e72be5a4593", "402def5e1c6bb937", "283afdf10a034e79", "6b7b18ff58686646",
    "e316f1f7d47c3600", "b0c8efadc5fd7290", "25495289901c24e4",
)

#: The view's columns as the latest migration leaves them.
_LATEST = ["id", "doc_id", "start", "end", "sentence_start", "sentence_end", "type", "cameo",
           "cameo_code", "mode", "context", "source", "target", "modality", "attributed_to",
           "date", "date_precision", "date_basis", "location", "cluster", "corroboration",
           "published", "outlet", "doc_title", "url", "retells", "target_count", "reference",
           "ordinal", "content_of", "target_basis"]


def _digest(sql: str) -> str:
    return hashlib.sha256(" ".join(sql.split()).encode()).hexdigest()[:16]


@pytest.mark.parametrize("number", range(1, len(_RUN) + 1))
def test_a_migration_stores_have_run_is_never_changed(number: int) -> None:
    assert _digest(MIGRATIONS[number - 1]) == _RUN[number - 1]


def test_every_migration_has_its_digest() -> None:
    assert len(_RUN) == SCHEMA_VERSION, "append the new migration's digest to _RUN"


def _view_columns(version: int) -> list[str]:
    con = duckdb.connect()
    for sql in MIGRATIONS[:version]:
        con.execute(sql)
    return [row[0] for row in con.execute("DESCRIBE corpus_events").fetchall()]


def test_the_latest_view_shows_every_column_in_order() -> None:
    assert _view_columns(SCHEMA_VERSION) == _LATEST


def test_an_earlier_migration_view_lacks_the_columns_added_after_it() -> None:
    first = _view_columns(6)
    assert first == [c for c in _LATEST if c not in {
        "cameo_code", "date_basis", "retells", "target_count", "reference", "ordinal",
        "content_of", "target_basis"}]
    assert _view_columns(12) == _LATEST[:-2]
    assert _view_columns(13) == _LATEST[:-1]
