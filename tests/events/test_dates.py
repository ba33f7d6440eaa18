"""Temporal expressions: where they are in a sentence, and the dates they mean."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.events.dates import find, resolve

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday


@pytest.mark.parametrize(("expression", "published", "expected"), [
    # Absolute dates: the precision follows the parts written.
    ("September 29, 1999", WED, (D(1999, 9, 29), "day")),
    ("29 September 1999", None, (D(1999, 9, 29), "day")),
    ("on Sept. 3, 2014", None, (D(2014, 9, 3), "day")),
    ("the 3rd of March 2009", None, (D(2009, 3, 3), "day")),
    ("2016-11-28", None, (D(2016, 11, 28), "day")),
    ("in 2011", None, (D(2011, 1, 1), "year")),
    ("June 2016", None, (D(2016, 6, 1), "month")),
    ("mid-August 2005", None, (D(2005, 8, 11), "month")),
    ("late 2015", None, (D(2015, 9, 1), "year")),
    ("in the 1990s", None, (D(1990, 1, 1), "year")),
    # Leap days.
    ("29 February 2016", None, (D(2016, 2, 29), "day")),
    ("February 29, 2015", WED, (None, None)),
    ("2015-02-29", WED, (None, None)),
    ("February 29", D(2017, 3, 5), (D(2016, 2, 29), "day")),
    # A day or month without a year: the latest not after publication + 7 days.
    ("on October 2", WED, (D(2016, 10, 2), "day")),
    ("December 28", D(2017, 1, 3), (D(2016, 12, 28), "day")),
    ("January 3", D(2016, 12, 29), (D(2017, 1, 3), "day")),
    ("January 10", D(2016, 12, 29), (D(2016, 1, 10), "day")),
    ("in December", D(2017, 1, 10), (D(2016, 12, 1), "month")),
    ("late December", D(2016, 12, 10), (D(2016, 12, 21), "month")),
    ("early January", D(2016, 12, 28), (D(2017, 1, 1), "month")),
    ("since last July", WED, (D(2016, 7, 1), "month")),
    ("last November", WED, (D(2015, 11, 1), "month")),
    ("next March", WED, (D(2017, 3, 1), "month")),
    # Weekdays: a bare one is the latest on or before publication.
    ("on Wednesday", WED, (WED, "day")),
    ("Tuesday's", WED, (D(2016, 11, 29), "day")),
    ("last Wednesday", WED, (D(2016, 11, 23), "day")),
    ("next Wednesday", WED, (D(2016, 12, 7), "day")),
    ("on Sunday morning", WED, (D(2016, 11, 27), "day")),
    ("Friday night", D(2017, 1, 2), (D(2016, 12, 30), "day")),
    # Relative to publication.
    ("tonight", WED, (WED, "day")),
    ("yesterday's", D(2016, 3, 1), (D(2016, 2, 29), "day")),
    ("last night", D(2017, 1, 1), (D(2016, 12, 31), "day")),
    ("tomorrow", WED, (D(2016, 12, 1), "day")),
    ("four days ago", D(2016, 3, 2), (D(2016, 2, 27), "day")),
    ("last week", D(2017, 1, 4), (D(2016, 12, 26), "week")),
    ("the previous week", WED, (D(2016, 11, 21), "week")),
    ("earlier this week", WED, (D(2016, 11, 28), "week")),
    ("2 weeks ago", WED, (D(2016, 11, 14), "week")),
    ("over the weekend", WED, (D(2016, 11, 21), "week")),
    ("at the weekend", D(2016, 11, 27), (D(2016, 11, 21), "week")),
    ("last weekend", D(2016, 11, 27), (D(2016, 11, 14), "week")),
    ("last month", D(2017, 1, 15), (D(2016, 12, 1), "month")),
    ("three months ago", D(2017, 2, 10), (D(2016, 11, 1), "month")),
    ("in recent weeks", WED, (D(2016, 11, 1), "month")),
    ("Recently", WED, (D(2016, 11, 1), "month")),
    ("last year", D(2017, 1, 2), (D(2016, 1, 1), "year")),
    ("a year ago", WED, (D(2015, 1, 1), "year")),
    ("later this year", WED, (D(2016, 1, 1), "year")),
    ("next year", WED, (D(2017, 1, 1), "year")),
])
def test_resolve(expression: str, published: dt.date | None, expected: tuple) -> None:
    assert resolve(expression, published) == expected


@pytest.mark.parametrize("expression", [
    "on Tuesday", "last week", "yesterday", "three days ago", "recently", "in June",
    "late March", "September 29", "last July", "over the weekend",
])
def test_relative_needs_a_publication_date(expression: str) -> None:
    assert resolve(expression, None) == (None, None)
    assert resolve(expression, WED) != (None, None)


@pytest.mark.parametrize("expression", [
    "", "   ", "soon", "the day after", "32 March 2016", "in 1850", "1,000", "2011 people",
    "June 31, 2016", "Wednesdays", "the following week", "May be",
])
def test_resolve_declines_what_it_does_not_understand(expression: str) -> None:
    assert resolve(expression, WED) == (None, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ceasefire collapsed on Tuesday, Nov. 29, after talks in May.", ["Nov. 29", "May"]),
    ("Farmers may march on the capital next week, as they did in 2011.", ["next week", "2011"]),
    ("March organisers in June said early March was too cold.", ["June", "early March"]),
    ("The militia, formed in the 1990s, seized the port in mid-August 2005 and again on "
     "3 March 2009.", ["1990s", "mid-August 2005", "3 March 2009"]),
    ("About 1,500 refugees and 2011 troops left 2015-16, the agency said two weeks ago at "
     "2015 GMT.", ["2011", "two weeks ago"]),
    ("Yesterday's strike followed clashes over the weekend and a raid last year.",
     ["Yesterday", "the weekend", "last year"]),
    ("The report of 2016-11-28 set talks of September 29, 1999 beside those of 29 September "
     "1999.", ["2016-11-28", "September 29, 1999", "29 September 1999"]),
    ("USA Today said Sundays had been quiet until Monday night.", ["Monday night"]),
    ("Earlier this month, and again this morning, rebels shelled the town; it was quiet "
     "overnight.", ["Earlier this month", "this morning", "overnight"]),
    ("Since last July the envoy has met them three days ago and in recent days.",
     ["last July", "three days ago", "recent days"]),
    ("The minister may resign, but nothing happened in the ministry.", []),
    ("The accord dated June 31, 2016 or 2015-02-29 is a forgery.", ["2016"]),
])
def test_find(sentence: str, expected: list[str]) -> None:
    spans = find(sentence)
    assert [sentence[start:end] for start, end in spans] == expected
    assert all(resolve(sentence[start:end], WED) != (None, None) for start, end in spans)


@given(st.text(), st.one_of(st.none(), st.dates()))
def test_resolve_never_raises(expression: str, published: dt.date | None) -> None:
    date, precision = resolve(expression, published)
    assert (date is None) == (precision is None)
    assert precision in (None, "day", "week", "month", "year")


PHRASES = ["today", "tomorrow", "last week", "next year", "12 years ago", "next Sunday",
           "on Saturday", "late December", "February 29", "next January", "2099-12-31"]


@given(st.sampled_from(PHRASES), st.dates())
def test_resolve_never_raises_at_the_ends_of_the_calendar(expression: str,
                                                          published: dt.date) -> None:
    date, precision = resolve(expression, published)
    assert (date is None) == (precision is None)


WORDS = [*PHRASES, "in", "on", "the", "May", "may", "March", "Sept.", "3", "29,", "2011", "1990s",
         "mid-", "late", "last", "Tuesday,", "weekend", "ago", "two", "weeks", "1,500", "-", "'s"]


@given(st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
def test_find_gives_ordered_disjoint_spans_that_resolve(text: str) -> None:
    spans = find(text)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert all(resolve(text[start:end], WED) != (None, None) for start, end in spans)
