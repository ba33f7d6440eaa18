"""A name that is the name of a state's force noun ("Nepal's Tarai Guard *border force*", "the
Chilean Los Andes *police unit*") is that state's force: it takes the country of the
possessive or adjective on the noun and the noun's sector (``actor_nouns.csv``). Near misses:
a rebel group that owns a unit ("the Arakan Army's border unit") keeps its own; a name before a
noun of no state force ("Kenya's Safaricom sales team") takes nothing; a person is no force
(his sector is his title's).
Our own sentences.

Rows: ``coded`` (the actor so named has this sector and country).
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of


def coded(id: str, text: str, name: str, sector: str | None, country: str | None):
    return pytest.param(text, name, sector, country, id=id)


ROWS = [
    coded("possessive-border-force",
          "Bhutan's Druk Suraksha Dal (DSD) border force said its patrol fired no shots.",
          "Druk Suraksha Dal", "COP", "BTN"),
    coded("possessive-police-unit",
          "Kenya's Rapid Deployment Unit police arrested six herders near Isiolo on Monday.",
          "Rapid Deployment Unit", "COP", "KEN"),
    coded("possessive-police-then-noun",
          "Peru's Dirandro police unit seized two tonnes of cocaine in the Vraem valley.",
          "Dirandro", "COP", "PER"),
    coded("possessive-police-unit-2",
          "Tanzania's Field Force Unit police dispersed the opposition rally in Arusha.",
          "Field Force Unit", "COP", "TZA"),
    # near misses
    coded("rebel-owner", "The Arakan Army's border unit seized two boats on the Naf river.",
          "Arakan Army", "REB", "MMR"),
    coded("rebel-word-between", "Myanmar's Arakan Army rebel unit overran a police post.",
          "Arakan Army", "REB", "MMR"),
    coded("company-team", "Kenya's Safaricom sales team visited the county offices.",
          "Safaricom", None, None),
    coded("person", "Ram Thapa, a Nepali border force officer, spoke to reporters.",
          "Ram Thapa", "MIL", "NPL"),
]


@pytest.mark.parametrize(("text", "name", "sector", "country"), ROWS)
def test_a_name_of_a_state_force_noun_is_that_state_force(text, name, sector, country) -> None:
    a = actor_named(actors_of(text), name)
    assert (a.sector, a.country) == (sector, country), a



# The force's noun phrase around its name is that named force told with its noun, not a
# second actor beside it; the acronym it defines in brackets is the name's.
ONE_FORCE = [
    pytest.param("Nepali police said personnel of Bhutan's Druk Suraksha Dal (DSD) border force "
                 "had fired the shots. The DSD denied it.",
                 "Druk Suraksha Dal", "DSD", id="bhutan"),
    pytest.param("A farmer was wounded and Thai police said men of Laos's Kong Kamlang Chaiden "
                 "(KKC) border force had fired the shots. The KKC denied it.",
                 "Kong Kamlang Chaiden", "KKC", id="laos"),
    pytest.param("Villagers said soldiers of Chad's Garde Frontaliere Nomade (GFN) border force "
                 "had burned the huts. The GFN denied it.",
                 "Garde Frontaliere Nomade", "GFN", id="chad"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), ONE_FORCE)
def test_the_named_forces_noun_phrase_is_the_named_force(text, name, acronym) -> None:
    ex = actors_of(text)
    a = actor_named(ex, name)
    assert acronym in a.aliases, a
    assert [b.id for b in ex.actors if any(name in x for x in b.aliases)] == [a.id], ex.actors
