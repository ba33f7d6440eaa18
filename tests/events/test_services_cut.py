"""Communications cut off by the authorities are censorship (CAMEO 1721 "impose restrictions on
freedoms of speech and expression"; PLOVER COERCE, "cutting services").

A writer tells a shutdown with many verbs and particles ("switched off", "blacked out",
"disconnected", "shut off", "suspended") and many names of the service ("mobile networks",
"phone lines", "internet services"): one frame in ``data/event_triggers.yaml`` (``frames``)
crosses them. Near misses: the same verbs with no communications (an airline suspending its
services, a ferry service), a network that is not a service cut off (a spy network broken
up is no censorship). Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect

# (text, source)
CASES = [
    ("The junta switched off mobile networks in three states on Friday.", "junta"),
    ("Cameroonian authorities disconnected phone lines in the Anglophone regions.", "Cameroon"),
    ("Iran blacked out the internet nationwide after the protests began.", "Iran"),
    ("Indian authorities suspended telephone and internet services in Kashmir.", "India"),
    ("Pakistan's government shut off mobile data in Balochistan ahead of the vote.", "Pakistan"),
    ("Ethiopia's government turned off the internet in the Amhara region.", "Ethiopia"),
]

# (text, word whose COERCE event it must not be)
NEAR_MISSES = [
    ("The Lebanese airline suspended its services to Baghdad for a week.", "suspended"),
    ("The Greek ferry company switched off its engines in port.", "switched"),
    ("Kenyan police broke up a network of car thieves in Mombasa.", "broke"),
]


@pytest.mark.parametrize(("text", "source"), [pytest.param(*c, id=c[0][:45]) for c in CASES])
def test_communications_cut_are_censorship(text, source) -> None:
    event = expect(text, "COERCE", source=source)
    assert (event.cameo_code or event.cameo).startswith("17")


@pytest.mark.parametrize(("text", "word"), NEAR_MISSES, ids=[c[0][:45] for c in NEAR_MISSES])
def test_other_services_stopped_are_no_censorship(text, word) -> None:
    ex = events(text)
    wrong = [e for e in ex.events if e.type == "COERCE" and text[e.start:e.end].startswith(word)]
    assert not wrong, [(text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
