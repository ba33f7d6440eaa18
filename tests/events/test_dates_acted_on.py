"""An event noun dated by the act done to it while it was under way: "police broke up *the
march* on Saturday", "troops stormed *the sit-in* on Friday", "*the rally* was broken up by
police on Friday" put the march, the sit-in, the rally at the verb's time (its date and
precision), and so does a verb dated by counting back ("two weeks after police broke up *the
first march*") or by the report that tells it ("said on Monday that riot police dispersed *the
sit-in*").

Near misses: a verb that only refers to or judges the event at another time ("condemned the
march", "investigated the raid", "praised the rally", "planned the march"), a demand ("called
for a general strike"), and an event named inside the object rather than as it ("broke up a
rally against *the strike*").

The spec is the "Events" part of ``actorgraph.events.dates``' docstring (rule 1).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import expect_dated

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday: Monday is the 28th
UNDATED = (None, None, None)


def when(id: str, text: str, trigger: str, expected: tuple[dt.date | None, str | None,
                                                           str | None]):
    return pytest.param(text, trigger, expected, id=id)


ACTED_ON = [
    when("broke-up-march", "Police broke up the march in Brelovo with tear gas on Saturday.",
         "march", (D(2016, 11, 26), "day", "text")),
    when("dispersed-rally", "Riot police dispersed a rally of nurses in the main square of "
         "Tamsk on 3 November.", "rally", (D(2016, 11, 3), "day", "text")),
    when("stormed-sit-in", "Troops stormed the sit-in outside the Osterwick mill at dawn on "
         "Friday.", "sit-in", (D(2016, 11, 25), "day", "text")),
    when("raided-sit-in", "Police raided the sit-in of the Osterwick dockers on "
         "Tuesday night.", "sit-in", (D(2016, 11, 29), "day", "text")),
    when("surrounded-demonstration", "Police surrounded the demonstration in Kirovan on "
         "Sunday.", "demonstration", (D(2016, 11, 27), "day", "text")),
    when("quelled-riot", "Soldiers quelled the riot in the Tamsk prison on Saturday.", "riot",
         (D(2016, 11, 26), "day", "text")),
    when("crushed-uprising-month", "The army crushed the uprising in Kirovan in March.",
         "uprising", (D(2016, 3, 1), "month", "text")),
    # the passive's subject
    when("passive-broken-up", "The rally in Brelovo was broken up by police on Friday.",
         "rally", (D(2016, 11, 25), "day", "text")),
    # the verb dated by counting back from the main act: to the week
    when("counted-back", "Thousands marched in Velmar again on Saturday, two weeks after police "
         "broke up the first march with tear gas.", "march", (D(2016, 11, 7), "week", "text")),
    # the verb dated by the report that tells it
    when("reported-dispersal", "The interior ministry said on Monday that riot police "
         "dispersed the sit-in outside the Velmar town hall.", "sit-in",
         (D(2016, 11, 28), "day", "text")),
]

KEPT = [
    # the verb and its object make one event: dated as before
    when("joined-march", "Thousands of farmers joined the march to Kirovan on Sunday.",
         "march", (D(2016, 11, 27), "day", "text")),
    when("led-protest", "Opposition leader Mara Delvic led the protest outside the Tamsk court "
         "on Tuesday.", "protest", (D(2016, 11, 29), "day", "text")),
]

NEAR_MISSES = [
    when("condemned", "The governor condemned the march in Brelovo on Saturday.", "march",
         UNDATED),
    when("investigated", "Prosecutors investigated the raid on the Tamsk clinic on Tuesday.",
         "raid", UNDATED),
    when("praised", "The mayor praised the rally in Kirovan on Sunday.", "rally", UNDATED),
    when("planned", "The students planned the march at a meeting on Monday.", "march",
         UNDATED),
    when("called-for", "The federation called on Monday for a general strike.", "strike",
         UNDATED),
    when("inside-the-object", "Police broke up a rally against the strike at the Velmar docks "
         "on Monday.", "strike", UNDATED),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ACTED_ON + KEPT + NEAR_MISSES)
def test_an_event_acted_on_is_dated_by_the_act(
        text: str, trigger: str, expected: tuple[dt.date | None, str | None, str | None]
) -> None:
    expect_dated(text, trigger, WED, expected)
