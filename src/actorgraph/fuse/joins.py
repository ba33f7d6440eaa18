"""The union steps after mentions are placed: two clusters that each would take the other as
one mention made one, and a mention its document tells as the retelling of an earlier event
moved into that event's cluster (the rules: ``clusters``'s docstring).

In: clusters (``groups.Group``) in canonical order, the local → corpus actor map, each corpus
actor's party and how far back each document reaches (``retrospectives.reach``). Out: the
clusters, fewer where joined, in the same order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .acts import mention, sided
from .blocks import held_in, weeks
from .groups import Group

__all__ = ["joined", "retold"]


def joined(groups: list[Group]) -> list[Group]:
    """``groups`` with two clusters that each would take the other as one mention made one
    (reports that named only the doer founded one, reports that named the victim the other,
    before one named both, or that the order of joining kept apart). They are looked for
    through a party and a week they share (``blocks``, as in ``clusters.cluster``), or the
    town of an act done there (``held_in``) and a week, when texts date both or one tells
    the act in full and the other names no doer (``_told_in_full``: reports naming its
    victims two ways share no party); the earlier cluster takes the later. The clusters come
    in canonical order, so the joins do not depend on the order of the input."""
    def key(g: Group, p: str, w: int) -> tuple[str, bool, str, int]:
        return (*g.kind, p, w)

    def keys(g: Group) -> set[str]:
        # its parties, and the town of an act done there (not a meeting): reports naming its
        # victims two ways share no party
        return g.sources | g.targets | held_in(g.type, g.place, True)

    blocks: dict[tuple[str, bool, str, int], list[int]] = {}
    for n, g in enumerate(groups):
        if g.window is not None:
            for p in keys(g):
                for w in weeks(g.window):
                    blocks.setdefault(key(g, p, w), []).append(n)
    into: set[int] = set()
    for n, g in enumerate(groups):
        if n in into or g.window is None:
            continue
        near = sorted({k for p in keys(g) for w in weeks(g.window)
                       for k in blocks.get(key(g, p, w), ()) if k != n and k not in into})
        for k in near:
            if k in into:
                continue
            first, later = (n, k) if n < k else (k, n)
            a, b = groups[first], groups[later]
            if not ((a.sources | a.targets) & (b.sources | b.targets) or _told_in_full(a, b)
                    or _told_in_full(b, a) or (a.dated and b.dated)):
                continue  # met through the town only: two reports of its week may tell two
            if a.admits(b.as_mention()) and b.admits(a.as_mention()):
                a.add(b.as_mention())
                into.add(later)
                if later == n:
                    break
    return [g for n, g in enumerate(groups) if n not in into]


def _told_in_full(a: Group, b: Group) -> bool:
    """Whether ``a``'s reports name the doer of an act its text dates, and ``b``'s, naming no
    doer, only its victims: the vaguer report of the act told in full ("Zambian police
    arrested Banda in Kasama on Monday", "the detention of two Malawian traders in Kasama")."""
    return a.dated and bool(sided(a.sources)) and not sided(b.sources)  # a town is no doer


def retold(groups: list[Group], links: Mapping[str, str],
            party: Mapping[str, frozenset[str]],
            since: Mapping[tuple[str, str], dt.date]) -> list[Group]:
    """``groups`` with each mention its document says tells an event again ("the talks,
    chaired by the envoy ...") in that event's cluster when time, place, act and sides allow."""
    where = {e.id: n for n, g in enumerate(groups) for e in g.members}
    for n, g in enumerate(groups):
        for e in [e for e in g.members if e.retells in where]:
            told = where[e.retells]
            m = mention(e, links, party, since.get((e.doc_id, e.type)))
            if told != n and groups[told].fits(m) and not groups[told].replies(m):
                g.members.remove(e)
                g.phoned = g.in_person = False
                g.hold(g.members)
                groups[told].members.append(e)
                groups[told].hold([e])
                where[e.id] = told
    return [g for g in groups if g.members]
