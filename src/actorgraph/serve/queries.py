"""Read-only queries behind the web app and its API: every answer from indexed lookups.

In: a store opened read-only. Out: plain dicts and lists, shaped as the API returns them.
Each request takes its own cursor, so the server can answer from several threads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store

EVENT_COLUMNS = """e.id, e.doc_id, e.start, e."end", e.sentence_start, e.sentence_end, e.type,
    e.cameo, e.mode, e.context, coalesce(l.source, []) AS source,
    coalesce(l.target, []) AS target, e.modality, l.attributed_to, e.date, e.date_precision,
    e.location, l.cluster"""


@dataclass(frozen=True, slots=True)
class EventFilter:
    type: str | None = None
    modality: str | None = None
    actor: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cluster: str | None = None
    doc_id: str | None = None


class Reader:
    """The store, open read-only for the life of the server."""

    def __init__(self, db: str | Path) -> None:
        self.store = Store(db, read_only=True)
        # read-only: a table empty now stays empty, and its queries can be skipped
        self.empty = {t for t in ("roles", "quotes", "claims", "contradictions")
                      if not self.store.count(t)}

    def close(self) -> None:
        self.store.close()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict]:
        cur = self.store.con.cursor()
        try:
            result = cur.execute(sql, params or [])
            columns = [d[0] for d in result.description]
            return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]
        finally:
            cur.close()

    def _one(self, sql: str, params: list[Any]) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _count(self, sql: str, params: list[Any]) -> int:
        row = self._one(f"SELECT count(*) AS n FROM ({sql})", params)
        return int(row["n"]) if row else 0

    # -- actors -------------------------------------------------------------------------------
    def actors(self, q: str | None, country: str | None, sector: str | None, kind: str | None,
               limit: int, offset: int) -> dict:
        where, params = _where([
            (q and f"%{q.lower()}%", "list_contains(list_transform(list_prepend(a.name,"
                                    " a.aliases), lambda x: lower(x) LIKE ?), TRUE)"),
            (country, "a.country = ?"), (sector, "a.sector = ?"), (kind, "a.kind = ?")])
        base = f"SELECT a.id FROM actors a WHERE {where}"
        items = self._rows(
            f"""SELECT a.id, a.name, a.kind, a.country, a.sector, a.org, a.aliases,
                   (SELECT count(*) FROM actor_mentions m WHERE m.actor = a.id) AS mentions
                FROM actors a WHERE {where}
                ORDER BY mentions DESC, a.name LIMIT ? OFFSET ?""", [*params, limit, offset])
        return {"items": items, "total": self._count(base, params), "limit": limit,
                "offset": offset}

    def actor(self, actor_id: str, limit: int = 50, offset: int = 0) -> dict | None:
        """One actor with its first ``limit`` mentions after ``offset`` (and at most
        ``limit`` events on each side, roles, quotes, contradictions)."""
        actor = self._one("SELECT id, name, kind, country, sector, org, aliases FROM actors"
                          " WHERE id = ?", [actor_id])
        if actor is None:
            return None
        actor["roles"] = [] if "roles" in self.empty else self._rows(
            """SELECT r.title, r."of", o.name AS of_name, r.doc_id, r.start, r."end"
               FROM roles r LEFT JOIN actors o ON o.id = r."of" WHERE r.actor = ?
               ORDER BY r.doc_id, r.start""", [actor_id])
        actor["mention_count"] = self._count(
            "SELECT 1 FROM actor_mentions WHERE actor = ?", [actor_id])
        # the page of mentions first, then their sentences (not all mentions joined)
        actor["mentions"] = self._rows(
            """WITH page AS (SELECT doc_id, start, "end" FROM actor_mentions WHERE actor = ?
                             ORDER BY doc_id, start LIMIT ? OFFSET ?)
               SELECT m.doc_id, m.start, m."end", s.start AS sentence_start,
                   s."end" AS sentence_end
               FROM page m LEFT JOIN sentences s ON s.doc_id = m.doc_id
                    AND s.start <= m.start AND m."end" <= s."end"
               ORDER BY m.doc_id, m.start""", [actor_id, limit, offset])
        # texts only of the documents shown, sliced here: no scan of every document's text
        texts = self._texts({x["doc_id"] for x in actor["roles"] + actor["mentions"]})
        for r in actor["roles"]:
            r["text"] = texts[r["doc_id"]]["text"][r["start"]:r["end"]]
        for m in actor["mentions"]:
            m["sentence"] = texts[m["doc_id"]]["text"][
                m["sentence_start"] or 0:m["sentence_end"] or 0]
        for side in ("source", "target"):
            actor[f"events_as_{side}"] = self._actor_events(actor_id, side, min(limit, 50))
        actor["contradictions"] = [] if "contradictions" in self.empty else self._rows(
            "SELECT id, a, b, reason FROM contradictions c WHERE EXISTS (SELECT 1 FROM"
            " event_actors x WHERE x.actor = ? AND (x.event = c.a OR x.event = c.b))"
            " ORDER BY id LIMIT ?", [actor_id, limit])
        actor["quotes_by"] = [] if "quotes" in self.empty else self._rows(
            "SELECT q.*, substr(d.text, q.start + 1, q.\"end\" - q.start) AS text FROM quotes q"
            " JOIN documents d ON d.id = q.doc_id WHERE q.speaker IN (SELECT local FROM"
            " actor_links WHERE actor = ?) ORDER BY q.doc_id, q.start LIMIT ?",
            [actor_id, limit])
        actor["quotes_about"] = [] if "quotes" in self.empty else self._rows(
            "SELECT DISTINCT q.*, substr(d.text, q.start + 1, q.\"end\" - q.start) AS text"
            " FROM quotes q JOIN documents d ON d.id = q.doc_id JOIN actor_mentions m"
            " ON m.doc_id = q.doc_id AND q.start <= m.start AND m.\"end\" <= q.\"end\""
            " WHERE m.actor = ? ORDER BY q.doc_id, q.start LIMIT ?", [actor_id, limit])
        return actor

    def names(self, actor_ids: set[str]) -> dict[str, str]:
        """Actor names by id."""
        if not actor_ids:
            return {}
        rows = self._rows("SELECT id, name FROM actors WHERE id IN"
                          " (SELECT unnest(?::VARCHAR[]))", [sorted(actor_ids)])
        return {r["id"]: r["name"] for r in rows}

    def _texts(self, doc_ids: set[str]) -> dict[str, dict]:
        """Title, date and text of the given documents, by id."""
        if not doc_ids:
            return {}
        ids = sorted(doc_ids)
        return {r["id"]: r for r in self._rows(
            "SELECT id, title, published, text FROM documents WHERE id IN"
            f" ({', '.join('?' * len(ids))})", ids)}

    def _actor_events(self, actor_id: str, side: str, limit: int) -> list[dict]:
        """An actor's events on one side, from ``event_actors`` (which fuse fills with what
        a page shows), their links and their documents' text: no scan of the events."""
        events = self._rows(
            """SELECT event AS id, doc_id, start, "end", sentence_start, sentence_end, type,
                   modality, date, date_precision, cluster, coalesce(source, []) AS source,
                   coalesce(target, []) AS target, attributed_to
               FROM event_actors WHERE actor = ? AND side = ?
               ORDER BY sort_date NULLS LAST, doc_id, start LIMIT ?""", [actor_id, side, limit])
        if not events:
            return []
        texts = self._texts({e["doc_id"] for e in events})
        for e in events:
            doc = texts[e["doc_id"]]
            text = doc["text"]
            e.update(doc_title=doc["title"], published=doc["published"],
                     sentence=text[e["sentence_start"] or 0:e["sentence_end"] or 0],
                     trigger=text[e["start"]:e["end"]])
        return events

    # -- events -------------------------------------------------------------------------------
    def _events(self, condition: str, params: list[Any], limit: int, offset: int,
                ) -> list[dict]:
        """Events with their sentence and trigger text."""
        return self._rows(
            f"""SELECT {EVENT_COLUMNS}, d.title AS doc_title, d.published,
                   substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
                       AS sentence,
                   substr(d.text, e.start + 1, e."end" - e.start) AS trigger
                FROM events e JOIN documents d ON d.id = e.doc_id
                LEFT JOIN event_links l ON l.event = e.id
                WHERE {condition}
                ORDER BY coalesce(e.date, d.published) NULLS LAST, e.doc_id, e.start
                LIMIT ? OFFSET ?""", [*params, limit, offset])

    def events(self, f: EventFilter, limit: int, offset: int) -> dict:
        if f.actor and not (f.cluster or f.doc_id):
            return self._events_of_actor(f, limit, offset)
        where, params = self._event_filter(f)
        base = ("SELECT e.id FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN"
                f" event_links l ON l.event = e.id WHERE {where}")
        return {"items": self._events(where, params, limit, offset),
                "total": self._count(base, params), "limit": limit, "offset": offset}

    def _events_of_actor(self, f: EventFilter, limit: int, offset: int) -> dict:
        """An actor's events: the page of ids and the count from ``event_actors``, then the
        full records of that page only."""
        where, params = _where([(f.actor, "actor = ?"), (f.type, "type = ?"),
                                (f.modality, "modality = ?"), (f.date_from, "sort_date >= ?"),
                                (f.date_to, "sort_date <= ?")])
        page = self._rows(
            f"""SELECT event, any_value(doc_id) AS doc_id, min(sort_date) AS day,
                   min(start) AS start FROM event_actors WHERE {where} GROUP BY event
                ORDER BY day NULLS LAST, doc_id, start LIMIT ? OFFSET ?""",
            [*params, limit, offset])
        total = self._count(f"SELECT DISTINCT event FROM event_actors WHERE {where}", params)
        ids, docs = [r["event"] for r in page], sorted({r["doc_id"] for r in page})
        items = self._events(
            f"e.doc_id IN ({', '.join('?' * len(docs))}) AND e.id IN"
            f" ({', '.join('?' * len(ids))})", [*docs, *ids], len(ids), 0) if ids else []
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @staticmethod
    def _event_filter(f: EventFilter) -> tuple[str, list[Any]]:
        return _where([
            (f.type, "e.type = ?"), (f.modality, "e.modality = ?"),
            (f.actor, "e.id IN (SELECT event FROM event_actors WHERE actor = ?)"),
            (f.date_from, "coalesce(e.date, d.published) >= ?"),
            (f.date_to, "coalesce(e.date, d.published) <= ?"),
            (f.cluster, "l.cluster = ?"), (f.doc_id, "e.doc_id = ?")])

    def event(self, event_id: str) -> dict | None:
        rows = self._events("e.id = ?", [event_id], 1, 0)
        return rows[0] if rows else None

    def cluster(self, cluster_id: str) -> list[dict]:
        return self._events("l.cluster = ?", [cluster_id], 500, 0)

    # -- documents and speech -------------------------------------------------------------------
    def documents(self, limit: int, offset: int) -> dict:
        items = self._rows("SELECT id, title, url, published, source, length(text) AS length"
                           " FROM documents ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?",
                           [limit, offset])
        return {"items": items, "total": self._count("SELECT id FROM documents", []),
                "limit": limit, "offset": offset}

    def document(self, doc_id: str) -> dict | None:
        doc = self._one("SELECT id, title, url, published, source, text FROM documents"
                        " WHERE id = ?", [doc_id])
        if doc is None:
            return None
        doc["mentions"] = self._rows(
            """SELECT m.start, m."end", m.actor, a.name AS actor_name, a.kind
               FROM actor_mentions m JOIN actors a ON a.id = m.actor
               WHERE m.doc_id = ? ORDER BY m.start""", [doc_id])
        doc["events"] = self._events("e.doc_id = ?", [doc_id], 1000, 0)
        doc["quotes"] = self._rows('SELECT id, start, "end", kind, cue, speaker_text FROM quotes'
                                   " WHERE doc_id = ? ORDER BY start", [doc_id])
        doc["claims"] = self._rows('SELECT id, start, "end", stance, about FROM claims'
                                   " WHERE doc_id = ? ORDER BY start", [doc_id])
        return doc

    def table(self, name: str, limit: int, offset: int) -> dict:
        """Quotes, claims or contradictions, paginated."""
        assert name in ("quotes", "claims", "contradictions")
        items = self._rows(f"SELECT * FROM {name} ORDER BY id LIMIT ? OFFSET ?", [limit, offset])
        return {"items": items, "total": self._count(f"SELECT id FROM {name}", []),
                "limit": limit, "offset": offset}

    # -- the network --------------------------------------------------------------------------
    def network(self, f: EventFilter, limit: int) -> dict:
        # from event_actors alone (fuse copied type, modality, date and both sides there)
        where, params = _where([("source", "side = ?"), (f.type, "type = ?"),
                                (f.modality, "modality = ?"), (f.date_from, "sort_date >= ?"),
                                (f.date_to, "sort_date <= ?")])
        edges = self._rows(
            f"""WITH pairs AS (SELECT actor AS source, unnest(target) AS target, type, modality
                               FROM event_actors WHERE {where})
                SELECT source, target, type, modality, count(*) AS count FROM pairs
                GROUP BY ALL ORDER BY count DESC, source, target LIMIT ?""", [*params, limit])
        ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        nodes = self._rows(
            """SELECT a.id, a.name, a.kind, a.country, a.sector,
                   (SELECT count(*) FROM actor_mentions m WHERE m.actor = a.id) AS mentions
               FROM actors a WHERE a.id IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.id""",
            [ids])
        return {"nodes": nodes, "edges": edges}


def _where(conditions: list[tuple[Any, str]]) -> tuple[str, list[Any]]:
    """A WHERE clause of the conditions whose value is set, and their parameters."""
    used = [(value, sql) for value, sql in conditions if value]
    return " AND ".join(["TRUE", *(sql for _, sql in used)]), [value for value, _ in used]
