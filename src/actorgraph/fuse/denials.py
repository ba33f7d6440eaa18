"""Denials that meet the act they deny: a lone denial joins the one asserted act it answers.

In: the clusters ``clusters.cluster`` built, the local → corpus actor map and each corpus
actor's party. Out: the same clusters, with each lone denial joined to the act it denies.

A denial rarely names the parties of the act it denies: it says the act never happened to
anyone of a class, or by anyone of one ("*no* soldier has crossed the border", "*nobody* was
arrested", "*no* crew member was beaten", "*no* tear gas was used in the town"), or names the
act alone ("no act of violence has been committed"). Such a denial names no party we can tell
apart from another, or only its speaker's own side, so the clustering leaves it alone; yet
it is what a contradiction is made of (one source asserts an act, another denies it).

A **lone denial** is a cluster all of whose mentions are negated or denied. It joins the
cluster of an **asserted act** (one with a mention asserted, reported or believed) when:

* **act**: the same PLOVER type and kind of act (``Group.fits_act``: the same mode where
  modes are acts of their own), not an act only imagined or asked for;
* **time and place**: their windows meet and they are not in two towns
  (``Group.fits_time_and_place``);
* **parties**: where both name a doer, the doers meet, and where both name a target, the
  targets meet (a denial that names another party denies another act), except that a denial
  naming its target only by a state ("any target inside Niger", "into Ethiopia", "no Zambian
  trader") meets an act whose story (its parties, those its documents tell of and those its
  tellers speak for) tells of that state: a denial names the victim loosely, the act the
  people or unit hit; a doer that is only the denial's own speaker, a person or a body but
  not a state ("no crew member was beaten", a spokesman says, and the parse makes him the
  doer), is no doer to hold it to: he speaks for the side accused. And the denial and the
  act are of one story: the parties the denial names, its speaker stands for (a police
  spokesman saying "nobody was arrested" speaks for the police; an official, for his state)
  or its document tells of, meet those of the act or of the documents that tell it (a report
  of the villagers' charges and of the army's denial; an outlet that told of a boarding, and
  one that tells the navy denies a crewman was beaten);
* **named**: the act's reports name a party (a doer or a target); an act they name no one
  in ("two were hurt there", after a denied shelling) may be a consequence of the one
  denied, not the act;
* **one candidate**: exactly one asserted act fits, or, of several, exactly one is told of
  the doer the denial names ("its aircraft had struck nothing", after a strike by that air
  force and a raid whose doer nobody names); else the denial could be of either, and joins
  none.

A denial of what nobody asserted stays alone (it has nobody to contradict), and a report
restating itself is no contradiction (``contradictions``): joining does not make one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..records import EventKey
from .acts import Group, Mention
from .contradictions import AGAINST, FOR

__all__ = ["join_denials"]


def join_denials(groups: list[Group], links: Mapping[str, str],
                 party: Mapping[str, frozenset[str]],
                 told: Mapping[str, set[str]]) -> list[Group]:
    """``groups`` with each lone denial in the one asserted act it can deny (see module);
    ``told``: the parties each document tells of (``stories.told``)."""
    lone = [n for n, g in enumerate(groups) if all(e.modality in AGAINST for e in g.members)]
    if not lone:
        return groups
    asserted: dict[tuple[str, str], set[int]] = defaultdict(set)  # (type, party) -> acts
    stories: dict[int, set[str]] = {}
    for n, g in enumerate(groups):
        if any(e.modality in FOR for e in g.members) and not g.kind[1] and (
                g.sources or g.targets):
            story = set(g.sources | g.targets).union(*(told.get(e.doc_id, set())
                                                       for e in g.members))
            for p in story:
                asserted[(g.type, p)].add(n)
            # whom its tellers speak for belongs to its story too ("..., Ethiopia's defence
            # ministry said"), for a denial naming a state as the target
            speakers = _speakers(g.members, links, party)
            stories[n] = story | speakers | _states(speakers)
    into: set[int] = set()
    for n in lone:
        denial = groups[n]
        speakers = _speakers(denial.members, links, party)
        doers = frozenset(denial.sources)
        if doers and doers <= speakers and not any(p.startswith(STATE) for p in speakers):
            doers = frozenset()  # "no crew member was beaten", the spokesman said
        m = Mention(list(denial.members), doers, frozenset(denial.targets), denial.window,
                    denial.place, denial.guessed)
        near = set(denial.sources | denial.targets) | speakers | _states(speakers)
        for e in denial.members:
            near |= told.get(e.doc_id, set())
        found = {k for p in near for k in asserted.get((denial.type, p), ())
                 if k not in into and _answers(groups[k], m, stories[k])}
        if len(found) > 1 and doers:  # of several acts, the one of the doer it names
            found = {k for k in found if doers & groups[k].sources}
        if len(found) == 1:
            groups[found.pop()].add(m)
            into.add(n)
    return [g for n, g in enumerate(groups) if n not in into]


#: The prefix of a state's party (``fuse.parties``): a state's denial of its own act is its
#: own, whoever speaks.
STATE = "country:"
#: The prefix of an office's party ("office:EGY:foreign minister").
OFFICE = "office:"


def _speakers(events: list[EventKey], links: Mapping[str, str],
              party: Mapping[str, frozenset[str]]) -> set[str]:
    """The parties the speakers of ``events`` stand for."""
    return {p for e in events if e.attributed_to in links
            for p in party.get(links[e.attributed_to], frozenset())}


def _states(parties: set[str]) -> set[str]:
    """The states whose offices are among ``parties`` (a navy captain's is his country's):
    whom an official speaks of, in a story."""
    return {STATE + p.split(":")[1] for p in parties if p.startswith(OFFICE)}


def _answers(act: Group, m: Mention, story: set[str]) -> bool:
    """Whether the lone denial ``m`` can deny the asserted ``act``: same kind, time and place,
    no doer that the act's reports do not name, and no target they do not name but states
    its ``story`` tells of."""
    doers, targets = act.sides_meet(m)
    return act.fits(m) and doers and (targets or _only_states(m.targets, story))


def _only_states(parties: frozenset[str], story: set[str]) -> bool:
    """Whether ``parties`` are states and their offices only, each state one ``story``
    tells of."""
    states = {p for p in parties if p.startswith(STATE)} | _states(set(parties))
    return all(p.startswith((STATE, OFFICE)) for p in parties) and states <= story
