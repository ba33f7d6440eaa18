"""An act, a state or a measure as the subject of "threaten" (issue 12, part 4): our own
sentences, many places and domains.

"The fighting threatens to spill over into Chad", "the crisis threatens to spread": the verb
says a harm may come (it endangers), not that someone warns of harm of their own to make
another yield. A thing never acts, so no THREATEN, whoever the object is: an act or
conflict noun ("fighting", "violence", "war", "shelling", "strike"), a hardship ("crisis",
"drought", "inflation") or a measure or document ("the bill", "the new tariff").
A person, a body, a state or an armed group is an actor and threatens ("the rebels threaten
Goma", "Hamas threatened to kill the hostages", "Gunmen threatened the villagers"), and so
does a document whose writer threatens through it only when that writer is named as its
subject ("the ministry threatened in a letter").

QUIET rows: (text, the trigger word): no THREATEN there.
FIRES rows: (text, the trigger word, a source name).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

QUIET = [
    ("The fighting threatens to spill over into Chad.", "threatens"),
    ("The conflict threatens Kenya's tourism industry.", "threatens"),
    ("The violence threatens to derail the elections in Mozambique.", "threatens"),
    ("The crisis threatens to spread to Niger.", "threatens"),
    ("The dock strike threatens to cripple the port of Mombasa.", "threatens"),
    ("The shelling threatened the Zaporizhzhia nuclear plant.", "threatened"),
    ("The fighting in Sudan threatens to draw in Egypt and Ethiopia.", "threatens"),
    ("The war in Yemen threatens shipping in the Red Sea, the Egyptian navy said.",
     "threatens"),
    ("The new tariff threatens Vietnam's garment exporters.", "threatens"),
    ("Runaway inflation threatens the government of Sri Lanka.", "threatens"),
]

FIRES = [
    ("The rebels threaten the town of Goma.", "threaten", "rebels"),
    ("Hamas threatened to kill the hostages.", "threatened", "Hamas"),
    ("Gunmen threatened the villagers in Zamfara on Sunday.", "threatened", "Gunmen"),
    ("The Chinese foreign ministry threatened Lithuania with consequences.", "threatened",
     "ministry"),
    ("Iran threatens to close the Strait of Hormuz.", "threatens", "Iran"),
]


@pytest.mark.parametrize(("text", "word"), QUIET)
def test_a_thing_threatens_no_one(text: str, word: str):
    expect_none_at(text, word, "THREATEN")


@pytest.mark.parametrize(("text", "word", "source"), FIRES)
def test_an_actor_threatens(text: str, word: str, source: str):
    expect_at(text, word, "THREATEN", source=source)
