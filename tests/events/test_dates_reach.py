"""How far the times a text gives reach (events/dating_reach, issues 11/12, dates6): a date the
parser hangs in a clause describing the doer, a month of last year, a vague past, a length on
a state that goes on, a weekday before its date, the date of the noun that leads its verb.

The spec is the "Events" part of ``actorgraph.events.dates``' docstring and the docstring of
``actorgraph.events.dating_reach``. Every sentence is our own wording; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import events

D = dt.date
WED = D(2026, 10, 14)  # a Wednesday: Friday is the 9th, Sunday the 11th, Monday the 12th
THU = D(2026, 10, 8)  # a Thursday


def when(id: str, text: str, trigger: str, expected: dt.date | None, precision: str | None,
         basis: str | None, published: dt.date = WED):
    return pytest.param(text, trigger, published, expected, precision, basis, id=id)


# A date hung in a clause that only describes the doer (or the subject) is the act's.
DESCRIBED = [
    when("believed-to-be", "Two engineers were abducted near Torvik by men believed to be "
         "members of the Red Hand militia on Friday evening.", "abducted", D(2026, 10, 9),
         "day", "text"),
    when("thought-to-be", "Two engineers were abducted by men thought to be rebels on "
         "Friday.", "abducted", D(2026, 10, 9), "day", "text"),
    when("suspected-of-links", "A teacher was kidnapped by gunmen suspected of links to the "
         "Kessel Front on Sunday.", "kidnapped", D(2026, 10, 11), "day", "text"),
    when("who-were-wearing", "A teacher was kidnapped by gunmen who were wearing army "
         "fatigues on Sunday.", "kidnapped", D(2026, 10, 11), "day", "text"),
    when("said-to-be", "A clinic in Orsk was burned by attackers said to be loyal to a "
         "warlord on Saturday night.", "burned", D(2026, 10, 10), "day", "text"),
    when("said-to-belong", "The convoy was ambushed near Tarsk by fighters said to belong to "
         "the Dorn Brigade on Monday.", "ambushed", D(2026, 10, 12), "day", "text"),
    when("described-as", "A priest was shot dead in Lavrin by men described by witnesses as "
         "soldiers on Saturday.", "shot", D(2026, 10, 10), "day", "text"),
    when("subject-who-reached", "Soldiers, who reached the village of Tamsor on Tuesday, "
         "arrested the local chief.", "arrested", D(2026, 10, 13), "day", "text"),
    # kept: a plain doer, and a hedge before which the date already stands
    when("plain-doer", "Two engineers were abducted near Torvik by gunmen on Friday evening.",
         "abducted", D(2026, 10, 9), "day", "text"),
    when("date-before-hedge", "Two engineers were abducted on Friday evening by men believed "
         "to be rebels.", "abducted", D(2026, 10, 9), "day", "text"),
    # near misses: another time (a pluperfect), the doer's past (a year, an old day)
    when("pluperfect-object", "Police arrested a man who had escaped from Kessel prison on "
         "Monday.", "arrested", WED, "day", "publication"),
    when("doer-freed-years-ago", "Gunmen who were freed from prison in 2019 attacked the army "
         "post at Dorlin.", "attacked", WED, "day", "publication"),
]

# A month of a year told relative to the report's ("March last year"), a noun's date on the
# verb it leads, a vague past (undated, not the report's day).
PERIODS = [
    when("march-last-year", "Rebels captured the town of Marrow in March last year.",
         "captured", D(2025, 3, 1), "month", "text"),
    when("late-march-of-last-year", "Rebels captured the town of Marrow in late March of last "
         "year.", "captured", D(2025, 3, 21), "month", "text"),
    when("june-this-year", "Velarian troops shelled the port of Kessel in June this year.",
         "shelled", D(2026, 6, 1), "month", "text"),
    when("noun-in-march-leads", "The clashes in March killed forty people in Marrow.",
         "killed", D(2026, 3, 1), "month", "text"),
    when("march-offensive-leads", "The March offensive by rebels killed forty soldiers.",
         "killed", D(2026, 3, 1), "month", "text"),
    when("few-months-ago", "Rebels captured the town of Marrow a few months ago.", "captured",
         None, None, None),
    when("several-years-ago", "Rebels captured the town of Marrow several years ago.",
         "captured", None, None, None),
    when("months-ago", "Dorsk expelled two Velarian diplomats months ago.", "expelled", None,
         None, None),
    when("decades-ago", "Velarian troops seized the island of Tesk decades ago.", "seized",
         None, None, None),
    # kept: a counted past, a bare month, last March, a year
    when("two-years-ago", "Rebels captured the town of Marrow two years ago.", "captured",
         D(2024, 1, 1), "year", "text"),
    when("last-march", "Rebels captured the town of Marrow last March.", "captured",
         D(2026, 3, 1), "month", "text"),
    when("in-march", "Rebels captured the town of Marrow in March.", "captured",
         D(2026, 3, 1), "month", "text"),
    when("last-year", "Dorsk expelled two Velarian diplomats last year.", "expelled",
         D(2025, 1, 1), "year", "text"),
    # near miss: "a few days ago" is no vaguer than the stand-in's week
    when("few-days-ago", "Rebels captured the town of Marrow a few days ago.", "captured",
         WED, "day", "publication"),
]

# A length on a present perfect: the state began that long before the report.
LASTING = [
    when("for-two-years", "Rebels have besieged the town of Marrow for two years.",
         "besieged", D(2024, 1, 1), "year", "text"),
    when("for-months", "Velarian troops have occupied the island of Tesk for months.",
         "occupied", None, None, None),
    when("for-three-weeks", "The journalist has been held in Kessel for three weeks.", "held",
         D(2026, 9, 21), "week", "text"),
    when("for-past-six-months", "Dorsk has blockaded the port of Kessel for the past six "
         "months.", "blockaded", D(2026, 4, 1), "month", "text"),
    when("progressive-five-days", "Rebels have been shelling the town of Tesk for five days.",
         "shelling", D(2026, 10, 9), "day", "text"),
    when("for-years", "Velaria has detained the crew of the trawler for years.", "detained",
         None, None, None),
    when("passive-ten-days", "The road to Tarsk has been blocked by protesters for ten days.",
         "blocked", D(2026, 10, 4), "day", "text"),
    when("for-a-fortnight", "Dorsk troops have surrounded the town of Lavrin for a "
         "fortnight.", "surrounded", D(2026, 9, 28), "week", "text"),
    when("progressive-decades", "Velarian forces have been fighting rebels near Marrow for "
         "decades.", "fighting", None, None, None),
    # near misses: a past tense's length is a term, as is a measure's
    when("banned-for-five-years", "Velaria has banned the Kessel Front for five years.",
         "banned", WED, "day", "publication"),
    when("past-term", "A Dorsk court jailed the journalist for two years.", "jailed", WED,
         "day", "publication"),
    when("suspended-for-a-month", "Velaria has suspended talks with Dorsk for a month.",
         "suspended", WED, "day", "publication"),
    when("imposed-for-thirty-days", "The Dorsk government has imposed a curfew on the port "
         "district for 30 days.", "imposed", WED, "day", "publication"),
    when("declared-for-three-months", "Velaria has declared a state of emergency in Marrow "
         "for three months.", "declared", WED, "day", "publication"),
    when("ordered-for-two-weeks", "The governor has ordered the closure of the Tarsk market "
         "for two weeks.", "ordered", WED, "day", "publication"),
    when("hours-on-a-day", "The ministers met for two hours in Kessel on Monday.", "met",
         D(2026, 10, 12), "day", "text"),
]

# A weekday before its date is part of the date, read once.
WEEKDAY_DATES = [
    when("weekday-day-month-year", "Dorsk police arrested the opposition leader Arvel Menko "
         "in Brelovo on Wednesday 7 October 2026.", "arrested", D(2026, 10, 7), "day", "text",
         THU),
    when("night-of-weekday-date", "Rebels shelled the town of Tesk on the night of Tuesday "
         "6 October.", "shelled", D(2026, 10, 6), "day", "text", THU),
    when("weekday-day-month", "Velarian jets bombed a bridge near Orsk on Monday 5 October.",
         "bombed", D(2026, 10, 5), "day", "text", THU),
    when("morning-of-weekday-date", "Police in Brelovo detained twelve students on the "
         "morning of Sunday 4 October 2026.", "detained", D(2026, 10, 4), "day", "text", THU),
    when("weekday-date-opens", "On Monday 5 October, Dorsk expelled three Velarian "
         "diplomats.", "expelled", D(2026, 10, 5), "day", "text", THU),
    when("early-on-weekday-date", "Rebels seized the dam at Orsk early on Tuesday 6 October.",
         "seized", D(2026, 10, 6), "day", "text", THU),
    when("saturday-day-month", "Dorsk troops shelled the village of Amsel on Saturday 3 "
         "October.", "shelled", D(2026, 10, 3), "day", "text", THU),
    # kept: a weekday set off by a comma, a day part before it, and a date that describes a
    # thing
    when("weekday-comma-day-month", "Velaria recalled its ambassador from Dorsk on "
         "Wednesday, 7 October.", "recalled", D(2026, 10, 7), "day", "text", THU),
    when("evening-of-weekday-date", "Protesters marched through Brelovo on the evening of "
         "Friday 2 October.", "marched", D(2026, 10, 2), "day", "text", THU),
    when("weekday-comma-date", "Rebels shelled the town of Tesk on Tuesday, October 6.",
         "shelled", D(2026, 10, 6), "day", "text", THU),
    when("deal-year", "Velarian police arrested two Dorsk officials over the 2019 border "
         "deal on Monday.", "arrested", D(2026, 10, 5), "day", "text", THU),
]

# A day part after a weekday is part of the date (``day_parts`` in data/dates.yaml): the
# parser hangs the weekday on it. "morning", "afternoon" and "evening" the tagger takes into
# the date itself, so no row of this shape needs them.
DAY_PARTS = [
    when(f"weekday-{part}", f"Police in Brelovo detained twelve students on Sunday {part}.",
         "detained", D(2026, 10, 4), "day", "text", THU) for part in ("dawn", "dusk")
]


@pytest.mark.parametrize("text, trigger, published, expected, precision, basis",
                         DESCRIBED + PERIODS + LASTING + WEEKDAY_DATES + DAY_PARTS)
def test_reach(text, trigger, published, expected, precision, basis):
    ex = events(text, published)
    found = [e for e in ex.events if trigger in text[e.start:e.end]]
    assert found, [(text[e.start:e.end], e.type) for e in ex.events]
    got = [(e.date, e.date_precision, e.date_basis) for e in found]
    assert (expected, precision, basis) in got, got
