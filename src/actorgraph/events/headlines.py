"""Headlines: the act of a document's first line told again by its lead.

In: a document's events in text order and its text. Out: for each act of a headline that
restates its lead, the lead's act: the act of the document's first line, a line with no closing
stop followed by a paragraph, tells again the first act of its type in the lead that shares
a doer with it, or a recipient when either names no doer, one of its very code or root first
("Police arrest 40 protesters in Dunmore" over "Police in Dunmore arrested 40 protesters on
Saturday"; "Clashes kill four" over the shooting, not the burning told before it). The lead
is the first two paragraphs that end with a stop (a dateline or a byline on a line of its
own is none: "By a staff reporter"; a line of context may come first). Who counts as the
same party is the caller's (``Parties``): a headline names a doer briefly.

A headline's act told in the present has only the publication date standing in for its time
(rule 5 of the events' dates in ``dates``); the lead that tells it again may give it: "Rebels
seize Marrow" over "Rebels seized Marrow on Friday" is Friday's (``dated``). A lead act with
no date of its own, or one told as undated, leaves the headline's as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..records import Event

#: The parties a list of actor ids names, comparable across mentions.
Parties = Callable[[Sequence[str]], set[object]]
#: The longest headline, in words.
_HEADLINE = 25
#: How a line of prose ends.
_STOPS = (".", "!", "?", '"', "”")


def _lead(text: str, line: int) -> int:
    """Where the lead under a headline ending at ``line`` ends: after its first two
    paragraphs that end with a stop, lines without one (a dateline, a byline) passed over."""
    end, told = line, 0
    while told < 2 and end < len(text):
        stop = text.find("\n", end + 1)
        stop = len(text) if stop < 0 else stop
        told += text[end:stop].rstrip().endswith(_STOPS)
        end = stop
    return end


def end(text: str) -> int | None:
    """Where the document's headline ends: its first line, when it is one (no closing stop, a
    few words at most, followed by more text); else None."""
    line = text.find("\n")
    if line < 0 or text[:line].rstrip().endswith((*_STOPS, ":")) or \
            len(text[:line].split()) > _HEADLINE:
        return None
    return line


def restated(found: Sequence[Event], text: str, parties: Parties) -> dict[int, int]:
    """For each act of a headline that restates its lead (see the module), by index, the
    index of the lead's act."""
    line = end(text)
    if line is None:
        return {}
    lead = _lead(text, line)
    out = {}
    for n, h in enumerate(found):
        if h.end > line:
            break
        acts = [m for m, e in enumerate(found) if line < e.start < lead
                and e.type == h.type and e.retells is None and _same_parties(h, e, parties)]
        # of those, one of its very code, else of its root: "Clashes kill four" is the
        # shooting the lead tells, not the burning of a market told before it
        act = next((m for m in acts if found[m].cameo_code == h.cameo_code), None)
        act = act if act is not None else next((m for m in acts if root(found[m]) == root(h)),
                                               acts[0] if acts else None)
        if act is not None:
            out[n] = act
    return out


def dated(headline: Event, lead: Event) -> Event:
    """The act of a headline with the date its lead's act gives it, when the headline has only
    the publication date standing in."""
    if headline.date_basis != "publication" or lead.date_basis != "text" or lead.date is None:
        return headline
    return replace(headline, date=lead.date, date_precision=lead.date_precision,
                   date_basis=lead.date_basis)


def root(e: Event) -> str:
    """The CAMEO root of an event's code."""
    return (e.cameo_code or e.cameo)[:2]


def _same_parties(h: Event, e: Event, parties: Parties) -> bool:
    """Whether two acts of one type share a doer, or, when either names none, a recipient."""
    if h.source and e.source:
        return bool(parties(h.source) & parties(e.source))
    return bool(parties(h.target) & parties(e.target)) or not (h.target and e.target)
