"""The demo corpus end to end through the speech stage: nothing rejected, quotes with speakers,
claims with stances, anonymous sources kept apart, every id pointing at a stored record."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import actorgraph

from ..conftest import DEMO


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    report = actorgraph.build([DEMO], db)
    assert report.rejected == 0, [p.message for p in report.problems]
    return db


def test_demo_quotes_have_speakers_and_claims(store: Path) -> None:
    with duckdb.connect(str(store), read_only=True) as con:
        quotes, spoken = con.execute(
            "SELECT count(*), count(speaker) FROM quotes").fetchone()  # type: ignore[misc]
        kinds = dict(con.execute("SELECT kind, count(*) FROM quotes GROUP BY kind").fetchall())
        stances = dict(con.execute("SELECT stance, count(*) FROM claims GROUP BY stance")
                       .fetchall())
        dangling = con.execute(
            "SELECT count(*) FROM quotes q LEFT JOIN actor_links l ON l.local = q.speaker"
            " WHERE q.speaker IS NOT NULL AND l.actor IS NULL").fetchone()[0]  # type: ignore
        anonymous = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM actors"
                                " WHERE anonymous").fetchone()
    assert quotes >= 60 and spoken / quotes >= 0.85
    assert set(kinds) == {"direct", "indirect", "mixed"}
    assert {"asserts", "denies"} <= set(stances)
    assert dangling == 0
    assert anonymous[0] >= 10 and anonymous[1] >= 5  # type: ignore[index]
