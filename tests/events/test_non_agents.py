"""Non-agents: natural forces, accidents and disease do not attack, coerce or destroy.

Every sentence is our own wording. "The earthquake killed eight", "people were killed in the
flood", "a fire destroyed 200 homes" report deaths and damage, not a political act: no event
at all, and certainly not an ASSAULT with an unknown attacker. The flip side: the same verbs
with a human hand behind them ("militants set fire to", "an explosion set off by rebels",
"the bombing killed") stay ASSAULT events.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect, expect_none

#: Natural forces, accidents and disease: no violent event (none at all where ``None``).
NO_ATTACKER = [
    pytest.param("An earthquake killed eight people in western Nepal on Friday.", None,
                 id="earthquake-killed"),
    pytest.param("The earthquake killed eight and injured dozens in eastern Turkey.", None,
                 id="the-earthquake-killed-eight"),
    pytest.param("Twelve people were killed in the floods in Kerala.", None,
                 id="killed-in-the-floods"),
    pytest.param("A fire destroyed 200 homes in Valparaiso overnight.", None,
                 id="fire-destroyed-homes"),
    pytest.param("Cyclone Freddy killed more than 400 people in Malawi and Mozambique.", None,
                 id="cyclone-killed"),
    pytest.param("A wildfire destroyed dozens of houses near Athens.", None,
                 id="wildfire-destroyed"),
    pytest.param("The eruption of Mount Merapi forced thousands of villagers from their "
                 "homes.", None, id="eruption-forced-out"),
    pytest.param("A landslide buried a village in Papua New Guinea, killing at least 30 "
                 "people.", None, id="landslide-killing"),
    pytest.param("Storms battered the coast of Bangladesh, leaving 15 dead.", None,
                 id="storms-battered"),
    pytest.param("An explosion at a chemical factory killed 12 workers in Tianjin.", None,
                 id="factory-explosion"),
    pytest.param("A bus crash killed 17 passengers on a mountain road in Peru.", None,
                 id="bus-crash"),
    pytest.param("Cholera has killed more than 300 people in Zambia this year.", None,
                 id="cholera-killed"),
    pytest.param("The drought destroyed crops across southern Madagascar.", None,
                 id="drought-destroyed"),
    pytest.param("Floodwaters swept away bridges and killed four in Libya's east.", None,
                 id="floodwaters-killed"),
    pytest.param("Five miners died when a gas explosion tore through a coal mine in "
                 "Colombia.", None, id="mine-gas-explosion"),
    pytest.param("The epidemic killed hundreds in eastern Congo.", None,
                 id="epidemic-killed"),
    pytest.param("A storm surge destroyed fishing boats along the coast of Odisha.", None,
                 id="storm-surge-destroyed"),
]


@pytest.mark.parametrize(("text", "forbidden"), NO_ATTACKER)
def test_natural_force_is_no_attacker(text: str, forbidden: str | None) -> None:
    expect_none(text, ("ASSAULT", "COERCE"))
    expect_none(text, forbidden)


def hand(id: str, text: str, *, source: Names | None = None):
    return pytest.param(text, source, id=id)


#: Near-misses: a human hand behind the fire, the blast or the killing: still ASSAULT.
HUMAN_HAND = [
    hand("militants-set-fire", "Militants set fire to a police station in Borno.",
         source="Militants"),
    hand("explosion-set-off-by-rebels", "An explosion set off by rebels damaged the pipeline "
         "near Tumaco.", source="rebels"),
    hand("the-bombing-killed", "The bombing killed eight at a market in Kabul."),
    hand("arson-by-settlers", "Settlers torched Palestinian homes in the village of Huwara.",
         source="Settlers"),
    hand("flood-of-shells", "Russian forces shelled Kherson after the floods, killing three.",
         source=("Russia",)),
    hand("fire-on-crowd", "Soldiers opened fire on a crowd in Mandalay, killing six.",
         source="Soldiers"),
]


@pytest.mark.parametrize(("text", "source"), HUMAN_HAND)
def test_a_human_hand_is_still_an_attack(text: str, source: Names | None) -> None:
    expect(text, "ASSAULT", source=source)


def test_natural_force_is_never_a_source() -> None:
    text = "Cyclone Idai killed hundreds in Mozambique, and the army rescued survivors."
    ex = events(text)
    named = {a.id for a in ex.actors if "idai" in a.name.lower()}
    assert not [e for e in ex.events if set(e.source) & named], describe(ex)


#: Workers on strike are no footballers: "strikers" (many) and "a stoppage" are words of
#: labour news too, and put a sentence in sport only beside another word of a game. (text,
#: type, a source): the act stays coded.
LABOUR_NOT_SPORT = [
    pytest.param("Minister Aivar Saar warned that if strikers blocked the motorway again, the "
                 "government would deploy the army.", "THREATEN", "Saar",
                 id="warned-if-strikers-blocked"),
    pytest.param("The stoppage began two days after Governor Marta Ilves warned that Tartu "
                 "would cut power to the port unless Riga paid its debts.", "THREATEN", "Ilves",
                 id="stoppage-after-warning"),
    pytest.param("Strikers clashed with police outside the port of Paldiski on Monday.",
                 "ASSAULT", "Strikers", id="strikers-clashed"),
    pytest.param("PALDISKI, May 3 (Baltic Wire) - Police threatened to arrest the strikers if "
                 "they blocked the gates again.", "THREATEN", "Police",
                 id="police-threatened-strikers"),
    pytest.param("Live: The stoppage at the Maardu refinery enters its third day; the "
                 "refinery's owner, Nordoil Group, has threatened to sack anyone who stays "
                 "away.", "THREATEN", "Nordoil",
                 id="liveblog-stoppage-sack-threat"),
    pytest.param("Riot police fired tear gas at strikers marching on the ministry in Tallinn.",
                 "ASSAULT", "police", id="tear-gas-at-strikers"),
    pytest.param("Union leaders said strikers had been attacked by masked men near the depot.",
                 ("ASSAULT", "COERCE"), None, id="strikers-attacked-by-masked-men"),
    pytest.param("Translation of a communique: the Interior Ministry warns the strikers that "
                 "any occupation of the plant will be broken up by force.", "THREATEN",
                 "Interior Ministry", id="communique-warns-strikers"),
]


@pytest.mark.parametrize(("text", "type_", "source"), LABOUR_NOT_SPORT)
def test_strikers_and_stoppages_are_labour_not_sport(text: str, type_: str | tuple[str, ...],
                                                     source: Names | None) -> None:
    expect(text, type_, source=source)


#: Near misses: a player, or a sentence with another word of a game, stays play.
SPORT_STAYS = [
    pytest.param("The striker launched an attack down the left wing.", id="the-striker-attacked"),
    pytest.param("The two strikers attacked the goal in stoppage time.", id="strikers-goal"),
    pytest.param("The striker shot past the keeper after the stoppage for an injury.",
                 id="striker-keeper-stoppage"),
    pytest.param("Both strikers fired at goal as the match went into stoppage time.",
                 id="strikers-fired-at-goal"),
]


@pytest.mark.parametrize("text", SPORT_STAYS)
def test_play_in_a_game_stays_no_violence(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE", "THREATEN"))
