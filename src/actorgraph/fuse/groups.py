"""A cluster being built (``Group``) and the tests a mention must pass to join it: the same
kind of act, time and place, and parties that meet (the rules are told in full in
``clusters``'s docstring, which is their spec; the kinds of acts, in ``acts``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import JOINT_TYPES, MUTUAL_MODES, EventKey
from .acts import (
    APART_MODES,
    IN_PERSON,
    IRREALIS,
    MODED,
    ONE_ACT_MODES,
    RECEIVES,
    RETOLD,
    TALLY_RATIO,
    THEMED,
    Mention,
    Window,
    abducts,
    how_held,
    meet,
    sided,
    tally,
    text_dated,
    two_towns,
)

__all__ = ["Group"]


@dataclass(slots=True)
class Group:
    """A cluster being built: its members and what they share."""

    type: str
    window: Window | None
    place: str | None
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    members: list[EventKey] = field(default_factory=list)
    told_targets: set[str] = field(default_factory=set)  # not only guessed (``Mention``)
    themes: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # the members' CAMEO codes
    ordinals: set[int] = field(default_factory=set)  # "a *second* round of talks"
    tallies: set[int] = field(default_factory=set)  # "arrested *nine* people" (``TALLIED``)
    unnamed_doer: bool = False  # a member's doer is named, but is no party
    dated: bool = False  # its window comes from a date some member's text gives
    #: whether a member is a call, or a meeting held in person (kept as members join, so
    #: that no check rereads them all)
    phoned: bool = False
    in_person: bool = False
    #: the people and offices its receptions name as host (``RECEIVES``)
    hosts: set[str] = field(default_factory=set)

    @property
    def kind(self) -> tuple[str, bool]:
        """Type, and whether its acts are only imagined or asked for (``Mention.kind``)."""
        return self.type, self.members[0].modality in IRREALIS

    @property
    def held(self) -> str | None:
        return how_held(self.phoned, self.in_person, self.place)

    def hold(self, events: Iterable[EventKey]) -> None:
        """Count ``events`` among the meetings it holds."""
        for e in events:
            self.phoned = self.phoned or e.mode == "phone"
            self.in_person = self.in_person or e.mode in IN_PERSON

    def fits_act(self, m: Mention) -> bool:
        """Whether the mention tells of the same kind of act: the same thing committed to or
        asked for, no other mode where modes are different acts, and no fight with an
        abduction; nor another of a sequence its texts number (a second round of talks is
        not the first)."""
        numbered = {e.ordinal for e in m.events if e.ordinal}
        if numbered and self.ordinals and not numbered & self.ordinals:
            return False
        counts = {n for e in m.events if (n := tally(e))}
        if counts and self.tallies and not any(
                max(a, b) < TALLY_RATIO * min(a, b) for a in counts for b in self.tallies):
            return False  # nine people arrested and four: two acts
        theme = m.event.theme
        if self.type in THEMED and theme and self.themes and theme not in self.themes:
            return False
        codes = {e.cameo or "" for e in m.events}
        if (abducts(codes) and _fight(self.codes)) or (_fight(codes)
                                                         and abducts(self.codes)):
            return False
        if self.type in MODED and _roots(codes) and _roots(self.codes) and not (
                _roots(codes) & _roots(self.codes)):
            return False  # a blockade (CAMEO 19, force) is no ban (17), whatever their modes
        mode = m.event.mode
        if not (mode and self.modes):
            # where modes are acts of their own, one told with a mode and one without are one
            # act only if CAMEO codes them alike ("sanctions" 163 are no expulsion, 166)
            theirs = {c[:3] for c in codes if c}
            mine = {c[:3] for c in self.codes if c}
            return not (self.type in MODED and bool(mode) != bool(self.modes)
                        and theirs and mine and not theirs & mine)
        apart = APART_MODES.get(self.type, frozenset())
        if (mode in apart) != bool(self.modes & apart):
            return False
        return self.type not in MODED or mode in self.modes or self._one_day_modes(m)

    def _one_day_modes(self, m: Mention) -> bool:
        """Whether the mention's mode and the cluster's are one act (``ONE_ACT_MODES``) that
        both texts date to the same day, or that one report tells (its windows meeting:
        "seized the trawler on Saturday" ... "the crew's detention")."""
        modes = self.modes | {m.event.mode}
        if not any(modes <= joint for joint in ONE_ACT_MODES.get(self.type, ())):
            return False
        doc = m.event.doc_id
        if all(e.doc_id == doc for e in self.members if e.mode):
            return True
        days = {e.date for e in m.events if _on_day(e)}
        return bool(days) and all(_on_day(e) and e.date in days for e in self.members if e.mode)

    def fits_time_and_place(self, m: Mention) -> bool:
        if self.window is not None and m.window is not None and (
                m.window[1] < self.window[0] or self.window[1] < m.window[0]):
            return False
        if two_towns(self.place, m.place):
            return False
        # a call is held at no place: never the meeting or visit the cluster holds in one
        held, other = self.held, m.meets
        return held is None or other is None or held == other

    def fits(self, m: Mention) -> bool:
        """Whether the mention's act, time and place fit the cluster's, parties aside (and
        talks are not the reception its report tells apart)."""
        return (self.fits_time_and_place(m) and self.fits_act(m)  # members read only with hosts
                and not (self.hosts and self._reception_only(m, self._told_apart(m))))

    def admits(self, m: Mention) -> bool:
        if not self.fits(m):
            return False
        mine = self.sources | self.targets
        same_town = bool(self.place and self.place == m.place)
        if not (mine & m.parties) and not same_town:
            return False
        if self.both_act(m):
            return not self.another_meeting(m)
        if not same_town and self.replies(m):
            return False
        if self.type not in RETOLD and ((m.unnamed_doer and self.sources)
                                        or (self.unnamed_doer and m.sources)):
            return False  # words: an unnamed speaker is another speaker than a named one
        # in one town on one day, an act is one event even where one report names no side
        sources, targets = self.sides_meet(m)
        return sources and (targets or same_town)

    def both_act(self, m: Mention) -> bool:
        """Whether both sides do the act: a joint type, or a mode in ``MUTUAL_MODES``."""
        return self.type in JOINT_TYPES or bool(m.event.mode in MUTUAL_MODES.get(self.type, ())
                                                and self.modes & MUTUAL_MODES[self.type])

    def replies(self, m: Mention) -> bool:
        """Whether the doer one names is the other's target, sharing no doer or target, in an
        act one side does: an act and the reply to it (a raid, the shelling of the raiders)."""
        crossed = (m.sources & self.told_targets) or (m.told_targets & self.sources)
        return bool(crossed) and not (m.sources & self.sources or m.targets & self.targets
                                      or self.both_act(m))

    def sides_meet(self, m: Mention) -> tuple[bool, bool]:
        """Whether the doers meet where both name doers, and whether the targets meet where
        both name targets (a side one of them leaves unnamed meets any; a town of no known
        state names no side, only where the act was: ``town``; a target only guessed, the
        other side of the clause, is as good as unnamed: ``Mention.guessed``)."""
        def meet(mine: Iterable[str], theirs: Iterable[str]) -> bool:
            mine, theirs = sided(mine), sided(theirs)
            return not (mine and theirs) or bool(mine & theirs)
        return meet(self.sources, m.sources), meet(self.told_targets, m.told_targets)

    def another_meeting(self, m: Mention) -> bool:
        """Whether a joint act is another than the cluster's: on another day its text gives,
        with another holder of an office of the same country (a visitor's talks with the
        foreign minister on Monday, and his reception by the president on Tuesday); a title
        that only says less ("minister" for "foreign minister") is no other office. Undated,
        two office holders may be one delegation's meeting."""
        if self._received_apart(m):
            return True
        days = {e.date for e in m.events if _on_day(e)}
        if not days or not any(_on_day(e) and e.date not in days for e in self.members):
            return False
        mine = {p for p in self.sources | self.targets if p.startswith("office:")}
        theirs = {p for p in m.parties if p.startswith("office:")}
        return any(a.split(":")[1] == b.split(":")[1] and not _same_office(a, b)  # one state
                   for a in mine - theirs for b in theirs - mine)

    def _received_apart(self, m: Mention) -> bool:
        """Whether one report tells talks and, in another sentence, the visitor's reception by a
        host (a person or office) the talks do not name: another meeting of the trip. The one
        received is named, in the talks: one who hosts a session of others' talks is at it."""
        if not (_receives(m.events) and self._told_apart(m)):
            return False  # (talks that would join a reception: ``fits``)
        host, guest = _named(m.sources), _named(m.targets)
        parties = self.sources | self.targets
        return bool(host) and bool(guest & parties) and not host & parties

    def _told_apart(self, m: Mention) -> list[EventKey]:
        """The members of the mention's report, where none is told in its sentences."""
        mine = [e for e in self.members if e.doc_id == m.event.doc_id]
        told = {e.sentence_start for e in m.events}
        return [] if any(e.sentence_start in told for e in mine) else mine

    def _reception_only(self, m: Mention, mine: list[EventKey]) -> bool:
        """Whether the cluster holds, of the mention's report, only receptions and what retells
        them, and the mention (in another sentence) is no reception and names no host."""
        received = {e.id for e in mine if _receives([e])}
        return (bool(self.hosts and received) and all(e.id in received or e.retells in received
                                                       for e in mine)
                and not _receives(m.events) and not self.hosts & m.parties)

    @property
    def guessed(self) -> frozenset[str]:
        """Its targets only guessed, told by none of its members (``Mention.guessed``)."""
        return frozenset(self.targets - self.told_targets)

    def as_mention(self) -> Mention:
        """The cluster as one mention, to join to another."""
        return Mention(list(self.members), frozenset(self.sources), frozenset(self.targets),
                       self.window, self.place, self.guessed)

    def add(self, m: Mention) -> None:
        # a report's week only narrows a window no text dates: "last week" in one report
        # and an undated denial in the next keep the week the text gives
        if m.window is not None and not (self.dated and not m.dated):
            self.window = m.window if self.window is None or (m.dated and not self.dated) \
                else meet(self.window, m.window)
            self.dated = self.dated or m.dated
        self.place = self.place or m.place
        self.sources |= m.sources
        self.targets |= m.targets
        self.told_targets |= m.told_targets
        self.members.extend(m.events)
        self.hold(m.events)
        if _receives(m.events) and _named(m.targets):
            self.hosts |= _named(m.sources)
        self.themes.update(e.theme for e in m.events if e.theme)
        self.modes.update(e.mode for e in m.events if e.mode)
        self.codes.update(e.cameo for e in m.events if e.cameo)
        self.ordinals.update(e.ordinal for e in m.events if e.ordinal)
        self.tallies.update(n for e in m.events if (n := tally(e)))
        self.unnamed_doer = self.unnamed_doer or m.unnamed_doer


def _receives(events: Iterable[EventKey]) -> bool:
    return any((e.cameo or "").startswith(RECEIVES) for e in events)


def _named(parties: Iterable[str]) -> set[str]:
    """The people and offices among ``parties``: no country."""
    return {p for p in parties if not p.startswith("country:")}


def _on_day(e: EventKey) -> bool:
    """Whether the event's own text gives its day."""
    return text_dated(e) and e.date_precision == "day"


def _same_office(a: str, b: str) -> bool:
    """Whether two office parties of one country may name one office: one title ends the
    other ("office:GHA:minister", "office:GHA:foreign minister")."""
    ta, tb = a.split(":", 2)[2], b.split(":", 2)[2]
    return ta.endswith(" " + tb) or tb.endswith(" " + ta)


def _roots(codes: set[str]) -> set[str]:
    """The CAMEO roots (two digits) of ``codes``."""
    return {c[:2] for c in codes if c}


def _fight(codes: set[str]) -> bool:
    return any(c.startswith("19") for c in codes)
