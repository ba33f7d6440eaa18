"""What a ban forbids is not done: the act a rule bans, prohibits, outlaws or forbids.

Every sentence is our own wording (invented towns). "The convention outlaws *attacks* on
hospitals", "the government forbade *strikes*", "the junta banned *protests*": the attacks,
strikes and protests named are what the ban is about, not acts told as done (hypothetical);
the ban itself, where someone imposes it, stays a COERCE done. Near misses: acts done in
defiance of a ban, and the ban.
"""

from __future__ import annotations

import pytest

from .helpers import expect_done, expect_not_done

BANNED = [
    pytest.param("The accord prohibits arrests of journalists without a warrant.", "arrests",
                 id="prohibits-arrests"),
    pytest.param("The convention outlaws attacks on hospitals.", "attacks",
                 id="outlaws-attacks"),
    pytest.param("The government forbade strikes in the oil sector on Monday.", "strikes",
                 id="forbade-strikes"),
    pytest.param("The junta banned protests in the capital on Monday.", "protests",
                 id="banned-protests"),
    pytest.param("The governor of Velgor prohibited demonstrations near the port.",
                 "demonstrations", id="prohibited-demonstrations"),
    pytest.param("The law forbids the detention of minors in adult prisons.", "detention",
                 id="forbids-detention"),
    pytest.param("The treaty bans airstrikes on civilian areas of the Kharvo valley.",
                 "airstrikes", id="bans-airstrikes"),
    pytest.param("Parliament outlawed strikes by public transport workers in Marnesk.",
                 "strikes", id="outlawed-strikes"),
]

DONE = [
    pytest.param("The junta banned protests in the capital on Monday.", "banned", "COERCE",
                 id="the-ban-itself"),
    pytest.param("Thousands of students protested in Velgor despite the ban.", "protested",
                 "PROTEST", id="protested-despite-ban"),
    pytest.param("Police broke up the protests that the junta had banned.", "protests",
                 "PROTEST", id="banned-protests-held"),
]


@pytest.mark.parametrize("text, word", BANNED)
def test_banned_act_is_not_done(text: str, word: str) -> None:
    expect_not_done(text, word)


@pytest.mark.parametrize("text, word, type_", DONE)
def test_done_stays(text: str, word: str, type_: str) -> None:
    expect_done(text, word, type_)
