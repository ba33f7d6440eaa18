"""Reciprocal acts (issue 12, class 5 of the fresh-text audit; ``events/reciprocals``): parties
that do an act to each other are each its doer and each its recipient. "Veltria and Drosmark
accused each other", "expelled each other's diplomats", "traded accusations", "exchanged fire"
name both sides as sources and as targets; before, the targets stayed empty (or took "each
other's diplomats" for a party). Our own sentences, invented states and groups.

Rows: (text, trigger, type, source, target): both parties on each side. Near misses: acts
told of one side only, or aimed at a third party, keep their own target (the other side is not
added).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

_BOTH_VD = ["Veltria", "Drosmark"]
_BOTH_KL = ["Kestria", "Lusania"]

#: Rows: a reciprocal pronoun or a verb of trading an act: both sides do it to each other.
MUTUAL = [
    ("Veltria and Drosmark accused each other of breaking the truce.", "accused", "ACCUSE",
     _BOTH_VD, _BOTH_VD),
    ("Kestria and Lusania accused one another of arming smugglers on the Ostrel river.",
     "accused", "ACCUSE", _BOTH_KL, _BOTH_KL),
    ("Kestria and Lusania expelled each other's diplomats on Monday.", "expelled",
     "SANCTION", _BOTH_KL, _BOTH_KL),
    ("Veltria and Drosmark traded accusations over the shooting of a border guard.",
     "traded accusations", "ACCUSE", _BOTH_VD, _BOTH_VD),
    ("Kestrian and Lusanian troops exchanged fire along the Ostrel river on Sunday.",
     "exchanged fire", "ASSAULT", ["Kestria", "Lusania"], ["Kestria", "Lusania"]),
    ("Kestria and Lusania traded fire across the disputed border overnight.", "traded fire",
     "ASSAULT", _BOTH_KL, _BOTH_KL),
    ("Veltria and Drosmark criticised each other at the regional summit in Tamsk.",
     "criticised", "ACCUSE", _BOTH_VD, _BOTH_VD),
    ("Kestria and Lusania threatened each other with sanctions over the dam.", "threatened",
     "THREATEN", _BOTH_KL, _BOTH_KL),
    ("Veltria and Drosmark held talks in Tamsk. Afterwards the two sides blamed each other "
     "for the deadlock.", "blamed", "ACCUSE", _BOTH_VD, _BOTH_VD),
    ("Veltria and Drosmark met in Tamsk on Monday. Each side accused the other of violating "
     "the truce.", "accused", "ACCUSE", _BOTH_VD, _BOTH_VD),
    ("The Veltrian and Drosmarkian navies fired on each other near the Sarn islands.",
     "fired", "ASSAULT", ["Veltria", "Drosmark"], ["Veltria", "Drosmark"]),
]
#: Near misses: one side's act, or one aimed at someone else, takes no party it does not name.
ONE_WAY = [
    ("Veltria accused Drosmark of breaking the truce.", "accused", "ACCUSE", "Drosmark",
     "Veltria"),
    ("Kestria expelled two Lusanian diplomats on Monday.", "expelled", "SANCTION",
     "Lusania", "Kestria"),
    ("Veltria and Drosmark accused Tamria of arming the rebels.", "accused", "ACCUSE",
     _BOTH_VD, "Veltria"),
    ("Kestrian troops exchanged fire with smugglers near the Ostrel river.", "exchanged fire",
     "ASSAULT", "Kestria", "Kestria"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), MUTUAL)
def test_reciprocal_acts_are_aimed_at_both(text: str, trigger: str, type_: str,
                                           source: list[str], target: list[str]) -> None:
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), ONE_WAY)
def test_one_way_acts_take_no_doer_as_target(text: str, trigger: str, type_: str,
                                             source: object, target: object) -> None:
    expect_none_with(text, trigger, type_, source=source, target=target)
