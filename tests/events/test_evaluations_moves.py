"""Criticism by naming an act set off after it (``evaluations``; issue 12 targets).

A clause that names what another did as a "move", "step" or "decision" and lets a speaker
name it in negative terms ("..., *a move Beijing called a provocation*") is an ACCUSE by the
speaker aimed at whoever made the move, read from the clause the noun sums up; an evaluation
that names its doer itself ("called the move a provocation *by Manila*") is aimed at that
doer. Near misses: a storm's work is nobody's act to criticise, a neutral word ("a routine
exercise") criticises no one, and a speaker criticises no one by its own move.

Every sentence is our own wording, news style.
"""

from __future__ import annotations

import pytest

from .helpers import Names, expect, expect_none


def row(id: str, text: str, source: Names, target: Names | None):
    return pytest.param(text, source, target, id=id)


CRITICISED = [
    row("move-called-provocation", "Taiwan held naval drills near Kinmen, a move Beijing "
        "called a provocation.", ("China", "Beijing"), "Taiwan"),
    row("decision-called-violation", "The junta dissolved parliament on Monday, a decision "
        "the African Union called a violation of its charter.", "African Union", "junta"),
    row("step-called-provocation", "Serbia moved troops to the boundary line, a step Pristina "
        "called an act of aggression.", ("Kosovo", "Pristina"), "Serbia"),
    row("provocation-by-doer", "Beijing called the move a provocation by Manila.",
        ("China", "Beijing"), ("Philippines", "Manila")),
]

NOT_CRITICISED = [
    pytest.param("The storm flooded the port, a disaster officials called a tragedy.",
                 id="storm-no-doer"),
    pytest.param("China held drills near Taiwan, a move Beijing called a routine exercise.",
                 id="neutral-word"),
]


@pytest.mark.parametrize(("text", "source", "target"), CRITICISED)
def test_move_named_in_negative_terms_accuses_its_doer(text: str, source: Names,
                                                       target: Names | None) -> None:
    expect(text, "ACCUSE", source=source, target=target)


@pytest.mark.parametrize("text", NOT_CRITICISED)
def test_no_criticism_without_a_doer_or_a_negative_word(text: str) -> None:
    expect_none(text, "ACCUSE")
