"""The pieces event clusters are made of: the kinds of acts the rules tell apart, a mention in
corpus terms, when an event may have happened, and where (the rules are told in full in
``clusters``'s docstring, which is their spec; a cluster being built, and the tests a mention
must pass to join it, are ``groups.Group``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..records import TOLD_DONE, EventKey

#: How far either side of a date of each precision the event may lie.
SLACK = {"day": 1, "week": 7, "month": 31, "year": 366}
#: An event its sentence does not date happened in the days before its report.
BEFORE_REPORT = 7
#: An event its text puts before a time it does not give (a pluperfect, the object of a later
#: act) happened in the weeks before its report.
BEFORE_TOLD = 31
#: Acts told as done, or as not done (``TOLD_DONE``): their undated mentions lie in the weeks
#: before (an act still to come keeps the report's week; a denial, or a refusal to confirm,
#: answers a report of an act that may be weeks old).
#: Acts told inside someone's words or beliefs ("Uruguay still says a third farmer was
#: detained"): a claim is repeated, and answered, weeks after the act, so one its text does not
#: date lies in the weeks before its report too; an act the report tells as its own news
#: keeps the report's week.
CLAIMED = frozenset({"reported", "believed"})
#: Meetings: one sentence's visit, talks and meeting are one diplomatic event.
MEETINGS = frozenset({"CONSULT"})
#: Commitments, demands, gifts and refusals: one party's two are one event only if they are
#: about the same thing ("agreed to buy fertiliser", "pledged two million dollars").
THEMED = frozenset({"AGREE", "REQUEST", "REJECT", "SUPPORT", "AID", "CONCEDE", "SANCTION",
                    "THREATEN", "ACCUSE", "COOPERATE"})
#: Types whose PLOVER modes are different acts: a release is no withdrawal, a ban no arrest,
#: an expulsion no conviction, a riot or a strike no march, an official complaint (a summons)
#: no criticism (an attack by shelling and gunfire is one attack). One told with a mode and
#: one without are one act only where CAMEO codes them alike (to three digits: sanctions,
#: 163, are no expulsion, 166).
MODED = frozenset({"RETREAT", "COERCE", "SANCTION", "PROTEST", "ACCUSE"})
#: Modes that are acts of their own within their type, whatever other mode the other report
#: gives: dispersing a crowd (tear gas, water cannon, rubber bullets) is not shooting at it,
#: and an abduction (CAMEO 181) is not the burning of a camp or the shooting on a road.
APART_MODES = {"ASSAULT": frozenset({"crowd-control", "abduct"})}
#: Modes that are one act when its doers (or reports naming none) do both on one day, in one
#: place, or one report tells both: marchers blocking the road they march on (PROTEST demo,
#: obstruct), a boat seized with its crew held (COERCE seize, arrest). Any other two modes of
#: a type in ``MODED`` are two acts: a march and a riot or a strike, a curfew and arrests, a
#: release and a withdrawal; so are two acts of one mode CAMEO roots apart (a ban, 17, and a
#: blockade, 19: both "restrict").
ONE_ACT_MODES = {"PROTEST": (frozenset({"demo", "obstruct"}),),
                 "COERCE": (frozenset({"seize", "arrest"}),)}
#: CAMEO codes of acts that are never one event with a fight (CAMEO 19: conventional military
#: force): an abduction or hostage-taking (181) is not the fighting a group wages.
NOT_FIGHTS = ("181",)
#: CAMEO "host a visit": its doer is the one who receives the visitor
RECEIVES = "043"
#: Meetings held in person: a visit, talks someone mediates or chairs, a summit.
IN_PERSON = frozenset({"visit", "third-party", "multilateral"})
#: Happenings a later report retells as a noun naming no one ("the shelling", "Saturday's
#: march", "the arrests", "the truce"), unlike words, whose unnamed speakers are other speakers.
RETOLD = frozenset({"CONSULT", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
#: Acts done to people a report counts ("detained 14 people", "killing fourteen civilians"):
#: a report naming no party joins the one event of its time and place whose reports count
#: the same people, from ``COUNTED_FROM`` up (one and two are too common to tell acts apart).
COUNTED = frozenset({"ASSAULT", "COERCE", "RETREAT", "SANCTION"})
COUNTED_FROM = 3
#: Acts whose count of people is a tally reports agree on (arrests, detentions, expulsions):
#: two counts of two or more, one ``TALLY_RATIO`` times the other or more, are two acts ("nine
#: people arrested" at a march, "four detained" at a road block); not an attack's toll, which
#: grows as the dead are counted, nor releases, made in batches.
TALLIED = frozenset({"COERCE", "SANCTION"})
TALLY_RATIO = 1.5
#: How far (in characters) before a mention naming no party the act it follows may end: one
#: sentence between them at most ("Gunmen stormed the post. The attack began at dawn. Four
#: officers died.").
NEAR = 250
#: Acts kept up until called off (PLOVER modes): a strike, a hunger strike, a boycott. A report
#: tells of one on the day it gives, begun before or going on after ("the strike entered its
#: fourth day"): its window reaches ``LASTS`` days further either way. A march, a raid or an
#: arrest is done on its day.
LASTING = {"PROTEST": frozenset({"strike", "hunger", "boycott"})}
LASTS = 7
#: The kind of place of a town the gazetteer lacks (``Location.kind``): a town of no known
#: state named as an act's side stands for the place of the act (``town``).
TOWN = "town:"
#: Acts only imagined or asked for: never the same event as one that happened (or not).
IRREALIS = frozenset({"hypothetical", "requested"})

Window = tuple[dt.date, dt.date]


@dataclass(slots=True)
class Mention:
    """A mention in corpus terms (or several of one sentence that are one act)."""

    events: list[EventKey]
    sources: frozenset[str]  # parties
    targets: frozenset[str]
    window: Window | None
    place: str | None
    #: targets only a guess names (``EventKey.target_basis`` "other_side"): they count when
    #: they agree, but never keep two mentions apart (``sides_meet``)
    guessed: frozenset[str] = frozenset()

    @property
    def told_targets(self) -> frozenset[str]:
        return self.targets - self.guessed

    @property
    def event(self) -> EventKey:
        return self.events[0]

    @property
    def kind(self) -> tuple[str, bool]:
        """Type, and whether the act is only imagined or asked for."""
        return self.events[0].type, self.events[0].modality in IRREALIS

    @property
    def parties(self) -> frozenset[str]:
        return self.sources | self.targets

    @property
    def unnamed_doer(self) -> bool:
        """Whether the text names a doer that is no party ("opposition lawmakers")."""
        return bool(self.event.source) and not self.sources

    @property
    def dated(self) -> bool:
        """Whether its window comes from a date in the text (not the week before a report)."""
        return any(text_dated(e) for e in self.events)

    @property
    def meets(self) -> str | None:
        """How a meeting is held: "phone", "in person" (a visit, or in a place), or unknown."""
        return how_held(any(e.mode == "phone" for e in self.events),
                     any(e.mode in IN_PERSON for e in self.events), self.place)


def sided(parties: Iterable[str]) -> frozenset[str]:
    """The parties that name a side: no town (``town``)."""
    return frozenset(p for p in parties if not p.startswith(TOWN))


def two_towns(a: str | None, b: str | None) -> bool:
    """Whether two places (``kind:name``) are two towns: two cities of the gazetteer, or two
    towns it lacks, of different names. A town it lacks may lie in or around a city it knows
    (a village near Arauca, a street of Moscow), or the city's name may be its district's."""
    return bool(a and b and a != b and a.split(":", 1)[0] == b.split(":", 1)[0])


def how_held(phoned: bool, in_person: bool, place: str | None) -> str | None:
    """How meetings are held: "phone" when one is a call, "in person" when one is held in
    person (a visit, a summit, mediated talks) or ``place`` places them, else unknown."""
    if phoned:
        return "phone"
    return "in person" if place or in_person else None


def abducts(codes: Iterable[str | None]) -> bool:
    """Whether any of the CAMEO ``codes`` is an abduction or hostage-taking."""
    return any(c and c.startswith(NOT_FIGHTS) for c in codes)


#: Bases of a date its event's own words do not give: the publication date standing in, and
#: a story's date carried to an act told after it (``events.story``), an inference fusion
#: gives the window of an undated act.
_NOT_OWN = frozenset({"publication", "story"})


def text_dated(e: EventKey) -> bool:
    """Whether the event's own text dates it (not the publication date standing in, nor a
    story's date carried to it)."""
    return e.date is not None and e.date_basis not in _NOT_OWN


def meet(a: Window, b: Window) -> Window:
    """The days two windows share (empty, start after end, when they do not meet)."""
    return max(a[0], b[0]), min(a[1], b[1])


def window(e: EventKey, since: dt.date | None = None) -> Window | None:
    """When the event may have happened: an event its text does not date (its date, if any,
    the publication date standing in) happened in the week before its report; one told as
    earlier (no date at all) or inside a claim (``CLAIMED``), in the weeks before it. A
    report whose text goes back further (``since``: ``retrospectives.reach``) may tell any
    act of that time without dating it again: an undated one (no date, or the publication
    date standing in) lies between then and its report. An act that lasts (``LASTING``)
    reaches ``LASTS`` days further either way."""
    lasts = dt.timedelta(days=LASTS if e.mode in LASTING.get(e.type, ()) else 0)
    if text_dated(e):
        slack = dt.timedelta(days=SLACK.get(e.date_precision or "day", 1)) + lasts
        return e.date - slack, e.date + slack
    if e.published is not None:
        before = BEFORE_TOLD if (e.date is None and e.modality in TOLD_DONE) or \
            e.modality in CLAIMED else BEFORE_REPORT
        start = e.published - dt.timedelta(days=before)
        if since is not None:  # the publication date stands in, or the text gives no time
            start = min(start, since)
        return start - lasts, e.published + dt.timedelta(1) + lasts
    return None


def mention(e: EventKey, links: Mapping[str, str],
            party: Mapping[str, frozenset[str]], since: dt.date | None = None) -> Mention:
    """``party`` maps a corpus actor to the parties it stands for (none for an actor too
    vague to tell events apart: "the two ministers", "officials"); ``since`` is how far back
    its document's text reaches (``retrospectives.reach``)."""
    def parties(ids: tuple[str, ...]) -> frozenset[str]:
        corpus = (links.get(i) for i in ids)
        return frozenset(p for c in corpus if c is not None
                         for p in party.get(c, frozenset({c})))
    sources, targets = parties(e.source), parties(e.target)
    # a town of no known state that the act is done to or from is where it was (``town``)
    towns = sorted(p for p in sources | targets if p.startswith(TOWN))
    place = f"{e.place_kind}:{e.place}" if e.place else towns[0] if len(towns) == 1 else None
    guessed = targets if e.target_basis == "other_side" else frozenset()
    return Mention([e], sources, targets, window(e, since), place, guessed)


def town(name: str) -> str:
    """The party (written as events write their places) of a town no dictionary places in a
    state, named as an act's side: reports naming it share it, but it tells where the act
    was (the place of a report that gives none), not who did it or had it done to them."""
    name = name.lower()
    return TOWN + (name[4:] if name.startswith("the ") else name)


def counted(e: EventKey) -> int | None:
    """How many people the act was done to, when that number tells it apart (``COUNTED``)."""
    n = e.target_count
    return n if n is not None and n >= COUNTED_FROM and e.type in COUNTED else None


def tally(e: EventKey) -> int | None:
    """How many people an act of a tallied type was done to, from two up (``TALLIED``)."""
    n = e.target_count
    return n if n is not None and n >= 2 and e.type in TALLIED else None


def with_countries(party: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``party`` where an actor that is only an office of a country the corpus knows as a
    party also stands for that country ("Kenya's president", unnamed, is Kenya, as a named
    president the text places in the state already is); an actor with a name of its own
    keeps the parties it has (a rebel leader is not his country), and an office of a body
    that is no country ("office:IGO:envoy") stays the office."""
    countries = {p for ps in party.values() for p in ps if p.startswith("country:")}

    def widen(ps: frozenset[str]) -> frozenset[str]:
        if not ps or not all(p.startswith("office:") for p in ps):
            return ps
        return ps | ({f"country:{p.split(':')[1]}" for p in ps} & countries)
    return {actor: widen(ps) for actor, ps in party.items()}
