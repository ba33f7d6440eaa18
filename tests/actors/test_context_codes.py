"""Generic institutions coded from context (our own sentences, news style).

A "Supreme Court", a "House of Representatives" or a "Labour Party" exists in many countries,
so the name alone codes no country. Its country comes, in this order, from a possessive or
adjective on it ("Kenya's Supreme Court", "the Nigerian Senate", "the US House"), a country
in its name or an "of" phrase ("the Supreme Court of Pakistan"), an earlier mention of the
same body that was placed, the country its paragraph or the whole report is about, else none
(uncoded rather than wrongly coded). Names only one country uses ("Knesset", "Bundestag")
stay fixed. Each case: (text, the actor's alias, country, sector).
"""

from __future__ import annotations

import pytest

from actorgraph.actors import get
from actorgraph.records import Actor, Extraction

from .helpers import actors_of


def case(id: str, text: str, name: str, country: str | None, sector: str):
    return pytest.param(text, name, country, sector, id=id)


def body(ex: Extraction, name: str) -> Actor:
    """The one organisation or group actor with an alias containing ``name``."""
    found = [a for a in ex.actors if a.kind in ("ORG", "GROUP")
             and any(name.lower() in alias.lower() for alias in (a.name, *a.aliases))]
    assert len(found) == 1, f"{name!r}: {[(a.name, a.aliases) for a in ex.actors]}"
    return found[0]


HOUSE = [
    case("hor-libya-possessive", "Libya's House of Representatives, which sits in the eastern "
         "city of Tobruk, rejected the unity government's budget on Monday.",
         "House of Representatives", "LBY", "LEG"),
    case("hor-us-adjective", "The US House of Representatives voted 219 to 211 on Thursday "
         "to pass the spending bill.", "House of Representatives", "USA", "LEG"),
    case("hor-nigeria-possessive", "Nigeria's House of Representatives summoned the finance "
         "minister over the missing funds.", "House of Representatives", "NGA", "LEG"),
    case("hor-libya-paragraph", "Lawmakers gathered in Benghazi for a second day of talks. The "
         "House of Representatives then voted to dismiss the prime minister.",
         "House of Representatives", "LBY", "LEG"),
    case("hor-us-paragraph", "Washington braced for a government shutdown on Friday. The House "
         "of Representatives adjourned without passing the bill.",
         "House of Representatives", "USA", "LEG"),
    case("hor-acronym-nigeria", "The House of Representatives (HoR) in Abuja passed the "
         "electoral bill. The HoR also approved the budget.", "HoR", "NGA", "LEG"),
    case("hor-no-clue", "The House of Representatives adjourned until Tuesday.",
         "House of Representatives", None, "LEG"),
]

LABOUR = [
    case("labour-britain", "Britain's Labour Party won the by-election in a former mining "
         "town.", "Labour Party", "GBR", "PTY"),
    case("labour-israel", "Israel's Labour Party chose a new leader in a primary on Tuesday.",
         "Labour Party", "ISR", "PTY"),
    case("labour-norway", "Norway's Labour Party returned to power after the September "
         "election.", "Labour Party", "NOR", "PTY"),
    case("labor-australia", "The Australian Labor Party promised to build more public "
         "housing.", "Labor Party", "AUS", "PTY"),
    case("labour-netherlands-paragraph", "Voters in the Netherlands went to the polls on "
         "Wednesday. The Labour Party lost four seats, early results showed.",
         "Labour Party", "NLD", "PTY"),
    case("labour-possessive-beats-story", "Israeli officials criticised Britain's Labour Party "
         "over the motion.", "Labour Party", "GBR", "PTY"),
    case("labour-no-clue", "The Labour Party said it would vote against the bill.",
         "Labour Party", None, "PTY"),
]

COURTS = [
    case("supreme-india", "India's Supreme Court struck down the electoral bonds scheme on "
         "Thursday.", "Supreme Court", "IND", "JUD"),
    case("supreme-us", "The US Supreme Court agreed to hear the case next term.",
         "Supreme Court", "USA", "JUD"),
    case("supreme-kenya", "Kenya's Supreme Court upheld the election result in a unanimous "
         "ruling.", "Supreme Court", "KEN", "JUD"),
    case("supreme-of-pakistan", "The Supreme Court of Pakistan ordered the release of the "
         "former prime minister.", "Supreme Court", "PAK", "JUD"),
    case("supreme-kenya-paragraph", "Opposition leaders in Nairobi rejected the outcome. The "
         "Supreme Court will hear their petition next week.", "Supreme Court", "KEN", "JUD"),
    case("supreme-no-clue", "The Supreme Court ruled that the law was unconstitutional.",
         "Supreme Court", None, "JUD"),
    case("constitutional-south-africa", "South Africa's Constitutional Court ordered the former "
         "president to serve his sentence.", "Constitutional Court", "ZAF", "JUD"),
    case("constitutional-thailand", "Thailand's Constitutional Court removed the prime minister "
         "from office.", "Constitutional Court", "THA", "JUD"),
    case("constitutional-of-colombia", "The Constitutional Court of Colombia blocked the "
         "referendum.", "Constitutional Court", "COL", "JUD"),
    case("constitutional-no-clue", "The Constitutional Court will rule on the appeal next "
         "month.", "Constitutional Court", None, "JUD"),
    case("federal-constitutional-court-stays-german", "The Federal Constitutional Court "
         "rejected the complaint.", "Federal Constitutional Court", "DEU", "JUD"),
]

TRANSITIONAL = [
    case("ntc-libya-2011", "Libya's National Transitional Council declared the country "
         "liberated in October 2011.", "National Transitional Council", "LBY", "GOV"),
    case("ntc-libya-paragraph", "Rebels captured Tripoli in August 2011. The National "
         "Transitional Council moved its seat from Benghazi to the capital.",
         "National Transitional Council", "LBY", "GOV"),
    case("ntc-mali", "Mali's National Transitional Council adopted a new electoral law on "
         "Friday.", "National Transitional Council", "MLI", "LEG"),
    case("ntc-chad-paragraph", "Hundreds marched in N'Djamena on Saturday. The National "
         "Transitional Council postponed the vote on the charter.",
         "National Transitional Council", "TCD", "LEG"),
    case("ntc-no-clue", "The National Transitional Council met on Sunday.",
         "National Transitional Council", None, "LEG"),
    case("tmc-chad", "Chad's Transitional Military Council named a civilian prime minister.",
         "Transitional Military Council", "TCD", "MIL"),
    case("tmc-sudan-paragraph", "Protest leaders in Khartoum called off the strike. The "
         "Transitional Military Council agreed to share power.",
         "Transitional Military Council", "SDN", "MIL"),
    case("tmc-no-clue", "The Transitional Military Council extended the curfew.",
         "Transitional Military Council", None, "MIL"),
]

LEGISLATURES = [
    case("parliament-hungary", "Hungary's Parliament approved Sweden's bid to join NATO.",
         "Parliament", "HUN", "LEG"),
    case("parliament-ghana", "Ghana's Parliament passed the budget on Friday.",
         "Parliament", "GHA", "LEG"),
    case("parliament-of-finland", "The Parliament of Finland approved the border law.",
         "Parliament", "FIN", "LEG"),
    case("parliament-no-clue", "Parliament passed the bill late on Tuesday.",
         "Parliament", None, "LEG"),
    case("assembly-kenya", "Kenya's National Assembly voted to impeach the deputy president.",
         "National Assembly", "KEN", "LEG"),
    case("assembly-of-pakistan", "The National Assembly of Pakistan elected a new speaker.",
         "National Assembly", "PAK", "LEG"),
    case("assembly-france-paragraph", "Protesters gathered in Paris on Monday. The National "
         "Assembly debated the pension bill late into the night.",
         "National Assembly", "FRA", "LEG"),
    case("assembly-no-clue", "The National Assembly approved the new cabinet.",
         "National Assembly", None, "LEG"),
    case("senate-nigeria", "The Nigerian Senate confirmed the new service chiefs.",
         "Senate", "NGA", "LEG"),
    case("senate-us", "The US Senate passed the aid package on Tuesday.", "Senate", "USA",
         "LEG"),
    case("senate-italy", "Italy's Senate approved the constitutional reform.", "Senate", "ITA",
         "LEG"),
    case("senate-no-clue", "The Senate adjourned on Thursday without a vote.", "Senate", None,
         "LEG"),
    case("knesset-stays-israeli", "The Knesset voted to dissolve itself.", "Knesset", "ISR",
         "LEG"),
    case("bundestag-stays-german", "The Bundestag approved the new budget.", "Bundestag", "DEU",
         "LEG"),
    case("lok-sabha-stays-indian", "The Lok Sabha passed the bill by voice vote.", "Lok Sabha",
         "IND", "LEG"),
]

EXECUTIVE = [
    case("interior-iraq", "Iraq's Ministry of Interior said the attackers had been arrested.",
         "Ministry of Interior", "IRQ", "GOV"),
    case("interior-egypt", "Egypt's Interior Ministry said two suspects were killed in a "
         "shootout.", "Interior Ministry", "EGY", "GOV"),
    case("interior-afghanistan-paragraph", "Gunmen attacked a checkpoint in Kabul on Sunday. "
         "The Ministry of Interior said six policemen were killed.",
         "Ministry of Interior", "AFG", "GOV"),
    case("interior-no-clue", "The Ministry of Interior declined to comment.",
         "Ministry of Interior", None, "GOV"),
    case("central-bank-turkey", "Turkey's Central Bank cut its main rate for the third time.",
         "Central Bank", "TUR", "GOV"),
    case("central-bank-of-nigeria", "The Central Bank of Nigeria raised interest rates on "
         "Tuesday.", "Central Bank", "NGA", "GOV"),
    case("central-bank-russia-paragraph", "Inflation in Russia rose again in May. The Central "
         "Bank raised its key rate to 16 percent.", "Central Bank", "RUS", "GOV"),
    case("central-bank-no-clue", "The Central Bank left rates unchanged.", "Central Bank",
         None, "GOV"),
    case("electoral-of-ghana", "The Electoral Commission of Ghana announced the results in "
         "Accra.", "Electoral Commission", "GHA", "GOV"),
    case("electoral-britain", "Britain's Electoral Commission fined the campaign group.",
         "Electoral Commission", "GBR", "GOV"),
    case("electoral-zimbabwe-paragraph", "Long queues formed outside polling stations in Harare. "
         "The Electoral Commission extended voting by two hours.",
         "Electoral Commission", "ZWE", "GOV"),
    case("electoral-no-clue", "The Electoral Commission said turnout was high.",
         "Electoral Commission", None, "GOV"),
    case("presidential-council-libya", "Libya's Presidential Council dismissed the army chief.",
         "Presidential Council", "LBY", "GOV"),
    case("presidential-council-yemen", "Yemen's Presidential Council met in Aden on Sunday.",
         "Presidential Council", "YEM", "GOV"),
    case("presidential-council-tripoli", "Militias clashed in Tripoli overnight. The "
         "Presidential Council called for calm.", "Presidential Council", "LBY", "GOV"),
    case("presidential-council-no-clue", "The Presidential Council called for calm.",
         "Presidential Council", None, "GOV"),
    case("unity-myanmar", "Myanmar's National Unity Government called for more sanctions on "
         "the junta.", "National Unity Government", "MMR", "OPP"),
    case("unity-afghanistan", "Afghanistan's National Unity Government was formed after the "
         "disputed election.", "National Unity Government", "AFG", "GOV"),
    case("unity-lebanon-paragraph", "Talks in Beirut dragged on for weeks. The National Unity "
         "Government finally won a vote of confidence.",
         "National Unity Government", "LBN", "GOV"),
    case("unity-no-clue", "The National Unity Government rejected the plan.",
         "National Unity Government", None, "GOV"),
]

FORCES = [
    case("republican-guard-syria", "Syria's Republican Guard shelled the suburbs of Damascus.",
         "Republican Guard", "SYR", "MIL"),
    case("republican-guard-iraq", "The Iraqi Republican Guard withdrew from Kuwait City.",
         "Republican Guard", "IRQ", "MIL"),
    case("republican-guard-egypt", "Egypt's Republican Guard deployed tanks around the "
         "palace.", "Republican Guard", "EGY", "MIL"),
    case("republican-guard-no-clue", "The Republican Guard was put on alert.",
         "Republican Guard", None, "MIL"),
    case("army-sudan-paragraph", "Sudanese troops crossed the border near Adre. The army said "
         "the operation was over.", "army", "SDN", "MIL"),
    case("army-pakistan", "Pakistan's army said it had killed six militants.", "army", "PAK",
         "MIL"),
    case("army-mali-paragraph", "Gunmen attacked a post near Gao in Mali. The army said ten "
         "soldiers were missing.", "army", "MLI", "MIL"),
    case("army-no-clue", "The army said the operation was over.", "army", None, "MIL"),
    case("police-nigeria", "Police in Lagos arrested twelve protesters on Friday.", "Police",
         "NGA", "COP"),
    case("police-kenya", "Kenyan police fired tear gas at the crowd.", "police", "KEN", "COP"),
    case("police-france", "French police cleared the camp at dawn.", "police", "FRA", "COP"),
    case("police-no-clue", "The police said three people were hurt.", "police", None, "COP"),
]

CASES = HOUSE + LABOUR + COURTS + TRANSITIONAL + LEGISLATURES + EXECUTIVE + FORCES


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_generic_institution_takes_its_country_from_context(
    text: str, name: str, country: str | None, sector: str
) -> None:
    actor = body(actors_of(text), name)
    assert (actor.country, actor.sector) == (country, sector), actor


def test_a_later_bare_mention_is_the_body_placed_before() -> None:
    ex = actors_of("Kenya's Supreme Court annulled the presidential vote. The Supreme Court "
                   "said the electoral commission had failed.")
    court = body(ex, "Supreme Court")
    assert (court.country, court.sector, len(court.mentions)) == ("KEN", "JUD", 2)


def test_two_countries_houses_in_one_story_stay_apart() -> None:
    ex = actors_of("The US House of Representatives hosted a delegation from Nigeria's House "
                   "of Representatives on Tuesday.")
    houses = sorted((a.country, a.sector) for a in ex.actors
                    if "House of Representatives" in a.aliases)
    assert houses == [("NGA", "LEG"), ("USA", "LEG")]


@pytest.mark.parametrize("text", [
    "Labour shortages hit farms across the region this summer.",
    "Labour costs rose sharply in March.",
])
def test_the_word_labour_alone_is_not_a_party(text: str) -> None:
    ex = actors_of(text)
    assert not [a for a in ex.actors if a.sector == "PTY"], ex.actors


@pytest.mark.parametrize(("name", "sector"), [
    ("House of Representatives", "LEG"), ("HoR", "LEG"), ("Labour Party", "PTY"),
    ("Supreme Court", "JUD"), ("National Transitional Council", "LEG"),
    ("Republican Guard", "MIL"), ("Presidential Council", "GOV"),
])
def test_generic_names_code_a_sector_and_no_country(name: str, sector: str) -> None:
    entry = get().lookup(name)
    assert entry is not None and (entry.country, entry.sector) == (None, sector)


@pytest.mark.parametrize(("name", "country"), [
    ("Knesset", "ISR"), ("Bundestag", "DEU"), ("Duma", "RUS"), ("Lok Sabha", "IND"),
    ("British Labour Party", "GBR"), ("Israeli Labor Party", "ISR"),
])
def test_names_of_one_country_stay_fixed(name: str, country: str) -> None:
    entry = get().lookup(name)
    assert entry is not None and entry.country == country
