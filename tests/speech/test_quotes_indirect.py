"""Indirect and mixed quotes: reported propositions, with or without the speaker's own words.

Every sentence is our own wording (facts real or invented). Spans follow the spec
(``actorgraph.speech``): an indirect quote is the reported proposition alone, without "that"
and without the sentence's closing punctuation (``X said (that) P``, ``X told Y (that) P``,
``P, X said``, ``According to X, P``, ``P, according to X``, ``P, as X put it`` → ``P``;
``X described Y as Z`` → ``Y as Z``; ``X warned of Y`` → ``Y``; a verb of denying reports its
proposition the same way). A mixed quote is an indirect one whose proposition quotes the
speaker's words in part; its content is the proposition with the marks, running to the closing
mark when the quoted words end it, across sentences if they do. ``X called Y “Z”`` is read like
``described Y as Z``: the content is ``Y “Z”``.
"""

from __future__ import annotations

import pytest

from .helpers import Expected, case, check

IND = "indirect"
MIX = "mixed"

CONSTRUCTIONS = [
    case("said-that", "Japan's chief cabinet secretary, Yoshimasa Hayashi, said that Tokyo had "
         "lodged a formal protest with Beijing over the airspace violation.", "Tokyo had "
         "lodged a formal protest with Beijing over the airspace violation", kind=IND,
         speaker="Hayashi", cue="said"),
    case("said-without-that", "Polish Prime Minister Donald Tusk said his government would "
         "build a fortified barrier along the border with Belarus.", "his government would "
         "build a fortified barrier along the border with Belarus", kind=IND, speaker="Tusk",
         cue="said"),
    case("told-someone-that", "Saudi Foreign Minister Prince Faisal bin Farhan told his "
         "American counterpart that the kingdom would not normalise relations with Israel "
         "without a path to a Palestinian state.", "the kingdom would not normalise relations "
         "with Israel without a path to a Palestinian state", kind=IND, speaker="Faisal",
         cue="told"),
    case("told-someone-without-that", "The Ethiopian prime minister, Abiy Ahmed, told "
         "lawmakers Ethiopia had a right to access the Red Sea.", "Ethiopia had a right to "
         "access the Red Sea", kind=IND, speaker="Abiy", cue="told"),
    case("proposition-then-x-said", "Turkish troops will remain in northern Iraq until the PKK "
         "is disarmed, Turkish Defence Minister Yasar Guler said.", "Turkish troops will "
         "remain in northern Iraq until the PKK is disarmed", kind=IND, speaker="Guler",
         cue="said"),
    case("proposition-then-said-x", "The grain deal is dead unless Western sanctions on "
         "Russian banks are lifted, said Sergei Lavrov, Russia's foreign minister.", "The "
         "grain deal is dead unless Western sanctions on Russian banks are lifted", kind=IND,
         speaker="Lavrov", cue="said"),
    case("according-to-x-first", "According to Colombia's defence minister, Pedro Sánchez, the "
         "dissident group recruited more than two hundred children last year.", "the "
         "dissident group recruited more than two hundred children last year", kind=IND,
         speaker="Sánchez", cue="according to"),
    case("according-to-x-after", "At least 60 people were killed when the boat capsized off "
         "the coast of Djibouti, according to the International Organization for Migration.",
         "At least 60 people were killed when the boat capsized off the coast of Djibouti",
         kind=IND, speaker=("International Organization for Migration", "IOM"),
         cue="according to"),
    case("described-as-person", "The Chinese foreign ministry spokesman, Lin Jian, described "
         "the American arms sale to Taiwan as a serious violation of the one-China principle.",
         "the American arms sale to Taiwan as a serious violation of the one-China principle",
         kind=IND, speaker="Lin Jian", cue="described"),
    case("described-as-organisation", "Amnesty International described the mass trial in "
         "Tunis as a travesty of justice.", "the mass trial in Tunis as a travesty of justice",
         kind=IND, speaker="Amnesty", cue="described"),
    case("warned-of-person", "The head of the International Atomic Energy Agency, Rafael "
         "Grossi, warned of a serious risk of a nuclear accident at the Zaporizhzhia plant.",
         "a serious risk of a nuclear accident at the Zaporizhzhia plant", kind=IND,
         speaker="Grossi", cue="warned"),
    case("warned-of-after-time", "UNICEF warned on Friday of a sharp rise in child "
         "malnutrition across the Sahel.", "a sharp rise in child malnutrition across the "
         "Sahel", kind=IND, speaker="UNICEF", cue="warned"),
    case("as-x-put-it-named", "Europe can no longer outsource its security to Washington, as "
         "French President Emmanuel Macron put it in his speech at the Sorbonne.", "Europe can "
         "no longer outsource its security to Washington", kind=IND, speaker="Macron"),
    case("as-x-put-it-anonymous", "The ceasefire had turned into a slow war of attrition, as "
         "one Lebanese analyst put it.", "The ceasefire had turned into a slow war of "
         "attrition", kind=IND, speaker_text="Lebanese analyst", anonymous=True),
    case("quoted-as-saying-that", "Syria's interim president, Ahmed al-Sharaa, was quoted as "
         "saying that elections could take up to four years to organise.", "elections could "
         "take up to four years to organise", kind=IND, speaker="Sharaa"),
    case("said-in-a-statement-that", "Hamas said in a statement that it had accepted the "
         "Egyptian proposal for a phased truce.", "it had accepted the Egyptian proposal for a "
         "phased truce", kind=IND, speaker="Hamas", cue="said"),
    case("told-parliament-description", "On Tuesday, the Armenian prime minister told "
         "parliament in Yerevan that a peace treaty with Azerbaijan was ready to be signed.",
         "a peace treaty with Azerbaijan was ready to be signed", kind=IND,
         speaker_text="prime minister", cue="told"),
    case("says-present-without-that", "The mayor of Odesa, Hennadiy Trukhanov, says the port "
         "has been hit eleven times this month.", "the port has been hit eleven times this "
         "month", kind=IND, speaker="Trukhanov", cue="says"),
]

COAST_GUARD = ("The Philippine coast guard said a Chinese vessel had fired water cannon at a "
               "supply boat. It added that two crew members had been injured.")
VERBS = [
    case("verb-claimed", "The rebel M23 movement claimed that its fighters had captured the "
         "airport in Goma.", "its fighters had captured the airport in Goma", kind=IND,
         speaker="M23", cue="claimed"),
    case("verb-insists-present", "Venezuela's government insists the disputed Essequibo "
         "region has always belonged to the country.", "the disputed Essequibo region has "
         "always belonged to the country", kind=IND, speaker="Venezuela", cue="insists"),
    case("verb-argued", "Indian External Affairs Minister Subrahmanyam Jaishankar argued that "
         "buying Russian oil had kept global prices down for everyone.", "buying Russian oil "
         "had kept global prices down for everyone", kind=IND, speaker="Jaishankar",
         cue="argued"),
    case("verb-stressed", "German Chancellor Friedrich Merz stressed that any peace deal must "
         "be negotiated with Kyiv at the table.", "any peace deal must be negotiated with Kyiv "
         "at the table", kind=IND, speaker="Merz", cue="stressed"),
    case("verb-said-before-added", COAST_GUARD, "a Chinese vessel had fired water cannon at a "
         "supply boat", kind=IND, speaker="coast guard", cue="said"),
    case("verb-added-pronoun-it", COAST_GUARD, "two crew members had been injured", kind=IND,
         speaker="coast guard", speaker_text="it", cue="added"),
    case("verb-acknowledged", "Benjamin Netanyahu acknowledged that mistakes had been made on "
         "the day of the attack.", "mistakes had been made on the day of the attack", kind=IND,
         speaker="Netanyahu", cue="acknowledged"),
    case("verb-announced", "The Malian junta announced that the country was leaving the "
         "Economic Community of West African States with immediate effect.", "the country was "
         "leaving the Economic Community of West African States with immediate effect",
         kind=IND, speaker=("Mali", "junta"), cue="announced"),
    case("verb-confirmed", "Pentagon press secretary Sabrina Singh confirmed that American "
         "aircraft had struck Houthi radar sites overnight.", "American aircraft had struck "
         "Houthi radar sites overnight", kind=IND, speaker="Singh", cue="confirmed"),
    case("verb-suggested", "The Indonesian foreign minister, Retno Marsudi, suggested that "
         "ASEAN could send observers to monitor the vote in Myanmar.", "ASEAN could send "
         "observers to monitor the vote in Myanmar", kind=IND, speaker="Marsudi",
         cue="suggested"),
    case("verb-pointed-out", "Kenya's interior minister, Kithure Kindiki, pointed out that the "
         "police mission in Haiti had been approved by the Security Council.", "the police "
         "mission in Haiti had been approved by the Security Council", kind=IND,
         speaker="Kindiki", cue="pointed"),
    case("verb-denied-that", "The Rwandan government denied that its troops were fighting "
         "alongside the M23 in eastern Congo.", "its troops were fighting alongside the M23 in "
         "eastern Congo", kind=IND, speaker="Rwanda", cue="denied"),
]

MIXED = [
    case("mixed-said-proposition-where", "Sudan's UN ambassador, Al-Harith Idriss, said the "
         "situation in El Fasher was a catastrophe “where nobody knows who is alive and who is "
         "dead.”", "the situation in El Fasher was a catastrophe “where nobody knows who is "
         "alive and who is dead.”", kind=MIX, speaker="Idriss", cue="said"),
    case("mixed-called-stop-outside", "Slovak Prime Minister Robert Fico called the agreement "
         "“a betrayal of our national interests”.", "the agreement “a betrayal of our "
         "national interests”", kind=MIX, speaker="Fico", cue="called"),
    case("mixed-called-stop-inside", "Opposition leader Bobi Wine called the election result "
         "“a daylight robbery of the Ugandan people.”", "the election result “a daylight "
         "robbery of the Ugandan people.”", kind=MIX, speaker="Bobi Wine", cue="called"),
    case("mixed-runs-on-two-sentences", "The Georgian president, Salome Zourabichvili, said "
         "the vote had been “a total falsification. The people were robbed. I do not "
         "recognise this parliament.”", "the vote had been “a total falsification. The people "
         "were robbed. I do not recognise this parliament.”", kind=MIX,
         speaker="Zourabichvili", cue="said"),
    case("mixed-pronoun-straight-marks", "Pakistan's army chief, General Asim Munir, visited "
         "troops along the border on Saturday. He said the army would respond to any "
         'incursion "with full force".', 'the army would respond to any incursion "with full '
         'force"', kind=MIX, speaker="Munir", speaker_text="he", cue="said"),
    case("mixed-one-word-mid-proposition", "Speaking at a security conference in Singapore on "
         "Saturday, the Chinese defence minister, Dong Jun, said the People's Liberation Army "
         "would act “resolutely” against any move toward Taiwanese independence.", "the "
         "People's Liberation Army would act “resolutely” against any move toward Taiwanese "
         "independence", kind=MIX, speaker="Dong Jun", cue="said"),
    case("mixed-quoted-part-then-coordination", "Lebanon's army said Israeli strikes on the "
         "south were “a flagrant violation of the ceasefire” and urged the guarantors to act.",
         "Israeli strikes on the south were “a flagrant violation of the ceasefire”", kind=MIX,
         speaker=("army", "Leban"), cue="said"),
    case("mixed-single-marks", "The Foreign Office said the sentence handed to the British aid "
         "worker was ‘wholly unjustified’.", "the sentence handed to the British aid worker "
         "was ‘wholly unjustified’", kind=MIX, speaker="Foreign Office", cue="said"),
    case("mixed-according-to", "According to Pakistan's foreign office, the Indian strikes "
         "were “an act of war” that would be answered.", "the Indian strikes were “an act of "
         "war” that would be answered", kind=MIX, speaker=("foreign office", "Pakistan"),
         cue="according to"),
    case("mixed-described-as", "The UN human rights chief, Volker Türk, described the "
         "conditions in the detention centres as “beyond inhumane.”", "the conditions in the "
         "detention centres as “beyond inhumane.”", kind=MIX, speaker=("Türk", "Turk"),
         cue="described"),
    case("mixed-warned-of", "The Red Cross warned of “an unprecedented collapse” of the health "
         "system in Gaza.", "“an unprecedented collapse” of the health system in Gaza",
         kind=MIX, speaker="Red Cross", cue="warned"),
]

GROUPS = {"indirect constructions": CONSTRUCTIONS, "indirect reporting verbs": VERBS,
          "mixed quotes": MIXED}
CASES = [c for cases in GROUPS.values() for c in cases]


@pytest.mark.parametrize("expected", CASES)
def test_reported_quote(expected: Expected) -> None:
    check(expected)
