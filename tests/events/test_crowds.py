"""Who riots (``events.crowds.crewed`` via the events stage): a riot (PROTEST 145) is civilian
dissent done by a crowd ("protesters", "rioters", "students", "youths"), never by the crew of a
ship acting as such: sailors, seamen or a crew that fire, shoot or attack do an ASSAULT of
their ship's side, no riot (PLOVER_NOTES: PROTEST is civilian dissent). Neither do soldiers,
police, coast guards or armed groups. Our own sentences; a row names the act's word, whether
a riot is told on it and whether an ASSAULT is."""

from __future__ import annotations

import pytest

from .helpers import describe, events


def row(id: str, text: str, word: str, riot: bool, assault: bool = True):
    return pytest.param(text, word, riot, assault, id=id)


RIOTS = [
    # a ship's crew firing or attacking: an ASSAULT, no riot
    row("sailors-warning-shots", "Fijian sailors fired three warning shots at a trawler off "
        "Lau on Wednesday.", "fired", False),
    row("sailors-attacked-boat", "Sri Lankan sailors attacked an Indian fishing boat near "
        "Katchatheevu on Sunday.", "attacked", False),
    row("sailors-shot-at", "Witnesses said sailors shot at the dinghy before dawn.", "shot",
        False),
    row("crew-opened-fire", "The crew of the patrol boat opened fire on the smugglers near "
        "Lampedusa.", "opened", False),
    row("seamen-denied", "Manila denied that its seamen had fired at the Chinese vessel.",
        "fired", False),
    # state forces and armed groups never riot
    row("coastguard-fired", "The Greek coastguard fired at a speedboat off Lesbos on "
        "Friday.", "fired", False),
    row("soldiers-attacked", "Malian soldiers attacked a camp near Mopti on Monday.",
        "attacked", False),
    # near misses: crowds that fire, throw or attack riot, besides the ASSAULT
    row("protesters-fireworks", "Protesters fired fireworks at police in Belgrade on "
        "Saturday.", "fired", True),
    row("youths-shots", "Youths fired shots into the air in Conakry on Thursday.", "fired",
        True),
    row("students-attacked-station", "Angry students attacked a police station in Dhaka on "
        "Sunday, injuring six officers.", "attacked", True),
    row("rioters-stones", "Rioters threw stones at police in Dakar on Friday.", "threw", True,
        False),
]


@pytest.mark.parametrize(("text", "word", "riot", "assault"), RIOTS)
def test_who_riots(text: str, word: str, riot: bool, assault: bool) -> None:
    ex = events(text)
    on = [e for e in ex.events if text[e.start:e.end].split()[0] == word]
    rioted = any(e.type == "PROTEST" and e.cameo_code == "145" for e in on)
    assert rioted == riot, describe(ex)
    if assault:
        assert any(e.type == "ASSAULT" for e in on), describe(ex)
