"""A legal charge is legal action: "charged X with bribery" is CAMEO 173 (arrest, detain or
charge with legal action: COERCE, mode arrest) whatever the crime named, as a plain "charged
with" already was; an accusation in words ("accused X of espionage", "charged that the vote
was rigged") stays ACCUSE. Every sentence is our own wording, with invented names and
places."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Prosecutors in Velmar charged the former minister with bribery.", "charged", "COERCE",
     "173"),
    ("A Drevan court charged two Carsovian reporters with espionage.", "charged", "COERCE",
     "173"),
    ("Kestrian prosecutors charged the mayor of Velmar with fraud on Tuesday.", "charged",
     "COERCE", "173"),
    ("Police in Tarnby charged three men with the murder of the journalist.", "charged",
     "COERCE", "173"),
    # near misses: accusations in words
    ("Drevia accused Carsovia of espionage.", "accused", "ACCUSE", "1125"),
    ("Norway accused Sweden of smuggling.", "accused", "ACCUSE", "1121"),
    ("The opposition charged that the vote in Velmar had been rigged.", "charged", "ACCUSE",
     "112"),
]


@pytest.mark.parametrize(("text", "word", "type_", "cameo"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_a_legal_charge_is_legal_action(text: str, word: str, type_: str, cameo: str) -> None:
    got = [(e.type, e.cameo_code) for e in events(text).events if text[e.start:e.end] == word]
    assert got == [(type_, cameo)], [(text[e.start:e.end], e.type, e.cameo_code)
                                     for e in events(text).events]
