"""Shared fixtures. ``../shared`` (seeds, gold, PLOVER dev set) sits beside the repo in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (a red build must mean a regression); locally
# hypothesis explores new ones and remembers failures in .hypothesis/.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "demo" / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        if os.environ.get("CI"):  # in CI it must be there: a missing folder fails
            pytest.fail(f"{SHARED} is missing; CI runs with ../shared beside the repo")
        pytest.skip(f"{SHARED} is not here (it is in CI)")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    return shared / "seeds"


def version_1_store(db: Path, doc_id: str, text: str) -> Path:
    """A store as the first schema wrote it (before actors existed), holding one document."""
    import duckdb

    from actorgraph.store.schema import MIGRATIONS

    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(MIGRATIONS[0])
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO documents VALUES (?, 'h', ?, NULL, NULL, NULL, NULL, NULL)",
                [doc_id, text])
    con.close()
    return db


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
