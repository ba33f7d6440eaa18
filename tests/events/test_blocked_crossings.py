"""Blocking a crossing, a checkpoint or a port is obstruction (CAMEO 144, PROTEST) as blocking a
road is: "truck drivers blocked the border crossing", "fishermen blocked the port". Blocking a
resolution is a rejection, and blocked aid is withheld."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Hundreds of truck drivers blocked the Tecun Uman border crossing on Monday.", "PROTEST"),
    ("Striking fishermen blocked the port of Mahajanga for a second day.", "PROTEST"),
    ("Farmers blocked two checkpoints on the border with Poland.", "PROTEST"),
    ("Russia blocked the resolution in the Security Council.", "REJECT"),
    ("Soldiers blocked aid convoys at the checkpoint.", "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_what_is_blocked_tells_the_act(text: str, kind: str) -> None:
    found = [e.type for e in events(text).events if text[e.start:e.end].startswith("block")]
    assert kind in found, found
