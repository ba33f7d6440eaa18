"""Envoys ordered to leave are expelled (CAMEO 166, SANCTION): "ordered two diplomats to
leave", "the consul was ordered to leave within 48 hours", "ordered the attache out". Others
ordered to leave are not ("ordered residents to leave the flood zone" is no sanction)."""

from __future__ import annotations

import pytest

from .helpers import events

EXPELLED = [
    "Lome ordered two Ghanaian diplomats to leave the country within 72 hours.",
    "The Belarusian foreign ministry said the Polish consul had been ordered to leave within "
    "48 hours.",
    "Caracas ordered the Colombian ambassador to leave after the border incident.",
    "Quito ordered the Peruvian military attache out of the country on Tuesday.",
]

NOT_EXPELLED = [
    "The governor ordered residents to leave the flood zone before nightfall.",
    "The coach ordered his players to leave the pitch after the second goal.",
]


@pytest.mark.parametrize("text", EXPELLED)
def test_envoys_ordered_to_leave_are_expelled(text: str) -> None:
    found = [(e.type, e.cameo_code) for e in events(text).events]
    assert ("SANCTION", "166") in found, found


@pytest.mark.parametrize("text", NOT_EXPELLED)
def test_others_ordered_to_leave_are_not(text: str) -> None:
    assert not [e for e in events(text).events if e.type == "SANCTION"], text
