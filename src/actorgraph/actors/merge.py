"""Group actor mentions into actors.

In: ``Mention`` records from any number of documents. Out: ``Actor`` records, each with every
mention that names it. Today mentions with the same text are one actor; its kind is the one
most of its mentions' entity labels give.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..records import ACTOR_LABELS, KIND_BY_LABEL, Actor, Mention, Span


def actor_id(name: str) -> str:
    """A stable id for the actor whose canonical name is ``name``."""
    return "A" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def merge_by_text(mentions: Iterable[Mention]) -> list[Actor]:
    """Return one actor per distinct mention text (actor labels only), sorted by id."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in ACTOR_LABELS:
            groups[m.text].append(m)
    actors = []
    for name, group in groups.items():
        group.sort(key=lambda m: (m.doc_id, m.start, m.end))
        kinds = Counter(KIND_BY_LABEL[m.label] for m in group)
        kind = max(sorted(kinds), key=kinds.__getitem__)
        spans = tuple(dict.fromkeys(Span(m.doc_id, m.start, m.end) for m in group))
        first = spans[0]
        actors.append(Actor(
            id=actor_id(name), name=name, doc_id=first.doc_id, start=first.start,
            end=first.end, kind=kind, aliases=(name,), mentions=spans,
        ))
    return sorted(actors, key=lambda a: a.id)
