from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

import actorgraph
from actorgraph.errors import ActorgraphError
from actorgraph.export.queries import QUERIES

from ..conftest import read_jsonl

#: The columns of CONTRACT.md, in its order.
CONTRACT_COLUMNS = {
    "documents": ["id", "text", "title", "url", "published", "source"],
    "actors": ["id", "name", "aliases", "kind", "country", "sector", "roles", "mentions"],
    "events": ["id", "doc_id", "start", "end", "sentence_start", "sentence_end", "type",
               "cameo", "mode", "context", "source", "target", "modality", "attributed_to",
               "date", "date_precision", "location", "cluster"],
    "quotes": ["id", "doc_id", "start", "end", "speaker", "speaker_text", "speaker_start",
               "speaker_end", "cue", "kind", "anonymous"],
    "claims": ["id", "doc_id", "start", "end", "claimant", "about", "stance"],
    "contradictions": ["id", "a", "b", "reason"],
}
#: What the export writes: the contract's columns and our extra fields, in a fixed order.
EXPORTED_COLUMNS = {
    **CONTRACT_COLUMNS,
    "actors": ["id", "name", "aliases", "kind", "country", "sector", "org", "named",
               "anonymous", "country_basis", "roles", "mentions"],
    "events": [*CONTRACT_COLUMNS["events"], "corroboration", "cameo_code", "date_basis",
               "retells", "target_count", "reference", "ordinal",
               "content_of", "target_basis"],
    "quotes": [*CONTRACT_COLUMNS["quotes"], "cue_start", "cue_end", "parts"],
    "claims": [*CONTRACT_COLUMNS["claims"], "quote", "refers", "cluster", "corroboration"],
    "contradictions": [*CONTRACT_COLUMNS["contradictions"], "cluster"],
    "clusters": ["id", "type", "mentions", "sources", "outlets", "first_report", "last_report",
                 "date_from", "date_to", "strongest", "weakest", "unconfirmed",
                 "contradictions"],
}


def test_exported_columns_keep_the_contract_order() -> None:
    assert set(CONTRACT_COLUMNS) <= set(EXPORTED_COLUMNS)
    for name, columns in CONTRACT_COLUMNS.items():
        exported = EXPORTED_COLUMNS[name]
        assert [c for c in exported if c in columns] == columns, name


CORPUS = [
    {"id": "oslo-1", "text": "Norway’s foreign minister hosted envoys from Colombia in Oslo.",
     "title": "Talks in Oslo", "url": "https://news.example.org/oslo-1",
     "published": "2024-03-05", "source": "Example Wire"},
    {"id": "oslo-2", "text": "Colombia and the ELN resumed talks in Oslo on Monday.",
     "published": "2024-03-06"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS),
                      encoding="utf-8")
    path = folder / "store.duckdb"
    report = actorgraph.build([corpus], path)
    assert report.added == 2 and not report.problems
    return path


def test_queries_cover_exactly_the_contract() -> None:
    assert list(QUERIES) == list(EXPORTED_COLUMNS)


def test_jsonl_writes_every_file_with_contract_keys(db: Path, tmp_path: Path) -> None:
    actorgraph.export(db, "jsonl", tmp_path)
    for name, columns in EXPORTED_COLUMNS.items():
        path = tmp_path / f"{name}.jsonl"
        assert path.exists(), name
        for row in read_jsonl(path):
            assert list(row) == columns
    docs = {d["id"]: d for d in read_jsonl(tmp_path / "documents.jsonl")}
    assert docs["oslo-1"] == {**CORPUS[0]}
    assert docs["oslo-2"]["title"] is None and docs["oslo-2"]["published"] == "2024-03-06"
    assert "Norway’s" in (tmp_path / "documents.jsonl").read_text(encoding="utf-8")


def test_jsonl_actor_mentions_index_the_document_text(db: Path, tmp_path: Path) -> None:
    actorgraph.export(db, "jsonl", tmp_path)
    texts = {d["id"]: d["text"] for d in read_jsonl(tmp_path / "documents.jsonl")}
    actors = read_jsonl(tmp_path / "actors.jsonl")
    oslo = next(a for a in actors if a["name"] == "Oslo")
    assert oslo["aliases"] == ["Oslo"] and oslo["kind"] == "LOCATION"
    assert {m["doc_id"] for m in oslo["mentions"]} == {"oslo-1", "oslo-2"}
    for actor in actors:
        seen = [texts[m["doc_id"]][m["start"]:m["end"]] for m in actor["mentions"]]
        assert set(actor["aliases"]) <= set(seen)  # every alias is a surface form seen


def test_csv_and_parquet_have_the_same_columns_and_rows(db: Path, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "parquet"):
        actorgraph.export(db, fmt, tmp_path / fmt)
    for name, columns in EXPORTED_COLUMNS.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert rows == [] or list(rows[0]) == columns
        parquet = duckdb.sql(f"SELECT * FROM '{tmp_path / 'parquet' / f'{name}.parquet'}'")
        assert parquet.columns == columns
        jsonl = read_jsonl(tmp_path / "jsonl" / f"{name}.jsonl")
        assert len(rows) == len(parquet.fetchall()) == len(jsonl)
    with (tmp_path / "csv" / "actors.csv").open(encoding="utf-8", newline="") as fh:
        first = next(csv.DictReader(fh))
    assert json.loads(first["aliases"]) == [first["name"]]  # nested cells are JSON
    assert json.loads(first["mentions"])[0]["doc_id"].startswith("oslo-")


def test_export_is_reproducible(db: Path, tmp_path: Path) -> None:
    actorgraph.export(db, "jsonl", tmp_path / "a")
    actorgraph.export(db, "jsonl", tmp_path / "b")
    for name in CONTRACT_COLUMNS:
        a = (tmp_path / "a" / f"{name}.jsonl").read_bytes()
        assert a == (tmp_path / "b" / f"{name}.jsonl").read_bytes()


def test_unknown_format_and_missing_store_are_named(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ActorgraphError, match="F003"):
        actorgraph.export(db, "xml", tmp_path)
    with pytest.raises(ActorgraphError, match="F002"):
        actorgraph.export(tmp_path / "missing.duckdb", "jsonl", tmp_path)


def test_events_name_corpus_actors_and_their_trigger_spans(db: Path, tmp_path: Path) -> None:
    actorgraph.export(db, "jsonl", tmp_path)
    texts = {d["id"]: d["text"] for d in read_jsonl(tmp_path / "documents.jsonl")}
    names = {a["id"]: a["name"] for a in read_jsonl(tmp_path / "actors.jsonl")}
    events = read_jsonl(tmp_path / "events.jsonl")
    # a light verb's noun spans from the verb ("held talks")
    talks = [e for e in events if texts[e["doc_id"]][e["start"]:e["end"]].split()[-1] == "talks"]
    assert talks and talks[0]["type"] == "CONSULT" and talks[0]["cameo"] == "04"
    assert {names[a] for a in talks[0]["source"]} >= {"Colombia"}
    for event in events:
        assert set(event["source"]) | set(event["target"]) <= set(names)
        text = texts[event["doc_id"]]
        sentence = text[event["sentence_start"]:event["sentence_end"]]
        assert text[event["start"]:event["end"]] in sentence
        assert event["cluster"]
        # the full CAMEO code lies under its root; a date says what it rests on
        assert event["cameo_code"].startswith(event["cameo"]) and len(event["cameo_code"]) >= 3
        assert (event["date_basis"] is None) == (event["date"] is None)


def test_plover_format_writes_gold_style_records(db: Path, tmp_path: Path) -> None:
    (path,) = actorgraph.export(db, "plover", tmp_path)
    assert path.name == "plover.jsonl"
    records = read_jsonl(path)
    events = read_jsonl(actorgraph.export(db, "jsonl", tmp_path / "j")[2])
    # one record per act: a mention retelling an act, or pointing to one, is none
    assert [r["id"] for r in records] == [e["id"] for e in events
                                          if not e["retells"] and not e["reference"]]
    for record in records:
        assert record["event"] in actorgraph.records.PLOVER_TYPES
        assert record["eventText"] in record["text"]
        for actor in record["source"] + record["target"]:
            assert set(actor) == {"actorText", "code", "sector", "actor"}
    host = next(r for r in records if r["eventText"].startswith("hosted"))
    assert host["source"][0]["code"] == "NOR" and host["mode"] == "visit"
    assert host["textInfo"]["doc_id"] == "oslo-1" and host["publication"] == "Example Wire"


@pytest.mark.parametrize(("fmt", "read"), [("graphml", "read_graphml"), ("gexf", "read_gexf")])
def test_network_files_load_in_networkx_with_actors_and_typed_edges(
        db: Path, tmp_path: Path, fmt: str, read: str) -> None:
    import networkx as nx

    (path,) = actorgraph.export(db, fmt, tmp_path)
    g = getattr(nx, read)(path)
    assert g.number_of_edges() >= 1
    names = {data["name"] for _, data in g.nodes(data=True)}
    assert {"Colombia", "National Liberation Army (Colombia)"} <= names, names
    (_, _, data), *_ = g.edges(data=True)
    assert data["plover_type"] == "CONSULT" and data["clusters"] >= 1
    assert data["first_date"] == "2024-03-04"  # "on Monday" before 6 March 2024
