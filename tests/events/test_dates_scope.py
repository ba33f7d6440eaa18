"""What a date phrase dates when the clause it hangs on is not the act's own: a report's verb
set in the middle of the sentence it tells ("On Monday, police said, gunmen raided ..."), a
comparison over a span ("the first of their kind since January", "the largest protest this
year"), a duration ("held overnight"), and a warning at first read as the act it threatens;
and days read against the text's own: "a day later" counts from the time the text is at, not
from when a state began ("held since Saturday"), a day set for an act ("a march for
Thursday") is to come, and "last Monday" in a text that names Monday bare is the one before.

Near misses: a report's date given in its own clause ("police said on Monday that ..."), a
"since" that tells when a state began ("have blocked the road since January"), "overnight"
as the time of an act ("shelled the town overnight"), "on Thursday" for a past act, "last
Monday" alone.

The spec is the "Events" part of ``actorgraph.events.dates``' docstring (rules 1, 2, 4).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import expect_dated

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday: Monday is the 28th
STAND_IN = (WED, "day", "publication")


def when(id: str, text: str, trigger: str, expected: tuple[dt.date | None, str | None,
                                                           str | None]):
    return pytest.param(text, trigger, expected, id=id)


SCOPE = [
    # a report's verb between commas, after the date: the date is the act's it reports
    when("parenthetical-report", "On Monday, local farmers said, a Lesotho army patrol beat "
         "two herders near Qacha's Nek, breaking their arms.", "beat",
         (D(2016, 11, 28), "day", "text")),
    when("parenthetical-offset", "Basotho herders clashed with rangers near Quthing on 2 "
         "November. Ten days later, Basotho villagers said, a Lesotho army patrol shot a "
         "herder near Qacha's Nek, wounding his brother.", "shot",
         (D(2016, 11, 12), "day", "text")),
    # a superlative or "first" measures a span: no date of the act
    when("first-since", "Slovenia blacklisted two Serbian arms brokers on Tuesday. These "
         "sanctions are Ljubljana's first against Belgrade since March.", "sanctions",
         STAND_IN),
    when("largest-this-year", "Some 3,000 people rallied in Kaunas on Sunday. It was the "
         "largest protest in the city this year.", "protest", STAND_IN),
    # "overnight" after a verb of keeping is how long, not when
    when("held-overnight", "Lilongwe says nine Zambian traders were arrested and held "
         "overnight in Mzuzu.", "arrested", STAND_IN),
    # a warning made, not the act it threatens: its day is the one read back
    when("warning-on-condition", "If Basotho herders crossed the fence again, Minister Thabo "
         "Mokoena warned on Monday evening, rangers would arrest them.", "warned",
         (D(2016, 11, 28), "day", "text")),
]

# Days read against the text's own days, not the publication date alone
TEXT_DAYS = [
    # a "since" date tells when a state began: "a day later" counts from the visit
    when("day-later-not-since", "Ambassador Ines Varga told reporters about her visit on "
         "Tuesday to Tomas Berki, the Hungarian engineer held by Serbian police in Subotica "
         "since Saturday. A day later Hungary expelled two Serbian diplomats.", "expelled",
         (WED, "day", "text")),
    # a day set for an act is still to come
    when("set-for-thursday", "The dockers' union has announced a march in Vlora for "
         "Thursday.", "march", (D(2016, 12, 1), "day", "text")),
    # a text naming Monday bare sets "last Monday" a week before it
    when("last-monday-apart", "Dockers in Durres walked out on Monday. Last Monday's march in "
         "Vlora had been broken up with tear gas.", "march", (D(2016, 11, 21), "day", "text")),
]

NEAR_MISSES = [
    when("report-own-clause", "Lesotho police said on Monday that gunmen raided a cattle post "
         "near Mafeteng.", "raided", (D(2016, 11, 28), "day", "text")),
    when("report-after", "Gunmen raided a cattle post near Mafeteng, Lesotho police said on "
         "Monday.", "raided", (D(2016, 11, 28), "day", "text")),
    when("since-state", "Farmers have blocked the road to Siauliai since January.", "blocked",
         (D(2016, 1, 1), "month", "text")),
    when("largest-dated", "The largest protest since 2011 took place in Kaunas on Monday.",
         "protest", (D(2016, 11, 28), "day", "text")),
    when("since-keeps-its-act", "Ambassador Ines Varga visited Tomas Berki, the engineer "
         "held by Serbian police in Subotica since Saturday.", "held",
         (D(2016, 11, 26), "day", "text")),
    when("marched-on-thursday", "Dockers marched in Vlora on Thursday.", "marched",
         (D(2016, 11, 24), "day", "text")),
    when("last-monday-alone", "Last Monday's march in Vlora was broken up with tear gas.",
         "march", (D(2016, 11, 28), "day", "text")),
    when("second-meeting-on-monday", "The second meeting of the Albanian and Kosovar "
         "ministers on Monday ended without a deal.", "meeting", (D(2016, 11, 28), "day",
                                                                  "text")),
    when("first-week-of", "Strikers were beaten on the road to Siteki in the first week of "
         "November 2015.", "beaten", (D(2015, 11, 1), "month", "text")),
    when("shelled-overnight", "Rebels shelled the town of Mzimba overnight.", "shelled",
         (WED, "day", "text")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SCOPE + TEXT_DAYS + NEAR_MISSES)
def test_a_date_dates_the_act_its_phrase_is_about(
        text: str, trigger: str, expected: tuple[dt.date | None, str | None, str | None]
) -> None:
    expect_dated(text, trigger, WED, expected)
