"""Killing told in the euphemisms of security communiqués (CAMEO 18x, ASSAULT).

Armies, police and armed groups rarely write "killed": they "neutralise" fighters,
"eliminate" or "liquidate" a commander, a drone "takes out" a sniper. Each is ASSAULT (the
CAMEO code of killing, 180, as "kill") by the force that acts, against the people it names.
The same verbs with a thing as object are no violence: a bomb squad neutralising a device,
a ministry eliminating a backlog or subsidies, a firm liquidated, a lead taken out of a race.

Every sentence is our own wording, news style, with invented towns, people and groups.
Rows: (text, trigger word, source name or None). Near misses: (text, trigger word).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at, expect_none_at, problems


def case(id: str, text: str, trigger: str, source: str | None):
    return pytest.param(text, trigger, source, id=id)


FIRES = [
    case("neutralised-militants", "Nigerian troops neutralised five militants near the town "
         "of Garkassa on Tuesday.", "neutralised", "Nigeria"),
    case("neutralized-gunman", "Police in Sornevo neutralized a gunman who had fired on "
         "shoppers.", "neutralized", "Police"),
    case("eliminated-commander", "Malian soldiers eliminated a senior commander of the "
         "Tessit Brigade, the army said.", "eliminated", "Mali"),
    case("eliminated-terrorists", "The Burkinabe army eliminated dozens of terrorists in "
         "the Lorvani forest last week.", "eliminated", "army"),
    case("took-out-commander", "A Ukrainian drone took out a Russian battalion commander near "
         "Velyka Zorya.", "took", "Ukrain"),
    case("taking-out-sniper", "Special forces in Ardakh took out two snipers on the roof of "
         "the mill.", "took", "Special forces"),
    case("liquidated-cell", "Russian forces said they had liquidated a cell of saboteurs in "
         "the village of Kozhelo.", "liquidated", "Russia"),
    case("neutralised-passive", "Four jihadists were neutralised by Nigerien soldiers near "
         "Tambara on Sunday.", "neutralised", "Niger"),
]

MISSES = [
    pytest.param("Engineers neutralised an explosive device planted on the road to Kessa.",
                 "neutralised", id="neutralised-device"),
    pytest.param("The ministry eliminated the backlog of visa requests in Orvaldo.",
                 "eliminated", id="eliminated-backlog"),
    pytest.param("Kenya eliminated fuel subsidies last year.", "eliminated",
                 id="eliminated-subsidies"),
    pytest.param("Creditors liquidated the Tessor shipping company in March.", "liquidated",
                 id="liquidated-company"),
    pytest.param("The council took out a loan to rebuild the bridge at Darrow.", "took",
                 id="took-out-loan"),
    pytest.param("Chile eliminated Peru from the tournament on Sunday.", "eliminated",
                 id="eliminated-from-tournament"),
]


@pytest.mark.parametrize("text, trigger, source", FIRES)
def test_euphemism_is_assault(text: str, trigger: str, source: str | None) -> None:
    expect_at(text, trigger, "ASSAULT", source=source)
    assert not problems(events(text))


@pytest.mark.parametrize("text, trigger", MISSES)
def test_things_removed_are_no_assault(text: str, trigger: str) -> None:
    expect_none_at(text, trigger, "ASSAULT")
