"""Fuse: the corpus-wide facts, derived from every stored document after each build.

In: document-local actors, events (``EventKey``) and claims (``ClaimKey``), what the last fuse
decided (``History``: ids to keep) and the dictionary. Out: one ``Fused`` record: corpus
actors and the local → corpus links (``actors.merge``), the parties each stands for
(``parties``), each event's corpus actors and cluster (``clusters``), cluster summaries
with their independent sources, claims' clusters and corroboration, contradictions with
reasons (``positions``, ``contradictions``), the actor network by month (``network``) and
the ids retired along the way (``identity``).

Everything is recomputed from the stored records, so adding documents gives what a rebuild
from scratch gives (ids aside: those a user has seen are kept, or retired with a pointer to
their successor), without parsing any old document again.
"""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from ..actors import merge
from ..actors.dictionary import Dictionary, norm
from ..records import (
    AFFIRMS,
    Actor,
    ClaimKey,
    ClaimLink,
    Cluster,
    EventKey,
    EventLink,
    Fused,
)
from . import contradictions as disagree
from . import parties, positions
from .acts import window
from .clusters import cluster
from .contradictions import AGAINST
from .groups import Group
from .identity import stable_ids
from .network import edges
from .pointing import repoint
from .sides import sides as sides_of

__all__ = ["History", "fuse"]


@dataclass(frozen=True, slots=True)
class History:
    """What the previous fuse decided."""

    actors: Mapping[str, str] = field(default_factory=dict)  # local actor -> corpus actor
    clusters: Mapping[str, str] = field(default_factory=dict)  # event -> cluster
    retired: Mapping[str, str] = field(default_factory=dict)  # old id -> current id


def fuse(local_actors: Iterable[Actor], events: Iterable[EventKey], claims: Iterable[ClaimKey],
         history: History, d: Dictionary, text: Callable[[str, int, int], str],
         titles: Mapping[str, str]) -> Fused:
    """Every corpus-wide fact; ``text`` reads a document's text between offsets (for the
    reasons of contradictions), ``titles`` names documents that have no outlet."""
    with _no_cycle_collection():
        return _fuse(local_actors, events, claims, history, d, text, titles)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Fusion makes millions of small records and no reference cycles; Python's cycle
    collector would only rescan them, ever more often as they pile up (a third of the time
    at 100k mentions, growing faster than the corpus: bench/fuse.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _fuse(local_actors: Iterable[Actor], events: Iterable[EventKey],
          claims: Iterable[ClaimKey], history: History, d: Dictionary,
          text: Callable[[str, int, int], str], titles: Mapping[str, str]) -> Fused:
    events = list(events)
    # the towns acts are placed in: a name one report places an act in is that town where
    # another's tagger read it as a person ("the shelling of Ban Huai Sai")
    merged, links = merge(local_actors, d, {norm(e.place) for e in events
                                            if e.place and e.place_kind == "town"})
    members: dict[str, list[str]] = defaultdict(list)
    for local, corpus in links.items():
        members[corpus].append(local)
    final, retired = stable_ids(members, history.actors, history.retired)
    merged = [replace(a, id=final[a.id], roles=tuple(
        replace(r, of=final.get(r.of, r.of) if r.of else None) for r in a.roles))
        for a in merged]
    links = {local: final[corpus] for local, corpus in links.items()}
    party = parties.parties(merged, d)
    groups = cluster(events, links, party)
    proposed = {f"c:{g.members[0].id}": [e.id for e in g.members] for g in groups}
    ids, retired = stable_ids(proposed, history.clusters, retired)
    cluster_of = {e: ids[p] for p, ms in proposed.items() for e in ms}
    event_links = tuple(_link(e, links, cluster_of.get(e.id)) for e in events)
    speaks_for = _speaks_for(merged, party)
    claim_list = repoint(list(claims), events, event_links, party, speaks_for, links,
                         {a.id for a in merged if a.key})
    claim_clusters = _claim_clusters(claim_list, links, cluster_of, groups, ids, proposed,
                                     speaks_for)
    said = {a.id: list(a.mentions) for a in merged}
    persons = {a.id for a in merged if a.kind == "PERSON"}
    pairs = disagree.find(positions.positions(events, event_links, claim_list, claim_clusters,
                                              links, said, persons, party, speaks_for,
                                              sides_of(merged, text)),
                          positions.acts(groups, [ids[p] for p in proposed],
                                         {a.id: a.country for a in merged}))
    names = {a.id: a.name for a in merged}
    many = {a.id for a in merged if a.kind == "GROUP" and _plural_name(a.name)}
    found = disagree.contradictions(pairs, lambda a: names.get(a, a), text, titles,
                                    many.__contains__)
    summaries = _summaries(groups, proposed, ids, claim_list, claim_clusters, found)
    sides: dict[str, tuple[set[str], set[str]]] = {}
    for link in event_links:
        s, t = sides.setdefault(link.cluster, (set(), set()))
        s.update(link.source)
        t.update(link.target)
    return Fused(actors=tuple(sorted(merged, key=lambda a: a.id)), links=links,
                 events=event_links, clusters=summaries,
                 claims=_claim_links(claim_list, claim_clusters, links),
                 contradictions=tuple(found), edges=tuple(edges(summaries, sides)),
                 retired=retired)


def _speaks_for(actors: list[Actor],
                party: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The parties each actor can speak for: its own, and those of the bodies the text gives
    it a role in ("the RSF spokesman" speaks for the RSF)."""
    return {a.id: party[a.id].union(*(party.get(r.of, frozenset()) for r in a.roles if r.of))
            for a in actors}


def _plural_name(name: str) -> bool:
    """Whether a group's name is a plural noun ("Villagers", "union officials")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith("ss")


def _link(e: EventKey, links: Mapping[str, str], cluster_id: str | None) -> EventLink:
    def mapped(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(links[i] for i in ids if i in links))
    return EventLink(e.id, mapped(e.source), mapped(e.target),
                     links.get(e.attributed_to or ""), cluster_id or f"c:{e.id}")


def _claim_clusters(claims: list[ClaimKey], links: Mapping[str, str],
                    cluster_of: Mapping[str, str], groups: list[Group],
                    ids: Mapping[str, str], proposed: Mapping[str, list[str]],
                    speaks_for: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """The cluster each claim is about: its event's, else (for a claim whose words name an
    event of a type, "no such request") the one cluster of that type, in the days before the
    claim, that its claimant takes part in."""
    out = {c.id: cluster_of[c.about] for c in claims if c.about in cluster_of}
    by_party: dict[tuple[str, str], list[tuple[Group, str]]] = defaultdict(list)
    for g, p in zip(groups, proposed, strict=True):
        for party in g.sources | g.targets:
            by_party[(g.type, party)].append((g, ids[p]))
    for c in claims:
        if c.id in out or c.refers is None or c.claimant not in links:
            continue
        when = window(EventKey(c.id, c.doc_id, c.refers, (), (), None, None, None,
                               published=c.published))
        fits = {cid for party in speaks_for.get(links[c.claimant], frozenset())
                for g, cid in by_party.get((c.refers, party), ())
                if when is None or g.window is None or not (
                    g.window[1] < when[0] or when[1] < g.window[0])}
        if len(fits) == 1:
            out[c.id] = fits.pop()
    return out


def _summaries(groups: list[Group], proposed: Mapping[str, list[str]], ids: Mapping[str, str],
               claims: list[ClaimKey], claim_clusters: Mapping[str, str],
               found: list) -> tuple[Cluster, ...]:
    declined = {claim_clusters[c.id] for c in claims
                if c.stance == "declines_to_confirm" and c.id in claim_clusters}
    disputed: dict[str, int] = defaultdict(int)
    for x in found:
        disputed[x.cluster] += 1
    out = []
    for g, p in zip(groups, proposed, strict=True):
        cid = ids[p]
        # corroboration: the outlets that report it as happening; one that negates or denies
        # it is a contradiction, not a source
        outlets = tuple(sorted({e.outlet or e.doc_id for e in g.members
                                if e.modality not in AGAINST}))
        published = [e.published for e in g.members if e.published is not None]
        modalities = sorted((e.modality for e in g.members), key=lambda m: AFFIRMS.get(m, 0))
        out.append(Cluster(
            id=cid, type=g.type, mentions=len(g.members), sources=len(outlets),
            outlets=outlets, first_report=min(published, default=None),
            last_report=max(published, default=None),
            date_from=g.window[0] if g.window else None,
            date_to=g.window[1] if g.window else None, strongest=modalities[-1],
            weakest=modalities[0],
            unconfirmed=cid in declined or "unconfirmed" in modalities,
            contradictions=disputed.get(cid, 0)))
    return tuple(sorted(out, key=lambda c: c.id))


def _claim_links(claims: list[ClaimKey], claim_clusters: Mapping[str, str],
                 links: Mapping[str, str]) -> tuple[ClaimLink, ...]:
    """Each claim's cluster, corpus claimant, and how many independent sources (outlets,
    else documents) make a claim of the same stance about the same cluster."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.id in claim_clusters:
            sources[(claim_clusters[c.id], c.stance)].add(c.outlet or c.doc_id)
    return tuple(ClaimLink(c.id, claim_clusters.get(c.id), links.get(c.claimant or ""),
                           len(sources.get((claim_clusters.get(c.id, ""), c.stance), ())) or 1)
                 for c in claims)
