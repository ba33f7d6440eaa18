"""The country of an unnamed force or a generic body from the words around it (issue 12
parts 5 and 6). Our own sentences, news style, three countries each.

* An unnamed national force ("the army", "the police") serves the country the story is about
  or the one its own sentence names, not a foreign country the sentence before names as a
  donor or a neighbour ("Rwanda sent aid. The army then attacked ..." in a Congolese story).
  Near misses: the sentence before names the story's own country; the force's own sentence
  names its country.
* A generic body ("the Supreme Court", "the National Assembly", "the Labour Party") placed by
  its own words: "in <town or country>" on its name ("the Supreme Court in Islamabad") or a
  sentence opening "In <country>," of which it is the subject. Near misses: "in <place>" on
  the verb of someone else's act, and bodies with nothing on them, which keep the country of
  the sentence before.

Rows: (text, the actor's name, its country).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of


def case(id: str, text: str, name: str, country: str | None):
    return pytest.param(text, name, country, id=id)


FORCES = [
    case("army-congo-after-rwandan-aid", "KINSHASA, May 4 (Reuters) - Congolese officials "
         "said the fighting had displaced thousands.\n\nRwanda sent food aid to the camps "
         "last week. The army then attacked rebel positions in the hills.", "army", "COD"),
    case("army-mali-after-french-supplies", "BAMAKO, March 2 (Reuters) - Malian officials "
         "said the raid had killed nine soldiers.\n\nFrance sent medical supplies on Monday. "
         "The army later shelled militant camps in the desert.", "army", "MLI"),
    case("police-haiti-after-canadian-vehicles", "PORT-AU-PRINCE, June 1 (Reuters) - Haitian "
         "officials said gangs had seized two more districts.\n\nCanada delivered armoured "
         "vehicles last month. The police then raided a gang hideout.", "police", "HTI"),
    # near misses: the sentence before names the story's own country, or the force's own
    # sentence names where it serves
    case("army-nigeria-own-country-before", "ABUJA, May 4 (Reuters) - Nigerian officials "
         "said the attack killed 12 villagers.\n\nNigeria asked Chad for help last week. The "
         "army then attacked the camps.", "army", "NGA"),
    case("army-goma-own-sentence", "Rwanda sent food aid to the region last week. The army "
         "then attacked rebel positions near Goma.", "army", "COD"),
    case("police-kenyan-in-own-sentence", "Uganda closed the border crossing on Monday. "
         "Kenyan police then blocked the highway near Busia.", "Kenyan police", "KEN"),
]

BODIES = [
    case("supreme-court-in-islamabad", "Britain's Labour Party won the by-election. The "
         "Supreme Court in Islamabad ruled on Tuesday that the vote was valid.",
         "Supreme Court", "PAK"),
    case("national-assembly-in-caracas", "Colombia's president called for talks on Monday. "
         "The National Assembly in Caracas rejected the offer.", "National Assembly", "VEN"),
    case("labour-party-in-britain", "The National Assembly of Pakistan passed the budget. In "
         "Britain, the Labour Party rejected the plan.", "Labour Party", "GBR"),
    case("national-assembly-in-malawi", "Zambia's Supreme Court upheld the result on Monday. "
         "In Malawi, the National Assembly passed a motion of censure.", "National Assembly",
         "MWI"),
    case("constitutional-court-in-kampala", "Kenya's parliament approved the bill on Monday. "
         "The Constitutional Court in Kampala struck down a similar law.",
         "Constitutional Court", "UGA"),
    # near misses: no words of its own on the body, or "in <place>" on another's act
    case("national-assembly-after-kenya", "Kenya's Supreme Court annulled the vote. The "
         "National Assembly said it would respect the ruling.", "National Assembly", "KEN"),
    case("supreme-court-ghana-nigerian-firm", "Ghana's parliament met on Monday. The Supreme "
         "Court said a Nigerian company had broken the law.", "Supreme Court", "GHA"),
    case("labour-party-protesters-in-london", "Nigeria's Labour Party rejected the result on "
         "Monday. Supporters of the Labour Party marched in Lagos.", "Labour Party", "NGA"),
]


def _country(text: str, name: str) -> str | None:
    ex = actors_of(text)
    found = [a for a in ex.actors if a.name == name or name in a.aliases]
    assert len(found) == 1, [(a.name, a.aliases, a.country) for a in ex.actors]
    return found[0].country


@pytest.mark.parametrize(("text", "name", "country"), FORCES)
def test_an_unnamed_force_serves_the_story_not_the_donor_before(text, name, country) -> None:
    assert _country(text, name) == country


@pytest.mark.parametrize(("text", "name", "country"), BODIES)
def test_a_generic_body_is_placed_by_its_own_words(text, name, country) -> None:
    assert _country(text, name) == country
