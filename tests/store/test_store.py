from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from actorgraph.errors import ActorgraphError
from actorgraph.ingest.readers import make_document
from actorgraph.records import Document, Event, Extraction, Fused, Mention, Sentence
from actorgraph.store import SCHEMA_VERSION, Store
from actorgraph.store.schema import DOCUMENT_TABLES, FUSED_TABLES

from ..conftest import version_1_store


def extraction(doc_id: str, text: str) -> Extraction:
    doc = make_document("test", doc_id, text)
    assert isinstance(doc, Document)
    return Extraction(
        document=doc,
        sentences=(Sentence(doc_id, 0, len(doc.text), 0),),
        mentions=(Mention(doc_id, 0, 5, doc.text[:5], "GPE"),),
    )


def test_new_store_has_current_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.version() == SCHEMA_VERSION
        for table in ("documents", *DOCUMENT_TABLES, *FUSED_TABLES):
            assert store.count(table) == 0


def test_a_new_store_in_a_new_folder_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "out" / "run1" / "s.duckdb"
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION
    assert path.exists()


def test_reopening_keeps_data_and_version(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([extraction("a", "Kenya sent police to Haiti.")], 1)
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.count("documents") == 1 and store.count("mentions") == 1


def test_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(ActorgraphError, match="F001"):
        Store(db)


def test_read_only_open_of_missing_store_names_it(tmp_path: Path) -> None:
    with pytest.raises(ActorgraphError, match="F002"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_failed_batch_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    good = extraction("a", "Kenya sent police to Haiti.")
    clash = extraction("a", "Haiti thanked Kenya.")  # same id: the batch must fail whole
    with Store(db) as store:
        with pytest.raises(duckdb.ConstraintException):
            store.write([good, clash], 1)
        for table in ("documents", *DOCUMENT_TABLES):
            assert store.count(table) == 0
        assert not store.needs_fuse()


def test_writing_documents_marks_store_for_fusion(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write([extraction("a", "Kenya sent police to Haiti.")], 1)
        assert store.needs_fuse()
        store.replace_fused(Fused())
        assert not store.needs_fuse()


def test_document_keys_lists_ids_and_hashes(tmp_path: Path) -> None:
    ex = extraction("a", "Kenya sent police to Haiti.")
    with Store(tmp_path / "s.duckdb") as store:
        store.write([ex], 1)
        assert store.document_keys() == ({"a"}, {ex.document.hash})


def test_rewriting_a_document_replaces_its_facts(tmp_path: Path) -> None:
    ex = extraction("a", "Kenya sent police to Haiti.")
    with Store(tmp_path / "s.duckdb") as store:
        store.write([ex], 1)
        assert [d.id for d in store.stale(2, 10)] == ["a"]
        store.write([ex], 2)
        assert store.stale(2, 10) == []
        assert store.count("documents") == store.count("sentences") == 1
        assert store.count("mentions") == 1


def test_migration_from_version_1_keeps_documents_and_marks_them_stale(tmp_path: Path) -> None:
    db = version_1_store(tmp_path / "old.duckdb", "a", "Kenya sent police.")
    with pytest.raises(ActorgraphError, match="F004"):
        Store(db, read_only=True)  # readers do not migrate; they say how to
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        assert [d.id for d in store.stale(SCHEMA_VERSION, 10)] == ["a"]


def test_local_events_carry_how_their_date_is_known(tmp_path: Path) -> None:
    ex = extraction("a", "Kenya sent police to Haiti.")
    event = Event("a#e0", "a", 6, 10, 0, len(ex.document.text), "AID", "07",
                  date=dt.date(2024, 6, 25), date_precision="day", date_basis="publication")
    with Store(tmp_path / "s.duckdb") as store:
        store.write([replace(ex, events=(event,))], 1)
        [key] = list(store.local_events())
    assert (key.date, key.date_precision, key.date_basis) == (dt.date(2024, 6, 25), "day",
                                                              "publication")


def test_local_events_carry_their_mode_and_the_event_they_retell(tmp_path: Path) -> None:
    ex = extraction("a", "Rebels shelled Goma. The shelling lasted hours.")
    first = Event("a#e0", "a", 7, 14, 0, 20, "ASSAULT", "19", mode="heavy-weapons")
    again = Event("a#e1", "a", 25, 33, 21, len(ex.document.text), "ASSAULT", "19",
                  retells="a#e0")
    with Store(tmp_path / "s.duckdb") as store:
        store.write([replace(ex, events=(first, again))], 1)
        keys = {k.id: k for k in store.local_events()}
    assert keys["a#e0"].mode == "heavy-weapons" and keys["a#e1"].retells == "a#e0"


def test_a_records_row_is_its_fields_as_asdict_gives_them() -> None:
    """``_row`` is a fast ``dataclasses.asdict`` (nested records as dicts, tuples as lists)."""
    from dataclasses import asdict

    from actorgraph import extract
    from actorgraph.store import _row

    ex = extract("Police arrested two protesters in Nairobi on Monday, a spokesman said. "
                 "\"We will not stop,\" the union leader told reporters.")
    records = [ex.document, *ex.events, *ex.actors, *ex.quotes, *ex.claims]
    assert ex.events and ex.actors and any(r.mentions for r in ex.actors)
    def listed(value: object) -> object:
        if isinstance(value, tuple | list):
            return [listed(v) for v in value]
        return {k: listed(v) for k, v in value.items()} if isinstance(value, dict) else value

    for record in records:
        assert listed(_row(record)) == listed(asdict(record))


@pytest.mark.parametrize("text", ["Kenya sent police to Haiti.",
                                  "Le président a dit « non » à Tbilissi — 🇬🇪 puis à Kyïv.",
                                  "Ağrı'da bir köprü çöktü; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words."])
def test_a_stretch_of_text_is_what_the_store_holds_there(tmp_path: Path, text: str) -> None:
    """``Store.text`` keeps the texts it read: each stretch is the one DuckDB cuts, in
    characters, a missing document has none, and a document written again is read again."""
    with Store(tmp_path / "s.duckdb") as store:
        store.write([extraction("a", text)], 1)
        for start, end in [(0, 5), (3, 17), (10, len(text)), (len(text) - 4, len(text) + 9),
                           (len(text) + 2, len(text) + 5)]:
            row = store.con.execute("SELECT substr(text, ? + 1, ?) FROM documents "
                                    "WHERE id = 'a'", [start, end - start]).fetchone()
            assert row is not None and store.text("a", start, end) == row[0], (start, end)
        assert store.text("b", 0, 4) == ""
        store.write([extraction("a", "Mali closed its border.")], 2)
        assert store.text("a", 0, 4) == "Mali"
