"""Export a store to files: one writer per format, registered by name.

In: a store (opened read-only) and an output folder. Out: one file per table of the contract
(``documents``, ``actors``, ``events``, ``quotes``, ``claims``, ``contradictions``), written to a
temporary name and renamed into place, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import duckdb

from ..errors import ActorgraphError, Msg
from ..store import Store
from . import graph, plover
from .queries import QUERIES

Writer = Callable[[duckdb.DuckDBPyConnection, str, Path], None]

WRITERS: dict[str, Writer] = {}


def writer(fmt: str) -> Callable[[Writer], Writer]:
    """Register a function writing one query's rows to a path, as format ``fmt``."""
    def register(fn: Writer) -> Writer:
        WRITERS[fmt] = fn
        return fn
    return register


#: Formats written from the whole store at once, each to one file.
STORE_WRITERS: dict[str, tuple[str, Callable[[duckdb.DuckDBPyConnection, Path], None]]] = {
    "plover": ("plover.jsonl", plover.write),
    "graphml": ("network.graphml", graph.write_graphml),
    "gexf": ("network.gexf", graph.write_gexf),
}


def formats() -> list[str]:
    return sorted([*WRITERS, *STORE_WRITERS])


def export(db: str | Path, fmt: str, out: str | Path) -> list[Path]:
    """Write every export table of ``db`` as ``fmt`` into folder ``out``; return the paths."""
    if fmt not in WRITERS and fmt not in STORE_WRITERS:
        raise ActorgraphError(Msg.F003, fmt=fmt, choices=", ".join(formats()))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with Store(db, read_only=True) as store:
        if fmt in STORE_WRITERS:
            name, write = STORE_WRITERS[fmt]
            return [_atomic(folder / name, lambda tmp: write(store.con, tmp))]
        return [_atomic(folder / f"{name}.{fmt}",
                        lambda tmp, sql=sql: WRITERS[fmt](store.con, sql, tmp))
                for name, sql in QUERIES.items()]


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Write ``path`` through a temporary name, renamed into place when complete."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


@writer("jsonl")
def write_jsonl(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    result = con.execute(sql)
    columns = [d[0] for d in result.description]
    with path.open("w", encoding="utf-8") as fh:
        while rows := result.fetchmany(2_000):
            for row in rows:
                fh.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False,
                                    default=_json_default))
                fh.write("\n")


def _json_default(value: object) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return, attr-defined]
    raise TypeError(f"cannot export {type(value).__name__}")


@writer("parquet")
def write_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    con.execute(f"COPY ({sql}) TO '{_quote(path)}' (FORMAT parquet)")


@writer("csv")
def write_csv(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    # Lists and structs become JSON text in their cell, so a CSV reader gets them back intact.
    nested = [name for name, kind, *_ in con.execute(f"DESCRIBE ({sql})").fetchall()
              if kind.endswith("]") or kind.startswith(("STRUCT", "MAP"))]
    select = "*"
    if nested:
        select += " REPLACE (" + ", ".join(f'to_json("{n}") AS "{n}"' for n in nested) + ")"
    con.execute(f"COPY (SELECT {select} FROM ({sql})) TO '{_quote(path)}' (FORMAT csv, HEADER)")


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
