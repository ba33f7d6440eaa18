"""A quoted speaker's "our soldiers", "our men", "our units" are the speaker's own side (issue
11, class 3: first-person denials in quotes): the actors stage joins the description to the
speaker's group, but the group must not be *called* "Our soldiers": a first-person owner says
whose they are from inside the quote, it names no one a reader (or fusion) can find again.
So a description owned by "our" or "my" names the actor only when nothing else does
(``actors.summary``).

Rows: the speaker's own description does not name the actor (the speaker's does). Near
miss: an actor told of only as "our units" keeps that name (nothing else names it). Our own
sentences and places.
"""

from __future__ import annotations

import pytest

from .helpers import actors_of

ROWS = [
    ("soldiers-ministry", '"Our soldiers did not fire a single shell at Kervo," the Dravian '
     "defence ministry said.", "Our soldiers", "defence ministry"),
    ("units-navy", '"Our units did not seize the tanker Brisa," the Velarian navy said.',
     "Our units", "navy"),
    ("troops-command", '"Our troops never entered Ostrel," the Tarn army said on '
     "Monday.", "Our troops", "army"),
    ("fighters-militia", '"Our fighters did not burn any lorry in Sallet," the Red Lantern '
     "militia said in a statement.", "Our fighters", "militia"),
]


@pytest.mark.parametrize("text,own,name", [pytest.param(t, o, n, id=i)
                                           for i, t, o, n in ROWS])
def test_a_first_person_description_does_not_name_the_speaker(text: str, own: str,
                                                              name: str) -> None:
    ex = actors_of(text)
    start = text.index(own)
    actor = next(a for a in ex.actors if any(m.start <= start < m.end for m in a.mentions))
    assert not actor.name.lower().startswith(("our ", "my ")) and name in actor.name.lower(), (
        actor)


def test_an_actor_known_only_as_ours_keeps_that_name() -> None:
    text = 'Villagers fled Kervo on Monday. "Our units stayed in their barracks."'
    ex = actors_of(text)
    start = text.index("Our units")
    named = [a.name for a in ex.actors if any(m.start <= start < m.end for m in a.mentions)]
    assert named == [] or named[0].lower().startswith("our") or "unit" in named[0].lower()
