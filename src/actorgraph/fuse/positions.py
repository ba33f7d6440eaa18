"""Where each report stands on its cluster's event, for ``fuse.contradictions`` to pair.

In: the events with their corpus links and clusters, the claims with the clusters they are
about, and the parties each corpus actor stands for. Out: one ``Position`` per event told as
happening or not, and per claim asserting or denying one: for or against which cluster, from
whom, and whose act it tells (doers, attendees, targets, CAMEO codes, and for a commitment
what it commits to: ``commitments``); and each cluster's act (``acts``), for a denial fusion
left apart from the act it denies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..actors.dictionary import is_state
from ..records import ClaimKey, EventKey, EventLink, Span
from . import contradictions as disagree
from .acts import MEETINGS, MODED
from .contradictions import AGAINST, FOR, GIST, Position
from .groups import Group
from .pointing import held_to, parties_of

__all__ = ["acts", "commitments", "positions"]

def positions(events: list[EventKey], event_links: tuple[EventLink, ...],
               claims: list[ClaimKey], claim_clusters: Mapping[str, str],
               links: Mapping[str, str], mentions: Mapping[str, list[Span]],
               persons: set[str], party: Mapping[str, frozenset[str]],
               speaks_for: Mapping[str, frozenset[str]],
               sides: Mapping[str, frozenset[str]] | None = None) -> list[Position]:
    """Each event and claim for or against its cluster: an event by its modality (none
    inside a claim that declines to confirm it); an asserting claim for every event its
    proposition states firmly, a denying one against the event it is about. ``mentions``:
    each corpus actor's, to tell a claim whose words name its speaker where a reason quotes
    them; ``persons``: the corpus actors who are persons (who attend a meeting, and whom a
    denial's parse may make its doer: ``_doers``); ``party``, ``speaks_for``: the parties each
    stands for, and can speak for (for a pointing denial: ``fuse.pointing``); ``sides``:
    whom each speaks for (``fuse.sides``), the side of what he says."""
    types = {e.id: e.type for e in events}
    sides = sides or {}
    committed = commitments(events, {link.event: parties_of(link.target, party)
                                     for link in event_links})

    def side(speaker: str | None, link: EventLink | None = None) -> frozenset[str]:
        """Whom a statement speaks for: its speaker's side; for an intent denied in the
        report's own voice, its doers' ("the army has not agreed to ...": the army's will,
        not the outlet's knowledge; an agreement the outlet tells stays the outlet's)."""
        if speaker is not None:
            return sides.get(speaker, frozenset({speaker}))
        if link is None or types[link.event] not in disagree.COMMITMENTS:
            return frozenset()
        return frozenset().union(*(sides.get(a, frozenset({a})) for a in link.source))
    codes = {e.id: frozenset({e.cameo[:3]}) if e.cameo and e.type in disagree.KINDS_APART
             else frozenset() for e in events}

    def doers(link: EventLink, speaker: str | None) -> frozenset[str]:
        """The parties ``link`` tells as doing its act, given who says it."""
        return _doers(link, party, speaker, persons)

    def attendees(link: EventLink, speaker: str | None = None) -> frozenset[str]:
        """The persons ``link`` tells meeting; not ``speaker``, whom the parse may make a
        side of a meeting he denies ("Boateng said neither diplomat had met Kpatcha")."""
        if types[link.event] not in MEETINGS:
            return frozenset()
        return frozenset(a for a in (*link.source, *link.target) if a in persons
                         and a != speaker)

    out = []
    by_doc: dict[str, list[tuple[EventKey, EventLink]]] = defaultdict(list)
    said: dict[str, list[ClaimKey]] = defaultdict(list)
    declined: dict[str, list[ClaimKey]] = defaultdict(list)
    for c in claims:
        if c.claimant:
            said[c.doc_id].append(c)
        if c.stance == "declines_to_confirm":
            declined[c.doc_id].append(c)
    for e, link in zip(events, event_links, strict=True):
        by_doc[e.doc_id].append((e, link))
        polarity = 1 if e.modality in FOR else -1 if e.modality in AGAINST else 0
        if polarity and not any(c.start <= e.start < c.end for c in declined[e.doc_id]):
            # an event stated in a claim is that claimant's position, as the claim is ("the
            # RSF spokesman said no such request was sent" is the RSF's, not the spokesman's)
            source = next((links.get(c.claimant or "", link.attributed_to) for c in said[e.doc_id]
                           if c.start <= e.start < c.end), link.attributed_to)
            out.append(Position(link.cluster, polarity, e.id, False, source,
                                e.doc_id, e.outlet, e.published, e.sentence_start,
                                e.sentence_end, doers=doers(link, source if polarity < 0
                                                            else None),
                                names_doer=bool(link.source),
                                attendees=attendees(link, source if polarity < 0 else None),
                                codes=codes[e.id], acts=frozenset({e.id}),
                                contents=committed.get(e.id, frozenset()),
                                targets=parties_of(link.target, party),
                                side=side(source, link if polarity < 0 else None)))
    for c in claims:
        speaker = links.get(c.claimant or "")
        if c.stance not in ("asserts", "denies"):
            continue
        polarity = 1 if c.stance == "asserts" else -1
        inside = [(e, link) for e, link in by_doc[c.doc_id] if c.start <= e.start < c.end]
        if polarity > 0:  # "The meeting took place. They discussed arms": each event it
            # states firmly; a claim about a hypothetical event asserts no occurrence
            about = {link.cluster for e, link in inside if e.modality in FOR}
            stated = {cid: [link for e, link in inside if e.modality in FOR
                            and link.cluster == cid] for cid in about}
            did = {cid: frozenset().union(*(doers(link, None) for link in ls))
                   for cid, ls in stated.items()}
            named_doer = {cid for cid, ls in stated.items() if any(k.source for k in ls)}
            met = {cid: frozenset().union(*(attendees(link) for link in ls))
                   for cid, ls in stated.items()}
            commits = {cid: frozenset().union(*(committed.get(link.event, frozenset())
                                                for link in ls)) for cid, ls in stated.items()}
            told = {cid: frozenset().union(*(codes[link.event] for link in ls))
                    for cid, ls in stated.items()}
            acts = {cid: frozenset(link.event for link in ls) for cid, ls in stated.items()}
            hit = {cid: parties_of([a for link in ls for a in link.target], party)
                   for cid, ls in stated.items()}
            pointed = None
        else:  # what it denies: its event, or the earlier one it names; whose part it
            # denies where its words tell the act ("denied its fighters took anyone")
            about = {claim_clusters[c.id]} if c.id in claim_clusters else set()
            denied = frozenset().union(*(doers(link, speaker) for e, link in inside
                                         if e.id == c.about))
            did = dict.fromkeys(about, denied)
            named_doer = set()
            met = dict.fromkeys(about, frozenset().union(*(
                attendees(link, speaker) for e, link in inside if e.id == c.about)))
            told = dict.fromkeys(about, codes.get(c.about or "", frozenset()))
            commits = dict.fromkeys(about, committed.get(c.about or "", frozenset()))
            acts = hit = dict.fromkeys(about, frozenset())
            # "rejected that account": held to the act it points to (``fuse.pointing``)
            pointed = next((link for e, link in by_doc[c.doc_id] if e.id == c.about
                            and e.start < c.start), None) if not inside else None
            if pointed is not None:
                held, hit_by = held_to(pointed, speaks_for.get(speaker or "", frozenset()),
                                       doers(pointed, None), party)
                did, hit = dict.fromkeys(about, held), dict.fromkeys(about, hit_by)
        # "denies this", "rejected the report": its words do not state what it denies
        named = speaker is not None and any(
            m.doc_id == c.doc_id and c.start <= m.start and m.end <= min(c.end, c.start + GIST)
            for m in mentions.get(speaker, ()))
        out += [Position(cid, polarity, c.id, True, speaker, c.doc_id, c.outlet, c.published,
                         c.start, c.end, c.opens_with_cue, not inside, named, did[cid],
                         cid in named_doer, met[cid], told[cid], acts[cid], hit[cid],
                         pointed.event if pointed is not None else None, commits[cid],
                         side(speaker))
                for cid in sorted(about)]
    return out


def _doers(link: EventLink, party: Mapping[str, frozenset[str]], speaker: str | None,
           persons: set[str]) -> frozenset[str]:
    """The parties ``link`` tells as doing its act; not ``speaker`` when a person, whom the
    parse makes the doer of a denial he voices ("no tear gas was fired, the commander said")."""
    return parties_of([a for a in link.source if not (a == speaker and a in persons)], party)


def commitments(events: list[EventKey], targets: Mapping[str, frozenset[str]] | None = None
                ) -> dict[str, frozenset[str]]:
    """What each commitment among ``events`` (``contradictions.COMMITMENTS``) commits to: the
    types of the events that are its content (``EventKey.content_of``), each with the parties
    it is done to (``targets``: event id -> parties) as "TYPE>party", and the word of its
    act (``EventKey.theme``): "agreed to *discuss* a ceasefire" -> {CONSULT, RETREAT,
    "discuss"}; "agreed to hold talks *with Ecuador*" -> {CONSULT, "CONSULT>country:ECU",
    "hold"}; "signed a pledge to *reopen* the bridge" -> {"reopen"}. None for one that
    tells no content."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.type in disagree.COMMITMENTS and e.theme:
            out[e.id].add(e.theme)
        if e.content_of:
            out[e.content_of].add(e.type)
            out[e.content_of] |= {f"{e.type}>{p}" for p in (targets or {}).get(e.id, ())}
    kinds = {e.id: e.type for e in events}
    return {k: frozenset(v) for k, v in out.items() if kinds.get(k) in disagree.COMMITMENTS}


def acts(groups: list[Group], ids: list[str],
         country: Mapping[str, str | None]) -> dict[str, disagree.Act]:
    """Each cluster's act (``contradictions.Act``), ``ids[n]`` being ``groups[n]``'s: its type,
    window, the states of its doers and targets (a state's party, its office's state, or the
    country of an actor of its own party: "its four crew", Russian), and its modes where
    they are acts of their own (``MODED``)."""
    def states(parties: set[str]) -> frozenset[str]:
        found = {p.split(":")[1] if p.startswith(("country:", "office:")) else country.get(p)
                 for p in parties}
        return frozenset(s for s in found if s and is_state(s))
    return {cid: disagree.Act(g.type, g.window, states(g.sources), states(g.targets),
                              frozenset(g.modes) if g.type in MODED else frozenset())
            for g, cid in zip(groups, ids, strict=True)}
