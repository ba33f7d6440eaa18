"""PLOVER-style event records: one JSON object per act, in the field names of the OEDA
PLOVER gold-standard files (``event``, ``mode``, ``context``, ``source``/``target`` as
``{actorText, code, sector}``, ``text``), plus our provenance and modality.

In: an open store. Out: ``DIR/plover.jsonl``.

The events table holds mentions; a PLOVER record is an act. A mention its document tells
as the retelling of an act it codes (``retells``: "attacked a post, *killing* three", "*the
march* was peaceful", a headline restating its lead) is no record of its own: it is listed,
with its span, in the ``mentions`` of the act's record (the act's own mention first), and
the recipients a retelling in the act's sentence names join the record's ("attacked a
convoy, killing four officers": the convoy and the officers). So is the content of a request,
offer, promise, threat or refusal (``content_of``: "urged Calladon *to free* the sailors"),
which CAMEO codes in the speech act's code: it is listed in the speech act's record (its
recipients not joining the record's: the sailors are not asked). A noun that only points to
an event its report does not tell (``reference``: "condemned *the raid*") is no record either.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb

_EVENTS = """
    SELECT id, doc_id, start, "end", sentence_start, sentence_end, type, cameo, mode, context,
        modality, date, date_precision, location, source, target, attributed_to, cluster,
        outlet, url, published, cameo_code, date_basis, retells, reference, content_of
    FROM corpus_events ORDER BY doc_id, start, "end", id
"""


def write(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Write every act of ``con`` as a PLOVER record to ``path`` (JSON Lines)."""
    actors = {row[0]: {"actorText": row[1], "code": row[2], "sector": row[3], "actor": row[0]}
              for row in con.execute("SELECT id, name, country, sector FROM actors").fetchall()}
    result = con.execute(_EVENTS)
    names = [d[0] for d in result.description]
    with path.open("w", encoding="utf-8") as fh:
        for doc, rows in _documents(result, names):
            text = con.execute("SELECT text FROM documents WHERE id = ?", [doc]).fetchone()[0]
            for record in records(rows, text, actors):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _documents(result: duckdb.DuckDBPyConnection, names: list[str]
               ) -> Iterator[tuple[str, list[dict]]]:
    """The event rows of ``result`` (as dicts), one document at a time."""
    doc_id, rows = None, []
    while batch := result.fetchmany(2_000):
        for values in batch:
            row = dict(zip(names, values, strict=True))
            if row["doc_id"] != doc_id and rows:
                yield doc_id, rows
                rows = []
            doc_id = row["doc_id"]
            rows.append(row)
    if rows:
        yield doc_id, rows


def _act(row: dict, by_id: dict[str, dict]) -> dict | None:
    """The row of the act a mention tells or is the content of (itself, if neither); None
    for a reference, or a retelling of one."""
    seen: set[str] = set()
    while (up := row["retells"] or row["content_of"]) in by_id and row["id"] not in seen:
        seen.add(row["id"])
        row = by_id[up]
    return None if row["reference"] else row


def records(rows: list[dict], text: str, actors: dict[str, dict]) -> list[dict]:
    """The PLOVER records of one document's event ``rows`` (see the module)."""
    by_id = {r["id"]: r for r in rows}
    act_of = {r["id"]: _act(r, by_id) for r in rows}
    told: dict[str, list[dict]] = {}
    for row in rows:
        act = act_of[row["id"]]
        if act is not None:
            told.setdefault(act["id"], []).append(row)
    out = []
    for row in rows:
        if row["id"] not in told or act_of[row["id"]] is not row:
            continue
        mentions = sorted(told[row["id"]], key=lambda r: r is not row)
        target = list(dict.fromkeys([*row["target"], *(
            a for m in mentions if m["sentence_start"] == row["sentence_start"]
            and not m["content_of"] for a in m["target"] if a not in row["source"])]))
        out.append(_record(row, target, mentions, text, actors))
    return out


def _record(row: dict, target: list[str], mentions: list[dict], text: str,
            actors: dict[str, dict]) -> dict:
    date, published = row["date"], row["published"]
    return {
        "id": row["id"], "date": date.isoformat() if date else None,
        "datePrecision": row["date_precision"], "dateBasis": row["date_basis"],
        "event": row["type"], "mode": row["mode"] or "", "context": list(row["context"] or ()),
        "cameo": row["cameo"], "cameoCode": row["cameo_code"],
        "source": [actors[a] for a in row["source"] if a in actors],
        "target": [actors[a] for a in target if a in actors],
        "modality": row["modality"], "attributedTo": row["attributed_to"],
        "location": row["location"], "cluster": row["cluster"],
        "text": text[row["sentence_start"]:row["sentence_end"]],
        "eventText": text[row["start"]:row["end"]],
        "textInfo": {"doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
                     "sentence_start": row["sentence_start"],
                     "sentence_end": row["sentence_end"]},
        "mentions": [{"id": m["id"], "start": m["start"], "end": m["end"],
                      "eventText": text[m["start"]:m["end"]]} for m in mentions],
        "publication": row["outlet"], "url": row["url"],
        "published": published.isoformat() if published else None,
    }
