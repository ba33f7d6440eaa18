"""Town names several countries give, and the state across a border (issue 12, class 3 of
the fresh-text audit; ``actors/homonyms``): a town is the one of the country its own words
or its report give it ("Tripoli" in a report from Beirut is Lebanon's, "Busia, a Ugandan
border town" Uganda's), and the state named in "near the border with Somalia" is where
neither the act nor its unnamed doers are. Our own sentences.

Rows: (text, mention, occurrence, country): the actor of that occurrence of the mention is
coded to that country.
"""

from __future__ import annotations

import re

import pytest

from .helpers import actors_of


def _country_of(text: str, mention: str, nth: int) -> str | None:
    found = list(re.finditer(rf"\b{mention}\b", text))
    assert len(found) > nth, mention
    at = found[nth].start()
    ex = actors_of(text)
    hits = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    assert hits, ex.actors
    return hits[0].country


#: Rows: the town is in the country its words or its report give it.
TOWNS = [
    ("BEIRUT (Reuters) - Lebanese troops clashed with gunmen in Tripoli on Sunday. The army "
     "said it arrested six men in Tripoli.", "Tripoli", 0, "LBN"),
    ("TRIPOLI, Lebanon - Gunmen attacked a bank in Tripoli on Sunday.", "TRIPOLI", 0, "LBN"),
    ("Clashes broke out in Tripoli, Lebanon, on Sunday between rival gunmen.", "Tripoli", 0,
     "LBN"),
    ("ISLAMABAD - Pakistani police in Hyderabad arrested nine men on Friday, the provincial "
     "government said.", "Hyderabad", 0, "PAK"),
    ("Pakistani police said on Friday they had arrested nine men in Hyderabad. Pakistan's "
     "interior minister praised the arrests.", "Hyderabad", 0, "PAK"),
    ("MADRID - Spanish farmers marched in Valencia on Saturday against cheap imports.",
     "Valencia", 0, "ESP"),
    ("MADRID - Spanish police in Cordoba detained two men over the theft of paintings.",
     "Cordoba", 0, "ESP"),
    ("CARACAS - Venezuelan troops deployed in Merida on Monday after protests over fuel "
     "shortages.", "Merida", 0, "VEN"),
    ("SANTO DOMINGO - Dominican police dispersed protesters in Santiago on Monday.",
     "Santiago", 0, "DOM"),
    ("Police in Busia, a Ugandan border town, arrested 12 traders on Monday.", "Busia", 0,
     "UGA"),
]
#: Near misses: a report naming the gazetteer's town's country, or naming the other
#: country only once, keeps it (and only in its dateline: ``test_border_places``).
TOWNS_KEPT = [
    ("Libyan militias clashed in Tripoli on Sunday. Lebanon's foreign ministry urged calm.",
     "Tripoli", 0, "LBY"),
    ("Indian police arrested nine men in Hyderabad on Friday; Pakistan denied any link.",
     "Hyderabad", 0, "IND"),
    ("Kenyan police arrested four men in Busia on Tuesday. Uganda said the men were its "
     "citizens.", "Busia", 0, "KEN"),
]
#: Rows: unnamed doers and victims near a border are not the neighbour's.
BORDERS = [
    ("Police arrested four men near the border with Somalia on Tuesday, the Kenyan interior "
     "ministry said.", "Police", 0, "KEN"),
    ("NAIROBI - Police arrested four men near the border with Somalia on Tuesday.", "men", 0,
     None),
    ("Security forces detained 20 migrants near the border with Guinea, Sierra Leone's police "
     "chief said.", "Security forces", 0, "SLE"),
    ("Soldiers shot dead two smugglers near the frontier with Venezuela, Colombia's army "
     "said.", "Soldiers", 0, "COL"),
    # the neighbour's adjective on a border noun is the same neighbour
    ("Police arrested four men near the Somali border on Tuesday, the Kenyan interior "
     "ministry said.", "Police", 0, "KEN"),
    ("Soldiers shot dead two smugglers near the Venezuelan frontier, Colombia's army said.",
     "Soldiers", 0, "COL"),
    ("Gendarmes detained 14 migrants close to the Malian border overnight, Senegal's police "
     "said.", "Gendarmes", 0, "SEN"),
]
#: Rows: a side, bank or soil of a border names a place, not whose the force is: its
#: sentence gives the force no country (at most the report's, a guess).
SIDES = [
    ("A herder who ran back to the Ugandan side told reporters the soldiers had fired first.",
     "soldiers"),
    ("Two fishermen who reached the Cameroonian bank said the soldiers had sunk their canoe.",
     "soldiers"),
    ("Villagers who fled onto Thai soil said the troops had burned the school.", "troops"),
]
#: Near misses: a force's own nationality, civilians of a side, a border force's country.
BORDERS_KEPT = [
    ("Kenyan soldiers fired on herders near the Ugandan border on Sunday.", "soldiers", 0,
     "KEN"),
    ("Residents on the Kenyan side said the soldiers had burned their huts.", "Residents", 0,
     "KEN"),
    ("Ugandan border police arrested four traders at Malaba on Monday.", "police", 0, "UGA"),
    ("Hundreds of migrants waited near the Greek border with Turkey. The Coast Guard said it "
     "had stopped six boats.", "Coast Guard", 0, "GRC"),
    ("NAIROBI - Kenyan police arrested four smugglers on Monday. The ministry said the men "
     "had crossed at night.", "ministry", 0, "KEN"),
]


@pytest.mark.parametrize(("text", "mention", "nth", "country"), TOWNS + TOWNS_KEPT)
def test_a_town_is_in_the_country_of_its_report(text, mention, nth, country) -> None:
    assert _country_of(text, mention, nth) == country


@pytest.mark.parametrize(("text", "mention", "nth", "country"), BORDERS + BORDERS_KEPT)
def test_the_state_across_a_border_places_no_one(text, mention, nth, country) -> None:
    assert _country_of(text, mention, nth) == country


@pytest.mark.parametrize(("text", "mention"), SIDES)
def test_the_side_of_a_border_gives_a_force_no_country(text, mention) -> None:
    at = text.index(mention)
    hits = [a for a in actors_of(text).actors if any(m.start <= at < m.end for m in a.mentions)]
    assert hits
    assert hits[0].country is None or hits[0].country_basis == "report", hits[0]
