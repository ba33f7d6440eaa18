"""Senses of CAMEO 15-20 (MOBILIZE, SANCTION, COERCE, ASSAULT) and the sentences they must leave
alone.

Every sentence is our own wording. A flip pair holds a sentence that names the act (it gives
an event of the type, carrying the sense's exact CAMEO code) and a near one that does not (the
same word or collocation with another object or in another sense: no event of that type).
The near misses after it name no such act at all.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, expect_none


def flip(id: str, act: str, near: str, type_: str, code: str):
    return pytest.param(act, near, type_, code, id=id)


FLIPS = [
    flip("terror-alert-vs-volcano", "Britain raised its terror threat level to severe on Monday.",
         "Indonesian authorities raised the alert level for the Merapi volcano on Sunday.",
         "MOBILIZE", "151"),
    flip("police-on-alert-vs-put-on-agenda",
         "Belgium put its police on high alert after the shooting in Brussels.",
         "Belgium put the police budget on the agenda of the next cabinet meeting.",
         "MOBILIZE", "151"),
    flip("test-fired-missile-vs-oven",
         "Iran test-fired a new cruise missile over the Gulf of Oman on Friday.",
         "A chef in Naples test-fired the new pizza oven on Friday.", "MOBILIZE", "150"),
    flip("persona-non-grata-vs-success",
         "Estonia declared a Russian diplomat persona non grata on Tuesday.",
         "Italy's government declared the envoy's visit a success.", "SANCTION", "166"),
    flip("loan-suspended-vs-approved",
         "The IMF suspended a $3 billion loan to Pakistan after the election.",
         "The IMF approved a $3 billion loan for Pakistan on Wednesday.", "SANCTION", "1621"),
    flip("loan-cut-vs-interest-rates",
         "The World Bank cut its loans to Burundi after the disputed vote.",
         "Banks in Kenya cut interest rates on loans this year.", "SANCTION", "1621"),
    flip("military-aid-vs-aid-pledge",
         "Washington froze $95 million in military aid to Cambodia on Friday.",
         "Washington pledged $95 million in military aid to Cambodia on Friday.",
         "SANCTION", "1622"),
    flip("food-rations-cut-vs-prices",
         "The World Food Programme cut food rations for Rohingya refugees in Bangladesh.",
         "Supermarkets in Britain cut food prices for the holidays.", "SANCTION", "1623"),
    flip("aid-group-expelled-vs-council-meeting",
         "Burundi expelled the Norwegian Refugee Council from the country on Monday.",
         "Burundi's president addressed the Norwegian Refugee Council in Geneva on Monday.",
         "SANCTION", "1663"),
    flip("homes-demolished-vs-plain-demolition-talk",
         "Israeli forces demolished four Palestinian homes in Jenin on Wednesday.",
         "Israeli and Palestinian officials discussed the homes in Jenin on Wednesday.",
         "ASSAULT", "1712"),
    flip("blockade-vs-lifted", "Israel imposed a naval blockade on the Gaza Strip in 2007.",
         "Israel eased the naval blockade on the Gaza Strip in 2010.", "COERCE", "191"),
    flip("crackdown-violent-vs-announced",
         "Security forces violently suppressed the protests in Tehran, witnesses said.",
         "Iran's judiciary chief said the courts would suppress nothing in Tehran.",
         "ASSAULT", "175"),
    flip("ethnic-cleansing-verb-vs-cleansed-party",
         "Serb paramilitaries ethnically cleansed Muslim villages in eastern Bosnia.",
         "The new leader cleansed the party of corrupt officials in Belgrade.",
         "ASSAULT", "203"),
    flip("chemical-weapons-vs-weapons-inspectors",
         "The Syrian army used chemical weapons in Khan Sheikhoun, the OPCW found.",
         "Syria's army used weapons inspectors' reports in its defence, the OPCW found.",
         "ASSAULT", "2041"),
    flip("atomic-bomb-dropped-vs-leaflets-dropped",
         "The United States dropped an atomic bomb on Nagasaki three days later.",
         "The United States dropped leaflets on Nagasaki three days later.", "ASSAULT", "2042"),
    flip("human-shields-vs-migrants-as-a-weapon",
         "Islamist militants used hostages as human shields in Marawi, the Philippine army said.",
         "Belarus used migrants as a weapon against the European Union, Poland said.",
         "ASSAULT", "184"),
    flip("roadside-bomb-planted-vs-trees",
         "Al-Shabaab militants planted a roadside bomb on the road to Afgoye.",
         "Somali farmers planted trees on the road to Afgoye.", "ASSAULT", "1833"),
]


@pytest.mark.parametrize(("act", "near", "type_", "code"), FLIPS)
def test_flip_pair_codes_the_act_and_not_its_near_miss(act: str, near: str, type_: str,
                                                       code: str) -> None:
    ex = events(act)
    assert any(e.type == type_ and e.cameo_code == code for e in ex.events), (
        f"want {type_} {code}\n{describe(ex)}")
    expect_none(near, type_)


NEAR_MISSES = [
    pytest.param("The company cut thousands of jobs in Germany last year.", "SANCTION",
                 id="jobs-cut"),
    pytest.param("Samsung cut thousands of jobs in its chip division.", "COERCE",
                 id="jobs-cut-no-coercion"),
    pytest.param("Brazil's government plans to test its new payment system next month.",
                 "MOBILIZE", id="test-payment-system"),
    pytest.param("The World Bank reduced its growth forecast for Nigeria.", "SANCTION",
                 id="forecast-reduced"),
    pytest.param("The police officer was declared dead at the scene in Leeds.", "SANCTION",
                 id="declared-dead"),
    pytest.param("The minister used the speech as a chance to thank her voters.", "ASSAULT",
                 id="used-as-a-chance"),
    pytest.param("The French army used the old school as a field hospital during the flood.",
                 "ASSAULT", id="used-school-as-hospital"),
    pytest.param("Protesters burned tyres outside parliament in Dakar.", "ASSAULT",
                 id="tyres-burned-is-protest"),
    pytest.param("Residents of Lagos occupied the square outside the governor's office.",
                 "COERCE", id="square-occupied-is-protest"),
    pytest.param("Dozens of students visited the museum in Hiroshima on Monday.", "ASSAULT",
                 id="dozens-visited-museum"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEAR_MISSES)
def test_near_miss(text: str, forbidden: str) -> None:
    expect_none(text, forbidden)


def test_a_suspended_bank_licence_is_no_censorship() -> None:
    ex = events("Egypt's central bank suspended the licence of a private lender.")
    assert not any(e.mode == "censor" for e in ex.events), describe(ex)
