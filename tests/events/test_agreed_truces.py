"""Agreeing to a truce is CAMEO 0356 (express intent to de-escalate), however the truce is
attached: the object ("agreed a truce"), "to" or "on" ("agreed to a ceasefire", "agreed on an
armistice"). Near misses: a pause in talks is no truce; agreeing to talks is 036's (through
the content table), not a truce. Our own sentences."""

from __future__ import annotations

import pytest

import actorgraph


@pytest.mark.parametrize(("text", "cameo"), [
    ("Army and rebel negotiators agreed to a ceasefire in Addis Ababa on Sunday.", "0356"),
    ("The two militias agreed on a 30-day truce after talks in Juba.", "0356"),
    ("Both sides agreed to an immediate ceasefire, the mediator said.", "0356"),
    ("The warring parties agreed a truce on Friday.", "0356"),
    # near misses
    ("The delegations agreed to a pause in the talks.", "030"),
])
def test_agreeing_to_a_truce(text, cameo) -> None:
    ex = actorgraph.extract(text, published="2025-06-13")
    agreed = [e for e in ex.events if text[e.start:e.end].startswith("agreed")]
    assert agreed and agreed[0].type == "AGREE", [(e.type, text[e.start:e.end])
                                                  for e in ex.events]
    assert agreed[0].cameo_code == cameo, agreed[0]
