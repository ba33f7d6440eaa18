"""Covered nouns (``events.coverage``): a verb whose sense names the noun of its phrase
("*used* villagers *as human shields*") codes that noun, as a verb + object collocation codes
its object: one act, not a second record of it with the place of the phrase as its target.
Near miss: a noun of another type in the phrase ("appealed *for aid*") stays the
act it names. Our own sentences.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at, expect_none_at

#: (text, the verb, the noun, the type): one act at the verb, none at the noun
PHRASE_NOUNS = [
    pytest.param("Rebels used villagers as human shields near Tal Afar.", "used",
                 "human shields", "ASSAULT", id="used-as-shields"),
    pytest.param("The army accused the militia of using civilians as human shields in Marawi.",
                 "using", "human shields", "ASSAULT", id="accused-of-using-as-shields"),
    pytest.param("Witnesses in Kidal said the gunmen had used children as human shields.",
                 "used", "human shields", "ASSAULT", id="reported-used-as-shields"),
]


@pytest.mark.parametrize(("text", "verb", "noun", "type_"), PHRASE_NOUNS)
def test_noun_the_verbs_sense_names_is_no_second_act(text: str, verb: str, noun: str,
                                                     type_: str) -> None:
    expect_at(text, verb, type_)
    expect_none_at(text, noun, type_)


def test_noun_of_another_type_in_the_phrase_stays_its_act() -> None:
    text = "Chad appealed for aid on Monday."
    ex = events(text)
    assert any(e.type == "REQUEST" for e in ex.events)
    assert any(e.type == "AID" for e in ex.events)
