"""A noun of an act that is a word of a name is no act (issue 12): "*Amnesty* accused ...",
"*Christian Aid* called for ...", "the *Ceasefire* Commission met" name a body, not an amnesty,
a delivery of aid or a truce (``events.nonacts``). The same nouns stay acts where they are no
name: "granted an amnesty", "delivered aid", "agreed a ceasefire". Our own wording.
Rows: text, the type that must (CODED) or must not (NAMES) come on the word.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events


def on(text: str, type_: str, word: str) -> list:
    ex = events(text)
    return [e for e in ex.events if e.type == type_
            and word.lower() in text[e.start:e.end].lower().split()], describe(ex)


NAMES = [
    pytest.param("Amnesty accused Malian soldiers of killing villagers near Mopti.", "CONCEDE",
                 "Amnesty", id="amnesty-org-subject"),
    pytest.param("Amnesty urged Lusaka to free the two editors.", "CONCEDE", "Amnesty",
                 id="amnesty-org-urging"),
    pytest.param("Christian Aid called for a ceasefire in the Kivus.", "AID", "Aid",
                 id="christian-aid"),
    pytest.param("Islamic Relief said its warehouse in Kassala was looted.", "AID", "Relief",
                 id="islamic-relief"),
    pytest.param("The Ceasefire Commission met in Addis Ababa on Monday.", "RETREAT",
                 "Ceasefire", id="ceasefire-commission"),
    pytest.param("The Amnesty Act of 2000 was renewed by parliament.", "CONCEDE", "Amnesty",
                 id="amnesty-act"),
]

CODED = [
    pytest.param("The president of Togo granted an amnesty to 300 prisoners.", "CONCEDE",
                 "amnesty", id="granted-amnesty"),
    pytest.param("Norway delivered aid to flood victims in Sylhet.", "AID", "delivered",
                 id="delivered-aid"),
    pytest.param("The army and the rebels agreed a ceasefire in Beni.", "RETREAT", "ceasefire",
                 id="agreed-ceasefire"),
    pytest.param("Amnesty for the rebels was announced by the president of Chad on Friday.",
                 "CONCEDE", "Amnesty", id="amnesty-sentence-initial-act"),
]


@pytest.mark.parametrize(("text", "type_", "word"), NAMES)
def test_a_word_of_a_name_is_no_act(text: str, type_: str, word: str) -> None:
    found, seen = on(text, type_, word)
    assert not found, seen


@pytest.mark.parametrize(("text", "type_", "word"), CODED)
def test_the_same_noun_out_of_a_name_is_an_act(text: str, type_: str, word: str) -> None:
    found, seen = on(text, type_, word)
    assert found, seen
