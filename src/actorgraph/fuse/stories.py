"""Stories: what a document tells of, and the reports that name no party joined within one.

In: the clusters ``clusters.cluster`` built, the local → corpus actor map and each corpus
actor's party. Out: the same clusters, with each cluster whose reports name no party joined to
the one event of its story it can be.

A **story** is what its documents tell of, read two ways, narrower first: the parties of the
acts a document reports (``told``), then the parties of every actor it names (``names_of``:
a report of a strike in a town tells of the union, the ministry, the country). Two clusters
are of one story when a party the documents of one tell of is one the documents of the other
tell of, or when they share a document.

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
  event: "the stoppage", "the strike"), and two clusters only of mentions with no actor of
  their own (``Event.reference``) are never one event across documents. With two or more
  the report could be of either (a strike and the second strike a fortnight later, both in
  its month) and it joins none.

Reports of one act often name **its two sides apart**: one outlet the doers ("Nigerien soldiers
opened fire on herders"), another only the victim ("Moussa Issoufou was shot dead on Sunday").
Sharing no party, the clustering keeps them apart. A cluster of a happening (``SIDED``: an
attack, an arrest, a march, a deployment, a release) whose reports name only doers joins one
whose reports name only targets (or the reverse) under the same conditions: same kind, act,
time and place, one story read wide (every party its documents name), and exactly one such
candidate.

Reports of one act may also **name its victims two ways** and no doer ("three surveyors
were abducted", "the bureau's staff were taken"; "four reporters were detained", "the paper's
newsroom staff were held"). A cluster of a happening whose reports name only targets joins
the one other such cluster (naming other targets) under the same conditions: same kind, act,
time and place, one story read wide, and exactly one candidate (a day of three abductions in
one story joins none).

Every choice is made on the clusters as the earlier passes left them, then applied (a lone
cluster chosen by another joins with it the event it chose), so the result does not depend
on the order clusters come in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from ..records import JOINT_TYPES, document_of
from .acts import APART_MODES, RETOLD, THEMED, Mention
from .contradictions import AGAINST
from .groups import Group

__all__ = ["Tells", "join_agreed_truces", "join_two_sides", "join_unnamed",
           "join_victims_two_ways", "names_of", "told"]


def told(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """The parties each document tells of: those of every act it reports."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        out[m.event.doc_id] |= m.parties
    return out


def names_of(links: Mapping[str, str], party: Mapping[str, frozenset[str]]
          ) -> dict[str, set[str]]:
    """The parties each document names: those of every actor in it."""
    out: dict[str, set[str]] = defaultdict(set)
    for local, corpus in links.items():
        out[document_of(local)] |= party.get(corpus, frozenset())
    return out


#: A corpus's stories, narrower first: ``told``, then ``names_of`` (document -> parties).
Tells = tuple[Mapping[str, set[str]], ...]


def join_unnamed(groups: list[Group], tells: Tells) -> list[Group]:
    """``groups`` with each lone unnamed cluster in the one event of its story it can be
    (see module)."""
    return _join_in_story(groups, tells, _lone, lambda g: g.kind, _fits_unnamed)


def join_agreed_truces(groups: list[Group], tells: Tells) -> list[Group]:
    """``groups`` with each cluster of agreements to a truce (AGREE, CAMEO ``TRUCE_AGREED``:
    "the two sides agreed a ceasefire") in the one truce of its story (RETREAT, mode
    "ceasefire") whose time and place it fits and whose parties meet its own (or one of the
    two names none): the agreement to a ceasefire and the ceasefire are one event, as the
    signing of one and the ceasefire are (an agreement to meet is not the meeting)."""
    return _join_in_story(groups, tells, _agreed_truce, lambda g: ("RETREAT", g.kind[1]),
                          _truce_fits)


#: Happenings done by one side to another, whose reports may name one side each (joint acts
#: have no sides: both parties act).
SIDED = RETOLD - JOINT_TYPES


def join_two_sides(groups: list[Group], tells: Tells) -> list[Group]:
    """``groups`` with each cluster of a happening whose reports name one side only in the one
    cluster of its story that names only the other side and fits it (see module); the story
    read wide (every party its documents name), so that one candidate is one in the widest
    story: a victim's report of a day when two attacks were told is of neither."""
    return _join_in_story(groups, tells[-1:], _one_side, lambda g: g.kind, _names_other_side,
                          accept=_one_side)


def _told_happening(g: Group) -> bool:
    """Whether ``g`` is a happening with sides told as done (not only imagined or asked for,
    nor only denied)."""
    return g.type in SIDED and not g.kind[1] and not all(e.modality in AGAINST
                                                         for e in g.members)


def _one_side(g: Group) -> bool:
    """Whether ``g`` is a happening told as done whose reports name one of its sides only."""
    return _told_happening(g) and bool(g.sources) != bool(g.targets)


def join_victims_two_ways(groups: list[Group], tells: Tells) -> list[Group]:
    """``groups`` with each cluster of a happening whose reports name only its targets, and
    no doer, in the one other such cluster of its story that fits it (see module), the story
    read wide as for ``join_two_sides``."""
    return _join_in_story(groups, tells[-1:], _victims_only, lambda g: g.kind, _victims_fit,
                          accept=_victims_only)


def _victims_only(g: Group) -> bool:
    """Whether ``g`` is a happening told as done whose reports name its targets, no doer."""
    return _told_happening(g) and not g.sources and bool(g.targets)


def _victims_fit(g: Group, m: Mention) -> bool:
    """Whether ``g`` names only targets, other than those ``m`` names, and its act, time and
    place fit ``m``'s."""
    return _victims_only(g) and not g.targets & m.targets and g.fits(m)


def _names_other_side(g: Group, m: Mention) -> bool:
    """Whether ``g`` names the side ``m`` leaves unnamed (its doers, where ``m`` names only
    targets), and its act, time and place fit: a candidate, joined only if it is the one and
    names that side only (a report of an attack naming its doers and other victims still makes
    a victim's report ambiguous)."""
    apart = APART_MODES.get(g.type, frozenset())
    if g.modes & apart != {e.mode for e in m.events} & apart:
        return False  # an abduction is no attack its reports name no mode of
    return bool(g.sources if m.targets else g.targets) and g.fits(m)


#: The CAMEO code of an agreement to a truce (express intent to de-escalate).
TRUCE_AGREED = "0356"


def _agreed_truce(g: Group) -> bool:
    return g.type == "AGREE" and bool(g.codes) and all(
        c.startswith(TRUCE_AGREED) for c in g.codes)


def _truce_fits(g: Group, m: Mention) -> bool:
    ours, theirs = g.sources | g.targets, m.parties
    return "ceasefire" in g.modes and g.fits_time_and_place(m) and (
        not ours or not theirs or bool(ours & theirs))


def _join_in_story(groups: list[Group], tells: Tells, seeks: Callable[[Group], bool],
                   wanted: Callable[[Group], tuple[str, bool]],
                   fits: Callable[[Group, Mention], bool],
                   accept: Callable[[Group], bool] | None = None) -> list[Group]:
    """``groups`` with each cluster that ``seeks`` in the one cluster of its story of the kind
    it ``wanted`` that ``fits`` it, named first, if it is one to ``accept`` (see module)."""
    tiers = []
    for tell in tells:
        stories = [set().union(*(tell.get(e.doc_id, set()) for e in g.members),
                               {"doc " + e.doc_id for e in g.members}) for g in groups]
        index: dict[tuple[tuple[str, bool], str], set[int]] = defaultdict(set)
        for n, g in enumerate(groups):
            for p in stories[n]:
                index[(g.kind, p)].add(n)
        tiers.append((stories, index))
    chosen: dict[int, int] = {}
    for n, g in enumerate(groups):
        if not seeks(g):
            continue
        m = g.as_mention()
        for stories, index in tiers:
            near = {k for p in stories[n] for k in index[(wanted(g), p)]} - {n}
            found = [k for k in sorted(near) if fits(groups[k], m)]
            if found:
                named = [k for k in found if groups[k].sources or groups[k].targets]
                found = named or found
                if len(found) == 1 and (accept is None or accept(groups[found[0]])):
                    chosen[n] = found[0]
                break
    if not chosen:
        return groups
    for n in sorted(chosen):
        root = _root(n, chosen)
        g, m = groups[root], groups[n].as_mention()
        if root != n and fits(g, m):
            g.add(m)
            groups[n].members = []
    return [g for g in groups if g.members]


def _lone(g: Group) -> bool:
    """Whether no report of ``g`` names a party, none asserts it (only denials), or it is
    words an unnamed speaker said."""
    return not (g.sources or g.targets) and not all(e.modality in AGAINST for e in g.members) \
        and not (g.unnamed_doer and g.type in THEMED)


def _fits_unnamed(g: Group, m: Mention) -> bool:
    """Whether the lone cluster ``m`` fits ``g``, where two clusters only of mentions with no
    actor of their own (``EventKey.reference``: "shots were fired", "the raid") are one event
    only within one document: across documents, reports that name no one are never one event
    on their own."""
    return g.fits(m) and not (all(e.reference for e in (*g.members, *m.events)) and not (
        {e.doc_id for e in g.members} & {e.doc_id for e in m.events}))


def _root(n: int, chosen: Mapping[int, int]) -> int:
    """The cluster ``n`` ends in, following the choices (two unnamed clusters choosing each
    other end in the first)."""
    seen = [n]
    while (k := chosen.get(seen[-1])) is not None and k not in seen:
        seen.append(k)
    if chosen.get(seen[-1]) in seen:  # a cycle: unnamed clusters that chose each other
        return min(seen[seen.index(chosen[seen[-1]]):])
    return seen[-1]
