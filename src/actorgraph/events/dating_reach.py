"""How far the times a text gives reach: past the clause the parser hangs them on, or not at all.

Part of the events' dates (the spec is the "Events" part of ``dates``' docstring); read by
``dating.Dating``. In: tokens of the parse, and the publication date. Out:

* ``roughly(text, published)``: the times in a sentence that the text gives only roughly or
  as a length, each ``(start, end, began, lasting)``:

  - a vague past ("a few months ago", "several years ago", "weeks ago", "decades ago": no
    count, or "a few", "several", "some", "many"): before the report by a span the text does
    not give, so undated like "previously" (``began`` None), not the publication day; "a few
    days ago" is no vaguer than the week before the report the stand-in gives, and keeps it;
  - a length on a state that goes on ("for two years", "for the past three weeks", "for
    months"; ``lasting``): on a present perfect (``standing``: "has been held for two years",
    "have occupied the island for months", "have been fighting for a week") the state began
    that long before the report, the date its start to the unit (``began``: "for two years" in
    2026 is 2024, to the year); a length with no count ("for months") gives no start: undated.
    On any other tense ("was jailed for two years"), or on a verb that sets a term ("has
    suspended talks for a month": how long the measure will last), a length says nothing of
    when.

* ``described(verb, clauses, when, published)``: a date the parser hangs inside a clause that
  only describes the doer or the subject of an act, a relative clause or participle with no
  act of its own ("abducted by men believed to be rebels *on Friday*", "kidnapped by gunmen
  who were wearing fatigues *on Sunday*", "soldiers, who reached the village *on Tuesday*,
  arrested the chief"), is the act's: its token; None when the describing clause is an act or
  speech of its own ("police, who *arrived* on Monday, ...": its own date, rule 4), is a perfect
  or pluperfect ("men who *had escaped* on Monday": another time), or describes an object
  ("arrested a man who ... on Monday"); and only for a date to the day that reads as recent
  (within a month before ``published``): "men who were released in 2019" or "on 3 May 2011"
  tell the doer's past, not the act's day.

* ``of_time(token)``: whether a noun is itself part of a date ("on *Wednesday* 7 October", "on
  the *night* of 6 October"), so a date hanging on it is no date describing a thing.

* ``led_by(verb, direct, clauses)``: the date of the event noun that is the subject of an act of
  its own type told by a verb ("the clashes *in March* killed forty": the killing is the
  clashes', dated with them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from spacy.tokens import Token

from ..actors.dictionary import load_yaml
from .dates import COUNT, MONTHS, WEEKDAYS, Precision, counted, monday
from .tenses import aux

_CUES = load_yaml("dates.yaml")
_UNITS = "day|week|fortnight|month|year|decade"
_VAGUE = re.compile(r"\b(?:(?:a\s+few|several|some|many|a\s+couple\s+of)\s+)?"
                    r"(?P<unit>week|month|year|decade)s\s+ago\b", re.IGNORECASE)
_LASTING = re.compile(rf"\bfor\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?P<n>{COUNT})\s+)?"
                      rf"(?P<unit>{_UNITS})s?\b(?!\s+(?:of|in|to|before|after|earlier|later)\b)",
                      re.IGNORECASE)
_DAY = dt.timedelta(days=1)
#: Dependencies by which a describing clause goes on above its first verb ("men *thought* to
#: *be* rebels").
_ON = frozenset({"xcomp", "ccomp", "conj"})
_DOER_OF = frozenset({"nsubj", "nsubjpass"})


def _began(published: dt.date, n: int, unit: str) -> tuple[dt.date, Precision]:
    """The day, Monday, 1st of the month or January 1 ``n`` units before ``published``."""
    if unit == "decade":
        return dt.date(published.year - 10 * n, 1, 1), "year"
    if unit == "day":
        return published - n * _DAY, "day"
    if unit == "week":
        return monday(published) - dt.timedelta(weeks=n), "week"
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
        return dt.date(year, month + 1, 1), "month"
    return dt.date(published.year - n, 1, 1), "year"


def roughly(text: str, published: dt.date | None
            ) -> list[tuple[int, int, tuple[dt.date, Precision] | None, bool]]:
    """``(start, end, began, lasting)`` of the vague pasts and lengths in ``text`` (a
    sentence); see the module docstring."""
    found = [(m.start(), m.end(), None, False) for m in _VAGUE.finditer(text)]
    for m in _LASTING.finditer(text):
        began = None
        if m["n"] and published is not None:
            unit, n = counted(m["n"], m["unit"]) if m["unit"].lower() != "decade" else (
                "decade", counted(m["n"], "year")[1])
            began = _began(published, n, unit)
        found.append((m.start(), m.end(), began, True))
    return found


def standing(verb: Token) -> bool:
    """Whether ``verb`` is a present perfect ("has been held", "have occupied", "have been
    fighting"): a state that goes on to the report's day; not one of a verb that sets a term
    (``term_verbs`` in ``data/dates.yaml``: "has suspended talks for a month")."""
    return verb.tag_ in ("VBN", "VBG") and verb.lemma_.lower() not in _CUES["term_verbs"] and any(
        a.lower_ in _CUES["perfect_auxiliaries"] and a.tag_ in ("VBZ", "VBP") for a in aux(verb))


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        a.lower_ in {*_CUES["perfect_auxiliaries"], *_CUES["pluperfect_auxiliaries"]}
        for a in aux(verb))


def described(verb: Token, clauses: Mapping[int, str | None], when: dt.date,
              published: dt.date | None) -> int | None:
    """The act whose doer or subject the clause of ``verb`` (no act of its own) describes, for
    a recent date to the day hung in it; see the module docstring."""
    if published is None or not published - 31 * _DAY <= when <= published + 7 * _DAY:
        return None
    node = verb
    for _ in range(6):
        if clauses.get(node.i) is not None or _perfect(node):
            return None  # an act of its own, or another time
        if node.i in clauses and node.dep_ == "conj" and _hedge(node):
            # the parser's "burned by attackers *said* to be loyal ...": "said" on the act
            return node.head.i if clauses.get(node.head.i) is not None else None
        if node.dep_ not in _ON or node.head == node or node.i in clauses:
            break
        node = node.head
    if node.dep_ not in ("acl", "relcl") or (node.tag_ == "VBG" and node.dep_ == "acl"):
        return None  # a participle telling what someone was doing: tenses.doing's
    noun = node.head
    if noun.dep_ in _DOER_OF:
        act = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        act = noun.head.head
    else:
        return None
    return act.i if clauses.get(act.i) is not None else None


def _hedge(verb: Token) -> bool:
    """Whether a verb of speech coordinated with an act is a hedge on its doer ("burned by
    attackers *said* to be loyal to a warlord"): no subject, a to-infinitive, and the act it is
    coordinated with has a doer in a "by" phrase."""
    return not any(c.dep_ in _DOER_OF for c in verb.children) and any(
        c.dep_ == "xcomp" for c in verb.children) and any(
        c.dep_ == "agent" for c in verb.head.children)


def of_time(noun: Token) -> bool:
    """Whether ``noun`` is itself part of a date: a weekday, a month, or a noun of time ("on
    the *night* of Tuesday 6 October")."""
    lemma = noun.lemma_.lower()
    return noun.text.capitalize() in WEEKDAYS or lemma in _CUES["day_parts"] or lemma in _CUES[
        "time_nouns"] or noun.text.capitalize() in MONTHS


def led_by(verb: Token, direct: Mapping[int, tuple[dt.date, Precision]],
           clauses: Mapping[int, str | None]) -> tuple[dt.date, Precision] | None:
    """The date of the event noun subject of ``verb`` when both tell an act of one type ("the
    clashes in March *killed* forty")."""
    if verb.pos_ != "VERB" or clauses.get(verb.i) is None:
        return None
    return next((direct[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in direct
                 and clauses.get(c.i) == clauses[verb.i]), None)
