"""Absolute dates written out in full: a day, a month and a year.

In: a string such as "15 April 2023", "1 Sept 2000" or "2016-11-28" (``iso``). Out: the date
it names, or None when it names none. ``dateparser`` reads the string; a day, an English month
name or abbreviation and a year, or an ISO date, are read directly when they name a real day,
since dateparser's first call loads its locale and time-zone tables (about a tenth of a
second, each build) for strings it reads the same (``tests/events/test_calendar.py`` checks
every month form and day against it). Anything else still goes to dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import dateparser

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
#: month name or abbreviation, lower case -> its number
_NUMBERS = {name.lower(): n for n, name in enumerate(MONTHS, start=1)} | {
    abbreviation.lower(): n for abbreviation in ABBREVIATIONS.split("|")
    for n, name in enumerate(MONTHS, start=1) if name.startswith(abbreviation)}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]+) (\d{4})")
_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
             "RELATIVE_BASE": dt.datetime(2000, 1, 1), "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def parse(text: str, iso: bool = False) -> dt.date | None:
    """``text`` (day, month and year, all present) as a date, or None if it is no valid date.

    Every part is required, so the fixed RELATIVE_BASE never shows through, and the cache serves
    any publication date.
    """
    date = plain(text, iso)
    if date is not None:
        return date
    parsers = ["custom-formats"] if iso else ["absolute-time"]
    try:
        parsed = dateparser.parse(text, date_formats=["%Y-%m-%d"], languages=["en"],
                                  settings={**_SETTINGS, "PARSERS": parsers})
    except Exception:  # dateparser has many failure modes; none of them is ours to raise
        return None
    return parsed.date() if parsed else None


def plain(text: str, iso: bool = False) -> dt.date | None:
    """The real day ``text`` writes as "<day> <month name> <year>" (or "<year>-<mm>-<dd>"
    with ``iso``), else None: dateparser reads the rest."""
    if iso:
        found = _ISO.fullmatch(text)
        parts = (int(found[1]), int(found[2]), int(found[3])) if found else None
    else:
        found = _DAY_MONTH_YEAR.fullmatch(text)
        month = _NUMBERS.get(found[2].lower()) if found else None
        parts = (int(found[3]), month, int(found[1])) if found and month else None
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:  # "31 April 2023": dateparser's to judge
        return None
