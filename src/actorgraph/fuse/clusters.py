"""Event clusters: the mentions of one real-world event, within and across documents.

In: stored events (``EventKey``: local actor ids, date, place, modality, publication date and
outlet of their document), the local → corpus actor map and each corpus actor's party. Out:
clusters of event ids, in a canonical order.

Two mentions are one event when all of these hold:

* **type**: the same PLOVER type (a nominal "visit" and a verbal "visited" are both CONSULT; an
  AGREE to meet and the meeting are not);
* **actors**: the same parties, where a party is an actor, except that a country, its capital
  or metonym ("Moscow", "the Kremlin") and its government or army are one party. Where both
  mentions name a source, their sources meet; where both name a target, their targets meet;
  and they share at least one party. For joint acts (CONSULT, COOPERATE, AGREE) the two sides
  may be named either way round;
* **time**: their windows meet. A date in the sentence gives a window by its precision (a day
  ±1, a week ±7, a month ±31, a year ±366), each document's relative dates having been
  resolved against its own publication date; with no date in the sentence the event happened
  in the week before its report was published. A cluster keeps the intersection of its
  members' windows, so reports a month apart never meet through a vaguer one between them;
* **place**: two different towns are two events (a country-wide place constrains nothing).

Mentions are taken in a canonical order (window, publication, document, offset), so the
clusters never depend on the order the documents were added in, and each joins the earliest
compatible cluster. Clusters are found through blocks of (type, party, week), so the cost
grows with the number of mentions, not with its square. A mention with no window at all
(no date, no publication date) joins the one compatible cluster of its parties if there is
exactly one, else it starts its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..records import EventKey

#: How far either side of a date of each precision the event may lie.
SLACK = {"day": 1, "week": 7, "month": 31, "year": 366}
#: An event its sentence does not date happened in the days before its report.
BEFORE_REPORT = 7
#: Joint acts: both sides act, and reports name them either way round.
JOINT = frozenset({"CONSULT", "COOPERATE", "AGREE"})

Window = tuple[dt.date, dt.date]


@dataclass(slots=True)
class Mention:
    """A mention in corpus terms."""

    event: EventKey
    sources: frozenset[str]  # parties
    targets: frozenset[str]
    window: Window | None
    place: str | None

    @property
    def parties(self) -> frozenset[str]:
        return self.sources | self.targets


@dataclass(slots=True)
class Group:
    """A cluster being built: its members and what they share."""

    type: str
    window: Window | None
    place: str | None
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    members: list[EventKey] = field(default_factory=list)

    def admits(self, m: Mention) -> bool:
        if self.window is not None and m.window is not None and (
                m.window[1] < self.window[0] or self.window[1] < m.window[0]):
            return False
        if self.place and m.place and self.place != m.place:
            return False
        mine = self.sources | self.targets
        if not (mine & m.parties):
            return False
        if self.type in JOINT:
            return True
        return (not (self.sources and m.sources) or bool(self.sources & m.sources)) and (
            not (self.targets and m.targets) or bool(self.targets & m.targets))

    def add(self, m: Mention) -> None:
        if m.window is not None:
            self.window = m.window if self.window is None else (
                max(self.window[0], m.window[0]), min(self.window[1], m.window[1]))
        self.place = self.place or m.place
        self.sources |= m.sources
        self.targets |= m.targets
        self.members.append(m.event)


def window(e: EventKey) -> Window | None:
    """When the event may have happened."""
    if e.date is not None:
        slack = dt.timedelta(days=SLACK.get(e.date_precision or "day", 1))
        return e.date - slack, e.date + slack
    if e.published is not None:
        return e.published - dt.timedelta(days=BEFORE_REPORT), e.published + dt.timedelta(1)
    return None


def mention(e: EventKey, links: Mapping[str, str], party: Mapping[str, str]) -> Mention:
    def parties(ids: tuple[str, ...]) -> frozenset[str]:
        corpus = (links.get(i) for i in ids)
        return frozenset(party.get(c, c) for c in corpus if c is not None)
    return Mention(e, parties(e.source), parties(e.target), window(e), e.place)


def _weeks(w: Window) -> range:
    return range(w[0].toordinal() // 7, w[1].toordinal() // 7 + 1)


def cluster(events: Iterable[EventKey], links: Mapping[str, str],
            party: Mapping[str, str]) -> list[Group]:
    """The clusters of ``events``, each with its members in canonical order."""
    mentions = [mention(e, links, party) for e in events]
    mentions = [m for m in mentions if m.parties]

    def order(m: Mention) -> tuple:
        e = m.event
        return (m.window is None, m.window or (dt.date.min, dt.date.min),
                e.published or dt.date.min, e.doc_id, e.sentence_start, e.id)

    groups: list[Group] = []
    by_week: dict[tuple[str, str, int], set[int]] = {}
    by_party: dict[tuple[str, str], set[int]] = {}
    for m in sorted(mentions, key=order):
        kind = m.event.type
        if m.window is not None:
            near = {g for p in m.parties for w in _weeks(m.window)
                    for g in by_week.get((kind, p, w), ())}
            chosen = next((g for g in sorted(near) if groups[g].admits(m)), None)
        else:
            near = {g for p in m.parties for g in by_party.get((kind, p), ())}
            fits = [g for g in sorted(near) if groups[g].admits(m)]
            dated = [g for g in fits if groups[g].window is not None]
            chosen = dated[0] if len(dated) == 1 else next(
                (g for g in fits if groups[g].window is None), None)
        if chosen is None:
            groups.append(Group(kind, m.window, m.place))
            chosen = len(groups) - 1
        group = groups[chosen]
        group.add(m)
        for p in group.sources | group.targets:
            by_party.setdefault((kind, p), set()).add(chosen)
            if group.window is not None:
                for w in _weeks(group.window):
                    by_week.setdefault((kind, p, w), set()).add(chosen)
    return groups
