"""Two senses a verb's object decides: allegiance pledged, and sales stopped.

Every sentence is our own wording (invented towns and clans). Pledging or swearing allegiance
or loyalty to someone is verbal support of them (SUPPORT, CAMEO 051), not a promise of a
future act (AGREE), which "pledged" alone is ("pledged to attend", "pledged aid"). Stopping or
halting the sale, export or supply of goods to someone cuts trade (SANCTION, an embargo, CAMEO
163), not a ceasefire (RETREAT), which "stopped" with an act of war is ("stopped shelling").
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over


def row(id: str, text: str, word: str, type_: str, wrong: str):
    return pytest.param(text, word, type_, wrong, id=id)


ROWS = [
    row("pledged-allegiance", "The tribal elders pledged allegiance to the new Somali "
        "president.", "pledged", "SUPPORT", "AGREE"),
    row("renewed-allegiance", "Militia leaders in Harvost renewed their allegiance to the "
        "junta.", "renewed", "SUPPORT", "AGREE"),
    row("pledged-their-loyalty", "Three clans of Belvane pledged their loyalty to the "
        "governor.", "pledged", "SUPPORT", "AGREE"),
    row("declared-allegiance", "The commander of the Dorvak brigade declared his allegiance "
        "to the new president.", "declared", "SUPPORT", "AGREE"),
    row("vowed-loyalty", "Officers of the Kastrel garrison vowed loyalty to the president.",
        "vowed", "SUPPORT", "AGREE"),
    row("stopped-selling-beef", "Paraguay stopped selling beef to Taiwan in March.", "stopped",
        "SANCTION", "RETREAT"),
    row("stopped-supplying-fuel", "The government stopped supplying fuel to the rebel-held "
        "north.", "stopped", "SANCTION", "RETREAT"),
    row("halted-exporting-ammunition", "Serbia halted exporting ammunition to the region "
        "last year.", "halted", "SANCTION", "RETREAT"),
    row("ceased-selling-wheat", "Kazakhstan ceased selling wheat to Afghanistan in April.",
        "ceased", "SANCTION", "RETREAT"),
    # near misses: a promise pledged, and a ceasefire
    row("pledged-to-attend", "The Somali president pledged to attend the summit in Mervo.",
        "pledged", "AGREE", "SUPPORT"),
    row("pledged-aid", "Japan pledged aid to the flood victims of Ulvaro.", "pledged",
        "AGREE", "SUPPORT"),
    row("stopped-shelling", "The army stopped shelling the town of Kastrel on Monday.",
        "stopped", "RETREAT", "SANCTION"),
    row("stopped-fighting", "The two militias stopped fighting in Dorvak after talks.",
        "stopped", "RETREAT", "SANCTION"),
]


@pytest.mark.parametrize("text, word, type_, wrong", ROWS)
def test_sense_by_object(text: str, word: str, type_: str, wrong: str) -> None:
    over = events_over(text, word)
    assert any(e.type == type_ for e in over), describe(events(text))
    assert not any(e.type == wrong for e in over), describe(events(text))
