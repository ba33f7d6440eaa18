"""Retellings: a definite noun that names an event its document has already reported.

"The visit was the first in four years", "Saturday's protest", "the embargo on Iran has
...": a noun with a definite determiner or a possessive (a date's, "Saturday's") tells again
an earlier event of its type, a few events back at most; a noun that names whom but not who
("the embargo on Iran") tells again the latest earlier one of its type aimed at one of them,
anywhere before (a standing measure). In: the trigger and the events emitted so far. Out: the
event retold, or its actors.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..records import Event
from . import triggers

#: Determiners by which a noun names an event the text has already reported.
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
#: How many events back a definite description may refer.
_REFER_BACK = 6


def referred(trigger: triggers.Trigger, earlier: Sequence[Event],
             targets: Sequence[str] = (), country: Mapping[str, str | None] | None = None,
             places: Collection[str] = ()) -> tuple[list[str], list[str]] | None:
    """The actors of the event a definite noun with none of its own refers back to ("the
    visit", "Saturday's protest", "the launch"): the latest earlier event of its type, a
    few events back at most. With ``targets`` (a noun naming whom but not who: "the
    embargo on Iran", "the blockade of Gaza", "the Kenya trip"), the source of the latest
    earlier event of its type aimed at one of them, or at someone of the country of one of
    them that is a country or place (``country``: each actor's country; ``places``: the ids
    of countries and places: "met Kenya's president" is the Kenya trip), anywhere before: an
    act told again."""
    if not _definite(trigger):
        return None
    if targets:
        where = {country[t] for t in targets if country and t in places and country.get(t)}
        return next(((list(e.source), list(targets)) for e in reversed(earlier)
                     if e.type == trigger.entry.type and e.source and (
                         set(e.target) & set(targets)
                         or where & {country.get(t) for t in e.target if country})
                     and e.modality not in ("hypothetical", "requested")), None)
    told = retold(trigger, earlier)
    return (list(told.source), list(told.target)) if told is not None else None


def _definite(trigger: triggers.Trigger) -> bool:
    """Whether the trigger is a noun that names an event already known: "the visit", "its
    offensive", "Saturday's protest"."""
    return trigger.entry.pos == "noun" and trigger.light is None and any(
        (c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE)
        or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")) for c in trigger.head.children)


def retold(trigger: triggers.Trigger, earlier: Sequence[Event]) -> Event | None:
    """The event a definite noun tells again: the latest earlier one of its type that
    happened (or is said not to have), a few events back at most."""
    if not _definite(trigger):
        return None
    return next((e for e in reversed(earlier[-_REFER_BACK:]) if e.type == trigger.entry.type
                 and e.modality not in ("hypothetical", "requested")), None)
