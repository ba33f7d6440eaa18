"""A ship named after its vessel noun or its prefix is a vessel: an organisation-like actor of
the state whose flag it flies (or, failing a flag, whose people own it or whose adjective it
carries), with the sector of its noun, never a person or a place ("the Liberian-flagged tanker
*Sea Falcon*", "the *MV Ruen*, a Maltese-flagged bulk carrier", "the Russian frigate *Admiral
Essen*"). Near misses: a person after a noun of a trade that only mentions a vessel ("tanker
driver John Mensah"), a person apposed to a ship's office ("the ship's captain, Ivan Petrov"),
a day after the vessel noun ("seized the tanker Tuesday"). Our own sentences
(``actors.vessels``).

Rows: ``ship`` (the actor so named is an ORG of this country and sector).
"""

from __future__ import annotations

import pytest

from actorgraph.actors.tables import word_table
from actorgraph.actors.vessels import vessel_noun

from ..events.helpers import expect, expect_none
from .helpers import actor_named, actors_of


def ship(id: str, text: str, name: str, country: str | None, sector: str | None):
    return pytest.param(text, name, country, sector, id=id)


SHIPS = [
    ship("flagged-tanker", "Iranian naval forces seized the Liberian-flagged tanker Sea Falcon "
         "in the Gulf of Oman on Thursday.", "Sea Falcon", "LBR", "BUS"),
    ship("owned-carrier", "Houthi rebels attacked the Greek-owned bulk carrier Eternity Star in "
         "the Red Sea.", "Eternity Star", "GRC", "BUS"),
    ship("flagged-cargo-ship-one-word", "Venezuelan authorities detained the Panamanian-flagged "
         "cargo ship Marisol off the coast of Falcon state.", "Marisol", "PAN", "BUS"),
    ship("national-supply-boat", "The Chinese coast guard rammed the Philippine supply boat "
         "Unaizah May near Second Thomas Shoal.", "Unaizah May", "PHL", "BUS"),
    ship("warship-with-a-title-word", "Ukraine said it struck the Russian frigate Admiral Essen "
         "off Sevastopol.", "Admiral Essen", "RUS", "MIL"),
    ship("prefix-and-apposed-noun", "Somali pirates hijacked the MV Ruen, a Maltese-flagged "
         "bulk carrier, in the Arabian Sea.", "MV Ruen", "MLT", "BUS"),
    ship("country-name-flag", "Greek coastguards boarded the Togo-flagged freighter Blue Horizon "
         "near Crete.", "Blue Horizon", "TGO", "BUS"),
    ship("fishing-boat", "Sri Lankan sailors arrested the Indian trawler Sagar Rani off Jaffna.",
         "Sagar Rani", "IND", "AGR"),
    # nouns the events stage always read as vessels (a ship sailed, not a doer) name ships too
    ship("national-gunboat", "Eritrean sailors fired on the Ethiopian gunboat Red Star near "
         "Assab.", "Red Star", "ETH", "MIL"),
    ship("flagged-yacht", "Turkish coastguards boarded the Maltese-flagged yacht Blue Lady off "
         "Bodrum.", "Blue Lady", "MLT", "CVL"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), SHIPS)
def test_a_named_ship_is_a_vessel_of_its_flag(text, name, country, sector) -> None:
    a = actor_named(actors_of(text), name)
    assert (a.kind, a.country, a.sector) == ("ORG", country, sector), a


def test_one_definition_of_a_vessel_noun() -> None:
    """The nouns that name a ship before its name are the nouns the events stage reads as a
    vessel sailed by its crew (``events.doers.vessel``): one table, ``vessel_nouns``."""
    table = word_table("names.yaml", "vessel_nouns")
    nouns = {w for w in table if " " not in w}
    assert {"ship", "boat", "dhow", "gunboat", "yacht", "tug"} <= nouns  # both lists' words
    assert set(table.values()) <= {"BUS", "MIL", "COP", "AGR", "CVL"}
    assert all(vessel_noun(w) for w in nouns)
    assert not vessel_noun("tank") and not vessel_noun("convoy")


def test_a_seized_ship_is_the_target_and_its_flag_no_second_one() -> None:
    text = ("The Liberian-flagged tanker Sea Falcon was seized by Iranian naval forces in the "
            "Gulf of Oman on Thursday.")
    expect(text, ("COERCE", "ASSAULT"), source="Iranian", target="Sea Falcon")
    expect_none(text, ("COERCE", "ASSAULT"), target="Liberia")


def test_a_ships_crew_are_people_acted_on() -> None:
    text = ("Venezuelan authorities detained the crew of the Panamanian-flagged cargo ship "
            "Marisol off the coast of Falcon state.")
    expect(text, "COERCE", source="Venezuelan", target="crew")
    expect_none(text, "COERCE", target="Marisol")


PEOPLE = [
    pytest.param("Police in Tema arrested tanker driver John Mensah on Monday.", "John Mensah",
                 id="trade-noun-before-a-person"),
    pytest.param("The ship's captain, Ivan Petrov, was detained in Odesa.", "Ivan Petrov",
                 id="ship-office-apposed"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_person_near_a_vessel_word_stays_a_person(text, name) -> None:
    assert actor_named(actors_of(text), name).kind == "PERSON"


def test_a_day_after_the_vessel_noun_is_no_ship() -> None:
    ex = actors_of("Yemeni coastguards seized the tanker Tuesday near Mokha.")
    assert not any(a.name == "Tuesday" for a in ex.actors), ex.actors
