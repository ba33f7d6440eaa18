"""``calendar.parse`` reads plain dates itself, as dateparser reads them: every month name and
abbreviation, in every case the date patterns let through, every day, common and leap years,
and ISO dates."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.events import calendar

_FORMS = [form for name in (*calendar.MONTHS, *calendar.ABBREVIATIONS.split("|"))
          for form in (name, name.lower(), name.upper())]


def _dateparser(text: str, iso: bool = False) -> dt.date | None:
    calendar.parse.cache_clear()
    try:
        calendar.plain, plain = (lambda text, iso=False: None), calendar.plain
        return calendar.parse(text, iso)
    finally:
        calendar.plain = plain
        calendar.parse.cache_clear()


@pytest.mark.parametrize("month", _FORMS)
def test_a_day_month_and_year_read_as_dateparser_reads_them(month: str) -> None:
    for year in (2023, 2024):
        for day in range(1, 32):
            text = f"{day} {month} {year}"
            assert calendar.plain(text) in (None, _dateparser(text)), text
            if calendar.plain(text) is None:  # only a day the month lacks is left to dateparser
                assert _dateparser(text) is None, text


@pytest.mark.parametrize(("text", "expected"), [
    ("15 April 2023", dt.date(2023, 4, 15)), ("1 Sept 2000", dt.date(2000, 9, 1)),
    ("29 FEB 2024", dt.date(2024, 2, 29)), ("3 may 1999", dt.date(1999, 5, 3)),
    ("29 February 2023", None), ("31 June 2021", None), ("1 Junee 2021", None),
])
def test_plain_dates(text: str, expected: dt.date | None) -> None:
    assert calendar.plain(text) == expected
    assert calendar.parse(text) == expected


@pytest.mark.parametrize("text", ["2016-11-28", "2024-02-29", "1999-12-31", "2023-02-29",
                                  "2021-13-01", "2021-00-10", "2021-04-31", "2020-01-00"])
def test_iso_dates_read_as_dateparser_reads_them(text: str) -> None:
    assert calendar.parse(text, iso=True) == _dateparser(text, iso=True)
    assert calendar.plain(text, iso=True) in (None, _dateparser(text, iso=True))
