"""Each act of a report dated by its own words, on text written apart from the tables: the
classes a fresh-text audit found dated wrong or not at all (issue 12, part 4).

* A time that points back to the day the text is at ("earlier that day", "that evening",
  "the same night", "later in the day", "later that week", "later that year") is the time of
  the latest event the text dated before it, not the publication day; with none, the stand-in.
* A day hung in a clause that describes the act's doer is the act's only when the act has no
  day of its own ("the minister, who arrived on Thursday, met Ruto on Friday": Friday).
* A visit told by its place and a day ("is due in Lilongwe on Tuesday") is still to come: the
  next such day.
* A date on a noun the act is about ("agreed on a new round of talks in January", "ended with
  a date for a third session in December") is that noun's, not the act's.

The spec is the "Events" part of ``actorgraph.events.dates``' docstring.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import expect_dated

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday: Monday is the 28th, Tuesday the 29th, Friday the 25th
STAND_IN = (WED, "day", "publication")
UNDATED = (None, None, None)


def when(id: str, text: str, trigger: str, expected: tuple[dt.date | None, str | None,
                                                           str | None]):
    return pytest.param(text, trigger, expected, id=id)


SAME_TIME = [
    when("earlier-that-day", "Rebels shelled the airport in Goma on Monday. Earlier that day, "
         "government troops attacked a rebel camp near Sake.", "attacked",
         (D(2016, 11, 28), "day", "text")),
    when("that-evening", "Rebels shelled the airport in Goma on 3 October. That evening, "
         "government troops attacked a rebel camp near Sake.", "attacked",
         (D(2016, 10, 3), "day", "text")),
    when("the-same-night", "Police arrested the dockers' leader in Mombasa on Friday. Officers "
         "raided the union's office the same night.", "raided", (D(2016, 11, 25), "day", "text")),
    when("later-that-day", "Togo expelled two Ghanaian diplomats on 4 October. Ghana recalled "
         "its ambassador from Lomé later that day.", "recalled", (D(2016, 10, 4), "day", "text")),
    when("later-in-the-day", "The Kenyan foreign minister arrived in Addis Ababa on Tuesday. "
         "Later in the day she met the Ethiopian prime minister.", "met",
         (D(2016, 11, 29), "day", "text")),
    when("on-that-day", "Students marched through Zomba on Saturday. On that day, police also "
         "detained six of their leaders.", "detained", (D(2016, 11, 26), "day", "text")),
    when("later-that-week", "Soldiers detained a reporter in Gao on 2 March 2015. Later that "
         "week, they released him.", "released", (D(2015, 3, 2), "week", "text")),
    when("later-that-year", "Tuareg fighters seized Kidal in 2012. Later that year, French "
         "troops retook the town.", "retook", (D(2012, 1, 1), "year", "text")),
    when("earlier-in-the-week", "Malian troops shelled a camp near Gao on Thursday. Earlier in "
         "the week, jihadists ambushed a convoy near Ansongo.", "ambushed",
         (D(2016, 11, 21), "week", "text")),
    # near misses: nothing dated before it; "this week" is the report's; a bare "earlier"
    when("that-day-nothing-before", "Police detained six students in Zomba. Later that day, "
         "hundreds of students marched to the police station.", "marched", STAND_IN),
    when("earlier-this-week", "Rebels shelled the airport in Goma on 3 October. Earlier this "
         "week, government troops attacked a rebel camp near Sake.", "attacked",
         (D(2016, 11, 28), "week", "text")),
    when("bare-earlier", "Rebels shelled the airport in Goma on 3 October. Earlier, government "
         "troops had attacked a rebel camp near Sake.", "attacked", UNDATED),
    when("same-day-coordinated", "Rebels shelled the airport in Goma on 3 October, and troops "
         "bombed a rebel camp on the same day.", "bombed", (D(2016, 10, 3), "day", "text")),
    when("that-night-describes", "Police arrested the union leader in Mombasa on Friday. The "
         "governor has promised that night raids on the port will end.", "promised", STAND_IN),
]

OWN_DAY = [
    when("relative-day-before-main-day", "The minister, who arrived on Thursday, met "
         "President Ruto on Friday.", "met", (D(2016, 11, 25), "day", "text")),
    when("relative-day-first", "Troops who on Sunday entered the town of Kidal clashed with "
         "rebels on Tuesday.", "clashed", (D(2016, 11, 29), "day", "text")),
    # near miss: the act has no day of its own, the describing clause's is its
    when("relative-day-only", "Soldiers, who reached the village on Tuesday, arrested the "
         "chief.", "arrested", (D(2016, 11, 29), "day", "text")),
]

TO_COME = [
    when("due-in-on-day", "The Zambian envoy is due in Lilongwe on Tuesday.", "due",
         (D(2016, 12, 6), "day", "text")),
    when("expected-in-on-day", "The Turkish president is expected in Baku on Monday.",
         "expected", (D(2016, 12, 5), "day", "text")),
    # near miss: a visit that was due is past
    when("was-due", "The Zambian envoy was due in Lilongwe on Tuesday.", "due",
         (D(2016, 11, 29), "day", "text")),
]

OTHER_NOUN = [
    when("round-in-january", "Negotiators agreed in Doha on a new round of talks in January.",
         "agreed", STAND_IN),
    when("round-in-january-itself", "Negotiators agreed in Doha on a new round of talks in "
         "January.", "round of talks", (D(2017, 1, 1), "month", "text")),
    when("session-in-december", "Talks between Armenia and Azerbaijan in Geneva ended with a "
         "date for a third session in December.", "Talks", STAND_IN),
    # near miss: the date on the act's own verb
    when("ended-in-october", "Talks between Armenia and Azerbaijan in Geneva ended in October "
         "with no date for a further session.", "Talks", (D(2016, 10, 1), "month", "text")),
    # an offset hung on a noun of one of several acts still counts from the report's day
    when("offset-on-a-round", "Gambia's foreign minister announced a new border deal in Dakar "
         "on Friday after a second round of talks with his Senegalese counterpart, ten days "
         "after their first meeting in Banjul.", "meeting", (D(2016, 11, 15), "day", "text")),
    when("arrested-for-protests-on-day", "Police in Yerevan arrested twelve students for "
         "protests on Monday.", "arrested", (D(2016, 11, 28), "day", "text")),
]

@pytest.mark.parametrize(("text", "trigger", "expected"),
                         SAME_TIME + OWN_DAY + TO_COME + OTHER_NOUN)
def test_each_act_has_its_own_time(
        text: str, trigger: str, expected: tuple[dt.date | None, str | None, str | None]
) -> None:
    expect_dated(text, trigger, WED, expected)
