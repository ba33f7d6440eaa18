"""How many people an act was done to, as the text gives it (``Event.target_count``).

"Police detained *14* people", "killing at least *fourteen* civilians", "*Thirty-eight*
protesters were arrested": the number on the noun of the people the act is done to. Event
data keep it (ACLED's fatalities, arrest counts), and reports of one act repeat it, so the
fuse stage takes one number in two reports as a sign of one event.

Near misses: a vague amount ("dozens of people"); a number that is a date or a time ("on 14
May"); a number on the doers, not the people acted on ("five gunmen attacked the village"); a
number of things, not of actors ("seized 300 tonnes of fuel"); a part of a number ("two of the
14 detainees" were released: two, not fourteen).
"""

from __future__ import annotations

import pytest

from .helpers import events


def _count(text: str, word: str) -> int | None:
    ex = events(text)
    found = [e for e in ex.events if word in text[e.start:e.end]]
    assert found, [(text[e.start:e.end], e.type) for e in ex.events]
    return found[0].target_count


#: (id, text, the trigger word, the count)
COUNTS = [
    ("digits-object", "Police detained 14 people in Mogadishu on Saturday.", "detained", 14),
    ("words-at-least", "Gunmen stormed a market near Gao, killing at least fourteen "
     "civilians.", "killing", 14),
    ("hyphenated-passive", "Thirty-eight protesters were arrested in Minsk on Sunday.",
     "arrested", 38),
    ("thousands-comma", "Security forces detained 1,200 people after the riots in Dhaka.",
     "detained", 1200),
    ("released-hostages", "The army said it had freed 21 hostages held by bandits in "
     "Zamfara.", "freed", 21),
    ("captured-soldiers", "Rebels captured six soldiers near the border town of Beni.",
     "captured", 6),
    ("participle-on-noun", "The union demanded the release of the 14 workers detained during "
     "the strike.", "detained", 14),
    ("expelled-diplomats", "Estonia expelled three Russian diplomats on Wednesday.",
     "expelled", 3),
    ("fired-at-crowd", "Police fired tear gas at 3,000 protesters in Nairobi.", "fired", 3000),
]

#: (id, text, the trigger word): no count
NONE = [
    ("vague-amount", "Police detained dozens of people in Lagos on Monday.", "detained"),
    ("a-date", "Police arrested the opposition leader on 14 May in Karachi.", "arrested"),
    ("doers-counted", "Five gunmen attacked a village in Plateau state.", "attacked"),
    ("things-counted", "Customs officers seized 300 tonnes of fuel at the port of Lome.",
     "seized"),
    ("no-number", "Police arrested the opposition leader in Kampala.", "arrested"),
]


@pytest.mark.parametrize("case", COUNTS, ids=[c[0] for c in COUNTS])
def test_the_number_acted_on_is_kept(case):
    _, text, word, number = case
    assert _count(text, word) == number


@pytest.mark.parametrize("case", NONE, ids=[c[0] for c in NONE])
def test_no_number_is_made_up(case):
    _, text, word = case
    assert _count(text, word) is None


def test_a_part_of_a_number_is_not_the_number():
    text = "Police freed two of the 14 detainees on bail in Harare."
    assert _count(text, "freed") in (2, None)
