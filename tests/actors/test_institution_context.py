"""Bodies many states have, named as if one state owned them (issue 12: actors out of
context). Our own sentences, news style.

Many states have a Congress (Honduras, Guatemala, Peru, Colombia, Chile, Mexico, the
Philippines, Argentina, Brazil), a National Congress, a Senate, a Supreme Court, a National
Guard, a Coast Guard, a Border Police or a Health Ministry. Such a name codes a sector and,
like every generic body (``institutions.csv``), takes its country from context: an "of
<country>" or "in <city>" on the mention, a possessive or an adjective ("Honduras's
Congress", "the Peruvian Congress", "the US Congress"), the country the report is about; only
a report that points nowhere else leaves a bare "Congress" to the country English news means
by it (the United States). Near misses: the US Congress named so in a Honduran story stays
American, parties named "Congress" keep their own country, and "a congress of the ruling
party" is a meeting, no legislature. Each case: (text, the actor's alias, country, sector).
"""

from __future__ import annotations

import pytest

from actorgraph.actors import get
from actorgraph.records import Extraction

from .helpers import actors_of


def case(id: str, text: str, name: str, country: str | None, sector: str):
    return pytest.param(text, name, country, sector, id=id)


def coded(ex: Extraction, name: str) -> tuple[str | None, str | None]:
    """(country, sector) of the one organisation or group actor whose name is ``name``."""
    found = [a for a in ex.actors if a.kind in ("ORG", "GROUP")
             and any(name.lower() == alias.lower() for alias in (a.name, *a.aliases))]
    assert len(found) == 1, f"{name!r}: {[(a.name, a.aliases, a.country) for a in ex.actors]}"
    return found[0].country, found[0].sector


CONGRESS = [
    case("congress-honduras-city", "About 2,000 dockworkers marched to the National Congress "
         "in Tegucigalpa on Friday.", "National Congress", "HND", "LEG"),
    case("congress-honduras-possessive", "Honduras's Congress approved the new budget late on "
         "Tuesday.", "Congress", "HND", "LEG"),
    case("congress-peru-adjective", "The Peruvian Congress voted to remove the president from "
         "office.", "Congress", "PER", "LEG"),
    case("congress-colombia-of", "The Congress of Colombia approved the peace accord after a "
         "long debate.", "Congress of Colombia", "COL", "LEG"),
    case("congress-guatemala-possessive", "Guatemala's Congress refused to lift the "
         "prosecutor's immunity.", "Congress", "GTM", "LEG"),
    case("congress-mexico-adjective", "The Mexican Congress passed the judicial reform on "
         "Wednesday.", "Mexican Congress", "MEX", "LEG"),
    case("congress-philippines-possessive", "The Philippines' Congress opened its new session "
         "on Monday.", "Congress", "PHL", "LEG"),
    case("congress-argentina-paragraph", "Thousands of pensioners rallied in Buenos Aires on "
         "Wednesday. Congress later upheld the president's veto.", "Congress", "ARG", "LEG"),
    case("congress-peru-lima", "Lawmakers in Lima said Congress would vote on the motion "
         "on Thursday.", "Congress", "PER", "LEG"),
    case("congress-chile-national", "Chile's National Congress sits in the port city of "
         "Valparaiso.", "National Congress", "CHL", "LEG"),
    case("congress-brazil-national", "Brazil's National Congress approved the tax reform "
         "after months of talks.", "National Congress", "BRA", "LEG"),
    case("congress-guatemala-story", "Guatemalan President Bernardo Arevalo vetoed the "
         "bill on Monday. Congress is expected to override the veto.", "Congress", "GTM",
         "LEG"),
    case("congress-us-bare", "Congress passed the spending bill hours before the deadline.",
         "Congress", "USA", "LEG"),
    case("congress-us-washington", "Congress returned to Washington on Monday after the "
         "summer recess.", "Congress", "USA", "LEG"),
    case("congress-us-adjective", "The US Congress passed the defense bill on Friday.",
         "Congress", "USA", "LEG"),
    # a country the body's own act is aimed at is not its country
    case("congress-us-sanctions-on", "Congress voted to impose new sanctions on Iran.",
         "Congress", "USA", "LEG"),
    case("congress-us-sanctions-against", "The president urged Congress to pass sanctions "
         "against Russia.", "Congress", "USA", "LEG"),
    case("congress-us-aid-for", "Congress approved $60 billion in aid for Ukraine on "
         "Saturday.", "Congress", "USA", "LEG"),
    # near misses: the US Congress in a Honduran story, a Honduran story that mentions
    # Washington
    case("congress-us-in-honduran-story", "Honduran lawmakers met in Tegucigalpa on Monday. "
         "The US Congress has frozen part of its aid to Honduras.", "Congress", "USA",
         "LEG"),
    case("congress-honduras-story-mentions-washington", "Honduras's president faced protests "
         "in Tegucigalpa on Monday. Congress voted to extend the state of emergency, a move "
         "Washington criticised.", "Congress", "HND", "LEG"),
    case("congress-party-india", "The Congress Party won the state election in Karnataka.",
         "Congress Party", "IND", "PTY"),
    case("congress-anc", "The African National Congress lost its majority for the first "
         "time.", "African National Congress", "ZAF", "PTY"),
    case("congress-npc-china", "The National People's Congress approved the new law in "
         "Beijing.", "National People's Congress", "CHN", "LEG"),
    case("congress-apc-nigeria", "The All Progressives Congress picked its candidate in "
         "Abuja.", "All Progressives Congress", "NGA", "PTY"),
]

SENATES_COURTS = [
    case("senate-philippines-of", "The Senate of the Philippines approved the bill on "
         "Tuesday.", "Senate", "PHL", "LEG"),
    case("senate-mexico-adjective", "The Mexican Senate ratified the trade agreement.",
         "Mexican Senate", "MEX", "LEG"),
    case("senate-colombia-bogota", "The Senate in Bogota rejected the labour reform.",
         "Senate", "COL", "LEG"),
    case("supreme-court-manila", "The Supreme Court in Manila ruled against the plan.",
         "Supreme Court", "PHL", "JUD"),
    case("supreme-court-brazil", "Brazil's Supreme Court ordered the platform to be "
         "suspended.", "Supreme Court", "BRA", "JUD"),
    case("constitutional-court-peru", "Peru's Constitutional Court blocked the pardon.",
         "Constitutional Court", "PER", "JUD"),
]

FORCES = [
    case("national-guard-us", "The US National Guard was deployed to the border on "
         "Sunday.", "National Guard", "USA", "MIL"),
    case("national-guard-venezuela", "Venezuela's National Guard fired tear gas at "
         "protesters in Caracas.", "National Guard", "VEN", "MIL"),
    case("national-guard-ukraine", "Ukraine's National Guard said it had repelled an "
         "attack near Kharkiv.", "National Guard", "UKR", "MIL"),
    case("national-guard-mexico-paragraph", "Gunmen ambushed a convoy in Sinaloa, Mexico, "
         "on Monday. The National Guard said four officers were wounded.", "National Guard",
         "MEX", "MIL"),
    case("coast-guard-italy", "The Italian Coast Guard rescued 40 migrants off Lampedusa.",
         "Coast Guard", "ITA", "COP"),
    case("coast-guard-philippines", "The Philippine Coast Guard accused Chinese ships of "
         "blocking its vessels.", "Coast Guard", "PHL", "COP"),
    case("coast-guard-us", "The US Coast Guard searched for the missing fishermen.",
         "Coast Guard", "USA", "COP"),
    case("coast-guard-greece-paragraph", "A boat carrying migrants sank off Greece on "
         "Wednesday. The Coast Guard said 78 people had drowned.", "Coast Guard", "GRC", "COP"),
    case("border-police-israel", "Israel's Border Police arrested three men in East "
         "Jerusalem.", "Border Police", "ISR", "COP"),
    case("border-police-india", "The Indian Border Police said the patrol had been "
         "attacked.", "Border Police", "IND", "COP"),
    case("border-police-poland-paragraph", "Hundreds of migrants camped near the Polish "
         "border with Belarus. The Border Police said it had stopped 200 crossings.",
         "Border Police", "POL", "COP"),
]

MINISTRIES = [
    case("health-ministry-gaza", "The Palestinian Health Ministry said 20 people had been "
         "killed.", "Health Ministry", "PSE", "GOV"),
    case("health-ministry-brazil", "Brazil's Health Ministry confirmed the first case of "
         "the virus.", "Health Ministry", "BRA", "GOV"),
    case("health-ministry-of-lebanon", "The Ministry of Health of Lebanon said the strikes "
         "had wounded 30 people.", "Ministry of Health", "LBN", "GOV"),
    case("health-ministry-no-clue", "The Health Ministry said the outbreak was under "
         "control.", "Health Ministry", None, "GOV"),
]

CASES = CONGRESS + SENATES_COURTS + FORCES + MINISTRIES


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_generic_body_takes_its_country_from_context(
    text: str, name: str, country: str | None, sector: str
) -> None:
    assert coded(actors_of(text), name) == (country, sector)


@pytest.mark.parametrize("text", [
    "Delegates gathered in Beijing for a congress of the ruling party.",
    "The party will hold its congress in Hanoi next January.",
])
def test_a_congress_of_a_party_is_a_meeting_not_a_legislature(text: str) -> None:
    ex = actors_of(text)
    assert not [a for a in ex.actors if a.sector == "LEG"], ex.actors


def test_two_congresses_in_one_story_stay_apart() -> None:
    ex = actors_of("The US Congress sent a delegation to meet Guatemala's Congress on "
                   "Thursday.")
    bodies = sorted(a.country for a in ex.actors if a.sector == "LEG")
    assert bodies == ["GTM", "USA"], ex.actors


@pytest.mark.parametrize("name", ["Congress", "National Congress", "National Guard",
                                  "Coast Guard", "Border Police", "Health Ministry"])
def test_generic_names_code_no_country_on_their_own(name: str) -> None:
    entry = get().lookup(name)
    assert entry is not None and entry.country is None, entry
