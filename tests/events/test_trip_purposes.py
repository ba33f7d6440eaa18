"""What a trip is for is not done (yet).

Every sentence is our own wording (invented towns). A minister who "travelled to X *to
demand*" made a trip (CONSULT, the visit); the demand is its aim, not told as made: not
asserted (hypothetical, as "imposed sanctions *to help* the talks" is). So is what an envoy
"went *to negotiate*", and the release it is about. Near misses: the trip itself, an act
done for a purpose ("opened fire *to disperse*" is still firing), a demand made, a
withdrawal done.
"""

from __future__ import annotations

import pytest

from .helpers import expect_done, expect_not_done

NOT_DONE = [
    pytest.param("The Chilean foreign minister travelled to Lima to demand the return of the "
                 "seized trawlers.", "demand", id="travelled-to-demand"),
    pytest.param("The Latvian envoy flew to Minsk to protest the arrest of two journalists.",
                 "protest", id="flew-to-protest"),
    pytest.param("The envoy went to Tarvask to negotiate the release of the hostages.",
                 "release", id="went-to-negotiate-release"),
    pytest.param("The Moldovan president headed to Brussels to ask for military aid.",
                 "ask", id="headed-to-ask"),
    pytest.param("Two Serbian ministers arrived in Velgor to urge the rebels to disarm.",
                 "urge", id="arrived-to-urge"),
]

DONE = [
    pytest.param("The Chilean foreign minister travelled to Lima to demand the return of the "
                 "seized trawlers.", "travelled", "CONSULT", id="the-trip-itself"),
    pytest.param("The Chilean foreign minister demanded the return of the seized trawlers.",
                 "demanded", "REQUEST", id="demand-made"),
    pytest.param("Police opened fire to disperse the crowd in Tarvask.", "opened fire",
                 "ASSAULT", id="fired-to-disperse"),
    pytest.param("The army withdrew its troops from the Kharvo valley on Monday.", "withdrew",
                 "RETREAT", id="withdrawal-done"),
]


@pytest.mark.parametrize("text, word", NOT_DONE)
def test_aim_or_topic_is_not_done(text: str, word: str) -> None:
    expect_not_done(text, word)


@pytest.mark.parametrize("text, word, type_", DONE)
def test_act_done_stays(text: str, word: str, type_: str) -> None:
    expect_done(text, word, type_)
