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
  modes are acts of their own), not an act only imagined or asked for; where no act of its
  words fits, one of any theme (a denial words what was asked or promised its own way:
  "nobody asked Brussels to slow anything down", after a request to postpone); or, where no
  its own type fits, an act of force on a place of the other type (``FORCE``: a raid, a
  seizure or an occupation is COERCE, an attack ASSAULT), one report telling both, or in one
  town, or sharing a side, for a denial that names the act by a general word of force ("no
  raid took place", "there was no attack", "no boat was attacked"): a denial names the act
  loosely, as it names the victim; one naming a specific act ("nobody was beaten", "no
  soldier crossed into") denies that act only, not the arrests told of its day, and a general
  one no arrest, curfew, shooting or bombing, which it would name;
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
  force and a raid whose doer nobody names), or, where it names none, of the side its
  speaker stands for (an Indian officer's "our men did not fire a single round", after shots
  Nepal's police lay on India and a shooting nobody names a doer of): a denier speaks for the
  accused; else the denial could be of either, and joins none.

A denial of what nobody asserted stays alone (it has nobody to contradict), and a report
restating itself is no contradiction (``contradictions``): joining does not make one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from ..actors.tables import word_list
from ..records import EventKey
from .acts import Mention, sided
from .contradictions import AGAINST, FOR
from .groups import Group

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
            stories[n] = story | speakers | states_of(speakers)
    into: set[int] = set()
    for n in lone:
        denial = groups[n]
        speakers = _speakers(denial.members, links, party)
        doers = frozenset(denial.sources)
        if doers and doers <= speakers and not any(p.startswith(STATE) for p in speakers):
            doers = frozenset()  # "no crew member was beaten", the spokesman said
        m = Mention(list(denial.members), doers, frozenset(denial.targets), denial.window,
                    denial.place, denial.guessed)
        near = set(denial.sources | denial.targets) | speakers | states_of(speakers)
        for e in denial.members:
            near |= told.get(e.doc_id, set())
        found: set[int] = set()
        # its own type and theme first, then any theme, then the other type of force
        for kind, worded in [(denial.type, True), *((k, False) for k in _kinds(denial))]:
            found = {k for p in near for k in asserted.get((kind, p), ())
                     if k not in into and _answers(groups[k], m if worded else _unthemed(m),
                                                   stories[k])}
            if found:
                break
        if len(found) > 1:  # of several acts, the one of the doer it names, else of the
            # side its speaker stands for
            side = doers or speakers | states_of(speakers)
            found = {k for k in found if side & groups[k].sources}
        if len(found) == 1:
            groups[found.pop()].add(m)
            into.add(n)
    return [g for n, g in enumerate(groups) if n not in into]


#: The types of force PLOVER tells one act as, by how a report sees it (a raid COERCE, an
#: attack ASSAULT): a denial naming the act by a general word of force answers either.
FORCE = word_list("modality.yaml", "force_types")
#: The CAMEO codes of force on a place (a raid, an attack, a seizure, a blockade, an
#: occupation), that a report may tell as either type of force.
FORCE_CODES = word_list("modality.yaml", "force_codes")
#: The CAMEO codes of the general words a denial names force by ("no raid", "no attack").
FORCE_DENIED = word_list("modality.yaml", "force_denied_codes")


def _kinds(denial: Group) -> list[str]:
    """The types of act ``denial`` may deny, its own first; and the other type of force, for
    a denial all of whose acts are named by a general word of force ("no raid", 170; "no
    boat was attacked", 180)."""
    codes = {e.cameo or "" for e in denial.members}
    if denial.type in FORCE and codes <= FORCE_DENIED:
        return [denial.type, *sorted(FORCE - {denial.type})]
    return [denial.type]


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


def states_of(parties: set[str]) -> set[str]:
    """The states whose offices are among ``parties`` (a navy captain's is his country's):
    whom an official speaks of, in a story."""
    return {STATE + p.split(":")[1] for p in parties if p.startswith(OFFICE)}


def _answers(act: Group, m: Mention, story: set[str]) -> bool:
    """Whether the lone denial ``m`` can deny the asserted ``act``: same kind, time and place,
    no doer that the act's reports do not name, and no target they do not name but states
    its ``story`` tells of."""
    doers, targets = act.sides_meet(m)
    # an act of force on a place of the other type: its time and place (its modes are
    # another type's)
    fits = act.fits(m) if act.type == m.event.type else (
        act.codes <= FORCE_CODES and act.fits_time_and_place(m) and _tied(act, m))
    return fits and doers and (targets or _only_states(m.targets, story))


def _unthemed(m: Mention) -> Mention:
    """``m`` with no theme: a denial words what was asked or promised its own way ("nobody
    asked Brussels to slow anything down", after a request to postpone)."""
    return replace(m, events=[replace(e, theme=None) for e in m.events])


def _tied(act: Group, m: Mention) -> bool:
    """Whether the denial ``m`` is tied to ``act`` by more than its story: one report tells
    both, or they are in one town, or they share a side (a doer or a target)."""
    return (any(e.doc_id == m.event.doc_id for e in act.members)
            or bool(act.place and act.place == m.place)
            or bool(sided(m.parties) & sided(act.sources | act.targets)))


def _only_states(parties: frozenset[str], story: set[str]) -> bool:
    """Whether ``parties`` are states and their offices only, each state one ``story``
    tells of."""
    states = {p for p in parties if p.startswith(STATE)} | states_of(set(parties))
    return all(p.startswith((STATE, OFFICE)) for p in parties) and states <= story
