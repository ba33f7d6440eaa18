"""A report's publication date read from the head of its text, for a document without one.

In: a document's cleaned text. Out: ``Dateline(date, evidence)`` (``evidence`` is the text the
date was read from, as it stands in the document), or None.

News carries its date at its top. What is read is a *full* date: day, month and year, in words
("14 March 2026", "May 27, 2026", "Sept. 9, 2026", "12th of February 2026", perhaps after a
weekday: "Friday, 6 November 2026") or ISO ("2026-07-03", perhaps a timestamp), parsed with
``dateparser``, found in one of these places:

1. **a date line**: a line of the top matter that is the date alone, perhaps after a label
   (``date_labels`` in ``data/dateline.yaml``: "Published:", "Updated") and before a time
   ("Updated 21 January 2026, 14:05 GMT"), perhaps followed by another labelled date
   ("Published 3 June 2026 Updated 4 June 2026": the first is the one); or such a date as
   one field of a line of fields ("Tidewire | 12 Feb 2026 | 4 min read");
2. **a byline**: a line of the top matter opening with a byline word (``byline_words``) and a
   name, whose date stands after a separator (``|``, ``·``, ``,``, a dash) or a label and ends
   the line or its field ("By Mira Castellane | 12 Feb 2026 | 09:40", "By Mira Castellane,
   Staff Writer Updated 14 May 2026");
3. **a dateline**: a line of the head opening with a place (capitalised words; then perhaps its
   region or country after commas, and the outlet in brackets; two places filed from may be
   joined by a slash, "GAO / BAMAKO"), a comma or a dash, the date
   (perhaps after "on"), perhaps the outlet in brackets or between slashes, then a dash or a
   colon ("PORT ALVERIN, 14 March 2026 (Tidewire) - The ...", "PORT ALVERIN — 14 March 2026"),
   or the date between bars ("PORT ALVERIN | 14 March 2026 | The ..."),
   which may end the line, the lead standing below, or nothing more (a letter's "Drenvik, 3 June
   2026");
4. **a line of issue**: "Issued in Drenvik on 3 June 2026" (``issue_words``, a place and the
   date, either way round), in the top matter or as the text's last line (a communiqué).

The *top matter* is the lines before the first line of prose; a line of prose is one of at least
``PROSE_WORDS`` words ending with a full stop, or of at least ``LONG_LINE`` words (a headline is
neither). The *head* is the top matter and the first ``LEAD_LINES`` lines of prose (a standfirst
may stand before the lead), at most ``HEAD_LINES`` lines. The first date found reading down is
the one.

Nothing else is read, so these give None: a date without a year ("BELMOPAN, March 4 -") or
without a day ("March 2026"), a range ("3–5 June 2026", "3 June – 5 June 2026"), a date inside a
sentence ("signed on 3 June 2015 in Lima") or a quote, a headline that mentions a date, a date
below the head, and a day that does not exist (31 February).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import dateparser

from ..actors.dictionary import word_list

PROSE_WORDS = 6
LONG_LINE = 20
LEAD_LINES = 2
HEAD_LINES = 8

_DATA = "dateline.yaml"
_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
             "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]}

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NAME = r"[A-Z][A-Za-z]{2,8}\.?"  # a month's or weekday's name: dateparser checks it
_YEAR = r"\d{4}(?!\d)"
_WORDS = (rf"(?:{_NAME},?\s+)?(?:{_DAY}\s+(?:of\s+)?{_NAME},?\s+{_YEAR}"
          rf"|{_NAME}\s+{_DAY},?\s+{_YEAR})")
_ISO = r"(?P<iso>\d{4}-\d\d-\d\d)(?:[T\s]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
#: The date, a named group; no digit or dash glued before it.
_DATE = rf"(?<![\w\-–—/.])(?P<date>{_WORDS}|{_ISO})"
#: A time of day after the date: ", 14:05 GMT", " at 9.40 a.m.", " | 09:40".
_TIME = (r"(?:\s*(?:,|\||·|•|-|–|—|at)?\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|[+-]\d\d:?\d\d))?)?")
_CAPWORD = r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*"
_PLACE = rf"{_CAPWORD}(?:\s+(?:[a-z]{{1,3}}\s+)?{_CAPWORD}){{0,3}}"
_OUTLET = r"(?:\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/))?"  # "(Tidewire)", "/Harbourline/"
_FIELD_END = r"\s*(?:$|[|·•,;]|\s[-–—])"
#: A range: a day (and perhaps a month) and a dash just before the date.
_RANGE_BEFORE = re.compile(rf"{_DAY}(?:\s+{_NAME})?\s*[-–—]\s*$")
#: ... or a dash and another day just after it.
_RANGE_AFTER = re.compile(rf"\s*(?:[-–—]|to|until)\s*{_DAY}\s+{_NAME}")
_FIELDS = re.compile(r"\s*[|·•]\s*")
_STOP = re.compile(r"[.…][\"'”’)]*$")  # not "?" nor "!": a headline may ask or exclaim


@dataclass(frozen=True, slots=True)
class Dateline:
    """A publication date and the text of the document it was read from."""

    date: dt.date
    evidence: str


def _alternation(key: str) -> str:
    words = sorted(word_list(_DATA, key), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _forms() -> dict[str, re.Pattern[str]]:
    """The line forms, compiled once (the word lists come from ``data/dateline.yaml``)."""
    labels, byline, issue = (_alternation(k) for k in ("date_labels", "byline_words",
                                                        "issue_words"))
    where = rf"(?:in|at)\s+{_PLACE}(?:,\s*{_PLACE})?"
    return {
        "date": re.compile(rf"(?i:(?:{labels})\b\s*:?\s*(?:on\s+)?)?{_DATE}{_TIME}\.?"
                           rf"(?:\s*[|·•,;]?\s+(?i:{labels})\b.*)?"),
        "byline": re.compile(rf"(?i:{byline})\s+{_CAPWORD}.*?(?:(?:[|·•,;]|\s[-–—])\s*"
                             rf"(?i:(?:{labels})\b\s*:?\s*)?|\s+(?i:(?:{labels})\b\s*:?\s*))"
                             rf"{_DATE}{_TIME}(?={_FIELD_END})"),
        "dateline": re.compile(rf"{_PLACE}(?:\s*/\s*{_PLACE})?{_OUTLET}(?:,\s*{_PLACE}){{0,2}}"
                               rf"(?:,|\s+(?:-+|–|—)|\s*\|)"
                               rf"\s*(?:on\s+)?{_DATE}{_OUTLET}\s*(?:(?:-+|–|—|:|\|)(?=\s|$)|$)"),
        "issue": re.compile(rf"(?i:{issue})\s+(?:{where}\s+)?on\s+{_DATE}(?:\s+{where})?\.?"),
    }


def dateline(text: str) -> Dateline | None:
    """The publication date the head of ``text`` gives (see the module docstring), or None."""
    forms = _forms()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    prose = 0
    for line in lines[:HEAD_LINES]:
        is_prose = _is_prose(line)
        if not prose and not is_prose:
            for form in ("date", "issue"):
                found = _read(forms[form].fullmatch(line), line)
                if found:
                    return found
            found = _read(forms["byline"].match(line), line) or _field_date(line, forms["date"])
            if found:
                return found
        found = _read(forms["dateline"].match(line), line)
        if found:
            return found
        prose += is_prose
        if prose >= LEAD_LINES:
            break
    return _read(forms["issue"].fullmatch(lines[-1]), lines[-1]) if lines else None


def date_line(line: str) -> bool:
    """Whether ``line`` is a line of top matter that gives a full date: a date line ("Updated
    14 May 2026"), a byline with its date, or a line of fields one of which is a date
    ("NAIROBI | 12 March 2026 |")."""
    forms, line = _forms(), line.strip()
    return bool(_read(forms["date"].fullmatch(line), line) or _read(forms["byline"].match(line),
                                                                    line)
                or _field_date(line, forms["date"]))


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= LONG_LINE or (words >= PROSE_WORDS and _STOP.search(line) is not None)


def _field_date(line: str, form: re.Pattern[str]) -> Dateline | None:
    """The date of a line of fields ("Tidewire | 12 Feb 2026 | 4 min read") one of which is a
    date line."""
    fields = _FIELDS.split(line)
    if len(fields) < 2:
        return None
    for field in fields:
        found = _read(form.fullmatch(field), field)
        if found:
            return found
    return None


def _read(match: re.Match[str] | None, line: str) -> Dateline | None:
    """The date of ``match`` (its ``date`` group) if it is a whole valid date, no range."""
    if match is None:
        return None
    start, end = match.span("date")
    if _RANGE_BEFORE.search(line, 0, start) or _RANGE_AFTER.match(line, end):
        return None
    if match.group("iso"):
        try:
            date = dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    else:
        date = _parse(match.group("date"))
    return Dateline(date, match.group().strip()) if date else None


@lru_cache(maxsize=4096)
def _parse(words: str) -> dt.date | None:
    try:
        parsed = dateparser.parse(words, languages=["en"], settings=_SETTINGS)
    except Exception:  # dateparser has many failure modes; none of them is the document's
        return None
    return parsed.date() if parsed else None
