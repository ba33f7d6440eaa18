"""A promise or pledge of retaliation is a threat (CAMEO 13, PLOVER THREATEN), not an intent
to cooperate (AGREE): "promised a mirror response to the expulsions", "pledged retaliation".
A plain response promised (a reply to a letter) stays a promise. Every sentence is our own
wording."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Moscow promised a mirror response to Estonia's expulsion of its diplomats.", "THREATEN"),
    ("Minsk promised a tough response to the Polish sanctions on Monday.", "THREATEN"),
    ("Beijing promised countermeasures if the arms sale goes ahead.", "THREATEN"),
    ("Iran pledged retaliation for the strike on its consulate.", "THREATEN"),
    ("Al-Shabaab promised revenge for the killing of its commander in Kismayo.", "THREATEN"),
    ("Ankara promised a firm response to any violation of its waters.", "THREATEN"),
    # near misses: a reply, help or an inquiry promised is an intent to cooperate
    ("The minister promised a response to the union's letter by Friday.", "AGREE"),
    ("Japan promised a swift response to the flood with relief supplies.", "AGREE"),
    ("The governor promised an inquiry into the killings.", "AGREE"),
]


@pytest.mark.parametrize(("text", "type_"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_promise_of_retaliation_is_a_threat(text: str, type_: str) -> None:
    ex = events(text)
    verb = next(w for w in ("promised", "pledged") if w in text)
    got = [e.type for e in ex.events if text[e.start:e.end].startswith(verb)]
    assert got == [type_], [(text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
