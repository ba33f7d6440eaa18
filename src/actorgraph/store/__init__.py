"""The DuckDB store: schema and migrations, and the single writer.

In: ``Extraction`` records (one per document) and fused corpus-wide records. Out: a DuckDB file.
A batch of documents is written in one transaction, so an interrupted build leaves whole
documents only; the fuse stage's tables are rewritten in one transaction of their own.
Readers (export, server) open the file read-only.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa

from ..errors import ActorgraphError, Msg
from ..records import Actor, ClaimKey, Document, EventKey, Extraction, Fused, Role, Span
from .schema import DENORMALISE, DOCUMENT_TABLES, FUSED_TABLES, MIGRATIONS, SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]


class Store:
    """One open store. Use as a context manager; only one writer may hold a file at a time."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise ActorgraphError(Msg.F002, path=self.path)
        self.read_only = read_only
        # One thread for the writer: its batches are small, and DuckDB's workers would take
        # the cores the parser needs (measured: bench/throughput.py).
        config = {} if read_only else {"threads": 1}
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # "--db out/new/ag.duckdb"
        self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        self._schemas: dict[str, pa.Schema] = {}
        self._texts: dict[str, str] = {}  # the documents ``text`` read last
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema -------------------------------------------------------------------------------
    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        found = self.version()
        if found > SCHEMA_VERSION:
            raise ActorgraphError(Msg.F001, path=self.path, found=found, supported=SCHEMA_VERSION)
        if found == SCHEMA_VERSION:
            return
        if self.read_only:
            raise ActorgraphError(Msg.F004, path=self.path, found=found, supported=SCHEMA_VERSION)
        with self.transaction():
            if found == 0:
                self.con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for sql in MIGRATIONS[found:]:
                self.con.execute(sql)
            self._set_meta("schema_version", str(SCHEMA_VERSION))
            if found:
                self._set_meta("fused", "no")  # new corpus-wide tables fill on the next fuse

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def _get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # -- writing ------------------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    def document_keys(self) -> tuple[set[str], set[str]]:
        """Return the ids and the content hashes of every stored document."""
        rows = self.con.execute("SELECT id, hash FROM documents").fetchall()
        return {r[0] for r in rows}, {r[1] for r in rows}

    def write(self, extractions: Sequence[Extraction], analysis: int, *,
              replace: bool = True) -> None:
        """Store whole documents with all their facts, in one transaction; a document that
        is already stored is replaced (re-analysis by a newer ``analysis`` version).
        ``replace=False`` promises the documents are new, sparing the deletes."""
        if not extractions:
            return
        self._texts.clear()
        ids = [ex.document.id for ex in extractions]
        rows: dict[str, list[dict]] = {"documents": []}
        rows.update({table: [] for table in DOCUMENT_TABLES})
        for ex in extractions:
            rows["documents"].append({**_row(ex.document), "analysis": analysis})
            for table, field in DOCUMENT_TABLES.items():
                rows[table].extend(_row(r) for r in getattr(ex, field))
        with self.transaction():
            for table in ("documents", *DOCUMENT_TABLES) if replace else ():
                column = "id" if table == "documents" else "doc_id"
                self.con.execute(f"DELETE FROM {table} WHERE {column} IN "
                                 f"(SELECT unnest(?::VARCHAR[]))", [ids])
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            self._set_meta("fused", "no")

    def stale(self, analysis: int, limit: int, after: str = "") -> list[Document]:
        """Up to ``limit`` stored documents analysed by an older version than ``analysis``,
        in id order, with ids after ``after``."""
        rows = self.con.execute(
            "SELECT id, text, hash, title, url, published, source, origin FROM documents"
            " WHERE coalesce(analysis, 0) < ? AND id > ? ORDER BY id LIMIT ?",
            [analysis, after, limit],
        ).fetchall()
        return [Document(*row) for row in rows]

    def needs_fuse(self) -> bool:
        return self._get_meta("fused") == "no"

    def replace_fused(self, fused: Fused) -> None:
        """Replace every corpus-wide table with what ``fused`` holds, in one transaction."""
        actor_rows, mention_rows, role_rows = [], [], []
        for actor in fused.actors:
            actor_rows.append({k: v for k, v in _row(actor).items()
                               if k not in ("roles", "mentions")})
            mention_rows.extend({"actor": actor.id, **_row(m)} for m in actor.mentions)
            role_rows.extend({"actor": actor.id, **_row(r)} for r in actor.roles)
        with self.transaction():
            for name in FUSED_TABLES:
                self.con.execute(f"DELETE FROM {name}")
            self._insert("actors", actor_rows)
            self._insert("actor_mentions", mention_rows)
            self._insert("roles", role_rows)
            self._insert("actor_links", [{"local": k, "actor": v}
                                         for k, v in fused.links.items()])
            self._insert("event_links", [_row(e) for e in fused.events])
            self._insert("event_actors", [
                {"actor": a, "event": e.event, "side": side} for e in fused.events
                for side, ids in (("source", e.source), ("target", e.target)) for a in ids])
            self._insert("clusters", [_row(c) for c in fused.clusters])
            self._insert("claim_links", [_row(c) for c in fused.claims])
            self._insert("contradictions", [_row(c) for c in fused.contradictions])
            self._insert("network_edges", [_row(e) for e in fused.edges])
            self._insert("retired", [{"old": k, "new": v} for k, v in fused.retired.items()])
            self.con.execute(DENORMALISE)
            self._set_meta("fused", "yes")

    def history(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """What the last fuse decided: local actor -> corpus actor, event -> cluster, and
        retired id -> current id."""
        return (dict(self.con.execute('SELECT "local", actor FROM actor_links').fetchall()),
                dict(self.con.execute("SELECT event, cluster FROM event_links"
                                      " WHERE cluster IS NOT NULL").fetchall()),
                dict(self.con.execute("SELECT old, new FROM retired").fetchall()))

    def text(self, doc_id: str, start: int, end: int) -> str:
        """A stretch of a stored document's text ("" for no such document). The texts read
        are kept (the last 256): the stretches asked for come from few documents, each
        asked for many times."""
        text = self._texts.get(doc_id)
        if text is None:
            row = self.con.execute("SELECT text FROM documents WHERE id = ?",
                                   [doc_id]).fetchone()
            if len(self._texts) >= 256:
                self._texts.clear()
            text = self._texts[doc_id] = row[0] if row else ""
        return text[start:end]

    def titles(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT id, title FROM documents WHERE title IS NOT NULL")
                    .fetchall())

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        schema = self._schemas.get(table)
        if schema is None:
            schema = self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            self._schemas[table] = schema
        batch = pa.Table.from_pylist(rows, schema=schema)  # noqa: F841 - read by DuckDB below
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")

    # -- reading ------------------------------------------------------------------------------
    def _stream(self, sql: str) -> Iterator[tuple]:
        """The rows of ``sql``, fetched in chunks so a large store never sits in memory."""
        result = self.con.execute(sql)
        while chunk := result.fetchmany(10_000):
            yield from chunk

    def local_actors(self) -> Iterator[Actor]:
        """Every document-local actor in the store."""
        for (id_, name, doc_id, start, end, kind, aliases, country, sector, roles, spans, key,
             org, anonymous, named, basis) in self._stream(
                'SELECT id, name, doc_id, start, "end", kind, aliases, country, sector, roles,'
                " mentions, key, org, anonymous, named, country_basis FROM doc_actors"
                " ORDER BY id"):
            yield Actor(id_, name, doc_id, start, end, kind, tuple(aliases or ()), country,
                        sector, tuple(Role(**r) for r in roles or ()),
                        tuple(Span(**m) for m in spans or ()), key, org, bool(anonymous),
                        named is not False, basis)

    def local_events(self) -> Iterator[EventKey]:
        """What the fuse stage needs of every stored event, in id order."""
        for row in self._stream(
                "SELECT e.id, e.doc_id, e.type, e.source, e.target, e.attributed_to, e.date,"
                " e.date_precision, e.modality,"
                " CASE WHEN e.location.kind IN ('city', 'town') THEN lower(e.location.name) END,"
                " d.published, d.source, e.sentence_start, e.sentence_end, e.start, e.theme,"
                " e.date_basis, e.mode, e.retells, e.cameo_code,"
                " CASE WHEN e.location.kind IN ('city', 'town') THEN e.location.kind END,"
                " e.target_count, coalesce(e.reference, false), e.ordinal, d.title,"
                " e.target_basis, e.content_of"
                " FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY e.id"):
            yield EventKey(row[0], row[1], row[2], tuple(row[3] or ()), tuple(row[4] or ()),
                           *row[5:])

    def local_claims(self) -> Iterator[ClaimKey]:
        """What the fuse stage needs of every stored claim, in id order."""
        for row in self._stream(
                'SELECT c.id, c.doc_id, c.start, c."end", c.stance, c.claimant, c.about,'
                " d.published, d.source, c.refers,"
                " q.id IS NULL OR c.start = coalesce(q.cue_start, -1)"
                " FROM claims c JOIN documents d ON d.id = c.doc_id"
                " LEFT JOIN quotes q ON q.id = c.quote ORDER BY c.id"):
            yield ClaimKey(*row[:10], opens_with_cue=bool(row[10]))

    def count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.con.commit()
        else:
            self.con.rollback()


def _row(record: object) -> dict:
    """The store row of a record: its fields by name, nested records as dicts (a fast
    ``dataclasses.asdict``: records hold only scalars, tuples and records)."""
    out = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, tuple):
            value = [_row(v) if _is_record(type(v)) else v for v in value]
        elif _is_record(type(value)):
            value = _row(value)
        out[name] = value
    return out


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))  # type: ignore[arg-type]


@functools.cache
def _is_record(kind: type) -> bool:
    """Whether values of ``kind`` are records (``dataclasses.is_dataclass`` of a value, asked
    once per type: records hold no classes)."""
    return dataclasses.is_dataclass(kind)
