"""Stopping words is no de-escalation (CAMEO 0871/087 are for force).

"Stop" or "cease" with a verb of fighting ("stopped shelling the town", "to stop attacking
convoys") ends violence: RETREAT. With a verb of speaking (blaming, insulting, accusing,
threatening, inciting) the act stopped is words: no RETREAT, only the request around it
(REQUEST stays where someone urges or calls on another).

Every sentence is our own wording, news style, with invented towns and people.
Rows: (text, trigger word) where no RETREAT may come. Near misses: (text, trigger word)
where RETREAT must stay.
"""

from __future__ import annotations

import pytest

from .helpers import expect, expect_at, expect_none_at

NO_RETREAT = [
    pytest.param("The bishop of Carvanne urged lawmakers to stop blaming migrants for the "
                 "rise in burglaries.", "stop", id="stop-blaming"),
    pytest.param("Opposition leader Mira Tesk called on ministers to stop insulting the "
                 "judges of the supreme court.", "stop", id="stop-insulting"),
    pytest.param("The UN envoy asked both parties to stop accusing each other of "
                 "sabotage.", "stop", id="stop-accusing"),
    pytest.param("Kenya told Somali officials to stop threatening its traders in Dolvan.",
                 "stop", id="stop-threatening"),
    pytest.param("The broadcaster ceased criticising the government after the raid on its "
                 "offices.", "ceased", id="ceased-criticising"),
    pytest.param("Poland asked Belarus to stop spreading false claims about the border at "
                 "Kernow.", "stop", id="stop-spreading"),
    pytest.param("The president has stopped blaming the central bank for inflation, "
                 "aides said.", "stopped", id="stopped-blaming"),
    pytest.param("The pastor urged his followers to stop inciting hatred against the "
                 "Tovari minority.", "stop", id="stop-inciting"),
]

STAYS = [
    pytest.param("The army stopped shelling the town of Dorrek on Sunday.", "stopped",
                 id="stopped-shelling"),
    pytest.param("The UN asked the rebels to stop attacking aid convoys near Vessa.", "stop",
                 id="stop-attacking"),
    pytest.param("Both sides ceased firing at midnight, monitors in Orlan said.", "ceased",
                 id="ceased-firing"),
]


@pytest.mark.parametrize("text, trigger", NO_RETREAT)
def test_stopping_words_is_no_retreat(text: str, trigger: str) -> None:
    expect_none_at(text, trigger, "RETREAT")


@pytest.mark.parametrize("text, trigger", STAYS)
def test_stopping_force_stays_retreat(text: str, trigger: str) -> None:
    expect_at(text, trigger, "RETREAT")


def test_the_request_stays() -> None:
    expect("The bishop of Carvanne urged lawmakers to stop blaming migrants for the rise in "
           "burglaries.", "REQUEST", target="lawmakers")
