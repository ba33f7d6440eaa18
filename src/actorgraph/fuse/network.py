"""The actor network over time: edges aggregated from clusters, not from mentions.

In: clusters (summaries) and the corpus actors on each side of their mentions. Out: ``Edge``
records, one per (source actor, target actor, PLOVER type, month): how many clusters, from how
many independent sources (outlets that report them as happening: none for acts only denied or
negated), how many by their strongest modality, first and last date. A month
is that of the cluster's date (its window's middle), else of its first report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..records import Cluster, Edge, ModalityCount


@dataclass(slots=True)
class _Tally:
    clusters: int = 0
    outlets: set[str] = field(default_factory=set)
    modalities: Counter[str] = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None


def when(c: Cluster) -> dt.date | None:
    """The day a cluster stands for: its window's middle, else its first report."""
    if c.date_from is not None and c.date_to is not None:
        return c.date_from + (c.date_to - c.date_from) // 2
    return c.first_report


def edges(clusters: Iterable[Cluster],
          sides: Mapping[str, tuple[set[str], set[str]]]) -> list[Edge]:
    """``sides``: cluster id -> (source actor ids, target actor ids) over its mentions."""
    tally: dict[tuple[str, str, str, str | None], _Tally] = {}
    for c in clusters:
        sources, targets = sides.get(c.id, (set(), set()))
        day = when(c)
        month = f"{day:%Y-%m}" if day else None
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                x = tally.setdefault((s, t, c.type, month), _Tally())
                x.clusters += 1
                x.outlets.update(c.outlets)
                x.modalities[c.strongest] += 1
                if day is not None:
                    x.first = day if x.first is None else min(x.first, day)
                    x.last = day if x.last is None else max(x.last, day)
    return [Edge(s, t, kind, month, x.clusters, len(x.outlets),
                 tuple(ModalityCount(m, n) for m, n in sorted(x.modalities.items())),
                 x.first, x.last)
            for (s, t, kind, month), x in sorted(tally.items(), key=lambda kv: (
                kv[0][0], kv[0][1], kv[0][2], kv[0][3] or ""))]
