"""Temporal expressions: where they are in a sentence, and the dates they mean."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.events.dates import find, resolve
from actorgraph.events.offsets import move, offset

from .helpers import at, describe, events

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
    ("Their September meeting ended badly, and the March elections were delayed.",
     ["September", "March"]),
    ("The May Day rally and a March organiser's plan were discussed in June.", ["June"]),
    # a possessive before the month is a determiner too ("Roble's January visit")
    ("Kamau's October visit returned Ochieng's June trip, and Kenya's May Day rally was calm.",
     ["October", "June"]),
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


# Event dates: every event of a dated document is dated, by its words or by convention.
# A case names the event by its trigger word and gives the date, precision and basis it must
# get; ``None`` rows are the near-misses, events that must not take the publication date.
# The documents are published on a Wednesday unless a case says otherwise.


def when(id: str, text: str, trigger: str, expected: dt.date | None, precision: str | None,
         basis: str | None, published: dt.date | None = WED):
    return pytest.param(text, trigger, published, expected, precision, basis, id=id)


EVENT_DATES = [
    # An act still to come dated by a day, weekday or month with no year that would read as
    # past is the next one after publication.
    when("future-day-ahead", "Foreign Minister Vesela Petkova said she would travel to Skopje "
         "on 6 November.", "travel",
         D(2016, 11, 6), "day", "text", published=D(2016, 10, 16)),
    when("future-weekday-ahead", "The two ministers will meet in Geneva on Friday.", "meet",
         D(2016, 12, 2), "day", "text"),
    when("future-month-ahead", "The president will visit Japan in January.", "visit",
         D(2017, 1, 1), "month", "text", published=D(2016, 10, 16)),
    when("hypothetical-weekday-ahead", "If the rebels attack the town on Friday, the army will "
         "respond.", "attack", D(2016, 12, 2), "day", "text"),
    # a date in an infinitive complement dates the act agreed, planned or begun, not the
    # agreeing ("agreed to meet again next month")
    when("complement-date-not-agreeing", "Pakistan and Afghanistan agreed to meet again in "
         "Istanbul next month.", "agreed", WED, "day", "publication"),
    when("complement-date-relative-clause", "Diplomats in Islamabad say the round that "
         "Pakistan and Afghanistan agreed to hold in Istanbul next month is still on.",
         "agreed", WED, "day", "publication"),
    when("agreeing-date-kept", "Pakistan and Afghanistan agreed on Monday to meet again in "
         "Istanbul next month.", "agreed", D(2016, 11, 28), "day", "text"),
    when("complement-date-begun", "Rebels began to shell the town of Kalehe on Monday.",
         "shell", D(2016, 11, 28), "day", "text"),
    # near misses: an act told as done keeps the latest such day; a year given is kept
    when("past-day-kept", "Foreign Minister Vesela Petkova travelled to Skopje on 6 November.",
         "travelled",
         D(2015, 11, 6), "day", "text", published=D(2016, 10, 16)),
    when("future-with-year-kept", "The president will visit Japan in January 2016.", "visit",
         D(2016, 1, 1), "month", "text", published=D(2016, 10, 16)),
    when("future-today-kept", "The two ministers will meet in Geneva on Wednesday.", "meet",
         WED, "day", "text"),
    # The publication date stands in for a date the clause does not give.
    when("pub-plain", "Russian warplanes bombed Aleppo.", "bombed", WED, "day", "publication"),
    when("pub-present-perfect", "Egypt has sent warplanes to eastern Libya.", "sent", WED,
         "day", "publication"),
    when("pub-reported", "Turkey has reportedly sent troops to Libya.", "sent", WED, "day",
         "publication"),
    when("negated-undated", "Iran did not send drones to Russia.", "send", None, None, None),
    when("negated-dated-by-text", "Iran did not send drones to Russia in May.", "send",
         D(2016, 5, 1), "month", "text"),
    when("pub-undated-speech", "The Syrian army said rebels shelled the airport in Aleppo.",
         "shelled", WED, "day", "publication"),
    # the story's Monday goes on to the next act in the simple past (``events.story``)
    when("story-next-sentence", "Israeli jets struck Gaza on Monday. Hamas fired rockets at "
         "Israel.", "fired", D(2016, 11, 28), "day", "story"),
    when("pub-next-sentence-perfect", "Israeli jets struck Gaza on Monday. Hamas has fired "
         "rockets at Israel.", "fired", WED, "day", "publication"),
    when("pub-request-itself", "Libya asked Moscow to send military advisers.", "asked", WED,
         "day", "publication"),
    # Explicit years and months in the clause come first.
    when("text-year", "NATO launched air strikes on Libya in 2011.", "air strikes", D(2011, 1, 1),
         "year", "text"),
    when("text-last-year", "Russia vetoed a UN resolution on Syria last year.", "vetoed",
         D(2015, 1, 1), "year", "text"),
    when("text-in-march", "Turkish troops shelled Kurdish villages in March.", "shelled",
         D(2016, 3, 1), "month", "text"),
    when("text-early-year", "Sudan's army bombed RSF positions in Khartoum in early 2023.",
         "bombed", D(2023, 1, 1), "year", "text", D(2023, 6, 14)),
    when("text-since-january", "Houthi forces have attacked ships in the Red Sea since "
         "January.", "attacked", D(2024, 1, 1), "month", "text", D(2024, 3, 6)),
    when("text-conjoined-clause", "In March 2011, Syrian troops fired on protesters in Deraa "
         "and arrested dozens of activists.", "arrested", D(2011, 3, 1), "month", "text"),
    # Tense: a pluperfect is before the publication date, a future after it.
    when("pluperfect", "Turkish jets had bombed Kurdish positions near Kobani.", "bombed",
         None, None, None),
    when("pluperfect-passive", "The embassy had been attacked by protesters.", "attacked",
         None, None, None),
    when("pluperfect-own-date", "Turkish jets had bombed Kurdish positions on Sunday.",
         "bombed", D(2016, 11, 27), "day", "text"),
    when("future", "Vladimir Putin will visit Cairo.", "visit", None, None, None),
    when("future-own-date", "Vladimir Putin will visit Cairo next week.", "visit",
         D(2016, 12, 5), "week", "text"),
    when("future-plans", "Iran plans to send drones to Russia.", "send", None, None, None),
    when("hypothetical", "If Turkey sends troops to Libya, Egypt will respond.", "sends", None,
         None, None),
    when("requested", "Libya asked Moscow to send military advisers.", "send", None, None,
         None),
    # A governing clause's date reaches the clause below it when the way keeps the time.
    when("participle-inherits", "Israeli jets struck Gaza on Monday, killing eight civilians.",
         "killing", D(2016, 11, 28), "day", "text"),
    when("relative-clause-under-dated", "Egyptian police arrested on Monday the militants who "
         "attacked the Israeli embassy.", "attacked", None, None, None),
    when("relative-clause-undated", "Egyptian police arrested the militants who attacked the "
         "Israeli embassy.", "attacked", WED, "day", "publication"),
    when("after-clause-under-dated", "Israel pulled its troops out of Gaza on Monday after "
         "Hamas fired rockets at Sderot.", "fired", None, None, None),
    # An act told as what another act is about is at a time of its own: "criticised X over
    # the trip" dates the criticism, not the trip.
    when("noun-object-of-act", "The European Union on Monday condemned the visit of Iran's "
         "president to Moscow.", "visit", None, None, None),
    when("noun-in-phrase-of-act", "Ukraine on Tuesday criticised Hungary over the Moscow trip "
         "of its prime minister.", "trip", None, None, None),
    when("noun-named-by-speech-of-act", "The US Treasury on Monday sanctioned three Nicaraguan "
         "officials over what it called the arbitrary arrest of two priests.", "arrest", None,
         None, None),
    when("noun-coordinated-with-act", "The minister recalled the conflict in 2014 with the "
         "Russian shelling and support of separatist fighters.", "support", D(2014, 1, 1),
         "year", "text"),
    when("noun-own-date", "Ukraine criticised Hungary over Viktor Orban's 5 July visit to "
         "Moscow.", "visit", D(2016, 7, 5), "day", "text"),
    when("noun-of-light-verb", "Iran held talks with Russia on Monday.", "talks",
         D(2016, 11, 28), "day", "text"),
    when("noun-subject", "The visit by Iran's president to Moscow on Monday was the first "
         "since 2019.", "visit", D(2016, 11, 28), "day", "text"),
    # A date that describes a thing dates that thing, not the clause ("a 2011 treaty").
    when("year-of-a-thing", "Egypt accused Israel of breaching the 1979 peace treaty.",
         "accused", WED, "day", "publication"),
    when("year-of-a-thing-pp", "Cambodia accused Thai troops of building bunkers in breach "
         "of a 2011 understanding.", "accused", WED, "day", "publication"),
    when("month-of-a-meeting", "Egypt said the September meeting between Sameh Shoukry and "
         "Qatar's foreign minister produced no deal.", "meeting", D(2016, 9, 1), "month",
         "text"),
    when("month-of-a-possessed-visit", "Kenya's foreign minister landed in Kampala on Friday, "
         "returning his Ugandan counterpart's July visit to Nairobi.", "visit", D(2016, 7, 1),
         "month", "text"),
    when("day-of-a-survived-strike", "Doctors treated villagers who survived Sunday's air "
         "strike near Kidal.", "strike", D(2016, 11, 27), "day", "text"),
    # Reported speech and quotes: the speech act's date, unless the tense puts the act before
    # it (pluperfect) or after it (future).
    when("speech-dated", "The Syrian army said on Monday that rebels shelled the airport in "
         "Aleppo.", "shelled", D(2016, 11, 28), "day", "text"),
    when("speech-dated-pluperfect", "The Syrian army said on Monday that rebels had shelled "
         "the airport in Aleppo.", "shelled", None, None, None),
    when("speech-dated-future", "Finland said on Monday that it will give Tanzania a grant.",
         "give Tanzania a grant", None, None, None),  # a light verb's act spans its noun
    # words said after an act, on a day the text gives, follow it that day: "said on Tuesday
    # after talks" dates the talks; not an act told before another act, nor "before"/"since"
    when("said-after-talks", "Kenya's foreign minister said in Nairobi on Monday after a second "
         "round of talks with Somalia's envoy that the border would reopen.", "talks",
         D(2016, 11, 28), "day", "text"),
    when("said-after-meeting", "Somalia's president said on Monday after a meeting with "
         "Kenya's president in Nairobi that trade would resume.", "meeting", D(2016, 11, 28),
         "day", "text"),
    when("said-since-talks", "Kenya's foreign minister said on Monday that nothing had changed "
         "since talks with Somalia's envoy.", "talks", None, None, None),
    when("said-before-talks", "Kenya's foreign minister said on Monday before talks with "
         "Somalia's envoy that the border would stay shut.", "talks", None, None, None),
    when("speech-dated-own-date", "The Syrian army said on Monday that rebels had shelled the "
         "airport in Aleppo on Saturday.", "shelled", D(2016, 11, 26), "day", "text"),
    when("quote-dated", "\"Rebels shelled the airport,\" the Syrian army said on Tuesday.",
         "shelled", D(2016, 11, 29), "day", "text"),
    when("quote-pluperfect", "\"Rebels had shelled the airport,\" the Syrian army said on "
         "Tuesday.", "shelled", None, None, None),
    # Relative to another event: resolved against the anchor's date when the text gives it.
    when("after-dated-clause", "Egypt recalled its ambassador to Qatar a month after the two "
         "countries' foreign ministers met in Cairo on 3 May 2015.", "recalled",
         D(2015, 6, 1), "month", "text"),
    when("after-the-visit", "Xi Jinping visited Moscow on 20 March 2023. Two days after the "
         "visit, Japan sent aid to Ukraine.", "sent", D(2023, 3, 22), "day", "text"),
    when("a-day-later", "Israeli jets struck Gaza on 9 October 2023. A day later, Hamas fired "
         "rockets at Tel Aviv.", "fired", D(2023, 10, 10), "day", "text"),
    when("following-week", "Sudan's army bombed RSF positions in Khartoum on 15 April 2023. "
         "The following week, the RSF shelled the airport.", "shelled", D(2023, 4, 17), "week",
         "text"),
    when("days-earlier", "Pakistan expelled India's ambassador on 7 August 2019. Two days "
         "earlier, India had revoked the special status of Kashmir.", "revoked",
         D(2019, 8, 5), "day", "text"),
    when("after-undated-visit", "Two days after the visit, Japan sent aid to Ukraine.", "sent",
         None, None, None),
    # ... and the other way: a dated clause dates the event it is said to follow or precede.
    when("anchor-of-dated-clause", "Egypt recalled its ambassador to Qatar on 2 June 2015, a "
         "month after the two countries' foreign ministers met in Cairo.", "met",
         D(2015, 5, 1), "month", "text"),
    when("anchor-days-after", "Hamas fired rockets at Tel Aviv on 10 October 2023, two days "
         "after Israeli jets struck Gaza.", "struck", D(2023, 10, 8), "day", "text"),
    when("anchor-days-before", "Japan sent aid to Ukraine on 22 March 2023, two days before "
         "Xi Jinping visited Moscow.", "visited", D(2023, 3, 24), "day", "text"),
    when("anchor-under-speech", "Rebel fighters stormed an army base near Gao on Friday, two "
         "days after the drone strike on Kidal, the army said.", "drone strike",
         D(2016, 11, 23), "day", "text"),
    when("anchor-of-undated-clause", "Egypt recalled its ambassador to Qatar a month after the "
         "two countries' foreign ministers met in Cairo.", "met", None, None, None),
    when("day-later-no-anchor", "Israeli jets struck Gaza. A day later, Hamas fired rockets at "
         "Tel Aviv.", "fired", None, None, None),
    when("day-later-anchor-itself", "Israeli jets struck Gaza. A day later, Hamas fired "
         "rockets at Tel Aviv.", "struck", WED, "day", "publication"),
    # A document with no publication date: only its words date its events.
    when("undated-doc", "Russian warplanes bombed Aleppo.", "bombed", None, None, None, None),
    when("undated-doc-year", "NATO launched air strikes on Libya in 2011.", "air strikes",
         D(2011, 1, 1), "year", "text", None),
    when("undated-doc-relative", "Russian warplanes bombed Aleppo on Tuesday.", "bombed", None,
         None, None, None),
    when("undated-doc-day-later", "Israeli jets struck Gaza on 9 October 2023. A day later, "
         "Hamas fired rockets at Tel Aviv.", "fired", D(2023, 10, 10), "day", "text", None),
    # Headlines: the present tense is the news of the day, dated by its lead when the lead
    # tells it again with a date (headlines.dated); "to" + verb is announced.
    when("headline-present", "Russia vetoes UN resolution on Syria\n\nRussia vetoed a draft "
         "resolution on Syria on Monday.", "vetoes", D(2016, 11, 28), "day", "text"),
    when("headline-infinitive", "Putin to visit Cairo\n\nThe Kremlin said the Russian "
         "president would travel to Egypt.", "visit", None, None, None),
]


def _event_at(text: str, published: dt.date | None, trigger: str):
    ex = events(text, published)
    found = [e for e in ex.events if at(text, e, trigger)]
    assert found, f"no event at {trigger!r}\n{describe(ex)}"
    # the event the word itself triggers, before one whose span runs onto it ("would travel")
    found.sort(key=lambda e: text[e.start:e.end] != trigger)
    return found[0], describe(ex)


@pytest.mark.parametrize(("text", "trigger", "published", "expected", "precision", "basis"),
                         EVENT_DATES)
def test_event_dates(text: str, trigger: str, published: dt.date | None,
                     expected: dt.date | None, precision: str | None, basis: str | None) -> None:
    event, shown = _event_at(text, published, trigger)
    assert (event.date, event.date_precision, event.date_basis) == (expected, precision,
                                                                   basis), shown


@pytest.mark.parametrize("text", sorted({p.values[0] for p in EVENT_DATES}))
def test_every_event_has_a_basis_exactly_when_it_has_a_date(text: str) -> None:
    for published in (WED, None):
        for e in events(text, published).events:
            assert (e.date is None) == (e.date_basis is None) == (e.date_precision is None)
            assert e.date_basis in (None, "text", "story", "publication")
            assert published is not None or e.date_basis not in ("publication", "story")


@pytest.mark.parametrize(("expression", "expected"), [
    ("a day later", (1, "day")),
    ("Two days after", (2, "day")),
    ("a month after", (1, "month")),
    ("three weeks before", (-3, "week")),
    ("two days earlier", (-2, "day")),
    ("The following week", (1, "week")),
    ("the next day", (1, "day")),
    ("the day after", (1, "day")),
    ("the previous month", (-1, "month")),
    ("a year later", (1, "year")),
    # Near-misses: read against the publication date, or no offset at all.
    ("later", None), ("next week", None), ("last week", None), ("a day", None),
    ("two days ago", None), ("earlier this week", None),
])
def test_offset(expression: str, expected: tuple | None) -> None:
    assert offset(expression) == expected


@pytest.mark.parametrize(("anchor", "precision", "moved", "expected"), [
    (D(2023, 10, 9), "day", (1, "day"), (D(2023, 10, 10), "day")),
    (D(2023, 4, 15), "day", (1, "week"), (D(2023, 4, 17), "week")),
    (D(2015, 5, 3), "day", (1, "month"), (D(2015, 6, 1), "month")),
    (D(2015, 1, 31), "day", (-2, "month"), (D(2014, 11, 1), "month")),
    (D(2015, 5, 1), "month", (2, "day"), (D(2015, 5, 1), "month")),  # no finer than its anchor
    (D(2011, 1, 1), "year", (-1, "year"), (D(2010, 1, 1), "year")),
])
def test_moved(anchor: dt.date, precision: str, moved: tuple, expected: tuple) -> None:
    assert move(anchor, precision, *moved) == expected
