"""A state's force and an armed group outside the state are never one actor by coreference
(our own sentences, invented groups and places; ``descriptions.back_references``).

A rebel movement may carry "Army" or "Police" in its name ("the Tarvan People's Army"); a
later bare "the army" in the same report is the state's army, as readers take it, not the
movement: the description's own sector (MIL, from ``actor_nouns.csv``) is of the state and
the movement's is not. The near misses keep what is right today: "the army" after a state's
army ("Armenia's army ... The army said") is that army, and "the movement" after a rebel
movement is the movement.

Rows: (text, the named group, the description, whether they are one actor).
"""

from __future__ import annotations

import re

import pytest

from .helpers import actors_of


def _actor_at(text: str, word: str, nth: int):
    """The actor holding the ``nth`` use of ``word`` (case-sensitive, whole word)."""
    found = [m.start() for m in re.finditer(rf"\b{word}\b", text)][nth]
    ex = actors_of(text)
    return next((a for a in ex.actors if any(m.start <= found < m.end for m in a.mentions)),
                None)


ROWS = [
    pytest.param("The Lord's Resistance Army attacked a village near Gulu. The army said it "
                 "killed four of the attackers.", "Resistance", "army", False, id="lra-army"),
    pytest.param("The Arakan Army said it captured a base in Rakhine. The army said its troops "
                 "had repelled the attack.", "Arakan", "army", False, id="arakan-army"),
    pytest.param("Troops clashed with the New People's Army in Samar. The army said two "
                 "soldiers died.", "People", "army", False, id="npa-army"),
    pytest.param("The rebel Tarvan Liberation Army seized two villages on Monday. On Tuesday "
                 "the army shelled a bridge.", "Tarvan", "army", False, id="invented-army"),
    # near misses: the same kind of body is the body named before
    pytest.param("Armenia's army reported shelling near the border. The army said two "
                 "soldiers were wounded.", "Armenia", "army", True, id="state-army-kept"),
    pytest.param("The Kivu Freedom Movement seized a mine. The movement said it would hold "
                 "the town.", "Kivu", "movement", True, id="rebel-movement-kept"),
]


@pytest.mark.parametrize(("text", "name", "description", "same"), ROWS)
def test_a_state_force_is_no_rebel_group(text: str, name: str, description: str,
                                         same: bool) -> None:
    named = _actor_at(text, name, 0)
    described = _actor_at(text, description, 0)
    assert named is not None
    assert (described is not None and described.id == named.id) is same
