"""A threat named by a noun is aimed at whom the act it threatens would be done to, as the
verb's is ("threatened to expel the UN office"): "Uganda's *threat to expel* the UN human
rights office" threatens that office (``events/nominals.py``). Every sentence is our own
wording.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at

ROWS = [
    ("Tanzania's threat to expel the UN human rights office angered donors.", "threat",
     "Tanzania", ("United Nations", "UN", "Human Rights")),
    ("The junta's threat to suspend Radio Brask drew criticism from journalists.", "threat",
     "junta", "Radio Brask"),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), ROWS,
                         ids=[r[0][:40] for r in ROWS])
def test_a_threat_noun_is_aimed_at_whom_its_act_is_done_to(
        text: str, word: str, source: str, target: str | tuple[str, ...]) -> None:
    expect_at(text, word, "THREATEN", source=source, target=target)
