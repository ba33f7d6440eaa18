"""Envoys told or asked to leave are expelled: a
diplomatic sanction (CAMEO 166, PLOVER SANCTION, mode expel), as envoys ordered to leave
already are; private persons ordered out of a country are deported (CAMEO 174, COERCE), no
request. Every sentence is our own wording, with invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("The Drevan foreign ministry told the Carsovian consul to leave within a week.", "told",
     "SANCTION", "166"),
    ("Kestria asked two Drevan diplomats to leave the country on Monday.", "asked", "SANCTION",
     "166"),
    ("Drevia ordered the Norvanian ambassador to leave the country within 72 hours.", "ordered",
     "SANCTION", "166"),
    ("The foreign ministry ordered the Carsovian charge d'affaires out of the country.",
     "ordered", "SANCTION", "166"),
    ("Norvania ordered 30 Carsovian migrants out of the country.", "ordered", "COERCE", "174"),
    ("The authorities ordered the foreign reporters out of Velmar.", "ordered", "COERCE", "174"),
    # near misses: a delegation told to leave talks, a state of emergency declared
    ("Drevia declared a state of emergency in Velmar.", "declared", "COERCE", "1724"),
]


@pytest.mark.parametrize(("text", "word", "type_", "cameo"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_envoys_sent_away_are_expelled(text: str, word: str, type_: str, cameo: str) -> None:
    got = [(e.type, e.cameo_code) for e in events(text).events
           if text[e.start:e.end].split()[0] == word]
    assert got == [(type_, cameo)], [(text[e.start:e.end], e.type, e.cameo_code)
                                     for e in events(text).events]


def test_a_delegation_told_to_leave_talks_is_no_expulsion() -> None:
    text = "The ministry told the Carsovian delegation to leave the talks."
    assert not any(e.type == "SANCTION" for e in events(text).events)
