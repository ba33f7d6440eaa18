"""An act's place in a sequence its words give (``Event.ordinal``): an ordinal on its noun,
on the round it is told as, on the object of its light verb, or "for the Nth time". Not a
day of an act that lasts, nor "earlier"/"previous" (a place only against another act of its
report). Our own sentences; fusion never joins two acts numbered differently
(tests/fuse/test_stories.py)."""

from __future__ import annotations

import pytest

import actorgraph


def numbered(id: str, text: str, trigger: str, ordinal: int | None):
    return pytest.param(text, trigger, ordinal, id=id)


ROWS = [
    numbered("on-the-noun", "Monsignor Ortiz hosted the first direct talks between the "
             "government and the miners' union in Oruro on Tuesday.",
             "hosted the first direct talks", 1),
    numbered("light-verb", "Dockers in Mindelo began a second strike on Monday.",
             "began a second strike", 2),
    numbered("for-the-nth-time", "The foreign ministers of Chile and Bolivia met for the "
             "third time in Arica.", "met", 3),
    numbered("round-of", "The union and the mine owners held a fourth round of talks in "
             "Potosi on Friday.", "held a fourth round of talks", 4),
    # near misses
    numbered("a-day-of-the-strike", "Miners marched through Potosi on the second day of the "
             "strike.", "marched", None),
    numbered("earlier-is-relative", "The envoys met again, a week after their earlier meeting "
             "in Arica.", "met", None),
    numbered("no-ordinal", "The foreign ministers of Chile and Bolivia met in Arica on "
             "Monday.", "met", None),
]


@pytest.mark.parametrize(("text", "trigger", "ordinal"), ROWS)
def test_an_act_numbered_in_its_sequence(text, trigger, ordinal) -> None:
    ex = actorgraph.extract(text, published="2025-05-20")
    found = [e for e in ex.events if text[e.start:e.end] == trigger]
    assert found, [(text[e.start:e.end], e.type) for e in ex.events]
    assert found[0].ordinal == ordinal, found[0]
