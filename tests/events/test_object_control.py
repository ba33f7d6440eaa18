"""The object of a verb of asking, ordering or causing does what its infinitive tells
(``events.actormap.OBJECT_CONTROL``, ``object_control_verbs`` in data/arguments.yaml):
"Brandovia *urged* Selmark to withdraw its troops" is Selmark's withdrawal, not Brandovia's.

One row a verb of the list, each failing when its verb leaves the file. Not every verb has a
row: the parser reads "allowed/helped/got/wanted/caused Selmark to withdraw" as a clause with
a subject of its own (the object's act with no help of the list), and "appealed to", "pushed"
and "permitted" otherwise. Every sentence is our own wording, with invented countries.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at

#: A verb of the list and its past as the row writes it.
PASTS = {
    "ask": "asked", "urge": "urged", "call": "called on", "press": "pressed",
    "pressure": "pressured", "order": "ordered", "instruct": "instructed", "invite": "invited",
    "encourage": "encouraged", "persuade": "persuaded", "force": "forced",
    "compel": "compelled", "tell": "told", "request": "requested", "require": "required",
    "demand": "demanded", "implore": "implored", "beg": "begged", "authorize": "authorized",
    "advise": "advised", "warn": "warned", "remind": "reminded", "lobby": "lobbied",
    "challenge": "challenged", "dare": "dared", "prompt": "prompted", "spur": "spurred",
    "provoke": "provoked", "lead": "led", "drive": "drove", "oblige": "obliged",
    "enable": "enabled", "inspire": "inspired",
}


@pytest.mark.parametrize("verb", sorted(PASTS))
def test_the_object_does_what_the_infinitive_tells(verb: str) -> None:
    text = f"Brandovia {PASTS[verb]} Selmark to withdraw its troops from the border."
    expect_at(text, "withdraw", "RETREAT", source="Selmark")
