"""Fuse: the corpus-wide facts, derived from every stored document after each build.

In: document-local actors, events (``EventKey``) and claims (``ClaimKey``), what the last fuse
decided (``History``: ids to keep) and the dictionary. Out: one ``Fused`` record: corpus
actors and the local → corpus links (``actors.merge``), each event's corpus actors and
cluster (``clusters``), cluster summaries with their independent sources, claims' clusters
and corroboration, contradictions with reasons (``contradictions``), the actor network by
month (``network``) and the ids retired along the way (``identity``).

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
from ..actors.dictionary import NON_STATE, Dictionary, is_state, norm, word_list
from ..actors.entries import Title
from ..records import (
    AFFIRMS,
    Actor,
    ClaimKey,
    ClaimLink,
    Cluster,
    EventKey,
    EventLink,
    Fused,
    Span,
)
from . import contradictions as disagree
from .acts import MEETINGS, town
from .clusters import Group, cluster, window
from .contradictions import AGAINST, FOR, GIST, Position
from .identity import stable_ids
from .network import edges
from .pointing import held_to, parties_of, repoint

__all__ = ["History", "fuse", "parties"]

#: State bodies that stand for their country as a party ("the Russian army", "Moscow").
_STATE = word_list("sectors.yaml", "state_parties")
#: Of these, the armed, police and intelligence forces.
_FORCES = word_list("sectors.yaml", "state_party_forces")
#: The rank of a national office in ``data/titles.csv`` (below: a governor, a spokesman).
_TOP_RANK = 3
#: The rank of a grade of a force in ``data/titles.csv`` (a captain; below: a soldier).
_GRADE_RANK = 2
#: Nouns of the men of a force that police and armies share, and other services too.
_SHARED_MEMBERS = word_list("names.yaml", "shared_force_members")


@dataclass(frozen=True, slots=True)
class History:
    """What the previous fuse decided."""

    actors: Mapping[str, str] = field(default_factory=dict)  # local actor -> corpus actor
    clusters: Mapping[str, str] = field(default_factory=dict)  # event -> cluster
    retired: Mapping[str, str] = field(default_factory=dict)  # old id -> current id


def parties(actors: Iterable[Actor], d: Dictionary) -> dict[str, frozenset[str]]:
    """The parties each corpus actor stands for in an event: a country for the country
    itself, its places (however the tagger labelled a place the dictionary knows), capital
    and metonyms, its government and its armed forces (named or not: "the army", "Cambodian
    troops", "its soldiers"), and the officials the text gives a role in its state or in one
    of its bodies; an office ("office:EGY:foreign minister") for whoever holds it, by role or
    by description; else the actor, and the body of its own name (a movement, a union) its
    role is of; none for an unnamed actor with no identity ("the two ministers")."""
    actors = list(actors)
    out: dict[str, frozenset[str]] = {}
    country_of = {a.id: a.country for a in actors}
    kind_of = {a.id: a.kind for a in actors}
    for a in actors:
        country = a.country
        key = a.key or ""
        place = a.kind == "LOCATION" or key.startswith("L:")
        if country is None and place:
            known = d.place(a.name)
            country = known.country if known is not None else None
        state = is_state(country) and (
            a.kind == "COUNTRY" or place or key.startswith(("C:", "M:"))
            or (key.startswith("N:") and a.sector in _STATE) or _state_body(a, key)
            # a state's unnamed forces ("Cambodian troops", "its soldiers"; not its
            # officials, whom reports place less surely), not where their country is only
            # their report's ("Actor.country_basis": a guess keeps no reports apart)
            or (a.kind == "GROUP" and not a.named and not key and a.sector in _FORCES
                and a.country_basis != "report")
            or _member(a, key, d))
        if state:
            out[a.id] = frozenset({f"country:{country}"})
            continue
        if place and a.kind == "LOCATION" and country is None:  # "the shelling of Dorvale"
            out[a.id] = frozenset({town(a.name)})
            continue
        offices = {_office(country_of.get(r.of) or a.country, r.title, d) for r in a.roles}
        # a minister acts for the state the text makes him serve ("her government had never
        # asked Brazil")
        offices |= {f"country:{country_of[r.of]}" for r in a.roles
                    if a.sector in _STATE and r.of in kind_of
                    and kind_of[r.of] == "COUNTRY" and country_of.get(r.of)}
        # ... and so does one holding a national office of the state his words give by an
        # adjective ("Zambian Foreign Minister Chanda Mwale"; not a governor or a spokesman)
        if a.sector in _STATE and is_state(country) and any(
                r.of is None and _national(r.title, d) for r in a.roles):
            offices.add(f"country:{country}")
        if a.kind == "PERSON" and not a.named and a.country:  # "Egypt's foreign minister"
            title = _title_in(a.name, d)
            offices.add(_office(a.country, title, d) if title else None)
        if _organ(a, d) and country not in NON_STATE:  # "Romania's defence ministry"
            offices.add(f"country:{country}")
        own = {a.id} if a.named or key else set()
        out[a.id] = frozenset(own | {o for o in offices if o})
    return _serving(actors, out, kind_of)


#: Kinds of the bodies an official acts for (not a town he governs, nor a person he serves).
_BODIES = frozenset({"ORG", "GROUP"})


def _serving(actors: list[Actor], out: dict[str, frozenset[str]],
             kind_of: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """``out`` where an actor the text gives a role in a body (``Role.of``: "a government
    spokesman", "the Houthis' negotiator") also stands for what the body stands for: its
    state, for one of a state sector (not an opposition spokesman), or the body itself."""
    for a in actors:
        bodies = [out.get(r.of, frozenset()) for r in a.roles
                  if r.of and r.of != a.id and kind_of.get(r.of) in _BODIES]
        serves = {p for ps in bodies for p in ps if not p.startswith("office:")
                  and (a.sector in _STATE or not p.startswith("country:"))}
        if serves:
            out[a.id] = out[a.id] | serves
    return out


def _national(title: str, d: Dictionary) -> bool:
    """Whether ``title`` names a national office of a state (a president, a minister, an army
    commander: the top rank of a state sector), which acts for the state."""
    known = d.title(title)
    return known is not None and known.sector in _STATE and known.rank >= _TOP_RANK


def _organ(a: Actor, d: Dictionary) -> bool:
    """Whether ``a`` is one organ of a state its words describe rather than name ("the
    defence ministry", "Romania's foreign ministry": lowercase, one body, however the NER
    tagged it), or a ministry by its name ("Ministry of Foreign Affairs"); it acts for its
    state too."""
    if a.kind not in ("ORG", "GROUP") or a.key or not a.country or a.sector not in _STATE:
        return False
    if _organ_named(a.name):
        return True
    words = a.name.replace("'s", "").split()
    noun = d.noun(words[-1]) if words else None
    return all(not w[:1].isupper() for w in words[1:]) and noun is not None \
        and not noun.plural


def _state_body(a: Actor, key: str) -> bool:
    """Whether ``a`` is a body of a state by its own name (``data/institutions.csv``): one of
    its forces ("the Finnish Coast Guard", "Hungarian Border Police") or a ministry ("Togo's
    Ministry of the Interior"), which act for the state; not its courts, parliament, central
    bank or electoral commission, nor a party."""
    return key.startswith("B:") and (a.sector in _FORCES or (
        a.sector in _STATE and _organ_named(a.name)))


def _organ_named(name: str) -> bool:
    """Whether ``name`` is an executive organ's (``state_organs``): its head noun, first
    before an "of" phrase ("Ministry of Foreign Affairs") or last ("Foreign Ministry")."""
    words = [w.lower() for w in name.replace("'s", "").split()
             if w.lower() not in word_list("grammar.yaml", "articles")]
    if not words:
        return False
    head = words[0] if len(words) > 1 and words[1] == "of" else words[-1]
    return head in word_list("names.yaml", "state_organs")


def _office(country: str | None, title: str, d: Dictionary) -> str | None:
    """The office a title names in a country ("top diplomat" and "foreign secretary" name
    the foreign minister's)."""
    known = d.title(title)
    office = known.office if known is not None else title
    return f"office:{country}:{office.lower()}" if country else None


def _title_in(name: str, d: Dictionary) -> str | None:
    """The longest title that ends a description ("Egypt's *foreign minister*"), when it
    names an office: not a military grade (a captain, a colonel: one of many, or the master
    of a ship), whose holder the description does not tell apart."""
    title = _ending_title(name, d)
    if title is None or (title.sector == "MIL" and title.rank < _TOP_RANK):
        return None
    return title.title


def _ending_title(name: str, d: Dictionary) -> Title | None:
    """The longest title that ends a description ("Egypt's *foreign minister*")."""
    words = name.replace("’", "'").split()
    for n in range(min(4, len(words)), 0, -1):
        title = d.title(" ".join(words[-n:]))
        if title is not None:
            return title
    return None


def _member(a: Actor, key: str, d: Dictionary) -> bool:
    """Whether ``a`` is one unnamed member of a state's forces its words give by the state's
    adjective ("a Thai soldier", "an Iranian coastguard officer", "a Pakistani policeman"),
    who acts for the state as its forces do ("Thai soldiers"); not a grade (a captain, a
    colonel: the master of a ship, or one of many the words do not tell apart)."""
    if a.kind != "PERSON" or a.named or key or a.sector not in _FORCES:
        return False
    title = _ending_title(a.name, d)
    if title is None or title.sector not in _FORCES or title.rank >= _GRADE_RANK:
        return False
    if title.title.lower() not in _SHARED_MEMBERS:
        return True
    # an "officer" is of the force the word before names ("a *coastguard* officer"; not "a
    # consular officer")
    words = a.name.lower().split()
    force = d.noun(words[-2]) if len(words) > 1 else None
    return force is not None and force.sector in _FORCES


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
    party = parties(merged, d)
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
    positions = _positions(events, event_links, claim_list, claim_clusters, links, said,
                           lambda link, speaker: _doers(link, party, speaker, persons),
                           persons, party, speaks_for)
    pairs = disagree.find(positions)
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


def _positions(events: list[EventKey], event_links: tuple[EventLink, ...],
               claims: list[ClaimKey], claim_clusters: Mapping[str, str],
               links: Mapping[str, str], mentions: Mapping[str, list[Span]],
               doers: Callable[[EventLink, str | None], frozenset[str]],
               persons: set[str], party: Mapping[str, frozenset[str]],
               speaks_for: Mapping[str, frozenset[str]]) -> list[Position]:
    """Each event and claim for or against its cluster: an event by its modality (none
    inside a claim that declines to confirm it); an asserting claim for every event its
    proposition states firmly, a denying one against the event it is about. ``mentions``:
    each corpus actor's, to tell a claim whose words name its speaker where a reason quotes
    them; ``doers``: the parties an event tells as doing it, given who says it; ``persons``:
    the corpus actors who are persons (who attend a meeting); ``party``, ``speaks_for``: the
    parties each stands for, and can speak for (for a pointing denial: ``fuse.pointing``)."""
    types = {e.id: e.type for e in events}
    codes = {e.id: frozenset({e.cameo[:3]}) if e.cameo and e.type in disagree.KINDS_APART
             else frozenset() for e in events}

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
                                targets=parties_of(link.target, party)))
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
                         pointed.event if pointed is not None else None)
                for cid in sorted(about)]
    return out


def _doers(link: EventLink, party: Mapping[str, frozenset[str]], speaker: str | None,
           persons: set[str]) -> frozenset[str]:
    """The parties ``link`` tells as doing its act; not ``speaker`` when a person, whom the
    parse makes the doer of a denial he voices ("no tear gas was fired, the commander said")."""
    return parties_of([a for a in link.source if not (a == speaker and a in persons)], party)


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
