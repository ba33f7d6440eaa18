"""Stories: what a document tells of, and the reports that name no party joined within one.

In: the clusters ``clusters.cluster`` built, the local → corpus actor map and each corpus
actor's party. Out: the same clusters, with each cluster whose reports name no party joined to
the one event of its story it can be.

A **story** is what its documents tell of: the parties of every actor a document names
(``told``: a report of a strike in a town tells of the union, the ministry, the country).
Two clusters are of one story when a party the documents of one tell of is one the documents
of the other tell of, or when they share a document.

Many reports of an event name none of its parties: "the strike entered its fourth day", "the
talks ended without a deal", "Saturday's march", an analysis retelling "the abduction" weeks
later. The clustering joins such a report to an event of its own document, or to the one
event of the corpus its time, place and theme allow (``clusters``); what is left is a
**lone unnamed cluster**: no report of it names a doer or a target we can tell apart, none is
a denial only (``denials`` decides those), and it is not words whose speaker the text names
but we cannot tell apart ("church leaders offered to mediate": an unnamed speaker is another
speaker). It joins a cluster when:

* **kind, act, time and place**: the same type, neither only imagined or asked for unless
  both are, the same kind of act (``Group.fits_act``), windows that meet and not two towns
  (``Group.fits_time_and_place``);
* **story**: the two are of one story;
* **one candidate**: of the clusters that fit, exactly one names a party (the event its
  reports tell of); where none names one, exactly one fits (two unnamed reports of one
  event: "the stoppage", "the strike"). With two or more the report could be of either (a
  strike and the second strike a fortnight later, both in its month) and it joins none.

Every choice is made on the clusters as the earlier passes left them, then applied (a lone
cluster chosen by another joins with it the event it chose), so the result does not depend
on the order clusters come in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..records import document_of
from .acts import THEMED, Group, mention
from .contradictions import AGAINST

__all__ = ["join_unnamed", "told"]


def told(groups: Iterable[Group], links: Mapping[str, str],
         party: Mapping[str, frozenset[str]]) -> dict[str, set[str]]:
    """The parties each document tells of: those of every act it reports."""
    out: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for e in g.members:
            out[e.doc_id] |= mention(e, links, party).parties
    return out


def names_of(links: Mapping[str, str], party: Mapping[str, frozenset[str]]
          ) -> dict[str, set[str]]:
    """The parties each document names: those of every actor in it."""
    out: dict[str, set[str]] = defaultdict(set)
    for local, corpus in links.items():
        out[document_of(local)] |= party.get(corpus, frozenset())
    return out


def join_unnamed(groups: list[Group], links: Mapping[str, str],
                 party: Mapping[str, frozenset[str]]) -> list[Group]:
    """``groups`` with each lone unnamed cluster in the one event of its story it can be
    (see module)."""
    tiers = []
    for tells in (told(groups, links, party), names_of(links, party)):
        stories = [set().union(*(tells[e.doc_id] for e in g.members),
                               {"doc " + e.doc_id for e in g.members}) for g in groups]
        index: dict[tuple[tuple[str, bool], str], set[int]] = defaultdict(set)
        for n, g in enumerate(groups):
            for p in stories[n]:
                index[(g.kind, p)].add(n)
        tiers.append((stories, index))
    chosen: dict[int, int] = {}
    for n, g in enumerate(groups):
        if not _lone(g):
            continue
        m = g.as_mention()
        for stories, index in tiers:
            near = {k for p in stories[n] for k in index[(g.kind, p)]} - {n}
            fits = [k for k in sorted(near)
                    if groups[k].fits_time_and_place(m) and groups[k].fits_act(m)]
            if fits:
                named = [k for k in fits if groups[k].sources or groups[k].targets]
                found = named or fits
                if len(found) == 1:
                    chosen[n] = found[0]
                break
    if not chosen:
        return groups
    into: dict[int, int] = {}
    for n in sorted(chosen):
        into[n] = _root(n, chosen)
    for n in sorted(into):
        root = into[n]
        if root == n:
            continue
        g, m = groups[root], groups[n].as_mention()
        if g.fits_time_and_place(m) and g.fits_act(m):
            g.add(m)
            groups[n].members = []
    return [g for g in groups if g.members]


def _lone(g: Group) -> bool:
    """Whether no report of ``g`` names a party, none asserts it (only denials), or it is
    words an unnamed speaker said."""
    return not (g.sources or g.targets) and not all(e.modality in AGAINST for e in g.members) \
        and not (g.unnamed_doer and g.type in THEMED)


def _root(n: int, chosen: Mapping[int, int]) -> int:
    """The cluster ``n`` ends in, following the choices (two unnamed clusters choosing each
    other end in the first)."""
    seen = [n]
    while (k := chosen.get(seen[-1])) is not None and k not in seen:
        seen.append(k)
    if chosen.get(seen[-1]) in seen:  # a cycle: unnamed clusters that chose each other
        return min(seen[seen.index(chosen[seen[-1]]):])
    return seen[-1]
