"""Read-only queries behind the web app and its API: every answer from indexed lookups.

In: a store opened read-only. Out: plain dicts and lists, shaped as the API returns them.
Each request takes its own cursor, so the server can answer from several threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..store import Store

#: What a page or the API shows of an event, from the ``corpus_events`` view (its corpus
#: actors, cluster, corroboration and document, and whether it is a mention with no actor of
#: its own, ``reference``); the text comes after paging, by key.
EVENT_COLUMNS = """e.id, e.doc_id, e.start, e."end", e.sentence_start, e.sentence_end, e.type,
    e.cameo, e.mode, e.context, e.source, e.target, e.modality, e.attributed_to, e.date,
    e.date_precision, e.location, e.cluster, e.corroboration, e.published, e.outlet,
    e.doc_title, e.reference"""
# the document-local speaker or claimant of ``{alias}`` is this corpus actor
SPOKEN_BY = """{alias}.{column} IN (SELECT "local" FROM actor_links WHERE actor = ?)"""
# the quotes whose content holds a mention of an actor
MENTIONED_IN = """quotes q SEMI JOIN (SELECT doc_id, start, "end" FROM actor_mentions
    WHERE actor = ?) m ON m.doc_id = q.doc_id AND q.start <= m.start AND m."end" <= q."end"
"""


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    speaker: str | None = None  # a corpus actor id
    kind: str | None = None
    anonymous: bool | None = None
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    claimant: str | None = None  # a corpus actor id
    stance: str | None = None
    doc_id: str | None = None
    about: str | None = None  # an event id


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
        self.empty = {t for t in ("roles", "quotes", "claims", "contradictions", "clusters",
                                  "claim_links", "retired") if not self.store.count(t)}

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
            f"""SELECT a.id, a.name, a.kind, a.country, a.sector, a.org, a.aliases, a.named,
                   a.anonymous,
                   (SELECT count(*) FROM actor_mentions m WHERE m.actor = a.id) AS mentions
                FROM actors a WHERE {where}
                ORDER BY mentions DESC, a.name LIMIT ? OFFSET ?""", [*params, limit, offset])
        return {"items": items, "total": self._count(base, params), "limit": limit,
                "offset": offset}

    def actor(self, actor_id: str, limit: int = 50, offset: int = 0) -> dict | None:
        """One actor with its first ``limit`` mentions after ``offset`` (and at most ``limit``
        events on each side, roles, quotes by and about it, claims, contradictions)."""
        actor = self._one("SELECT id, name, kind, country, sector, org, aliases, named,"
                          " anonymous FROM actors WHERE id = ?", [actor_id])
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
        # its events' and its claims' contradictions
        actor["contradictions"] = [] if "contradictions" in self.empty else self._rows(
            """WITH its AS (SELECT event AS item FROM event_actors WHERE actor = ?
                            UNION ALL SELECT claim FROM claim_links WHERE claimant = ?)
               SELECT id, a, b, reason, cluster FROM contradictions
               WHERE a IN (SELECT item FROM its) OR b IN (SELECT item FROM its)
               ORDER BY cluster, id LIMIT ?""", [actor_id, actor_id, limit])
        actor["quotes_by"] = self._quotes(
            SPOKEN_BY.format(alias="q", column="speaker"), [actor_id], limit, 0)
        # about the actor: it is mentioned in them, and it is not the one speaking
        actor["quotes_about"] = self._quotes(
            """coalesce(q.speaker, '') NOT IN (SELECT "local" FROM actor_links
               WHERE actor = ?)""", [actor_id, actor_id], limit, 0, source=MENTIONED_IN)
        actor["claims_by"] = self._claims(
            SPOKEN_BY.format(alias="c", column="claimant"), [actor_id], limit, 0)
        return actor

    def names(self, actor_ids: set[str]) -> dict[str, str]:
        """Actor names by id."""
        if not actor_ids:
            return {}
        rows = self._rows("SELECT id, name FROM actors WHERE id IN"
                          " (SELECT unnest(?::VARCHAR[]))", [sorted(actor_ids)])
        return {r["id"]: r["name"] for r in rows}

    def _texts(self, doc_ids: set[str]) -> dict[str, dict]:
        """Title, date, outlet and text of the given documents, by id."""
        if not doc_ids:
            return {}
        ids = sorted(doc_ids)
        return {r["id"]: r for r in self._rows(
            f"SELECT id, title, published, source, text FROM documents WHERE {_in('id', ids)}",
            ids)}

    def _actor_events(self, actor_id: str, side: str, limit: int) -> list[dict]:
        """An actor's events on one side, from ``event_actors`` (which fuse fills with what
        a page shows), their clusters and their documents' text: no scan of the events."""
        events = self._rows(
            """SELECT event AS id, doc_id, start, "end", sentence_start, sentence_end, type,
                   modality, date, date_precision, cluster, coalesce(source, []) AS source,
                   coalesce(target, []) AS target, attributed_to
               FROM event_actors WHERE actor = ? AND side = ?
               ORDER BY sort_date NULLS LAST, doc_id, start LIMIT ?""", [actor_id, side, limit])
        if not events:
            return []
        sources = self._corroboration({e["cluster"] for e in events})
        texts = self._texts({e["doc_id"] for e in events})
        for e in events:
            doc = texts[e["doc_id"]]
            e.update(doc_title=doc["title"], published=doc["published"], outlet=doc["source"],
                     corroboration=sources.get(e["cluster"]))
        return _with_text(events, texts)

    def _corroboration(self, cluster_ids: set[str | None]) -> dict[str, int]:
        """The number of independent sources of each cluster, by id."""
        ids = sorted(c for c in cluster_ids if c)
        if not ids or "clusters" in self.empty:
            return {}
        return {r["id"]: r["sources"] for r in self._rows(
            f"SELECT id, sources FROM clusters WHERE {_in('id', ids)}", ids)}

    # -- events -------------------------------------------------------------------------------
    def _events(self, condition: str, params: list[Any], limit: int, offset: int,
                order: str = "coalesce(e.date, e.published)") -> list[dict]:
        """Events of ``corpus_events`` (as ``e``) meeting ``condition``, by ``order`` (their
        date), with their sentence and trigger text."""
        rows = self._rows(
            f"""SELECT {EVENT_COLUMNS} FROM corpus_events e WHERE {condition}
                ORDER BY {order} NULLS LAST, e.doc_id, e.start
                LIMIT ? OFFSET ?""", [*params, limit, offset])
        return _with_text(rows, self._texts({r["doc_id"] for r in rows}))

    def events(self, f: EventFilter, limit: int, offset: int) -> dict:
        if f.actor and not (f.cluster or f.doc_id):
            return self._events_of_actor(f, limit, offset)
        where, params = self._event_filter(f)
        return {"items": self._events(where, params, limit, offset),
                "total": self._count(f"SELECT e.id FROM corpus_events e WHERE {where}", params),
                "limit": limit, "offset": offset}

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
        items = self._events_by_id([r["event"] for r in page], {r["doc_id"] for r in page})
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def _events_by_id(self, ids: list[str], doc_ids: set[str]) -> list[dict]:
        """The events with these ids, in the documents ``doc_ids`` (which the store finds
        by index, where it would scan for the ids alone), by date."""
        if not ids:
            return []
        docs = sorted(doc_ids)
        return self._events(f"{_in('e.doc_id', docs)} AND {_in('e.id', ids)}", [*docs, *ids],
                            len(ids), 0)

    @staticmethod
    def _event_filter(f: EventFilter) -> tuple[str, list[Any]]:
        return _where([
            (f.type, "e.type = ?"), (f.modality, "e.modality = ?"),
            (f.actor, "e.id IN (SELECT event FROM event_actors WHERE actor = ?)"),
            (f.date_from, "coalesce(e.date, e.published) >= ?"),
            (f.date_to, "coalesce(e.date, e.published) <= ?"),
            (f.cluster, "e.cluster = ?"), (f.doc_id, "e.doc_id = ?")])

    def event(self, event_id: str) -> dict | None:
        rows = self._events("e.id = ?", [event_id], 1, 0)
        return rows[0] if rows else None

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
        doc["quotes"] = self._quotes("q.doc_id = ?", [doc_id], 10_000, 0)
        doc["claims"] = self._claims("c.doc_id = ?", [doc_id], 10_000, 0)
        return doc

    def quotes(self, f: QuoteFilter, limit: int, offset: int) -> dict:
        where, params = _where([
            (f.speaker, SPOKEN_BY.format(alias="q", column="speaker")), (f.kind, "q.kind = ?"),
            (f.anonymous, "coalesce(q.anonymous, false) = ?"), (f.doc_id, "q.doc_id = ?")])
        return self._paged("quotes", self._quotes(where, params, limit, offset),
                           f"SELECT id FROM quotes q WHERE {where}", params, limit, offset)

    def claims(self, f: ClaimFilter, limit: int, offset: int) -> dict:
        where, params = _where([
            (f.claimant, SPOKEN_BY.format(alias="c", column="claimant")),
            (f.stance, "c.stance = ?"), (f.doc_id, "c.doc_id = ?"), (f.about, "c.about = ?")])
        return self._paged("claims", self._claims(where, params, limit, offset),
                           f"SELECT id FROM claims c WHERE {where}", params, limit, offset)

    def _paged(self, table: str, items: list[dict], base: str, params: list[Any], limit: int,
               offset: int) -> dict:
        total = 0 if table in self.empty else self._count(base, params)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def _quotes(self, condition: str, params: list[Any], limit: int, offset: int,
                source: str = "quotes q") -> list[dict]:
        """Quotes meeting ``condition`` (on ``q`` in ``source``), in document order, with the
        speaker as a corpus actor, the stance of the claim each makes, the content text and a
        link to the reader at it."""
        if "quotes" in self.empty:
            return []
        # the page first, then what it shows, by key: no join over every quote or document
        rows = self._rows(
            f"""SELECT q.id, q.doc_id, q.start, q."end", q.kind, q.speaker AS local,
                   q.speaker_text, q.speaker_start, q.speaker_end, q.cue, q.cue_start,
                   q.cue_end, coalesce(q.anonymous, false) AS anonymous
                FROM {source} WHERE {condition}
                ORDER BY q.doc_id, q.start, q.id LIMIT ? OFFSET ?""", [*params, limit, offset])
        docs = {r["doc_id"] for r in rows}
        stances = {} if not rows or "claims" in self.empty else {
            c["quote"]: c["stance"] for c in self._rows(
                "SELECT quote, stance FROM claims WHERE quote IN (SELECT unnest(?::VARCHAR[]))",
                [[r["id"] for r in rows]])}
        speakers = self._corpus_actors({r["local"] for r in rows})
        texts = self._texts(docs)
        for r in rows:
            r["speaker"], r["speaker_name"] = speakers.get(r.pop("local"), (None, None))
            r["stance"] = stances.get(r["id"])
        return _with_span(rows, texts)

    def _claims(self, condition: str, params: list[Any], limit: int, offset: int,
                ) -> list[dict]:
        """Claims meeting ``condition`` (on ``c``), in document order, with the claimant as a
        corpus actor, the type of the event it is about, its quote's cue, its cluster and
        corroboration, the proposition's text and a link to the reader at it."""
        if "claims" in self.empty:
            return []
        rows = self._rows(
            f"""SELECT c.id, c.doc_id, c.start, c."end", c.stance, c.claimant AS local,
                   c.about, c.quote FROM claims c WHERE {condition}
                ORDER BY c.doc_id, c.start, c.id LIMIT ? OFFSET ?""", [*params, limit, offset])
        docs = {r["doc_id"] for r in rows}
        quoted = sorted({r["quote"] for r in rows if r["quote"]})
        cues = {} if not quoted else {q["id"]: q["cue"] for q in self._rows(
            f"SELECT id, cue FROM quotes WHERE {_in('id', quoted)}", quoted)}
        about = sorted({r["about"] for r in rows if r["about"]})
        types = {} if not about else {e["id"]: e["type"] for e in self._rows(
            f"SELECT id, type FROM events WHERE {_in('id', about)}", about)}
        ids = [r["id"] for r in rows]
        fused = {} if not ids or "claim_links" in self.empty else {x["claim"]: x for x in (
            self._rows("SELECT claim, cluster, corroboration FROM claim_links"
                       f" WHERE {_in('claim', ids)}", ids))}
        claimants = self._corpus_actors({r["local"] for r in rows})
        texts = self._texts(docs)
        for r in rows:
            r["claimant"], r["claimant_name"] = claimants.get(r.pop("local"), (None, None))
            r["cue"] = cues.get(r["quote"])
            r["about_type"] = types.get(r["about"])
            link = fused.get(r["id"], {})
            r["cluster"], r["corroboration"] = link.get("cluster"), link.get("corroboration")
        return _with_span(rows, texts)

    def _corpus_actors(self, local_ids: set[str | None]) -> dict[str, tuple[str, str]]:
        """The corpus actor (id and name) of each document-local actor id that has one."""
        ids = sorted(x for x in local_ids if x)
        if not ids:
            return {}
        links = {r["local"]: r["actor"] for r in self._rows(
            f"""SELECT "local", actor FROM actor_links WHERE {_in('"local"', ids)}""", ids)}
        actors = sorted(set(links.values()))
        names = {} if not actors else {r["id"]: r["name"] for r in self._rows(
            f"SELECT id, name FROM actors WHERE {_in('id', actors)}", actors)}
        return {local: (actor, names.get(actor, actor)) for local, actor in links.items()}


def _in(column: str, values: Iterable[Any]) -> str:
    """``column IN (?, ...)`` for the values: a literal list, which DuckDB answers from the
    column's index (a key column here), where a joined list would scan the table."""
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _with_text(events: list[dict], texts: dict[str, dict]) -> list[dict]:
    """The events, each with its sentence and trigger text and a link to the reader at the
    trigger; ``texts``: their documents by id."""
    for e in events:
        text = texts[e["doc_id"]]["text"]
        e["sentence"] = text[e["sentence_start"] or 0:e["sentence_end"] or 0]
        e["trigger"] = text[e["start"]:e["end"]]
    return _linked(events)


def _with_span(rows: list[dict], texts: dict[str, dict]) -> list[dict]:
    """The quotes or claims, each with its span's text, its document's outlet, date and title,
    and a link to the reader at it; ``texts``: their documents by id."""
    for r in rows:
        doc = texts[r["doc_id"]]
        r.update(text=doc["text"][r["start"]:r["end"]], outlet=doc["source"],
                 published=doc["published"], doc_title=doc["title"])
    return _linked(rows)


def _linked(rows: list[dict]) -> list[dict]:
    """The rows, each with ``link``: the document reader at the row's start."""
    for r in rows:
        r["link"] = f"/documents/{quote(r['doc_id'], safe='')}#c{r['start']}"
    return rows


def _where(conditions: list[tuple[Any, str]]) -> tuple[str, list[Any]]:
    """A WHERE clause of the conditions whose value is given (``False`` is a value, ``None``
    and ``""`` are not), and their parameters."""
    used = [(value, sql) for value, sql in conditions if value is not None and value != ""]
    return " AND ".join(["TRUE", *(sql for _, sql in used)]), [value for value, _ in used]
