"""Retrospectives: how far back a report's text reaches for the acts it tells again undated
("What we know, three weeks on": "A Botswana patrol shot them"; "Analysis: ..."). In: the
stored events (``EventKey``: dates, publication dates, headlines). Out: per document and type,
the first day an undated mention of that type may lie on (``reach``), which
``acts.window`` takes as ``since`` (the rules are told in ``clusters``'s docstring)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from ..actors.dictionary import word_list
from ..records import HAPPENED, EventKey
from .acts import BEFORE_REPORT, RETOLD, text_dated, window

#: How far before its report a retrospective's text may reach for the acts it tells again
#: undated ("What we know, three weeks on": "A Botswana patrol shot them"): ``reach``.
LOOKS_BACK = 62
#: Words a later report disputes or denies (a demand, an accusation, a refusal, a threat): a
#: report whose text goes back weeks tells them again undated ("whether Tarsia ever asked for
#: a pause is still disputed", "Tarsia has asked for nothing of the kind"), as it does
#: happenings (``RETOLD``); not agreements, of which a story holds one per round of talks.
DISPUTED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


@functools.cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = "|".join(re.escape(w) for w in sorted(word_list("dates.yaml", "looking_back_labels"),
                                                   key=len, reverse=True))
    openings = "|".join(re.escape(w) for w in word_list("dates.yaml", "looking_back_openings"))
    return (re.compile(rf"^\s*(?:(?:{labels})\s*[:|\-\u2013\u2014]\s*\S|(?:{openings})\b)", re.I),
            re.compile(rf"[:|\-\u2013\u2014]\s*(?:{labels})\s*[.!?]?\s*$", re.I))


def looks_back(title: str | None) -> bool:
    """Whether a headline labels its piece as one looking back over its story ("Analysis:
    ...", "ANALYSIS-...", "Explainer: ...", "Ferry seizure: what we know", "What we know
    about ..."; ``looking_back_labels`` in ``data/dates.yaml``): such a piece retells acts of
    the weeks before without dating them. A headline that only uses such a word ("Analysts
    say ...", "Opinion poll puts ...") is no label."""
    if not title:
        return False
    opening, closing = _label_patterns()
    return bool(opening.search(title) or closing.search(title))


def reach(events: Iterable[EventKey]) -> dict[tuple[str, str], dt.date]:
    """How far back each document's text reaches, for the acts of each type it may tell
    again undated (happenings, ``RETOLD``, and disputed words, ``DISPUTED``): keyed by
    document and type, the first day of the window of the earliest
    act that happened its text dates (to the day, week or month) before its report's week,
    no more than ``LOOKS_BACK`` days before the report (a retrospective covers the weeks of
    its story, not the years its background names: "the price set in 1962"); for a piece its
    headline labels as looking back (``looks_back``) whose text dates no such act,
    ``LOOKS_BACK`` days. A type of which the text dates an act in its report's week has no
    entry: that act is the report's news, and its undated acts of that type tell it ("met in
    Ohrid on Thursday ... the lakeside meeting")."""
    events = list(events)
    first: dict[str, dt.date] = {}
    news: set[tuple[str, str]] = set()
    for e in events:
        if not (text_dated(e) and e.published is not None and e.modality in HAPPENED
                and e.date_precision in ("day", "week", "month")):
            continue
        start = window(e)[0]  # type: ignore[index]
        if e.date >= e.published - dt.timedelta(days=BEFORE_REPORT):  # type: ignore[operator]
            news.add((e.doc_id, e.type))
        if start < e.published - dt.timedelta(days=BEFORE_REPORT):
            start = max(start, e.published - dt.timedelta(days=LOOKS_BACK))
            first[e.doc_id] = min(start, first.get(e.doc_id, start))
    read: set[str] = set()  # documents whose headline was read (one headline each)
    for e in events:
        if e.published is not None and e.doc_id not in first and e.doc_id not in read:
            read.add(e.doc_id)
            if looks_back(e.title):
                first[e.doc_id] = e.published - dt.timedelta(days=LOOKS_BACK)
    return {(e.doc_id, e.type): first[e.doc_id] for e in events
            if e.doc_id in first and e.type in RETOLD | DISPUTED
            and (e.doc_id, e.type) not in news}

