"""A short summary of a store: what is in it, who is mentioned most, which events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .store import Store


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    sentences: int
    mentions_by_label: dict[str, int]
    top_actors: list[tuple[str, int]]  # (name, mentions), most mentioned first
    events_by_type: dict[str, dict[str, int]]  # PLOVER type -> modality -> events


def summarize(db: str | Path, top: int = 10) -> Summary:
    with Store(db, read_only=True) as store:
        labels = store.con.execute(
            "SELECT label, count(*) AS n FROM mentions GROUP BY label ORDER BY n DESC, label"
        ).fetchall()
        names = store.con.execute(
            "SELECT a.name, count(*) AS n FROM actor_mentions m JOIN actors a ON a.id = m.actor"
            " GROUP BY a.name ORDER BY n DESC, a.name LIMIT ?", [top]
        ).fetchall()
        events: dict[str, dict[str, int]] = {}
        for kind, modality, n in store.con.execute(
                "SELECT type, modality, count(*) FROM events GROUP BY ALL ORDER BY ALL").fetchall():
            events.setdefault(kind, {})[modality] = n
        return Summary(store.count("documents"), store.count("sentences"), dict(labels),
                       [(name, n) for name, n in names], events)
