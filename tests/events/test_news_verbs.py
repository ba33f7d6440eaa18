"""Common wire verbs and constructions, one PLOVER type at a time (issue 12: lexical coverage
that generalizes). Grown from the CAMEO descriptions of each root, in the verbal, nominal,
passive and reported forms a reporter uses: blaming, slamming, snubbing, hailing, brokering,
bankrolling, storming, rounding up, gunning down, walking out, cutting ties, blacklisting,
vowing to retaliate, ordering a nominal act ("ordered the arrest of"), agentless fire at a
place ("rockets were fired at"), turning back refugees, a purpose infinitive that restates its
act ("telephoned X to discuss").

Each row: sentence, expected PLOVER type, a word of the trigger span, a source name test
(None: any source, or none). Near misses (sport, markets, metaphor) must not fire the type.
Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, expect_none, problems

#: Blaming a thing names a cause (disasters.against_disaster): today any object that is no
#: actor counts as a thing, so blaming saboteurs or gangs is no ACCUSE either.
_BLAMED_THING = pytest.mark.xfail(strict=True, reason="disasters.against_disaster drops a blame "
                                  "whose object is no actor, people included")

CODED = [
    # ACCUSE 11x: blame, slam, lash out, criticise, in every form
    pytest.param("The Kremlin blamed saboteurs for the blast at the arms depot.",
                 "ACCUSE", "blamed", ("Kremlin", "Russia"), id="blame-non-actor-object",
                 marks=_BLAMED_THING),
    pytest.param("Ramaphosa blamed criminal networks for the looting in Durban.",
                 "ACCUSE", "blamed", "Ramaphosa", id="blame-non-actor-plural",
                 marks=pytest.mark.xfail(strict=False, reason="passes only when the object's "
                                         "subtree happens to hold an actor ('in Durban')")),
    pytest.param("Lukashenko blamed the protesters for the unrest in Minsk.",
                 "ACCUSE", "blamed", "Lukashenko", id="blame-group-object"),
    pytest.param("Pakistan blamed India for the attack in Kashmir.",
                 "ACCUSE", "blamed", "Pakistan", id="blame-actor-object"),
    pytest.param("The Syrian government was blamed by Turkey for the shelling.",
                 "ACCUSE", "blamed", "Turkey", id="blame-passive"),
    pytest.param("Erdogan slammed Sweden over the Koran burnings.",
                 "ACCUSE", "slammed", "Erdogan", id="slam-over"),
    pytest.param("China lashed out at Japan over its defence budget.",
                 "ACCUSE", "lashed", "China", id="lash-out-at"),
    pytest.param("Moscow hit out at NATO for its new deployments in the Baltics.",
                 "ACCUSE", "hit", ("Moscow", "Russia"), id="hit-out-at"),
    pytest.param("Hungary criticised the European Commission over frozen funds.",
                 "ACCUSE", "criticised", "Hungary", id="criticise"),
    pytest.param("Venezuela denounced the United States for its new sanctions.",
                 "ACCUSE", "denounced", "Venezuela", id="denounce"),
    pytest.param("Iran rebuked Germany over the execution verdict.",
                 "ACCUSE", "rebuked", "Iran", id="rebuke"),
    pytest.param("Seoul summoned the Japanese ambassador to protest the textbook.",
                 "ACCUSE", "summoned", ("Seoul", "Korea"), id="summon-ambassador"),
    # REJECT 12x: rebuff, snub, spurn, shun, veto, turn back
    pytest.param("Kosovo rebuffed the Serbian offer of talks.",
                 "REJECT", "rebuffed", "Kosovo", id="rebuff-offer"),
    pytest.param("Putin snubbed the summit in Johannesburg.",
                 "REJECT", "snubbed", "Putin", id="snub-summit"),
    pytest.param("Tehran spurned the European proposal for new talks.",
                 "REJECT", "spurned", ("Tehran", "Iran"), id="spurn-proposal"),
    pytest.param("Russia vetoed the Security Council resolution on Syria.",
                 "REJECT", "vetoed", "Russia", id="veto"),
    pytest.param("Hamas rejected the Israeli ceasefire plan.",
                 "REJECT", "rejected", "Hamas", id="reject-plan"),
    pytest.param("Migrants fleeing Libya were turned back by Maltese authorities.",
                 "REJECT", "turned", "Malt", id="turn-back-migrants-passive"),
    pytest.param("Greek coastguards turned back a boat carrying Afghan refugees.",
                 "REJECT", "turned", "Greek", id="turn-back-boat"),
    pytest.param("Poland refused entry to a group of Belarusian asylum seekers.",
                 "REJECT", "refused", "Poland", id="refuse-entry"),
    # SUPPORT 05x: hail, welcome, back, laud, praise, endorse
    pytest.param("Kenya hailed the peace deal signed in Pretoria.",
                 "SUPPORT", "hailed", "Kenya", id="hail-deal"),
    pytest.param("The African Union welcomed the ceasefire in Sudan.",
                 "SUPPORT", "welcomed", "African Union", id="welcome-ceasefire"),
    pytest.param("France backed the Moroccan autonomy plan for Western Sahara.",
                 "SUPPORT", "backed", "France", id="back-plan"),
    pytest.param("Biden lauded Finland for joining the alliance.",
                 "SUPPORT", "lauded", "Biden", id="laud"),
    pytest.param("Zelensky praised Britain for its steadfast help.",
                 "SUPPORT", "praised", "Zelensky", id="praise"),
    pytest.param("The Arab League endorsed the Egyptian plan for Gaza.",
                 "SUPPORT", "endorsed", "Arab League", id="endorse"),
    pytest.param("Washington courted Vietnam with a new partnership deal.",
                 "SUPPORT", "courted", ("Washington", "United States"), id="court-state"),
    pytest.param("Beijing wooed Pacific island states with loans and police training.",
                 "SUPPORT", "wooed", ("Beijing", "China"), id="woo-states"),
    pytest.param("Saudi Arabia and Iran restored diplomatic ties after seven years.",
                 "SUPPORT", "restored", ("Saudi", "Iran"), id="restore-ties"),
    # CONSULT 04x: broker, mediate, host, receive, telephone (and its purpose infinitive)
    pytest.param("Qatar brokered talks between Washington and the Taliban.",
                 "CONSULT", "brokered", "Qatar", id="broker-talks"),
    pytest.param("Turkey mediated between Russia and Ukraine over grain exports.",
                 "CONSULT", "mediated", "Turkey", id="mediate-between"),
    pytest.param("Egypt hosted Israeli and Hamas negotiators in Cairo.",
                 "CONSULT", "hosted", "Egypt", id="host-negotiators"),
    pytest.param("Xi received the Brazilian president in Beijing.",
                 "CONSULT", "received", "Xi", id="receive-president"),
    pytest.param("Scholz telephoned Erdogan to discuss the migration pact.",
                 "CONSULT", "telephoned", "Scholz", id="telephone-to-discuss"),
    pytest.param("Modi phoned Putin on Tuesday.",
                 "CONSULT", "phoned", "Modi", id="phone"),
    pytest.param("Blinken sat down with Wang Yi in Bali.",
                 "CONSULT", "sat", "Blinken", id="sit-down-with"),
    # COOPERATE 06x
    pytest.param("Colombia extradited a drug lord to the United States.",
                 "COOPERATE", "extradited", "Colombia", id="extradite"),
    pytest.param("India and Japan stepped up intelligence sharing.",
                 "COOPERATE", "sharing", ("India", "Japan"), id="intelligence-sharing"),
    # information handed from one party to another (CAMEO 064), in the words of handing
    pytest.param("Malawi handed border camera footage to Zambian investigators on Tuesday.",
                 "COOPERATE", "handed", "Malawi", id="hand-footage"),
    pytest.param("Uganda has passed intelligence on the rebels to Kinshasa.",
                 "COOPERATE", "passed", "Uganda", id="pass-intelligence"),
    pytest.param("Senegal turned over evidence from the wreck to Gambian prosecutors.",
                 "COOPERATE", "turned", "Senegal", id="turn-over-evidence"),
    pytest.param("Botswana shared drone footage of the crossing with Namibia.",
                 "COOPERATE", "shared", "Botswana", id="share-footage"),
    # COERCE 1711: a vessel whose noun the tagger reads as a comparative ("trawl-er")
    pytest.param("The Nicaraguan navy boarded the trawler off Bluefields on Monday.",
                 "COERCE", "boarded", "navy", id="board-trawler-comparative"),
    pytest.param("The navy boarded the trawler off Bluefields on Monday.",
                 "COERCE", "boarded", "navy", id="board-trawler-comparative-bare"),
    pytest.param("Gabonese coast guards boarded a freighter off Port-Gentil.",
                 "COERCE", "boarded", ("Gabon", "coast guards"), id="board-freighter"),
    # COERCE 173: soldiers or officers detained by the police, or held for a court, are
    # arrested (captured combatants are abducted, 181)
    pytest.param("Police in Bafata detained eight officers of the national guard on Thursday.",
                 "COERCE", "detained", "Police", id="police-detain-officers"),
    pytest.param("The six officers detained last week must be brought before a judge, their "
                 "lawyers said.", "COERCE", "detained", None, id="officers-detained-judge"),
    # COERCE 172x: a measure decreed is imposed
    pytest.param("The president of Guinea-Bissau decreed a night curfew in Bafata.",
                 "COERCE", "decreed", ("Guinea-Bissau", "president"), id="decree-curfew"),
    # AID 07x: airlift, ship, bankroll, arm, train
    # ... and relief goods handed out or distributed, staples by name (073)
    pytest.param("The WFP delivered 300 tonnes of sorghum to refugees in Goz Beida on Monday.",
                 "AID", "delivered", ("WFP", "World Food"), id="deliver-sorghum"),
    pytest.param("Red Cross volunteers handed out maize to displaced families in Montepuez.",
                 "AID", "handed", "volunteers", id="hand-out-maize"),
    pytest.param("UNICEF distributed food to 4,000 families in Bentiu.",
                 "AID", "distributed", "UNICEF", id="distribute-food"),
    pytest.param("Caritas distributed blankets and millet to flood victims in Kebbi.",
                 "AID", "distributed", "Caritas", id="distribute-millet"),
    pytest.param("Jordan airlifted medical supplies to Gaza on Friday.",
                 "AID", "airlifted", "Jordan", id="airlift-supplies"),
    pytest.param("Germany shipped tanks to Ukraine last month.",
                 "AID", "shipped", "Germany", id="ship-tanks"),
    pytest.param("Iran bankrolled the Houthi rebels for years.",
                 "AID", "bankrolled", "Iran", id="bankroll"),
    pytest.param("Russia armed the separatists in eastern Ukraine.",
                 "AID", "armed", "Russia", id="arm-separatists"),
    pytest.param("British instructors trained Ukrainian soldiers in Salisbury Plain.",
                 "AID", "trained", "British", id="train-soldiers"),
    pytest.param("Japan granted asylum to a Chinese dissident.",
                 "AID", "granted", "Japan", id="grant-asylum"),
    pytest.param("The World Bank approved a $500 million loan to Kenya.",
                 "AID", "approved", "World Bank", id="approve-loan"),
    # RETREAT 08x
    pytest.param("Russian troops pulled out of Kherson on Friday.",
                 "RETREAT", "pulled", "Russia", id="pull-out"),
    pytest.param("The junta freed the deposed president after a week.",
                 "RETREAT", "freed", "junta", id="free-president"),
    pytest.param("Kenya's interior minister stepped down on Monday.",
                 "RETREAT", "stepped", "Kenya", id="step-down"),
    # REQUEST 10x and the orderer of a nominal act
    pytest.param("Ecuador's president ordered the arrest of three army generals.",
                 "COERCE", "ordered", "Ecuador", id="order-arrest-of"),
    pytest.param("The ministry ordered the expulsion of four Russian diplomats.",
                 "SANCTION", "ordered", "ministry", id="order-expulsion-of"),
    pytest.param("The court ordered the release of the opposition leader.",
                 "RETREAT", "ordered", "court", id="order-release-of"),
    pytest.param("Putin ordered the withdrawal of troops from the border.",
                 "RETREAT", "ordered", "Putin", id="order-withdrawal-of"),
    pytest.param("Ukraine urged Germany to send more air defence systems.",
                 "REQUEST", "urged", "Ukraine", id="urge-to"),
    pytest.param("Palestinians appealed to the United Nations for protection.",
                 "REQUEST", "appealed", "Palestin", id="appeal-to"),
    # THREATEN 13x: warn of, vow to retaliate, threaten
    pytest.param("Iran vowed to retaliate against Israel for the strike in Damascus.",
                 "THREATEN", "vowed", "Iran", id="vow-to-retaliate"),
    pytest.param("Beijing warned Manila of consequences over the shoal.",
                 "THREATEN", "warned", ("Beijing", "China"), id="warn-of-consequences"),
    pytest.param("North Korea threatened to shoot down American spy planes.",
                 "THREATEN", "threatened", "Korea", id="threaten-shoot-down"),
    pytest.param("Washington threatened Ankara with sanctions over the missile deal.",
                 "THREATEN", "threatened", ("Washington", "United States"),
                 id="threaten-with-sanctions"),
    # PROTEST 14x: rally, march, walk out, down tools, boycott, sit-in
    pytest.param("Thousands of Serbian students rallied in Belgrade against corruption.",
                 "PROTEST", "rallied", "student", id="rally"),
    pytest.param("Farmers marched on the parliament in Brussels.",
                 "PROTEST", "marched", "Farmers", id="march-on"),
    pytest.param("Nurses in Kenya walked out over unpaid wages.",
                 "PROTEST", "walked", "Nurses", id="walk-out-strike"),
    pytest.param("Dock workers downed tools at the port of Durban.",
                 "PROTEST", "downed", "workers", id="down-tools"),
    pytest.param("Opposition parties boycotted the election in Bangladesh.",
                 "PROTEST", "boycotted", "Opposition", id="boycott-election"),
    pytest.param("Students staged a sit-in outside the ministry of education.",
                 "PROTEST", "sit", "Students", id="stage-sit-in"),
    pytest.param("Rioters looted shops in the centre of Port Louis.",
                 "PROTEST", "looted", "Rioters", id="loot"),
    # SANCTION 16x: cut ties, downgrade ties, kick out, boot out, order out, freeze assets,
    # blacklist, slap tariffs
    pytest.param("Nicaragua cut ties with Taiwan in December.",
                 "SANCTION", "cut", "Nicaragua", id="cut-ties"),
    pytest.param("Israel downgraded ties with Ireland over its recognition of Palestine.",
                 "SANCTION", "downgraded", "Israel", id="downgrade-ties"),
    pytest.param("Niger kicked out the French ambassador in August.",
                 "SANCTION", "kicked", "Niger", id="kick-out-ambassador"),
    pytest.param("Moscow booted out two Estonian diplomats.",
                 "SANCTION", "booted", ("Moscow", "Russia"), id="boot-out-diplomats"),
    pytest.param("Mali ordered out the French envoy within 72 hours.",
                 "SANCTION", "ordered", "Mali", id="order-out-envoy"),
    pytest.param("Britain froze the assets of six Russian oligarchs.",
                 "SANCTION", "froze", "Britain", id="freeze-assets"),
    pytest.param("The Treasury blacklisted three Chinese firms over drones for Russia.",
                 "SANCTION", "blacklisted", "Treasury", id="blacklist"),
    pytest.param("Washington slapped tariffs on Chinese electric cars.",
                 "SANCTION", "slapped", ("Washington", "United States"), id="slap-tariffs"),
    pytest.param("Ukraine recalled its ambassador from Minsk.",
                 "SANCTION", "recalled", "Ukraine", id="recall-ambassador"),
    # recalling one's own envoy in other words (CAMEO 161): called or summoned home or back
    pytest.param("Benin called its ambassador home from Abuja on Friday.",
                 "SANCTION", "called", "Benin", id="call-envoy-home"),
    pytest.param("Peru has called back its envoy to Mexico City for consultations.",
                 "SANCTION", "called", "Peru", id="call-back-envoy"),
    pytest.param("Namibia summoned its ambassador home from Pretoria.",
                 "SANCTION", "summoned", "Namibia", id="summon-own-envoy-home"),
    *(pytest.param(f"Namibia summoned its {title} home from Pretoria.", "SANCTION",
                   "summoned", "Namibia", id=f"summon-{title.replace(' ', '-')}-home",
                   marks=pytest.mark.xfail(strict=True, reason=f"the parser makes '{title} "
                                           "home' one compound noun, no object and particle"))
      for title in ("envoy", "high commissioner")),
    pytest.param("Chile ordered its ambassador back from Caracas.",
                 "SANCTION", "ordered", "Chile", id="order-envoy-back"),
    # MOBILIZE 15x
    pytest.param("China massed warships near Taiwan on Sunday.",
                 "MOBILIZE", "massed", "China", id="mass-warships"),
    pytest.param("Venezuela deployed troops to the border with Guyana.",
                 "MOBILIZE", "deployed", "Venezuela", id="deploy-troops"),
    # COERCE 17x: evict, raze, raid, round up, detain, hold, jail, lock up
    pytest.param("Israeli police evicted a Palestinian family in Sheikh Jarrah.",
                 "COERCE", "evicted", "police", id="evict"),
    pytest.param("Turkish police raided the offices of a Kurdish newspaper.",
                 "COERCE", "raided", "police", id="raid-offices"),
    pytest.param("Iranian security forces rounded up dozens of students in Tehran.",
                 "COERCE", "rounded", "Iran", id="round-up"),
    pytest.param("Egyptian authorities detained a prominent blogger on Monday.",
                 "COERCE", "detained", "Egypt", id="detain"),
    pytest.param("Belarus jailed a Nobel laureate for ten years.",
                 "COERCE", "jailed", "Belarus", id="jail"),
    pytest.param("Russian police locked up dozens of mourners at the memorial.",
                 "COERCE", "locked", "police", id="lock-up"),
    pytest.param("The jailing of the activist by a court in Minsk drew condemnation.",
                 "COERCE", "jailing", "court", id="jailing-noun"),
    pytest.param("Britain's blacklisting of three Chinese firms angered Beijing.",
                 "SANCTION", "blacklisting", "Britain", id="blacklisting-noun"),
    pytest.param("Kenya's deportation of two Turkish refugees drew criticism.",
                 "COERCE", "deportation", "Kenya", id="deportation-noun"),
    pytest.param("Nicaragua deported a Catholic bishop to Rome.",
                 "COERCE", "deported", "Nicaragua", id="deport"),
    pytest.param("Lebanese authorities turned back Syrians fleeing the fighting.",
                 "REJECT", "turned", "Leban", id="turn-back-refugees"),
    # ASSAULT 18x-20x: storm, fire on, open fire, gun down, ambush, torch, mob, lynch, behead
    pytest.param("Israeli troops stormed the Jenin refugee camp at dawn.",
                 "ASSAULT", "stormed", "Israel", id="storm-camp"),
    pytest.param("Missiles were fired at Odesa during the night.",
                 "ASSAULT", "fired", None, id="agentless-fired-at-place"),
    pytest.param("Drones were launched at Moscow early on Sunday.",
                 "ASSAULT", "launched", None, id="agentless-launched-at-place"),
    pytest.param("The storming of the parliament by Bolsonaro supporters shocked Brazil.",
                 "ASSAULT", "storming", "Bolsonaro", id="storming-noun"),
    pytest.param("Soldiers opened fire on mourners in Mandalay.",
                 "ASSAULT", "opened", "Soldiers", id="open-fire-on"),
    pytest.param("Gunmen gunned down a police officer in Karachi.",
                 "ASSAULT", "gunned", "Gunmen", id="gun-down"),
    pytest.param("Al-Shabaab fighters ambushed a Kenyan convoy near Lamu.",
                 "ASSAULT", "ambushed", "Shabaab", id="ambush"),
    pytest.param("Settlers torched Palestinian homes in Huwara.",
                 "ASSAULT", "torched", "Settlers", id="torch-homes"),
    pytest.param("The army razed homes in the village of Kot.",
                 "ASSAULT", "razed", "army", id="raze"),
    pytest.param("Angry villagers lynched two suspected cattle thieves in Bihar.",
                 "ASSAULT", "lynched", "villagers", id="lynch"),
    pytest.param("Islamic State militants beheaded a Japanese journalist.",
                 "ASSAULT", "beheaded", "Islamic State", id="behead"),
    pytest.param("Russian forces shelled Kharkiv overnight.",
                 "ASSAULT", "shelled", "Russia", id="shell-city"),
]


@pytest.mark.parametrize("text, kind, word, source", CODED)
def test_news_verb_is_coded(text: str, kind: str, word: str,
                            source: str | tuple[str, ...] | None) -> None:
    event = expect(text, kind, source=source)
    ex = events(text)
    spans = [text[e.start:e.end] for e in ex.events if e.type == kind]
    assert any(word in span for span in spans), (word, spans)
    assert not problems(ex), problems(ex)
    assert event.cameo_code is not None


@_BLAMED_THING
def test_non_actor_object_keeps_the_blame() -> None:
    """A blame whose object names no actor is still the blamer's ACCUSE, with no target."""
    text = "The Kremlin blamed saboteurs for the blast at the arms depot."
    event = expect(text, "ACCUSE", source=("Kremlin", "Russia"))
    assert event.modality == "asserted"


def test_ordered_expulsion_is_one_sanction_by_the_orderer() -> None:
    text = "The ministry ordered the expulsion of four Russian diplomats."
    found = [e for e in events(text).events if e.type == "SANCTION"]
    assert len(found) == 1, found
    assert found[0].source and found[0].modality == "asserted", found


def test_telephone_to_discuss_is_one_consult() -> None:
    text = "Scholz telephoned Erdogan to discuss the migration pact."
    found = [e for e in events(text).events if e.type == "CONSULT"]
    assert len(found) == 1, found


NEAR_MISSES = [
    pytest.param("The striker blamed the referee for the defeat in Turin.", "ACCUSE",
                 id="blame-referee-sport"),
    pytest.param("Shares slammed into reverse after the earnings report.", "ACCUSE",
                 id="slam-markets"),
    pytest.param("The goalkeeper rebuffed three shots in the second half.", "REJECT",
                 id="rebuff-shots-sport"),
    pytest.param("The champion hailed a taxi outside the stadium.", "SUPPORT",
                 id="hail-taxi"),
    pytest.param("The midfielder received a yellow card in the final.", "CONSULT",
                 id="receive-card"),
    pytest.param("The club hosted Arsenal at the Etihad on Saturday.", "CONSULT",
                 id="host-match"),
    pytest.param("The referee handed the ball to the home captain.", "COOPERATE",
                 id="hand-ball"),
    pytest.param("Rebels of the M23 detained six Congolese soldiers near Rutshuru.", "COERCE",
                 id="rebels-capture-soldiers"),
    pytest.param("The retailer distributed its new phones to stores in Lagos.", "AID",
                 id="distribute-phones"),
    pytest.param("Traffic police handed out fines to motorists in Accra.", "AID",
                 id="hand-out-fines"),
    pytest.param("The striker passed the ball to the winger.", "COOPERATE", id="pass-ball"),
    pytest.param("The coach called his goalkeeper back into the squad.", "SANCTION",
                 id="call-back-player"),
    pytest.param("Parents called their children home before dark.", "SANCTION",
                 id="call-children-home"),
    pytest.param("The retailer shipped its new phones to stores in Ohio.", "AID",
                 id="ship-phones"),
    pytest.param("The coach trained his squad in Marbella.", "AID", id="train-squad"),
    pytest.param("United stormed to a 4-0 win at Anfield.", "ASSAULT", id="storm-to-win"),
    pytest.param("Oil prices fired up after the OPEC meeting.", "ASSAULT", id="fire-up-prices"),
    pytest.param("The company fired its chief executive on Monday.", "ASSAULT",
                 id="fire-executive"),
    pytest.param("Markets rallied on hopes of a rate cut.", "PROTEST", id="rally-markets"),
    pytest.param("The Dow marched higher for a fifth straight day.", "PROTEST",
                 id="march-higher"),
    pytest.param("The bank cut its rates by a quarter point.", "SANCTION", id="cut-rates"),
    pytest.param("The defender was booted out of the tournament.", "SANCTION",
                 id="booted-out-sport"),
    pytest.param("The warm weather froze nothing but the housing market.", "SANCTION",
                 id="freeze-market-metaphor"),
    pytest.param("The batsman held the innings together.", "COERCE", id="hold-innings"),
    pytest.param("The film courted controversy at the Cannes festival.", "SUPPORT",
                 id="court-controversy"),
    pytest.param("The candidate wooed voters in the suburbs of Atlanta.", "SUPPORT",
                 id="woo-voters"),
    pytest.param("The storming of the box office by fans delighted the studio.", "ASSAULT",
                 id="storming-box-office"),
    pytest.param("The actor was mobbed by fans at the premiere.", "ASSAULT",
                 id="mobbed-by-fans"),
    pytest.param("The striker was locked in a contract dispute.", "COERCE",
                 id="locked-in-dispute"),
    pytest.param("The senator warned of a long winter for the economy.", "THREATEN",
                 id="warn-of-winter"),
    pytest.param("The bank cut ties with the football club's sponsor.", "SANCTION",
                 id="cut-ties-commercial"),
]


@pytest.mark.parametrize("text, kind", NEAR_MISSES)
def test_look_alike_is_no_event(text: str, kind: str) -> None:
    expect_none(text, kind)
