"""Offsets: a date told as a shift from another event's date.

``offset(expression)`` reads a shift from another event's date: "two days after" is ``(2,
"day")``, "a day later" ``(1, "day")``, "three weeks before" ``(-3, "week")``, "the following
week" ``(1, "week")``, "the previous month" ``(-1, "month")``, "the day before" ``(-1,
"day")``; hours or minutes away ("a few hours after", "hours later", "an hour earlier") are
the same day, ``(0, "day")``. A comparison is no offset ("a day earlier than planned"), nor is
a duration ("hours of talks", "two days of talks"), nor "the previous government".
``move(anchor, precision, n, unit)`` applies it: the result is known to the coarser of the
anchor's precision and the unit ("a month after May 3" is June, to the month), and a shift
finer than the anchor's precision keeps the anchor ("two days after March 2011" is March 2011).
``same_times(text)`` finds the times that point back to the time the text is at, a shift of
none: "that evening", "the same night", "on that day", "later that day", "earlier in the week",
"later that year" give the unit they keep (``"day"`` for a part of a day); not "the same day as
the vote" (an anchor of its own), nor "that night" before a noun it describes ("said that night
raids would stop").
Which event is the anchor, and which clause the offset dates, is ``dating``'s (rule 2 of the
events' dates in ``dates``).
"""

from __future__ import annotations

import datetime as dt
import re

from ..actors.tables import word_list
from .dates import COUNT, NUMBERS, TRAIL, Precision, Resolved, counted, monday

_OFFSET = re.compile(
    rf"\b(?:(?P<n>{COUNT}|the)\s+(?P<unit>day|week|fortnight|month|year)s?\s+"
    r"(?P<dir>after|before|later|earlier)"
    r"|the\s+(?P<rel>following|next|previous|preceding)\s+(?P<unit2>day|week|month|year)"
    # hours or minutes away: the same day ("a few hours after", "hours later")
    rf"|(?:(?:a\s+few|several|some|{'|'.join(NUMBERS)}|\d{{1,2}})\s+)?(?P<hours>hour|minute)s?"
    r"\s+(?:after|before|later|earlier))\b"
    r"(?!\s+than\b)",  # "a day earlier than planned" compares, it is no offset
    re.IGNORECASE)
#: The words of which every match of ``_OFFSET`` has one, whole: a cheap test first.
_OFFSET_WORD = re.compile(r"\b(?:after|before|later|earlier|following|next|previous|preceding)\b",
                          re.IGNORECASE)
_SAME_UNIT = r"(day|morning|afternoon|evening|night|week|month|year)"
_SAME = re.compile(
    rf"\b(?:(?:later|earlier)\s+(?:on\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+{_SAME_UNIT}"
    r"\b(?!\s+as\b)"
    rf"|\b(?:later|earlier)\s+in\s+the\s+{_SAME_UNIT}\b", re.IGNORECASE)
_BACK = word_list("grammar.yaml", "back_words")
_ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")


def _offset(match: re.Match[str]) -> tuple[int, Precision]:
    if match["hours"]:
        return 0, "day"
    if match["rel"]:
        n, unit, direction = 1, match["unit2"], match["rel"]
    else:
        count = match["n"].lower()
        unit, n = counted("1" if count == "the" else count, match["unit"])
        direction = match["dir"]
    unit = unit.lower()
    return (-n if direction.lower() in _BACK else n), unit  # type: ignore[return-value]


def offset(expression: str) -> tuple[int, Precision] | None:
    """The shift an expression makes from another event's date, as ``(n, unit)``: "two days
    after" is ``(2, "day")``, "the previous month" ``(-1, "month")``; None for anything else
    (read against the publication date, "next week" and "two days ago" are no offsets)."""
    match = _OFFSET.fullmatch(" ".join(expression.split()).strip(TRAIL))
    return _offset(match) if match else None


def offsets(text: str) -> list[tuple[int, int, int, Precision]]:
    """``(start, end, n, unit)`` of every offset expression in ``text`` (a sentence)."""
    if not _OFFSET_WORD.search(text):  # no word of an offset: a seventh of the full search
        return []
    return [(m.start(), m.end(), *_offset(m)) for m in _OFFSET.finditer(text)]


def same_times(text: str) -> list[tuple[int, int, Precision]]:
    """``(start, end, unit)`` of every time in ``text`` (a sentence) that points back to the
    time the text is at ("that evening", "later that week"), with the unit it keeps."""
    found: list[tuple[int, int, Precision]] = []
    for m in _SAME.finditer(text):
        unit = (m[1] or m[2]).lower()
        found.append((m.start(), m.end(), unit if unit in _ORDER else "day"))  # type: ignore
    return found


def move(anchor: dt.date, precision: str, n: int, unit: str) -> Resolved:
    """``anchor`` (known to ``precision``) moved by ``n`` units: the result is known to the
    coarser of the two, and a shift finer than the anchor's precision keeps the anchor."""
    coarse = max(_ORDER.index(precision), _ORDER.index(unit))  # type: ignore[arg-type]
    if coarse > _ORDER.index(unit):
        return anchor, precision  # type: ignore[return-value]
    if unit == "day":
        date = anchor + dt.timedelta(days=n)
    elif unit == "week":
        date = anchor + dt.timedelta(weeks=n)
    else:
        months = anchor.year * 12 + anchor.month - 1 + (n if unit == "month" else 12 * n)
        date = dt.date(months // 12, months % 12 + 1, 1)
    return _truncate(date, _ORDER[coarse]), _ORDER[coarse]


def _truncate(date: dt.date, precision: Precision) -> dt.date:
    if precision == "week":
        return monday(date)
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date
