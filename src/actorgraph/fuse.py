"""Fuse: corpus-wide facts derived from every stored document.

In: document-local events (``EventKey``) and the local → corpus actor links made by
``actors.merge``. Out: one row per event with its corpus actor ids and its cluster, the id
shared by every mention of the same real-world event across documents.

Two mentions are one event when they have the same PLOVER type, the same corpus actors on
each side, and dates that can be the same day: equal, or within the looser precision of the
two ("last week" and "on Tuesday" can meet; June and August cannot); a mention with no date
joins the earliest dated cluster of its key, or forms one. Modality is not part of the key on
purpose: "Russia vetoed X" and "Russia did not veto X" are claims about one event, and that
is where contradictions are found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from .records import EventKey

#: How far apart two dates of a precision may be and still name the same day.
_SLACK = {"day": 1, "week": 7, "month": 31, "year": 366}


def _mapped(ids: tuple[str, ...], links: Mapping[str, str]) -> list[str]:
    out: list[str] = []
    for local in ids:
        actor = links.get(local)
        if actor is not None and actor not in out:
            out.append(actor)
    return out


def _compatible(a: EventKey, b: EventKey) -> bool:
    if a.date is None or b.date is None:
        return True
    slack = max(_SLACK.get(a.date_precision or "day", 1), _SLACK.get(b.date_precision or "day", 1))
    return abs((a.date - b.date).days) <= slack


def link_events(events: Iterable[EventKey], links: Mapping[str, str]) -> Iterator[dict]:
    """One ``event_links`` row per event: corpus actors and cluster id."""
    clusters: dict[tuple, list[tuple[EventKey, str]]] = {}
    for event in events:
        source, target = _mapped(event.source, links), _mapped(event.target, links)
        key = (event.type, frozenset(source), frozenset(target))
        members = clusters.setdefault(key, [])
        # compared with each cluster's first mention only, so this stays linear per key
        cluster = next((cid for first, cid in members if _compatible(event, first)), None)
        if cluster is None:
            cluster = f"c:{event.id}"
            members.append((event, cluster))
        yield {"event": event.id, "source": source, "target": target,
               "attributed_to": links.get(event.attributed_to or ""), "cluster": cluster}
