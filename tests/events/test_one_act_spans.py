"""One act named by two words of its sentence has one evidence span over both.

A verb and the noun it carries that code the same act ("called a general strike", "the truce,
signed by ..."), a noun that restates a verb's act ("visited Quito, his first visit"), an
event noun and the verb of its type it is the subject of ("mortar fire struck"), and a noun
the verb's act is joined for ("met ... for a round of talks"): the event is one, and its span
runs from the first word to the last, so a report that names the act by either word points
to it (``carriers.noun_span``, ``restatements.drop``/``carried``). Near misses: a verb whose
own act is another (lifting a curfew is no curfew), a noun of another act ("days after his
visit"), and two words too far apart to make one span.

Each row: (text, type, a word the span must hold, another word it must hold too), or, for a
near miss, must not hold with the first.
"""

from __future__ import annotations

import pytest

from .helpers import events, find

ONE = [
    ("The teachers' union called a general strike in Lusaka on Monday.", "PROTEST", "called",
     "strike"),
    ("The general strike, called by the Zambian teachers' union, shut schools across Lusaka.",
     "PROTEST", "strike", "called"),
    ("The truce, signed by the Congolese army commander and the M23 leader in Goma, took "
     "effect at dawn.", "RETREAT", "truce", "signed"),
    ("Gabon's government and the oil unions signed a deal in Libreville on Friday.", "SUPPORT",
     "signed", "deal"),
    ("Peru's president visited Quito on Monday, his first visit to Ecuador since taking "
     "office.", "CONSULT", "visited", "visit"),
    ("Sudanese mortar fire struck the Chadian town of Adre on Sunday.", "ASSAULT", "fire",
     "struck"),
    ("Kenya's foreign minister met her Tanzanian counterpart in Arusha on Friday for a round "
     "of talks on the fishing dispute.", "CONSULT", "met", "talks"),
    ("Jordanian and Syrian officials met in Amman for talks on the border crossing.",
     "CONSULT", "met", "talks"),
]

APART = [
    ("The army lifted the curfew in Kidal on Thursday.", "RETREAT", "lifted", "curfew"),
    ("Days after his visit to Tokyo, the Indian minister met the Chinese ambassador in Delhi.",
     "CONSULT", "met", "visit"),
    ("Police broke up the march in Lome on Saturday.", "ASSAULT", "broke", "march"),
    ("Malawi's president met the Zambian envoy in Lilongwe on Monday after a long and tense "
     "week of border incidents, and their talks ended without result.", "CONSULT", "met",
     "talks"),
]


@pytest.mark.parametrize(("text", "type_", "one", "other"), ONE,
                         ids=[f"{c[2]}+{c[3]}" for c in ONE])
def test_one_act_named_twice_has_one_span_over_both_words(
        text: str, type_: str, one: str, other: str) -> None:
    ex = events(text)
    spans = [text[e.start:e.end] for e in find(ex, type_)]
    assert any(one in s and other in s for s in spans), [
        (text[e.start:e.end], e.type) for e in ex.events]


@pytest.mark.parametrize(("text", "type_", "one", "other"), APART,
                         ids=[f"{c[2]}/{c[3]}" for c in APART])
def test_another_act_or_a_far_word_keeps_its_own_span(
        text: str, type_: str, one: str, other: str) -> None:
    ex = events(text)
    spans = [text[e.start:e.end] for e in find(ex, type_)]
    assert any(one in s for s in spans) and not any(one in s and other in s for s in spans), [
        (text[e.start:e.end], e.type) for e in ex.events]
