"""Verb senses CAMEO defines that a news writer words in many ways: each row is a common verb or
phrasal verb for one CAMEO code, with its PLOVER type and the code's root (or a longer prefix),
and who does it to whom. Near misses use the same verbs in senses that are no event of that
kind ("sent a letter of congratulation" is no expulsion, "listed on the stock exchange" no
sanction, "unloaded the dishwasher" no delivery). Every sentence is our own wording.

Codes (eval/CAMEO2PLOVER-2021.txt): 166 expel or withdraw (diplomats sent home); 072 military
aid and 061 economic cooperation (arms and goods sold or shipped to a state); 074 military
protection or peacekeeping (military observers, peacekeepers contributed); 152 military alert;
16x halting deliveries and trade (163 for trade as an embargo, as the lexicon codes a halted
shipment); 163 sanctions listing; 180/175 crowd control; 170 coercion by force unspecified
("moved against"); 114 official complaint; 092 investigating human rights abuses (documenting
killings); 030 intent to cooperate (assurances); 070 aid delivered (unloaded); 0871 ceasefire
kept; 090 investigation opened.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, known, names_match, problems

# (text, type, CAMEO prefix, source, target, modality)
CASES = [
    # 166 expel or withdraw: diplomats sent home, sent back, sent packing
    ("Estonia sent two Russian diplomats home on Tuesday.", "SANCTION", "166", "Estonia",
     None, "asserted"),
    ("Latvia sent the Russian ambassador home after the referendum.", "SANCTION", "166",
     "Latvia", None, "asserted"),
    ("Two Belarusian diplomats were sent home by Lithuania on Friday.", "SANCTION", "166",
     "Lithuania", None, "asserted"),
    ("Moldova said it would send home the Russian ambassador.", "SANCTION", "166",
     "Moldova", None, "future"),
    ("Canada sent back the Chinese consul in Toronto.", "SANCTION", "166", "Canada", None,
     "asserted"),
    ("Norway sent home fifteen Russian embassy staff over spying claims.", "SANCTION", "166",
     "Norway", None, "asserted"),
    # 074 peacekeeping: military observers and peacekeepers sent, deployed, contributed
    ("Kenya said it would send military observers to Sudan.", "AID", "074", "Kenya", None,
     "future"),
    ("Indonesia deployed twenty military observers to southern Lebanon.", "AID", "074",
     "Indonesia", None, "asserted"),
    ("Ghana will contribute 800 peacekeepers to the UN mission in Mali.", "AID", "074", "Ghana",
     None, "future"),
    ("Bangladesh sent another contingent of peacekeepers to South Sudan.", "AID", "074",
     "Bangladesh", None, "asserted"),
    ("Uruguay has dispatched blue helmets to the Golan Heights.", "AID", "074", "Uruguay", None,
     "asserted"),
    # 062/072 arms sold (military cooperation, as the lexicon codes arms exports) or shipped
    # and supplied (military aid)
    ("Iran sold hundreds of drones to Russia last year.", "COOPERATE", "062", "Iran", "Russia",
     "asserted"),
    ("North Korea shipped artillery shells to Russia by rail.", "AID", "072", "North Korea",
     "Russia", "asserted"),
    ("Turkey supplied armed drones to Ukraine in 2022.", "AID", "072", "Turkey", "Ukraine",
     "asserted"),
    ("Belarus has been selling ammunition to Azerbaijan.", "COOPERATE", "062", "Belarus",
     "Azerbaijan", "asserted"),
    # 061 economic cooperation: goods shipped or sold to a state
    ("China shipped servo motors to Russia last year.", "COOPERATE", "061", "China", "Russia",
     "asserted"),
    ("Kazakhstan sold wheat to Afghanistan at a discount.", "COOPERATE", "061", "Kazakhstan",
     "Afghanistan", "asserted"),
    ("India shipped refined diesel to France in March.", "COOPERATE", "061", "India", "France",
     "asserted"),
    # 152 military alert status
    ("The Pakistani military put front-line units on heightened alert.", "MOBILIZE", "152",
     "Pakistan", None, "asserted"),
    ("Taiwan placed its air force on high alert on Sunday.", "MOBILIZE", "152", "Taiwan", None,
     "asserted"),
    ("Armenian troops were put on combat alert after the shelling.", "MOBILIZE", "152",
     "Armenia", None, "asserted"),
    ("The South Korean army raised its alert level along the border.", "MOBILIZE", "152",
     "South Korea", None, "asserted"),
    # 16x: deliveries, shipments, supplies halted, suspended, cut off
    ("Iraq had halted the loading of a second tanker bound for Syria.", "SANCTION", "16",
     "Iraq", None, "asserted"),
    ("Russia suspended gas deliveries to Moldova on Friday.", "SANCTION", "16", "Russia",
     "Moldova", "asserted"),
    ("Kazakhstan stopped oil shipments to Germany in May.", "SANCTION", "16", "Kazakhstan",
     "Germany", "asserted"),
    # (supplies cut off are withheld, COERCE, per the PLOVER notes' "cutting services")
    ("Russia cut off gas supplies to Poland and Bulgaria.", ("SANCTION", "COERCE"),
     ("16", "17"), "Russia", None, "asserted"),
    ("Qatar suspended the loading of LNG cargoes for Europe.", "SANCTION", "16", "Qatar", None,
     "asserted"),
    # 163 sanctions listing
    ("The EU added three Iranian firms to its sanctions list.", "SANCTION", "163",
     "European Union", None, "asserted"),
    ("More Chinese companies could be listed in the next round of US sanctions.", "SANCTION",
     "163", None, None, "hypothetical"),
    ("Britain listed four Russian banks under its sanctions regime.", "SANCTION", "163",
     "Britain", None, "asserted"),
    # crowd control (180 / 175 / 17)
    ("Kenyan police broke up the march with tear gas.", "ASSAULT", ("180", "17"), "Kenya",
     None, "asserted"),
    ("Riot police gassed the students outside parliament.", "ASSAULT", "180", "police", None,
     "asserted"),
    ("Police fired tear gas at demonstrators in Nairobi.", "ASSAULT", ("180", "17"), "police",
     None, "asserted"),
    ("Security forces dispersed the rally in Tbilisi with water cannon.", "ASSAULT",
     ("180", "17"), "Security forces", None, "asserted"),
    # 170 coercion by unspecified force: moved against
    ("Belarusian soldiers moved against the blockade in Minsk.", "COERCE", "17", "Belarus",
     None, "asserted"),
    ("Riot police moved against the protest camp at dawn.", "COERCE", "17", "police", None,
     "asserted"),
    # 114 official complaint, 111 protest note
    ("Germany raised complaints about the arrest of its citizen.", "ACCUSE", "11", "Germany",
     None, "asserted"),
    ("Poland delivered a protest note to the Belarusian embassy.", "ACCUSE", "11", "Poland",
     None, "asserted"),
    ("Japan lodged a formal complaint with China over the incursion.", "ACCUSE", "11", "Japan",
     "China", "asserted"),
    ("Japan protested to China about the detention of its fishermen.", "ACCUSE", "11",
     "Japan", None, "asserted"),
    # 092 investigating human rights abuses: documenting
    ("UN monitors documented the killing of civilians in Darfur.", "ACCUSE", "09", "UN", None,
     "asserted"),
    ("Amnesty International documented cases of torture in Egyptian prisons.", "ACCUSE", "09",
     "Amnesty", None, "asserted"),
    ("Human Rights Watch has documented abuses by Ethiopian troops in Tigray.", "ACCUSE", "09",
     "Human Rights Watch", None, "asserted"),
    # 030 intent to cooperate: assurances
    ("Putin assured his Chinese hosts that the units would be delivered.", "AGREE", "03", "Putin",
     None, "asserted"),
    ("Blinken reassured Seoul that Washington would stand by its ally.", "AGREE", "03",
     "Blinken", None, "asserted"),
    # 070 aid delivered: unloaded
    ("A Qatari plane unloaded medical supplies at Kabul airport.", "AID", "07", "Qatar", None,
     "asserted"),
    ("A Turkish ship unloaded humanitarian aid in the port of Tripoli.", "AID", "07",
     ("Turkey", "Türkiye"), None, "asserted"),
    # 0871 ceasefire kept: respect, observe, honour, abide by
    ("Both Armenia and Azerbaijan said they would respect the truce.", ("RETREAT", "AGREE"),
     ("0871", "03"), "Armenia", None, None),
    ("The rebels have largely observed the ceasefire since Sunday.", "RETREAT", "0871",
     "rebels", None, "asserted"),
    ("Hamas said it would honour the truce brokered by Egypt.", ("RETREAT", "AGREE"),
     ("0871", "03"), "Hamas", None, None),
    ("Both militias have abided by the ceasefire over the weekend.", "RETREAT", "0871", "militia",
     None, "asserted"),
    # 090 investigation opened
    ("The US Commerce Department opened a review of the firms' exports.", "ACCUSE", "09",
     ("Commerce", "United States"), None, "asserted"),
    ("Nigerian prosecutors opened an investigation into the shooting.", "ACCUSE", "09",
     "prosecutors", None, "asserted"),
    ("French prosecutors launched a probe into the sale of the frigates.", "ACCUSE", "09",
     "prosecutors", None, "asserted"),
]

# "a team of observers" read as its observers would take "team" as a unit of what it counts
# (the lexicon's `quantities`); that cost events elsewhere, so the row waits
TEAMS = [known(pytest.param("Kenya said it would send a team of military observers to Sudan.",
                            "AID", "074", "Kenya", None, "future", id="team of observers"),
               "a team is not read as its members (data quantities)")]

# (text, verb whose event it must not be, type)
NEAR_MISSES = [
    ("Kenya sent a letter of congratulation to the new Somali president.", "sent", "SANCTION"),
    ("The school sent the pupils home early because of the storm.", "sent", "SANCTION"),
    ("Ghana sent its football team to the tournament in Morocco.", "sent", "AID"),
    ("The reporter put the question to the Indian minister.", "put", "MOBILIZE"),
    ("The parcel company shipped the orders on time to its customers.", "shipped", "COOPERATE"),
    ("The retailer sold its headquarters to a property fund.", "sold", "AID"),
    ("The Saudi oil firm was listed on the stock exchange in 2019.", "listed", "SANCTION"),
    ("The opposition listed its demands in a letter to the president.", "listed", "SANCTION"),
    ("The central bank raised interest rates again on Thursday.", "raised", "MOBILIZE"),
    ("The Indian embassy moved to a new office in March.", "moved", "COERCE"),
    ("The senators moved against the amendment in committee.", "moved", "COERCE"),
    ("The French photographer documented the festival in Timbuktu.", "documented", "ACCUSE"),
    ("The coach said the team was assured of victory.", "assured", "AGREE"),
    ("The waiter unloaded the dishwasher before closing.", "unloaded", "AID"),
    ("Dockworkers unloaded cars from the ship in Bremerhaven.", "unloaded", "AID"),
    ("The minister said he respected the opinion of the court.", "respected", "RETREAT"),
    ("The factory halted production for maintenance on Monday.", "halted", "SANCTION"),
    ("The engineers opened a new road to the airport.", "opened", "ACCUSE"),
]


def _prefixes(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


@pytest.mark.parametrize(("text", "type_", "cameo", "source", "target", "modality"),
                         [pytest.param(*c, id=c[0][:45]) for c in CASES] + TEAMS)
def test_cameo_variant_is_coded(text, type_, cameo, source, target, modality) -> None:
    event = expect(text, type_, source=source, target=target, modality=modality)
    ex = events(text)
    codes = [e.cameo_code or e.cameo for e in ex.events if e.type == event.type
             and names_match(ex, e.source, source)]
    assert any(c.startswith(_prefixes(cameo)) for c in codes), codes
    assert not problems(ex)


@pytest.mark.parametrize(("text", "verb", "type_"), NEAR_MISSES,
                         ids=[c[0][:45] for c in NEAR_MISSES])
def test_same_verb_in_another_sense_is_not_coded(text, verb, type_) -> None:
    ex = events(text)
    wrong = [e for e in ex.events if e.type == type_ and text[e.start:e.end].startswith(verb)]
    assert not wrong, [(text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
