"""PLOVER-style event records: one JSON object per event, in the field names of the OEDA
PLOVER gold-standard files (``event``, ``mode``, ``context``, ``source``/``target`` as
``{actorText, code, sector}``, ``text``), plus our provenance and modality.

In: an open store. Out: ``DIR/plover.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

_EVENTS = """
    SELECT id, doc_id, start, "end", sentence_start, sentence_end, type, cameo, mode, context,
        modality, date, date_precision, location, source, target, attributed_to, cluster,
        outlet, url, published, cameo_code, date_basis
    FROM corpus_events ORDER BY doc_id, start, "end", id
"""


def write(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Write every stored event of ``con`` as a PLOVER record to ``path`` (JSON Lines)."""
    actors = {row[0]: {"actorText": row[1], "code": row[2], "sector": row[3], "actor": row[0]}
              for row in con.execute("SELECT id, name, country, sector FROM actors").fetchall()}
    result = con.execute(_EVENTS)
    doc_id, text = None, ""
    with path.open("w", encoding="utf-8") as fh:
        while rows := result.fetchmany(2_000):
            for (id_, doc, start, end, s_start, s_end, kind, cameo, mode, context, modality,
                 date, precision, location, source, target, attributed, cluster, outlet, url,
                 published, cameo_code, basis) in rows:
                if doc != doc_id:
                    doc_id = doc
                    text = con.execute("SELECT text FROM documents WHERE id = ?",
                                       [doc]).fetchone()[0]
                record = {
                    "id": id_, "date": date.isoformat() if date else None,
                    "datePrecision": precision, "dateBasis": basis, "event": kind,
                    "mode": mode or "", "context": list(context or ()), "cameo": cameo,
                    "cameoCode": cameo_code,
                    "source": [actors[a] for a in source if a in actors],
                    "target": [actors[a] for a in target if a in actors],
                    "modality": modality, "attributedTo": attributed, "location": location,
                    "cluster": cluster, "text": text[s_start:s_end],
                    "eventText": text[start:end],
                    "textInfo": {"doc_id": doc, "start": start, "end": end,
                                 "sentence_start": s_start, "sentence_end": s_end},
                    "publication": outlet, "url": url,
                    "published": published.isoformat() if published else None,
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
