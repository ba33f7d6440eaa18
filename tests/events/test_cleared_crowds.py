"""Police or troops clearing people off a place, or clearing a place of a protest (issue 12).

Every sentence is our own wording. Forces removing people from where they stand (protesters,
supporters, strikers, dockers) coerce them (COERCE, CAMEO 170, as clearing a camp or a
blockade does); so does clearing a road, a gate or a square in a sentence that tells of the
protest or the arrests. Near misses: a road cleared after a crash or of snow, a person cleared
of wrongdoing, players cleared to play, a crowd cleared by no force.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

HITS = [
    # (text, trigger, source)
    ("Police cleared opposition supporters from the causeway in Betora on Wednesday evening.",
     "cleared", "police"),
    ("Riot police cleared about 200 dockers who had blocked the gates of the Tessa terminal.",
     "cleared", "police"),
    ("Soldiers cleared the striking miners from the square outside the Vanto mine.", "cleared",
     "soldiers"),
    ("Police cleared the gates of the Lorvan refinery in the afternoon without making arrests.",
     "cleared", "police"),
    ("Riot police cleared the main road into Tessa, where farmers had staged a sit-in.",
     "cleared", "police"),
]

MISSES = [
    ("Police cleared the road after the crash near Tessa on Monday.", "cleared"),
    ("Snowploughs cleared the roads around Lorvan before dawn.", "cleared"),
    ("An internal inquiry cleared the two police officers of any wrongdoing.", "cleared"),
    ("The police watchdog cleared the officers of misconduct in the Betora case.", "cleared"),
    ("Doctors cleared the players to return to training on Monday.", "cleared"),
]


@pytest.mark.parametrize(("text", "trigger", "source"), HITS, ids=[r[0][:40] for r in HITS])
def test_forces_clearing_people_coerce_them(text: str, trigger: str, source: str) -> None:
    expect_at(text, trigger, "COERCE", source=source)


@pytest.mark.parametrize(("text", "trigger"), MISSES, ids=[r[0][:40] for r in MISSES])
def test_clearing_no_crowd_is_no_coercion(text: str, trigger: str) -> None:
    expect_none_at(text, trigger, "COERCE")
