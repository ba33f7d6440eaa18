"""Read-only queries over what the fuse stage derives: event clusters with their reports,
claims and contradictions; contradictions with both sides; the actor network by month; and
the ids now in use for retired ones.

In: a store opened read-only. Out: plain dicts and lists, shaped as the API returns them.
Like ``queries``, each answer reads a page of keys first and joins text to that page only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..records import AFFIRMS, MODALITIES
from .queries import EventFilter, Reader, _in, _where

CLUSTER_COLUMNS = """id, type, mentions, sources, coalesce(outlets, []) AS outlets,
    first_report, last_report, date_from, date_to, strongest, weakest,
    coalesce(unconfirmed, false) AS unconfirmed, coalesce(contradictions, 0) AS contradictions"""
#: A contradiction's side is an event, a claim or a quote: which table holds its id.
SIDE_KINDS = ("event", "claim", "quote")


def stands_for(reports: list[dict]) -> dict[str, str]:
    """Per cluster, the report that stands for it: the firmest (``records.AFFIRMS``: an
    asserted report before a reported one, a denial last), then the first published (an
    undated one after), then the first by id. ``reports`` are rows with ``cluster``,
    ``event``, ``modality`` and ``published``."""
    best: dict[str, tuple] = {}
    for x in reports:
        rank = (-AFFIRMS.get(x["modality"], -1), x["published"] is None,
                x["published"] or dt.date.min, x["event"])
        if x["cluster"] not in best or rank < best[x["cluster"]]:
            best[x["cluster"]] = rank
    return {cluster: rank[-1] for cluster, rank in best.items()}


@dataclass(frozen=True, slots=True)
class ClusterFilter:
    type: str | None = None
    min_sources: int | None = None
    date_from: dt.date | None = None  # clusters whose dates reach this day or later
    date_to: dt.date | None = None  # clusters whose dates begin this day or earlier


class FusionReader(Reader):
    """The store's reader, with the corpus-wide facts of the fuse stage."""

    def current(self, old_id: str) -> str | None:
        """The id now in use for ``old_id`` if a fuse retired it (an actor or a cluster)."""
        if "retired" in self.empty:
            return None
        row = self._one("SELECT new FROM retired WHERE old = ?", [old_id])
        return row["new"] if row else None

    # -- clusters -----------------------------------------------------------------------------
    def clusters(self, f: ClusterFilter, limit: int, offset: int) -> dict:
        """Clusters with the most independent sources first, each with its parties and the
        sentence of the report that stands for it."""
        where, params = _where([
            (f.type, "type = ?"), (f.min_sources, "sources >= ?"),
            (f.date_from, "coalesce(date_to, last_report) >= ?"),
            (f.date_to, "coalesce(date_from, first_report) <= ?")])
        if "clusters" in self.empty:
            return {"items": [], "total": 0, "limit": limit, "offset": offset}
        items = self._rows(
            f"""SELECT {CLUSTER_COLUMNS} FROM clusters WHERE {where}
                ORDER BY sources DESC, mentions DESC, coalesce(date_from, first_report), id
                LIMIT ? OFFSET ?""", [*params, limit, offset])
        return {"items": self._with_parties(items),
                "total": self._count(f"SELECT id FROM clusters WHERE {where}", params),
                "limit": limit, "offset": offset}

    def _with_parties(self, clusters: list[dict]) -> list[dict]:
        """The clusters, each with its source and target actors over its reports, and the
        sentence of the report that stands for it (``stands_for``) with a link to it."""
        ids = [c["id"] for c in clusters]
        links = [] if not ids else self._rows(
            f"""SELECT l.cluster, l.event, coalesce(l.source, []) AS source,
                   coalesce(l.target, []) AS target, e.modality, d.published
                FROM event_links l JOIN events e ON e.id = l.event
                JOIN documents d ON d.id = e.doc_id WHERE {_in('l.cluster', ids)}
                ORDER BY l.cluster, l.event""", ids)
        first = stands_for(links)
        sides: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
        for x in links:
            source, target = sides.setdefault(x["cluster"], ({}, {}))
            source.update(dict.fromkeys(x["source"]))
            target.update(dict.fromkeys(x["target"]))
        events = self._events(_in("e.id", first.values()), list(first.values()),
                              len(first), 0) if first else []
        example = {e["cluster"]: e for e in events}
        for c in clusters:
            source, target = sides.get(c["id"], ({}, {}))
            e = example.get(c["id"], {})
            c.update(source=list(source), target=list(target), example=e.get("sentence"),
                     example_link=e.get("link"))
        return clusters

    def cluster(self, cluster_id: str, limit: int = 100, offset: int = 0) -> dict | None:
        """One cluster: its summary, its reports (``limit`` after ``offset``, first published
        first), the claims about it and its contradictions."""
        summary = self._one(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE id = ?",
                            [cluster_id])
        if summary is None:
            return None
        reports = self._events("e.cluster = ?", [cluster_id], limit, offset,
                               order="e.published")
        claim_ids = [] if "claim_links" in self.empty else [r["claim"] for r in self._rows(
            "SELECT claim FROM claim_links WHERE cluster = ? ORDER BY claim LIMIT ?",
            [cluster_id, limit])]
        claims = self._claims(_in("c.id", claim_ids), claim_ids, limit, 0) if claim_ids else []
        return {"summary": summary, "reports": reports, "claims": claims,
                "contradictions": self.contradictions(limit, 0, cluster_id)["items"],
                "limit": limit, "offset": offset}

    # -- contradictions -----------------------------------------------------------------------
    def contradictions(self, limit: int, offset: int, cluster: str | None = None) -> dict:
        """Contradictions grouped by cluster, each with both sides (``sides``: a, then b) and
        what its cluster is (``about``: type, reports, independent sources)."""
        if "contradictions" in self.empty:
            return {"items": [], "total": 0, "limit": limit, "offset": offset}
        where, params = _where([(cluster, "cluster = ?")])
        items = self._rows(
            f"""SELECT id, a, b, reason, cluster, doc_id, start, "end" FROM contradictions
                WHERE {where} ORDER BY cluster, id LIMIT ? OFFSET ?""",
            [*params, limit, offset])
        sides = self._sides({x for c in items for x in (c["a"], c["b"])})
        keys = sorted({c["cluster"] for c in items if c["cluster"]})
        about = {} if not keys else {x["id"]: x for x in self._rows(
            f"SELECT id, type, mentions, sources FROM clusters WHERE {_in('id', keys)}", keys)}
        for c in items:
            c["sides"] = [sides.get(c["a"], {"id": c["a"]}), sides.get(c["b"], {"id": c["b"]})]
            c["about"] = about.get(c["cluster"])
        return {"items": items,
                "total": self._count(f"SELECT id FROM contradictions WHERE {where}", params),
                "limit": limit, "offset": offset}

    def _sides(self, ids: set[str]) -> dict[str, dict]:
        """Each id's item (event, claim or quote) as a side of a contradiction: its kind,
        who holds it (``speaker``; none: the outlet in its own voice), its evidence (``text``
        at ``start``..``end``: the claim or quote, or the event's sentence) in its sentence,
        where and when it was published, and a link to the reader at it."""
        keys = sorted(ids)
        if not keys:
            return {}
        out: dict[str, dict] = {}
        for e in self._events(_in("e.id", keys), keys, len(keys), 0):
            out[e["id"]] = {
                "kind": "event", "start": e["sentence_start"], "end": e["sentence_end"],
                "text": e["sentence"], "trigger_start": e["start"], "trigger_end": e["end"],
                "speaker": e["attributed_to"], "type": e["type"], "modality": e["modality"],
                **{k: e[k] for k in ("id", "doc_id", "sentence", "sentence_start", "outlet",
                                     "published", "doc_title", "cluster", "link")}}
        rest = [k for k in keys if k not in out]
        said = [] if not rest else [
            {**c, "kind": "claim", "speaker": c["claimant"], "speaker_name": c["claimant_name"]}
            for c in self._claims(_in("c.id", rest), rest, len(rest), 0)]
        rest = [k for k in rest if k not in {c["id"] for c in said}]
        said += [] if not rest else [{**q, "kind": "quote"}
                                     for q in self._quotes(_in("q.id", rest), rest, len(rest), 0)]
        out.update({s["id"]: s for s in self._in_sentences(said)})
        names = self.names({s["speaker"] for s in out.values() if s["speaker"]})
        for s in out.values():
            s.setdefault("speaker_name", names.get(s["speaker"] or "", s["speaker"]))
        return out

    def _in_sentences(self, spans: list[dict]) -> list[dict]:
        """The spans, each with ``sentence`` and ``sentence_start``: the sentences it lies
        in (the span alone where the store has no sentences for it)."""
        docs = sorted({s["doc_id"] for s in spans})
        if not docs:
            return spans
        bounds: dict[str, list[tuple[int, int]]] = {}
        for b in self._rows(f"""SELECT doc_id, start, "end" FROM sentences
                                WHERE {_in('doc_id', docs)}""", docs):
            bounds.setdefault(b["doc_id"], []).append((b["start"], b["end"]))
        texts = self._texts(set(docs))
        for s in spans:
            around = [(a, b) for a, b in bounds.get(s["doc_id"], []) if a < s["end"]
                      and s["start"] < b]
            start = min([s["start"], *(a for a, _ in around)])
            end = max([s["end"], *(b for _, b in around)])
            s.update(sentence=texts[s["doc_id"]]["text"][start:end], sentence_start=start)
        return spans

    # -- the network --------------------------------------------------------------------------
    def network(self, f: EventFilter, limit: int, anonymous: bool = False) -> dict:
        """Actors linked by clusters of events, over the months of ``f``'s dates: per source,
        target and type, the clusters (of ``f.modality``, their strongest, if given), the most
        independent sources in any month, and the first and last date. Anonymous sources
        only if ``anonymous``."""
        where, params = _where([
            (f.type, "type = ?"),
            (f.date_from and f"{f.date_from:%Y-%m}", "month >= ?"),
            (f.date_to and f"{f.date_to:%Y-%m}", "month <= ?")])
        # with a modality, an edge counts the clusters of that strongest modality only
        clusters = "clusters" if not f.modality else (
            "coalesce(list_sum(list_transform(list_filter(modalities, lambda m: m.modality = ?),"
            " lambda m: m.clusters)), 0)")
        shown = "TRUE" if anonymous else ("source NOT IN (SELECT id FROM hidden)"
                                          " AND target NOT IN (SELECT id FROM hidden)")
        # the edges shown first; then the modalities of their months only (summing the lists
        # of every edge costs five times more)
        edges = self._rows(
            f"""WITH months AS (SELECT source, target, type, {clusters} AS clusters, sources,
                                     modalities, first_date, last_date
                                FROM network_edges WHERE {where}),
                hidden AS (SELECT id FROM actors WHERE anonymous),
                shown AS (SELECT source, target, type, sum(clusters)::INTEGER AS clusters,
                              max(sources) AS sources, min(first_date) AS first_date,
                              max(last_date) AS last_date
                          FROM months WHERE clusters > 0 AND {shown}
                          GROUP BY source, target, type
                          ORDER BY clusters DESC, sources DESC, source, target, type LIMIT ?)
                SELECT e.*, flatten(list(m.modalities)) AS modalities
                FROM shown e JOIN months m ON m.source = e.source AND m.target = e.target
                    AND m.type = e.type
                GROUP BY ALL ORDER BY clusters DESC, sources DESC, source, target, type""",
            [*([f.modality] if f.modality else []), *params, limit])
        for e in edges:
            e["modalities"] = _by_modality(e["modalities"], f.modality)
            e["modality"] = e["modalities"][0]["modality"] if e["modalities"] else "asserted"
        ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        nodes = [] if not ids else self._rows(
            f"""SELECT a.id, a.name, a.kind, a.country, a.sector,
                   (SELECT count(*) FROM actor_mentions m WHERE m.actor = a.id) AS mentions
               FROM actors a WHERE {_in('a.id', ids)} ORDER BY a.id""", ids)
        return {"nodes": nodes, "edges": edges}


def _by_modality(counts: list[dict[str, Any]], only: str | None) -> list[dict[str, Any]]:
    """Clusters by strongest modality summed over months, most first (ties: the order of
    ``MODALITIES``, most affirming first); of ``only`` if given."""
    total: Counter[str] = Counter()
    for m in counts or []:
        if only is None or m["modality"] == only:
            total[m["modality"]] += m["clusters"]
    rank = {m: i for i, m in enumerate(MODALITIES)}
    return [{"modality": m, "clusters": n} for m, n in sorted(
        total.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0]))]
