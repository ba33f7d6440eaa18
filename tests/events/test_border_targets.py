"""A show of force along a border is aimed at the state across it (target grid: MOBILIZE,
light verb and reported rows).

PLOVER's MOBILIZE is a move short of force ("deployments, alerts"); CAMEO 15 demonstrates power
*toward* someone. Troops massed, deployed or put on alert "along the border with Ethiopia" are
shown to Ethiopia, as troops moved "to the border with Afghanistan" already were. Any other act
by a border stays where it was: men arrested "near the border with Somalia" are arrested, and
Somalia is neither party nor place (``whereabouts.beyond_border``).

Every sentence is our own wording, written before the rule.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, matching


def row(id: str, text: str, type_: OneOrMore, source: Names | None, target: Names | None):
    return pytest.param(text, type_, source, target, id=id)


PRESENT = [
    row("massed-along-border-with", "Eritrea massed troops along the border with Ethiopia.",
        "MOBILIZE", "Eritrea", "Ethiopia"),
    row("deployed-near-frontier-with", "Venezuela deployed armoured units near its frontier "
        "with Guyana on Sunday.", "MOBILIZE", "Venezuela", "Guyana"),
    row("deployment-along-border-with", "Sudan ordered a deployment of troops along its "
        "border with Chad.", "MOBILIZE", "Sudan", "Chad"),
    row("moved-to-border-with", "Pakistan moved troops to the border with Afghanistan.",
        "MOBILIZE", "Pakistan", "Afghanistan"),
]

ABSENT = [
    row("arrested-near-border-with", "Kenyan police arrested four men near the border with "
        "Somalia.", "COERCE", None, "Somalia"),
    row("killed-along-border-with", "Gunmen killed two herders along the border with Niger.",
        "ASSAULT", None, "Niger"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PRESENT)
def test_a_show_of_force_along_a_border_is_aimed_across_it(
        text: str, type_: OneOrMore, source: Names | None, target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "source", "target"), ABSENT)
def test_another_act_by_a_border_is_not_aimed_across_it(
        text: str, type_: OneOrMore, source: Names | None, target: Names | None) -> None:
    ex = events(text)
    assert not matching(ex, type_, source=source, target=target), describe(ex)
