"""PLOVER event types: each type in several phrasings, its boundaries, and near-misses.

Every sentence is our own wording. Each positive case asserts only the type and the actors the
sentence makes plain (see ``helpers`` for the name tests); modality is tested elsewhere.
Phrasings per type: a plain verb, a phrasal verb, a nominalization with a light verb, a passive
with a by-agent, a coordinated subject, and a pronoun subject in a second sentence.
"""

from __future__ import annotations

import pytest

from actorgraph.records import PLOVER_TYPES

from .helpers import Names, events, expect, expect_none, problems

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
UK = ("Britain", "United Kingdom", "British")


def case(id: str, text: str, type_: str, *, source: Names | None = None,
         target: Names | None = None, involving: Names | None = None):
    return pytest.param(text, type_, source, target, involving, id=id)


AGREE = [
    case("agree-verb", "Russia and Turkey agreed on Monday to set up a joint centre to monitor "
         "the ceasefire in Syria.", "AGREE", source=[RUSSIA, "Turkey"]),
    case("agree-offer", "Algeria offered to mediate between the rival governments in Libya.",
         "AGREE", source="Algeria"),
    case("agree-pledge", "Japan pledged $500 million in reconstruction aid to Iraq.", "AGREE",
         source="Japan", target="Iraq"),
    case("agree-invitation", "Chinese President Xi Jinping invited Egyptian President Abdel "
         "Fattah al-Sisi to visit Beijing.", "AGREE", source="Xi Jinping", target="Sisi"),
    case("agree-nominal", "Qatar made an offer to host direct talks between the United States "
         "and the Taliban.", "AGREE", source="Qatar"),
    case("agree-passive", "New military aid for Ukraine was promised by Germany on Tuesday.",
         "AGREE", source="Germany", target="Ukraine"),
    case("agree-truce-offer", "Hamas offered Israel a long-term truce.", "AGREE",
         source="Hamas", target="Israel"),
    case("agree-announced-cooperation", "Egypt and Russia announced that they would hold joint "
         "naval exercises in the Mediterranean next year.", "AGREE", source=["Egypt", RUSSIA]),
    case("agree-pronoun", "Turkish Foreign Minister Mevlut Cavusoglu arrived in Baghdad on "
         "Sunday. He promised to help Iraq rebuild Mosul.", "AGREE",
         source=("Cavusoglu", "Turkey")),
]

CONSULT = [
    case("consult-met", "French President Emmanuel Macron met Algerian President Abdelmadjid "
         "Tebboune in Algiers on Thursday.", "CONSULT", source="Macron", involving="Tebboune"),
    case("consult-held-talks", "Russia and Turkey held talks in Moscow on Wednesday about the "
         "fighting in Idlib.", "CONSULT", involving=[RUSSIA, "Turkey"]),
    case("consult-phone", "Russian President Vladimir Putin spoke by telephone with Turkish "
         "President Recep Tayyip Erdogan on Saturday.", "CONSULT", source="Putin",
         involving="Erdogan"),
    case("consult-visit", "Egyptian President Abdel Fattah al-Sisi visited Abu Dhabi on "
         "Monday.", "CONSULT", source="Sisi"),
    case("consult-hosted", "Jordan's King Abdullah hosted Palestinian President Mahmoud Abbas "
         "in Amman on Sunday.", "CONSULT", involving="Abbas"),
    case("consult-passive", "Libyan commander Khalifa Haftar was received in Moscow by Russian "
         "Defence Minister Sergei Shoigu.", "CONSULT", involving=["Haftar", "Shoigu"]),
    case("consult-coordination", "Egypt and the United Arab Emirates held consultations in "
         "Cairo on the crisis in Libya.", "CONSULT", involving=["Egypt", "Emirates"]),
    case("consult-pronoun", "Iranian Foreign Minister Mohammad Javad Zarif arrived in Damascus "
         "on Tuesday. He met Syrian President Bashar al-Assad.", "CONSULT", source="Zarif",
         involving="Assad"),
]

SUPPORT = [
    case("support-praised", "U.S. Secretary of State Antony Blinken praised Qatar for its "
         "mediation between Israel and Hamas.", "SUPPORT", source="Blinken", target="Qatar"),
    case("support-endorsed", "The Arab League endorsed the Saudi peace initiative.", "SUPPORT",
         source="Arab League"),
    case("support-signed", "Israel and the United Arab Emirates signed a normalisation "
         "agreement at the White House.", "SUPPORT", source=["Israel", "Emirates"]),
    case("support-restored", "Saudi Arabia and Iran restored diplomatic relations in March "
         "2023.", "SUPPORT", source=["Saudi", "Iran"]),
    case("support-passive", "The ceasefire agreement was welcomed by the African Union.",
         "SUPPORT", source="African Union"),
    case("support-phrasal", "Brazil spoke out in favour of the Palestinian bid for full UN "
         "membership.", "SUPPORT", source="Brazil"),
    case("support-pronoun", "German Chancellor Olaf Scholz spoke in Berlin on Monday. He praised "
         "Ukrainian President Volodymyr Zelensky for his courage.", "SUPPORT",
         source="Scholz", target="Zelensky"),
]

CONCEDE = [
    case("concede-apologized", "Japan apologized to South Korea for its wartime use of forced "
         "labour.", "CONCEDE", source="Japan", target="South Korea"),
    case("concede-pardoned", "Egyptian President Abdel Fattah al-Sisi pardoned 82 prisoners, "
         "including several young activists.", "CONCEDE", source="Sisi"),
    case("concede-amnesty", "The Syrian government granted an amnesty to army deserters.",
         "CONCEDE", source=("Syria",)),
    case("concede-eased", "Israel eased restrictions on the movement of goods into Gaza.",
         "CONCEDE", source="Israel"),
    case("concede-future-withdrawal", "The United States announced that it would withdraw its "
         "troops from Afghanistan by September.", "CONCEDE", source=USA),
    case("concede-passive", "A formal apology to Indonesia was issued by the Dutch government "
         "over violence in the colonial era.", "CONCEDE", source=("Dutch", "Netherlands"),
         target="Indonesia"),
    case("concede-pronoun", "Japanese Prime Minister Fumio Kishida visited Seoul on Sunday. He "
         "expressed regret for the suffering of Koreans under Japanese colonial rule.",
         "CONCEDE", source="Kishida"),
]

COOPERATE = [
    case("cooperate-exercises", "Russia and China held joint naval exercises in the Sea of "
         "Japan.", "COOPERATE", involving=[RUSSIA, "China"]),
    case("cooperate-extradited", "Turkey extradited two suspected Islamic State members to "
         "Germany.", "COOPERATE", source="Turkey", target="Germany"),
    case("cooperate-intelligence", "Jordan shared intelligence on Islamic State fighters with "
         "the United States.", "COOPERATE", source="Jordan", target=USA),
    case("cooperate-phrasal", "Spain handed over a suspected ETA leader to France.",
         "COOPERATE", source="Spain", target=("France", "French")),
    case("cooperate-passive", "Two drug cartel leaders were extradited to the United States by "
         "Mexico.", "COOPERATE", source="Mexico", target=USA),
    case("cooperate-pronoun", "The Egyptian navy arrived in Toulon on Monday. It held joint "
         "drills with the French navy.", "COOPERATE", source=("Egypt",),
         target=("France", "French")),
]

AID = [
    case("aid-delivered", "The United States delivered HIMARS rocket launchers to Ukraine.",
         "AID", source=USA, target="Ukraine"),
    case("aid-provided", "Saudi Arabia provided $3 billion in financial assistance to Pakistan.",
         "AID", source="Saudi", target="Pakistan"),
    case("aid-asylum", "Russia granted asylum to Edward Snowden.", "AID", source=RUSSIA,
         target="Snowden"),
    case("aid-passive", "Emergency food aid was delivered to Yemen by the World Food "
         "Programme.", "AID", source=("World Food", "WFP"), target="Yemen"),
    case("aid-coordination", "Egypt and the United Arab Emirates supplied weapons to Khalifa "
         "Haftar's forces.", "AID", source=["Egypt", "Emirates"], target="Haftar"),
    case("aid-phrasal", "The European Union stepped up humanitarian aid to Syria.", "AID",
         source="European Union", target="Syria"),
    case("aid-pronoun", "Chinese President Xi Jinping arrived in Islamabad on Monday. He granted "
         "Pakistan $46 billion in loans for roads and power plants.", "AID", source="Xi",
         target="Pakistan"),
]

RETREAT = [
    case("retreat-withdrew", "Russia withdrew its troops from the area around Kyiv.", "RETREAT",
         source=RUSSIA),
    case("retreat-released", "Hamas released 24 hostages on Friday under a deal with Israel.",
         "RETREAT", source="Hamas"),
    case("retreat-passive", "Three journalists were released by Houthi rebels on Sunday.",
         "RETREAT", source="Houthi"),
    case("retreat-resigned", "Sri Lankan President Gotabaya Rajapaksa resigned after months of "
         "protests.", "RETREAT", source="Rajapaksa"),
    case("retreat-ceasefire", "Armenia and Azerbaijan declared a ceasefire in Nagorno-Karabakh.",
         "RETREAT", source=["Armenia", "Azerbaijan"]),
    case("retreat-phrasal", "Israeli forces pulled out of the Shifa hospital in Gaza City.",
         "RETREAT", source="Israel"),
    case("retreat-access", "Syria allowed UN aid convoys to enter rebel-held areas.", "RETREAT",
         source="Syria"),
    case("retreat-pronoun", "Iraqi Prime Minister Adel Abdul Mahdi faced weeks of mass "
         "protests. He resigned on Saturday.", "RETREAT", source="Mahdi"),
]

REQUEST = [
    case("request-asked", "Ukraine asked Germany for Leopard tanks.", "REQUEST",
         source="Ukraine", target="Germany"),
    case("request-called-on", "UN Secretary-General Antonio Guterres called on Israel and Hamas "
         "to agree to a humanitarian ceasefire.", "REQUEST", source="Guterres",
         target=["Israel", "Hamas"]),
    case("request-demanded", "China demanded that the United States stop selling arms to "
         "Taiwan.", "REQUEST", source="China", target=USA),
    case("request-urged", "The European Union urged Serbia and Kosovo to resume talks.",
         "REQUEST", source="European Union", target="Serbia"),
    case("request-nominal", "Lebanon made an urgent appeal to the United Nations for emergency "
         "aid.", "REQUEST", source="Lebanon", target="United Nations"),
    case("request-passive", "Iran was asked by the IAEA to give inspectors access to the site.",
         "REQUEST", source=("IAEA", "Atomic Energy"), target="Iran"),
    case("request-pronoun", "Ukrainian President Volodymyr Zelensky addressed the European "
         "Parliament on Wednesday. He appealed to European governments for fighter jets.",
         "REQUEST", source="Zelensky"),
]

ACCUSE = [
    case("accuse-accused", "Israel accused Hezbollah of firing rockets into northern Israel.",
         "ACCUSE", source="Israel", target="Hezbollah"),
    case("accuse-condemned", "The Arab League condemned the Israeli air strike on Damascus.",
         "ACCUSE", source="Arab League", target="Israel"),
    case("accuse-criticized", "Germany criticized Hungary over its new media law.", "ACCUSE",
         source="Germany", target="Hungary"),
    case("accuse-summoned", "Algeria summoned the French ambassador on Saturday over comments "
         "by President Emmanuel Macron.", "ACCUSE", source="Algeria",
         target=("France", "French")),
    case("accuse-passive", "Russia was sharply criticized by NATO over its troop build-up.",
         "ACCUSE", source=("NATO", "North Atlantic"), target=RUSSIA),
    case("accuse-filed-case", "South Africa filed a genocide case against Israel at the "
         "International Court of Justice.", "ACCUSE", source="South Africa", target="Israel"),
    case("accuse-diplomatic-protest", "China lodged a formal protest with Japan over the "
         "release of water from the Fukushima plant.", "ACCUSE", source="China",
         target="Japan"),
    case("accuse-investigation", "The International Criminal Court opened an investigation "
         "into alleged war crimes in Ukraine.", "ACCUSE",
         source=("International Criminal Court", "ICC")),
    case("accuse-pronoun", "Turkish President Recep Tayyip Erdogan spoke in Ankara on Friday. "
         "He condemned Sweden for allowing the burning of a Koran.", "ACCUSE",
         source="Erdogan", target="Sweden"),
]

REJECT = [
    case("reject-vetoed", "Russia vetoed a UN Security Council resolution on Syria.", "REJECT",
         source=RUSSIA),
    case("reject-rejected", "Hamas rejected the Israeli proposal for a temporary truce.",
         "REJECT", source="Hamas", target="Israel"),
    case("reject-refused", "Hungary refused to approve Sweden's membership of NATO.", "REJECT",
         source="Hungary"),
    case("reject-cancelled-meeting", "U.S. President Donald Trump cancelled his planned summit "
         "with North Korean leader Kim Jong Un.", "REJECT", source="Trump", target="Kim"),
    case("reject-phrasal", "Iran turned down an offer of direct talks with the United States.",
         "REJECT", source="Iran"),
    case("reject-barred-entry", "Israel barred two U.S. congresswomen from entering the "
         "country.", "REJECT", source="Israel"),
    case("reject-passive", "The peace plan was rejected by the Palestinian Authority.",
         "REJECT", source="Palestinian Authority"),
    case("reject-coordination", "Egypt and Jordan rejected the plan to move Palestinians out "
         "of Gaza.", "REJECT", source=["Egypt", "Jordan"]),
    case("reject-pronoun", "Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv. "
         "He rejected the Russian proposal for a ceasefire.", "REJECT", source="Zelensky",
         target=RUSSIA),
]

THREATEN = [
    case("threaten-threatened", "North Korea threatened to attack U.S. military bases on "
         "Guam.", "THREATEN", source="North Korea", target=USA),
    case("threaten-warned", "China warned Taiwan that any move towards independence would "
         "mean war.", "THREATEN", source="China", target="Taiwan"),
    case("threaten-nominal", "Iran issued a threat to close the Strait of Hormuz.", "THREATEN",
         source="Iran"),
    case("threaten-passive", "Taiwan was threatened with military action by China.",
         "THREATEN", source="China", target="Taiwan"),
    case("threaten-ultimatum", "The Houthis gave Saudi Arabia an ultimatum to lift its "
         "blockade of Yemen.", "THREATEN", source="Houthi", target="Saudi"),
    case("threaten-coordination", "Britain and France threatened to impose new sanctions on "
         "Russia.", "THREATEN", source=[UK, "France"], target=RUSSIA),
    case("threaten-pronoun", "Turkish President Recep Tayyip Erdogan addressed his party on "
         "Wednesday. He threatened to block Sweden's bid to join NATO.", "THREATEN",
         source="Erdogan", target="Sweden"),
]

PROTEST = [
    case("protest-marched", "Thousands of protesters marched through Tehran on Saturday.",
         "PROTEST", source="protesters"),
    case("protest-staged-rally", "Opposition supporters staged a rally in Caracas against "
         "President Nicolas Maduro.", "PROTEST", source="supporters", target="Maduro"),
    case("protest-strike", "French rail workers went on strike over the pension reform.",
         "PROTEST", source="workers"),
    case("protest-hunger-strike", "Hundreds of Palestinian prisoners in Israeli jails began a "
         "hunger strike.", "PROTEST", source="prisoners"),
    case("protest-blockade", "Protesters blocked the main highway into Islamabad.", "PROTEST",
         source="protesters"),
    case("protest-passive", "A demonstration against the military government was held by "
         "students in Khartoum.", "PROTEST", source=("students", "Sudan")),
    case("protest-coordination", "Students and workers demonstrated in Santiago against higher "
         "metro fares.", "PROTEST", source=["students", "workers"]),
    case("protest-pronoun", "Thousands of students gathered outside parliament in Belgrade on "
         "Monday. They protested against corruption.", "PROTEST", source="students"),
]

SANCTION = [
    case("sanction-imposed", "The European Union imposed sanctions on Belarus over the forced "
         "landing of a Ryanair flight.", "SANCTION", source="European Union",
         target="Belarus"),
    case("sanction-expelled-diplomats", "Germany expelled two Russian diplomats.", "SANCTION",
         source="Germany", target=RUSSIA),
    case("sanction-recalled", "Israel recalled its ambassador to Turkey.", "SANCTION",
         source="Israel", target="Turkey"),
    case("sanction-withdrew-aid", "The United States suspended military aid to Egypt.",
         "SANCTION", source=USA, target="Egypt"),
    case("sanction-embargo", "The UN Security Council imposed an arms embargo on South Sudan.",
         "SANCTION", source="Security Council", target="South Sudan"),
    case("sanction-passive", "Iran was hit with new sanctions by the United States.",
         "SANCTION", source=USA, target="Iran"),
    case("sanction-phrasal", "Saudi Arabia cut off diplomatic relations with Iran in 2016.",
         "SANCTION", source="Saudi", target="Iran"),
    case("sanction-coordination", "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain "
         "severed ties with Qatar.", "SANCTION", source=["Saudi", "Egypt", "Bahrain"],
         target="Qatar"),
    case("sanction-convicted", "A Russian court convicted opposition leader Alexei Navalny of "
         "fraud.", "SANCTION", source=("court", "Russia"), target="Navalny"),
    case("sanction-pronoun", "U.S. Treasury Secretary Janet Yellen spoke in Washington on "
         "Friday. She imposed sanctions on five Iranian officials.", "SANCTION",
         source=("Yellen",), target="Iran"),
]

MOBILIZE = [
    case("mobilize-deployed", "Russia deployed S-400 air defence systems to Crimea.",
         "MOBILIZE", source=RUSSIA),
    case("mobilize-called-up", "Israel called up 300,000 reservists.", "MOBILIZE",
         source="Israel"),
    case("mobilize-alert", "North Korea put its troops on high alert.", "MOBILIZE",
         source="North Korea"),
    case("mobilize-drills", "China staged large-scale military drills in the Taiwan Strait.",
         "MOBILIZE", source="China"),
    case("mobilize-passive", "Tens of thousands of troops were massed near the Ukrainian border "
         "by Russia.", "MOBILIZE", source=RUSSIA),
    case("mobilize-police", "France deployed 45,000 police officers across the country ahead "
         "of the protests.", "MOBILIZE", source="France"),
    case("mobilize-coordination", "Armenia and Azerbaijan mobilized their armed forces.",
         "MOBILIZE", source=["Armenia", "Azerbaijan"]),
    case("mobilize-pronoun", "Venezuelan President Nicolas Maduro spoke on state television on "
         "Sunday. He sent troops to the border with Guyana.", "MOBILIZE", source="Maduro"),
]

COERCE = [
    case("coerce-arrested", "Turkish police arrested 40 journalists in Istanbul.", "COERCE",
         source=("Turkish police", "Turkey")),
    case("coerce-passive", "Opposition leader Alexei Navalny was detained by Russian police at a "
         "Moscow airport.", "COERCE", target="Navalny"),
    case("coerce-curfew", "Sri Lanka imposed a nationwide curfew.", "COERCE",
         source="Sri Lanka"),
    case("coerce-martial-law", "South Korean President Yoon Suk Yeol declared martial law on "
         "Tuesday night.", "COERCE", source="Yoon"),
    case("coerce-deported", "Italy deported a Tunisian imam suspected of extremism.", "COERCE",
         source="Italy"),
    case("coerce-censored", "Iran blocked access to Instagram and WhatsApp.", "COERCE",
         source="Iran"),
    case("coerce-cyber", "Russian military hackers carried out a cyberattack on Ukraine's power "
         "grid.", "COERCE", source=RUSSIA, target="Ukraine"),
    case("coerce-shut-down", "Ethiopia shut down the internet in the Tigray region.", "COERCE",
         source="Ethiopia"),
    case("coerce-pronoun", "Belarusian President Alexander Lukashenko faced mass protests in "
         "2020. He jailed hundreds of opposition activists.", "COERCE", source="Lukashenko"),
]

ASSAULT = [
    case("assault-struck", "Russian missiles struck Kyiv early on Monday.", "ASSAULT",
         source=RUSSIA, target=("Kyiv", "Ukraine")),
    case("assault-launched-attack", "Hamas launched a surprise attack on Israel on October 7.",
         "ASSAULT", source="Hamas", target="Israel"),
    case("assault-killed", "Islamic State militants killed 20 soldiers in northern Iraq.",
         "ASSAULT", source="Islamic State"),
    case("assault-passive", "Two Israeli soldiers were killed by Hezbollah fighters near the "
         "border.", "ASSAULT", source="Hezbollah", target="Israel"),
    case("assault-captured", "Kurdish forces captured dozens of Islamic State fighters near "
         "Raqqa.", "ASSAULT", source="Kurd", target="Islamic State"),
    case("assault-abducted", "Boko Haram abducted 276 schoolgirls from Chibok.", "ASSAULT",
         source="Boko Haram"),
    case("assault-air-strikes", "The Saudi-led coalition carried out air strikes on Sanaa.",
         "ASSAULT", source=("Saudi", "coalition"), target=("Sanaa", "Yemen")),
    case("assault-coordination", "The United States and Britain bombed Houthi targets in "
         "Yemen.", "ASSAULT", source=[USA, UK], target=("Houthi", "Yemen")),
    case("assault-opened-fire", "Turkish artillery opened fire on Kurdish positions in northern "
         "Syria.", "ASSAULT", source="Turk", target="Kurd"),
    case("assault-pronoun", "Anders Behring Breivik set off a bomb in Oslo in July 2011. He then "
         "shot dead 69 people on the island of Utoya.", "ASSAULT", source="Breivik"),
]

BY_TYPE = {
    "AGREE": AGREE, "CONSULT": CONSULT, "SUPPORT": SUPPORT, "CONCEDE": CONCEDE,
    "COOPERATE": COOPERATE, "AID": AID, "RETREAT": RETREAT, "REQUEST": REQUEST,
    "ACCUSE": ACCUSE, "REJECT": REJECT, "THREATEN": THREATEN, "PROTEST": PROTEST,
    "SANCTION": SANCTION, "MOBILIZE": MOBILIZE, "COERCE": COERCE, "ASSAULT": ASSAULT,
}
POSITIVE = [c for cases in BY_TYPE.values() for c in cases]


def test_every_plover_type_has_at_least_four_phrasings() -> None:
    assert set(BY_TYPE) == set(PLOVER_TYPES)
    assert all(p.values[1] == t for t, cases in BY_TYPE.items() for p in cases)
    assert min(len(cases) for cases in BY_TYPE.values()) >= 4


@pytest.mark.parametrize(("text", "type_", "source", "target", "involving"), POSITIVE)
def test_type(text: str, type_: str, source: Names | None, target: Names | None,
              involving: Names | None) -> None:
    expect(text, type_, source=source, target=target, involving=involving)


# Boundaries from PLOVER_NOTES: the right type is coded and the tempting wrong one is not.
# ``only_asserted``: the wrong type is tolerated with another modality (a cancelled meeting may
# also be coded as a negated CONSULT, an announced withdrawal as a future RETREAT).
def boundary(id: str, text: str, right: str, wrong: str, *, source: Names | None = None,
             target: Names | None = None, only_asserted: bool = False):
    return pytest.param(text, right, wrong, source, target, only_asserted, id=id)


BOUNDARIES = [
    boundary("cancelled-meeting-is-reject", "Egypt cancelled talks with Ethiopia on the Nile "
             "dam.", "REJECT", "CONSULT", source="Egypt", only_asserted=True),
    boundary("expelled-diplomats-is-sanction", "Poland expelled 45 Russian diplomats.",
             "SANCTION", "COERCE", source="Poland", target=RUSSIA),
    boundary("deported-people-is-coerce", "Britain deported 30 Jamaican nationals on a "
             "charter flight to Kingston.", "COERCE", "SANCTION", source=UK),
    boundary("summoned-ambassador-is-accuse", "Turkey summoned the Swedish ambassador over "
             "the burning of a Koran in Stockholm.", "ACCUSE", "PROTEST", source="Turkey",
             target=("Sweden", "Swedish")),
    boundary("diplomatic-protest-is-accuse", "Beijing lodged a strong protest with Washington "
             "over the sale of fighter jets to Taiwan.", "ACCUSE", "PROTEST",
             source=("China", "Beijing"), target=USA),
    boundary("street-protest-is-protest", "Thousands of protesters rallied outside the U.S. "
             "embassy in Baghdad.", "PROTEST", "ACCUSE", source="protesters"),
    boundary("captured-fighters-is-assault", "Iraqi forces captured 30 Islamic State fighters "
             "near Mosul.", "ASSAULT", "COERCE", source="Iraq", target="Islamic State"),
    boundary("arrested-protesters-is-coerce", "Egyptian police arrested dozens of protesters "
             "in Cairo.", "COERCE", "ASSAULT", source=("Egypt",)),
    boundary("withdrawn-aid-is-sanction", "The United States cut off aid to the Palestinian "
             "Authority.", "SANCTION", "AID", source=USA, target="Palestinian Authority",
             only_asserted=True),
    boundary("future-cooperation-is-agree", "Russia and Egypt agreed to hold joint naval "
             "exercises next year.", "AGREE", "COOPERATE", source=[RUSSIA, "Egypt"],
             only_asserted=True),
    boundary("announced-withdrawal-is-concede", "Washington announced that it would pull its "
             "troops out of Iraq by the end of the year.", "CONCEDE", "RETREAT", source=USA,
             only_asserted=True),
    boundary("joint-exercises-are-cooperate", "India and France held joint air force "
             "exercises in Rajasthan.", "COOPERATE", "MOBILIZE", source=["India", "France"]),
    boundary("arms-delivery-is-aid", "Iran supplied ballistic missiles to the Houthis.", "AID",
             "COOPERATE", source="Iran", target="Houthi"),
]


@pytest.mark.parametrize(("text", "right", "wrong", "source", "target", "only_asserted"),
                         BOUNDARIES)
def test_boundary(text: str, right: str, wrong: str, source: Names | None,
                  target: Names | None, only_asserted: bool) -> None:
    expect(text, right, source=source, target=target)
    expect_none(text, wrong, modality="asserted" if only_asserted else None)


# Sentences where no event (or no event of the named type) is the right reading.
NEAR_MISSES = [
    pytest.param("The minister said the weather was cold.", None, id="weather-no-events"),
    pytest.param("The company's share price fell sharply.", None, id="share-price-no-events"),
    pytest.param("Scientists discovered a new species of frog in Ecuador.", None,
                 id="science-no-events"),
    pytest.param("The attack helicopter was displayed at the museum.", "ASSAULT",
                 id="attack-helicopter"),
    pytest.param("The strike price of the option was $150.", "PROTEST", id="strike-price"),
    pytest.param("The Liverpool striker launched a late attack but failed to score.",
                 "ASSAULT", id="football-attack"),
    pytest.param("Magnus Carlsen attacked early and won the game in 30 moves.", "ASSAULT",
                 id="chess-attack"),
    pytest.param("Shares of Tesla shot up 10 percent after the results.", "ASSAULT",
                 id="shares-shot-up"),
    pytest.param("Apple released a new iPhone in September.", "RETREAT", id="product-release"),
    pytest.param("The museum opened an exhibition about protest songs of the 1960s.",
                 "PROTEST", id="protest-songs"),
    pytest.param("The weather service warned of heavy snow in the Alps.", "THREATEN",
                 id="weather-warning"),
    pytest.param("The film depicts the 1973 military coup in Chile.", "ASSAULT",
                 id="film-about-coup"),
    pytest.param("Heavy rain forced the cancellation of the concert in Lagos.", "REJECT",
                 id="rain-cancelled-concert"),
    pytest.param("Real Madrid signed a new striker from Brazil.", "SUPPORT",
                 id="football-signing"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEAR_MISSES)
def test_near_miss(text: str, forbidden: str | None) -> None:
    expect_none(text, forbidden)


def test_events_are_well_formed() -> None:
    texts = [p.values[0] for p in POSITIVE] + [p.values[0] for p in BOUNDARIES]
    found = {text: problems(events(text)) for text in texts}
    assert not any(found.values()), {t: p for t, p in found.items() if p}
