"""A round is the talks its "of" phrase names (CAMEO 04: the round codes nothing of its own):
"a second *round* of talks" is the talks, and a report that points at the round points at
them, so the talks' evidence runs over "round" too (``phrasings.holder``). Near misses: a
round of something else (applause, voting) names no talks, and "round" as an adverb is no
noun at all.

Every sentence is our own wording (wire, live blog, communique, headline styles).
"""

from __future__ import annotations

import pytest

from .helpers import events, events_over

NAMED_BY_ROUND = [
    pytest.param("Negotiators from Chad and Sudan met in Doha on Monday, a month after their "
                 "first round of talks in Ndjamena.", id="their-first-round"),
    pytest.param("The deal came out of a second round of talks chaired by Bishop Tomas "
                 "Arroyo.", id="came-out-of-round"),
    pytest.param("Chad and Sudan held a round of talks in Ndjamena.", id="held-a-round"),
    pytest.param("Bhutan's foreign secretary said after a fourth round of consultations with "
                 "India that the border question was nearly settled.",
                 id="round-of-consultations"),
    pytest.param("09:30 - A fresh round of discussions between Fiji and Tonga opens in Suva.",
                 id="liveblog-round-of-discussions"),
    pytest.param("The two delegations expressed satisfaction with the results of the third "
                 "round of consultations held in Hanoi between Vietnam and Laos.",
                 id="communique-round"),
    pytest.param("Sixth round of Guyana-Suriname border talks opens in Paramaribo",
                 id="headline-round"),
    pytest.param("Nepal and China will hold a new round of boundary talks in Kathmandu, "
                 "officials said.", id="will-hold-round"),
]

NO_TALKS = [
    pytest.param("The audience gave the speaker a round of applause.", id="round-of-applause"),
    pytest.param("A round of voting in the Estonian parliament failed to elect a president.",
                 id="round-of-voting"),
    pytest.param("Officials said the talks between Chad and Sudan had gone round in circles.",
                 id="adverb-round"),
]


@pytest.mark.parametrize("text", NAMED_BY_ROUND)
def test_round_names_the_talks(text: str) -> None:
    assert any(e.type == "CONSULT" for e in events_over(text, "round")), [
        (e.type, text[e.start:e.end]) for e in events(text).events]


@pytest.mark.parametrize("text", NO_TALKS)
def test_no_talks_named_by_round(text: str) -> None:
    assert not any(e.type == "CONSULT" for e in events_over(text, "round")), [
        (e.type, text[e.start:e.end]) for e in events(text).events]
