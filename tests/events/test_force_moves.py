"""Forces moving in with no verb of sending: MOBILIZE by the force (CAMEO 153, 154).

CAMEO 15 codes a rise of military or police presence (154 armed forces, 153 police). News
tells it with verbs of motion whose subject is the force itself: troops "poured into" a
district, soldiers "fanned out" across a town, police "converged on" a square, armour "took up
positions" along a road or "rolled into" a town, reinforcements "arrived in" a place, and
forces "brought in" or "rushed" there by someone unnamed. The mover is the source; the place
it moves into, when it is an actor, the target.

Near misses: the same verbs with a subject that is no force as a body. A chief or an envoy who
arrives visits; crowds that pour into streets protest; fans, refugees and money that pour or
stream in are no political act of that kind; a single officer who arrives is no build-up.
Every sentence is our own wording, with invented places where a name is not needed.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, expect, expect_none_at


def row(id: str, text: str, word: str, source: str | tuple[str, ...] | None,
        code: str):
    return pytest.param(text, word, source, code, id=id)


MOVES = [
    row("poured-into", "Troops poured into the Tarvel district overnight after the clashes.",
        "poured", "Troops", "154"),
    row("police-poured-into", "Kenyan police poured into Kibera after the killings.",
        "poured", "police", "153"),
    row("fanned-out", "Soldiers fanned out across the town of Keshwa after the ambush.",
        "fanned out", "Soldiers", "154"),
    row("gendarmes-fanned", "Gendarmes fanned out across the Mbeli district.",
        "fanned out", "Gendarmes", "153"),
    row("converged-on", "Hundreds of riot police converged on the capital's main square.",
        "converged", "riot police", "153"),
    row("took-up-positions", "Soldiers took up positions around the parliament in Freetown.",
        "took up", "Soldiers", "154"),
    row("armour-positions", "Nigerian armoured vehicles took up positions along the road on "
        "Sunday.", "took up", ("Nigeria", "armoured"), "154"),
    row("streamed-into", "Hundreds of Malian soldiers streamed into the town of Tessit.",
        "streamed", "soldiers", "154"),
    row("rolled-into", "Troops rolled into the Ashvar valley at dawn, residents said.",
        "rolled", "Troops", "154"),
    row("reinforcements-arrived", "Police reinforcements arrived in Kano as the protests "
        "spread.", "reinforcements arrived", "reinforcements", "153"),
    row("military-reinforcements-arrived", "Military reinforcements arrived in Kano.",
        "reinforcements arrived", "reinforcements", "154"),
    row("headline-present", "Troops pour into Kano after jailbreak", "pour", "Troops", "154"),
    row("brought-in", "Extra police were brought in from neighbouring districts, the "
        "governor of Kano said.", "brought in", None, "153"),
    row("rushed", "Troops were rushed to Kano after the attack.", "rushed", "Troops", "154"),
]


@pytest.mark.parametrize("text, word, source, code", MOVES)
def test_force_moving_in_is_mobilize(text: str, word: str,
                                     source: str | tuple[str, ...] | None,
                                     code: str) -> None:
    event = expect(text, "MOBILIZE", source=source)
    assert text[event.start:event.end].startswith(word) or \
        text[event.start:event.end].endswith(word), describe(events(text))
    assert (event.cameo_code or "").startswith(code), describe(events(text))


PLACED = [
    pytest.param("Kenyan police poured into Kibera after the killings.", "Kibera",
                 id="police-into-kibera"),
    pytest.param("Soldiers took up positions around the parliament in Freetown.", "Freetown",
                 id="positions-in-freetown"),
    pytest.param("Troops were rushed to Kano after the attack.", "Kano", id="rushed-to-kano"),
]


@pytest.mark.parametrize("text, place", PLACED)
def test_the_place_moved_into_is_the_target(text: str, place: str) -> None:
    expect(text, "MOBILIZE", target=place)


NOT_FORCES = [
    pytest.param("The army chief arrived in Kano for talks with the governor.", "arrived",
                 id="chief-visits"),
    pytest.param("The UN envoy arrived in Kano.", "arrived", id="envoy-visits"),
    pytest.param("The police commissioner arrived in Kano on Monday.", "arrived",
                 id="commissioner-arrives"),
    pytest.param("Protesters poured into the streets of Bamako.", "poured",
                 id="protesters-pour"),
    pytest.param("Thousands of fans poured into the stadium in Kano.", "poured",
                 id="fans-pour"),
    pytest.param("Refugees streamed into Chad from Darfur.", "streamed", id="refugees-stream"),
    pytest.param("Foreign investors poured money into Kenya's bonds.", "poured",
                 id="money-poured"),
    pytest.param("Chinese firms moved into the Zambian copper sector.", "moved",
                 id="firms-move-in"),
    pytest.param("The soldiers' families arrived in Kano.", "arrived", id="families-arrive"),
]


@pytest.mark.parametrize("text, word", NOT_FORCES)
def test_movers_that_are_no_force_mobilize_nothing(text: str, word: str) -> None:
    expect_none_at(text, word, "MOBILIZE")


def test_crowd_pouring_into_streets_still_protests() -> None:
    expect("Protesters poured into the streets of Bamako.", "PROTEST", source="Protesters")
