"""Leftover munitions: ordnance from a past war that kills has no one behind it (no ASSAULT).

Every sentence is our own wording (invented towns). PLOVER's ASSAULT is deliberate violence;
a shell that failed to explode years ago, old mines, leftover ordnance that a child picks up,
kill by accident: the munition is said to be left over ("unexploded", "leftover", "old",
"abandoned", "left from the war"), and then it is no hand. Near misses: the same weapons used
now ("a roadside bomb killed", "rebels planted landmines that killed", "the mortar attack
killed") stay ASSAULT.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over

LEFTOVER = [
    pytest.param("Three children were killed by leftover ordnance near Vrelsko on Sunday.",
                 "killed", id="killed-by-leftover-ordnance"),
    pytest.param("Four boys died when an unexploded shell blew up in a field outside Dorvany.",
                 "blew up", id="unexploded-shell-blew-up"),
    pytest.param("An unexploded mortar round killed two farmers ploughing near Kastrel.",
                 "killed", id="unexploded-round-killed"),
    pytest.param("Two shepherds were injured by an old landmine in the hills above Ulmeny.",
                 "injured", id="old-landmine-injured"),
    pytest.param("Leftover cluster munitions killed a teenager in the Zarvin valley on "
                 "Tuesday.", "killed", id="leftover-cluster-munitions"),
    pytest.param("A boy was killed by an abandoned grenade he found near the school in "
                 "Pelvoro.", "killed", id="abandoned-grenade"),
    pytest.param("Unexploded bombs wounded three scrap collectors near Tervask.", "wounded",
                 id="unexploded-bombs-wounded"),
    pytest.param("A landmine left over from the war killed a farmer near Miskovo.", "killed",
                 id="landmine-left-over"),
]

ATTACKS = [
    pytest.param("A roadside bomb killed three police officers in Dorvany.", "killed",
                 id="roadside-bomb-killed"),
    pytest.param("Rebels planted landmines that killed two soldiers near Kastrel.", "killed",
                 id="rebels-planted-landmines"),
    pytest.param("The mortar attack killed four soldiers near Vrelsko.", "killed",
                 id="mortar-attack-killed"),
    pytest.param("A mortar round fired by the militia killed two farmers near Ulmeny.",
                 "killed", id="mortar-round-fired-by"),
    pytest.param("A grenade thrown into the market wounded nine people in Pelvoro.", "wounded",
                 id="grenade-thrown"),
]


@pytest.mark.parametrize("text, word", LEFTOVER)
def test_leftover_munition_is_no_assault(text: str, word: str) -> None:
    ex = events(text)
    assert not any(e.type == "ASSAULT" for e in ex.events), describe(ex)


@pytest.mark.parametrize("text, word", ATTACKS)
def test_weapon_used_now_stays_assault(text: str, word: str) -> None:
    assert any(e.type == "ASSAULT" for e in events_over(text, word)), describe(events(text))
