"""An act found in a short sentence is still found when the same clause sits in a long one.

Every sentence is our own wording. A row pairs a short sentence with a long news sentence that
tells the same act with more around it: a coordinated second verb, a participle tail, a
reporting tail ("..., officials said"), an apposition between subject and verb, a fronted time
or place phrase, a quotation after the clause, an "according to" tail, a headline with no
article. The parser reads the long one differently; both must give the same type, source and
target. Near misses are long sentences whose participles or tails are not the act.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, known, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
SENT_FORCES = ("AID", "MOBILIZE")


def pair(id: str, short: str, long: str, type_: OneOrMore, *, source: Names | None = None,
         target: Names | None = None):
    return pytest.param(short, long, type_, source, target, id=id)


PAIRS = [
    # a coordinated second verb, a reporting tail
    pair("mobilize-alert-coordinated",
         "The Taiwanese army put its units on alert.",
         "The Taiwanese army put coastal artillery units on high alert and shared satellite "
         "images with Manila, defence officials said.",
         "MOBILIZE", source="Taiwan"),
    pair("mobilize-readiness-coordinated",
         "Poland placed its air defences on combat readiness.",
         "Poland placed eastern air defence batteries on full combat readiness and closed two "
         "border crossings with Belarus, the interior ministry said on Sunday.",
         "MOBILIZE", source="Poland"),
    pair("assault-boarded-reporting-tail",
         "Iranian commandos boarded the tanker.",
         "Iranian commandos boarded the Greek-flagged tanker from a helicopter south of the "
         "strait and sailed it to Bandar Abbas, state television reported.",
         ("COERCE", "ASSAULT"), source="Iran"),
    pair("arrest-detained-second-clause",
         "Police in Dhaka arrested an opposition leader.",
         "Police in Dhaka arrested an opposition leader at his home before dawn and took him "
         "to a court in the capital, his lawyer said.",
         "COERCE", source="police"),
    pair("attack-shelled-second-clause",
         "Sudanese army artillery shelled El Fasher.",
         "Sudanese army artillery shelled eastern districts of El Fasher overnight and cut "
         "the last road into the city, residents and aid workers said.",
         "ASSAULT", source="Sudan", target="El Fasher"),
    # a participle tail
    pair("protest-participle-tail",
         "Hundreds of farmers protested against the trade deal.",
         "Hundreds of farmers from a regional union protested against the trade deal outside "
         "parliament in Warsaw, waving flags and blocking traffic for hours.",
         "PROTEST", source="farmers"),
    pair("protest-participle-tail-banners",
         "Forty supporters of a small party protested against the visit.",
         "Forty supporters of a small nationalist party protested against the minister's "
         "visit, carrying banners that called for his resignation.",
         "PROTEST", source="supporters"),
    pair("protest-rallied-participle-tail",
         "Students rallied in Tbilisi against the foreign agents bill.",
         "Thousands of students rallied in Tbilisi against the foreign agents bill, chanting "
         "slogans and holding up European Union flags.",
         "PROTEST", source="students"),
    pair("aid-delivered-participle-tail",
         "Jordan delivered food aid to Gaza.",
         "Jordan delivered another forty tonnes of food aid to Gaza, dropping the pallets "
         "from military transport planes over the north of the strip.",
         "AID", source="Jordan", target="Gaza"),
    # a reporting tail
    pair("sanction-reporting-tail",
         "The European Union imposed sanctions on Belarus.",
         "The European Union imposed fresh sanctions on Belarus over the forced landing of a "
         "passenger jet in Minsk, diplomats in Brussels said on Thursday.",
         "SANCTION", source="European Union", target="Belarus"),
    pair("threat-reporting-tail",
         "North Korea threatened to strike Seoul.",
         "North Korea threatened to strike Seoul with overwhelming force if the joint drills "
         "went ahead, the state news agency KCNA reported.",
         "THREATEN", source="North Korea", target="Seoul"),
    pair("meeting-reporting-tail",
         "Erdogan met Putin in Sochi.",
         "Erdogan met Putin in the Black Sea resort of Sochi for four hours of talks on grain "
         "exports and Syria, the Turkish presidency said in a statement.",
         "CONSULT", source="Erdogan", target="Putin"),
    # an apposition between subject and verb
    pair("meeting-apposition",
         "Blinken met Wang Yi in Beijing.",
         "Blinken, the U.S. Secretary of State on his second trip to China this year, met "
         "Wang Yi in Beijing on Friday.",
         "CONSULT", source="Blinken", target="Wang Yi"),
    pair("arrest-apposition",
         "Turkish police detained Ekrem Imamoglu.",
         "Turkish police detained Ekrem Imamoglu, the mayor of Istanbul and the main rival "
         "of the president, in a dawn raid on his home on Wednesday.",
         "COERCE", source="police", target="Imamoglu"),
    pair("sanction-apposition",
         "The Treasury sanctioned Wagner.",
         "The Treasury, which has targeted hundreds of Russian firms since 2022, sanctioned "
         "Wagner on Tuesday over its operations in Mali and the Central African Republic.",
         "SANCTION", source="Treasury", target="Wagner"),
    known(pair("aid-apposition",
         "Japan gave Ukraine power generators.",
         "Japan, one of the largest donors outside Europe, gave Ukraine dozens of power "
         "generators for its damaged grid ahead of the winter.",
         "AID", source="Japan", target="Ukraine"),
          "the short form: the parser reads 'gave Ukraine power generators' as one noun "
          "phrase, and a generator is no object of an AID sense of 'give'"),
    # a fronted time or place phrase
    pair("attack-fronted-time",
         "Russian drones struck Odesa.",
         "Late on Saturday, after a week of relative calm along the coast, Russian drones "
         "struck the port of Odesa, regional officials said.",
         "ASSAULT", source=RUSSIA, target="Odesa"),
    pair("arrest-fronted-place",
         "Security forces arrested twelve activists.",
         "In the southern city of Basra, where protests over water shortages have grown, "
         "Iraqi security forces arrested twelve activists on Monday.",
         "COERCE", source="security forces", target="activists"),
    pair("mobilize-fronted-time",
         "China deployed warships near Taiwan.",
         "Hours after the Taiwanese president returned from a trip abroad, China deployed "
         "more than twenty warships near Taiwan, the defence ministry in Taipei said.",
         "MOBILIZE", source="China"),
    pair("protest-fronted-place",
         "Thousands of people marched in Nairobi.",
         "In central Nairobi, despite a heavy police presence and a ban on gatherings, "
         "thousands of people marched against the finance bill on Tuesday.",
         "PROTEST", source="people"),
    # a quotation after the clause
    pair("threat-quotation",
         "Iran threatened to close the Strait of Hormuz.",
         "Iran threatened to close the Strait of Hormuz on Sunday: \"If our oil cannot pass, "
         "no oil will pass,\" a senior commander told state media.",
         "THREATEN", source="Iran"),
    pair("sanction-quotation",
         "Canada sanctioned Nicaraguan officials.",
         "Canada sanctioned nine Nicaraguan officials on Friday. \"We will not stand by,\" "
         "the foreign minister said.",
         "SANCTION", source="Canada", target="Nicaragua"),
    # an "according to" tail
    pair("attack-according-to",
         "Gunmen attacked a police station in Zamfara.",
         "Gunmen attacked a police station in Zamfara state late on Sunday, killing three "
         "officers, according to a police spokesman.",
         "ASSAULT", source="Gunmen", target="police"),
    pair("mobilize-according-to",
         "Azerbaijan moved troops to the border.",
         "Azerbaijan moved several thousand troops and heavy armour to the border with "
         "Armenia over the weekend, according to satellite images seen by analysts.",
         "MOBILIZE", source="Azerbaijan"),
    known(pair("meeting-according-to",
         "Saudi Arabia hosted talks with the Houthis.",
         "Saudi Arabia hosted a round of talks with the Houthis in Riyadh this week, "
         "according to two people with knowledge of the meetings.",
         "CONSULT", source="Saudi Arabia", target="Houthi"),
          "the actor map resolves 'a round of talks with X in <city>' to the city (actormap)"),
    # a headline with no article
    pair("headline-attack",
         "Israeli jets struck targets in Lebanon.",
         "Israeli jets strike Hezbollah targets in southern Lebanon after rocket fire",
         "ASSAULT", source="Israel", target=("Hezbollah", "Lebanon")),
    # the parser makes the headline verb's object its apposition: no object, but the one
    # other state its clause names is the recipient (events.other_side)
    pair("headline-sanction",
         "The United States sanctioned Venezuelan officials.",
         "US sanctions Venezuelan officials over disputed election",
         "SANCTION", source=USA, target="Venezuela"),
    known(pair("headline-arrest",
         "Police arrested the opposition leader in Kampala.",
         "Ugandan police arrest opposition leader at Kampala rally",
         "COERCE", source="police", target="opposition leader"),
          "the actors stage reads 'Ugandan police arrest opposition leader' as one name"),
    pair("headline-protest",
         "Farmers protested in Paris.",
         "Farmers protest in Paris over fuel taxes, block ring road",
         "PROTEST", source="Farmers"),
    # a long subject, a long object
    pair("aid-long-object",
         "Germany sent tanks to Ukraine.",
         "Germany sent a first batch of Leopard tanks, together with spare parts, ammunition "
         "and a team of trainers, to Ukraine on Monday, the defence ministry said.",
         SENT_FORCES, source="Germany", target="Ukraine"),
    pair("threat-long-subject",
         "Venezuela threatened to annex Essequibo.",
         "Venezuela, whose claim to the region goes back more than a century, threatened on "
         "Sunday to annex Essequibo after a referendum.",
         "THREATEN", source="Venezuela"),
    pair("meeting-coordinated-second-verb",
         "Macron met Scholz in Berlin.",
         "Macron met Scholz in Berlin on Tuesday and promised to speed up joint arms "
         "projects, the Elysee said.",
         "CONSULT", source="Macron", target="Scholz"),
]

#: Long sentences whose participles, tails or second clauses are not the act.
NEAR_MISSES = [
    pytest.param("Leaders of the party founded in 1990 by former dissidents gathered in "
                 "Prague on Saturday to choose a new chairman.", "ASSAULT",
                 id="founded-participle-not-act"),
    pytest.param("The ship, seized by pirates in 2019 and later returned to its owners, "
                 "docked in Mombasa on Monday, port officials said.", "ASSAULT",
                 id="seized-earlier-participle-of-apposition"),
    pytest.param("Fishermen from a village attacked by crocodiles last year asked the "
                 "district council for new nets, the local radio reported.", "ASSAULT",
                 id="attacked-by-animals-participle"),
    pytest.param("Officials in Manila, holding a press briefing on the budget, said growth "
                 "would slow this year.", "PROTEST",
                 id="holding-briefing-not-protest"),
    pytest.param("Poland put its defence budget on the agenda for the talks with NATO allies "
                 "in Vilnius, officials said.", "MOBILIZE", id="put-budget-on-agenda"),
    pytest.param("Members of the union founded by dock workers in 1956 met the minister in "
                 "Lagos on Monday.", "PROTEST", id="founded-by-participle-root-verb"),
]


@pytest.mark.parametrize(("short", "long", "type_", "source", "target"), PAIRS)
def test_long_sentence_keeps_the_act(short, long, type_, source, target):
    for text in (short, long):
        ex = events(text)
        found = matching(ex, type_, source=source, target=target)
        assert found, (f"expected {type_} source={source!r} target={target!r}\n"
                       f"{describe(ex)}")


@pytest.mark.parametrize(("text", "type_"), NEAR_MISSES)
def test_near_miss_codes_no_act(text, type_):
    ex = events(text)
    assert not matching(ex, type_), describe(ex)
