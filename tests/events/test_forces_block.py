"""Police or soldiers who block a road, a square or a port restrict movement (CAMEO 191,
COERCE "impose blockade, restrict movement"); the same words said of civilians are a protest
that obstructs passage (CAMEO 144, PROTEST). Every sentence is ours."""

from __future__ import annotations

import pytest

from .helpers import events

# (sentence, the trigger word, the type it must have, the CAMEO code)
ROWS = [
    ("Riot police blocked the road to the parliament on Friday.", "blocked", "COERCE", "191"),
    ("Soldiers blocked the main highway into Kasama overnight.", "blocked", "COERCE", "191"),
    ("Police barricaded the square before the rally began.", "barricaded", "COERCE", "191"),
    ("Troops blockaded the port of Assab for three days.", "blockaded", "COERCE", "191"),
    # near misses: civilians who block are protesting
    ("Protesters blocked the road to the parliament on Friday.", "blocked", "PROTEST", "144"),
    ("Farmers blocked the highway into Kasama with tractors.", "blocked", "PROTEST", "144"),
    ("Striking dockers blockaded the port of Assab for three days.", "blockaded", "PROTEST",
     "144"),
    ("Students barricaded the square before the rally began.", "barricaded", "PROTEST", "144"),
]


@pytest.mark.parametrize(("text", "word", "kind", "cameo"), ROWS)
def test_who_blocks_tells_the_act(text: str, word: str, kind: str, cameo: str) -> None:
    at = text.index(word)
    found = [e for e in events(text).events if e.start <= at < e.end]
    assert [(e.type, e.cameo_code) for e in found] == [(kind, cameo)]
