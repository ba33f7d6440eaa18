"""News-snippet classes the coder got wrong: disasters and accidents are no attacks, sport and
markets are no violence, a protest's own demand is its content, and a few acts it missed.

Every sentence is our own wording, news style. Each class keeps near misses: the same words
with a human hand, a named actor or a political act behind them must still fire.

* Disasters and accidents (PLOVER ASSAULT is *deliberate* violence): a killing, a strike, an
  explosion or a blast caused by a natural force, an accident or a machine is no event, nor
  the participle hanging on it ("..., killing eight"). A bomb, gunmen, a claimed explosion or
  missiles are an ASSAULT.
* Sport and markets: a forward "attacks the goal" and "strikes twice", stocks "crash".
* A protest's demand ("marched demanding the president's resignation", "rallied to denounce
  the law") is what the PROTEST is for (CAMEO 1411-1444: *demonstrate for* a change), not a
  REQUEST or ACCUSE of its own (PLOVER: "a demand made by marching is PROTEST"); an actor
  who demands in words of their own still makes a REQUEST.
* Acts: walking off the job is a strike (PROTEST), blocking intersections an obstruction
  (PROTEST 144), tear gas crowd control (ASSAULT 175), ordering the army onto the streets a
  deployment (MOBILIZE), donors' pledges a promise (AGREE), suspending mobile internet
  censorship (COERCE 1721); a wave of protests analysts expect is no event yet.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, events, expect, expect_none, problems

#: Disasters and accidents: no ASSAULT or COERCE (and no event at all).
ACCIDENTS = [
    pytest.param("A powerful earthquake struck eastern Turkey on Monday, killing at least 300 "
                 "people and toppling apartment blocks.", id="quake-struck-killing"),
    pytest.param("Mudslides set off by days of heavy rain buried three hamlets in northern "
                 "Ecuador overnight, killing 17 people.", id="mudslides-buried-killing"),
    pytest.param("A minibus carrying 30 passengers plunged off a mountain road in Bolivia, "
                 "killing 19 people, police said.", id="minibus-plunged-killing"),
    pytest.param("A methane explosion at a coal mine in Shanxi province killed 21 miners on "
                 "Thursday.", id="coal-mine-explosion"),
    pytest.param("A fuel tanker overturned and exploded on a highway near Kisumu, killing 13 "
                 "people.", id="tanker-exploded-killing"),
    pytest.param("A stampede at a religious gathering in Uttar Pradesh killed 116 "
                 "worshippers.", id="stampede-killed"),
    pytest.param("Lightning struck a primary school in eastern Uganda, killing three pupils.",
                 id="lightning-struck-killing"),
    pytest.param("A boiler blast at a textile factory outside Dhaka killed nine workers.",
                 id="boiler-blast-factory"),
    pytest.param("A passenger train derailed in Odisha on Friday evening, killing nearly 300 "
                 "people.", id="train-derailed-killing"),
    pytest.param("A gas leak explosion tore through a market in Nairobi, killing four.",
                 id="gas-leak-explosion"),
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_disaster_or_accident_is_no_attack(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE"))
    expect_none(text)


def fires(id: str, text: str, type_: OneOrMore, *, source: Names | None = None):
    return pytest.param(text, type_, source, id=id)


#: Near misses: a human hand behind the blast or the killing, and political acts in sport
#: and market words: still events.
STILL_EVENTS = [
    fires("car-bomb-exploded", "A car bomb exploded outside the interior ministry in "
          "Mogadishu, killing eight.", "ASSAULT"),
    fires("gunmen-killed-miners", "Gunmen killed eight miners at a gold mine in Zamfara.",
          "ASSAULT", source="Gunmen"),
    fires("explosion-claimed-by-is", "An explosion claimed by the Islamic State killed 12 "
          "worshippers at a mosque in Peshawar.", "ASSAULT"),
    fires("bomber-struck-checkpoint", "A suicide bomber struck a checkpoint in Kabul, killing "
          "five soldiers.", "ASSAULT"),
    fires("militants-attacked-factory", "Militants attacked a cement factory in Balochistan, "
          "killing four guards.", "ASSAULT", source="Militants"),
    fires("missiles-struck-plant", "Russian missiles struck a power plant in Kharkiv, killing "
          "two workers.", "ASSAULT"),
    fires("gunmen-stadium", "Gunmen attacked a football stadium in Mogadishu, killing three "
          "fans.", "ASSAULT", source="Gunmen"),
    fires("jets-struck-twice", "Israeli jets struck Rafah twice on Monday night.", "ASSAULT",
          source="Israel"),
    fires("wave-of-protests-swept", "A wave of protests swept Kenya on Tuesday.", "PROTEST"),
    fires("protesters-took-streets", "Thousands of protesters took to the streets of Nairobi "
          "on Tuesday.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "type_", "source"), STILL_EVENTS)
def test_near_miss_still_fires(text: str, type_: OneOrMore, source: Names | None) -> None:
    expect(text, type_, source=source)
    assert not problems(events(text))


#: Sport and markets: no violent event at all.
GAMES_AND_MARKETS = [
    pytest.param("Liverpool attacked the goal relentlessly in the first half but could not "
                 "find a way past the keeper.", id="attacked-the-goal"),
    pytest.param("Haaland struck twice in the second half as City beat Arsenal 3-1.",
                 id="struck-twice"),
    pytest.param("Stocks crashed in Tokyo on Monday as investors fled risky assets.",
                 id="stocks-crashed"),
    pytest.param("Shares in the carmaker crashed 20 percent after a profit warning.",
                 id="shares-crashed"),
    pytest.param("Mbappe struck in stoppage time to give France a 2-1 win over Belgium.",
                 id="struck-in-stoppage-time"),
    pytest.param("The winger attacked the near post and headed in the equaliser.",
                 id="attacked-the-near-post"),
]


@pytest.mark.parametrize("text", GAMES_AND_MARKETS)
def test_sport_and_markets_are_no_violence(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE", "THREATEN"))


#: A protest whose demand is its content: one PROTEST, no REQUEST or ACCUSE of the crowd's.
DEMANDS = [
    pytest.param("Thousands marched in Bogota on Thursday demanding the resignation of the "
                 "interior minister.", ("REQUEST", "ACCUSE"), id="marched-demanding"),
    pytest.param("Farmers rallied in Brussels to denounce the trade deal with Mercosur.",
                 ("ACCUSE", "REQUEST"), id="rallied-to-denounce"),
    pytest.param("Nurses staged a sit-in outside the health ministry in Nairobi, demanding "
                 "unpaid allowances.", "REQUEST", id="sit-in-demanding"),
    pytest.param("Students occupied the rector's office in Belgrade to demand an inquiry into "
                 "the collapse.", "REQUEST", id="occupied-to-demand"),
    pytest.param("Hundreds of dock workers walked off the job in Santos, demanding better "
                 "safety rules.", "REQUEST", id="walked-off-demanding"),
    pytest.param("Protesters blocked intersections across Tbilisi on Sunday, demanding that "
                 "the government call new elections.", "REQUEST", id="blocked-demanding"),
    pytest.param("Taxi drivers protested in Lisbon to condemn the new licensing rules.",
                 ("ACCUSE", "REQUEST"), id="protested-to-condemn"),
]


@pytest.mark.parametrize(("text", "forbidden"), DEMANDS)
def test_protest_demand_is_its_content(text: str, forbidden: OneOrMore) -> None:
    expect(text, "PROTEST")
    expect_none(text, forbidden)


#: Near misses: a named actor demanding in words is a REQUEST, beside the march.
SEPARATE_DEMANDS = [
    fires("leader-demanded-after-march", "The opposition leader Keiko Fujimori demanded the "
          "president's resignation after thousands marched in Lima.", "REQUEST",
          source=("Fujimori",)),
    fires("un-urged-after-rally", "Thousands rallied in Caracas on Saturday, and the United "
          "Nations urged the government to release detained activists.", "REQUEST",
          source=("United Nations", "UN")),
    fires("union-demanded", "The teachers' union demanded a 30 percent pay rise from the "
          "education ministry.", "REQUEST"),
    fires("minister-denounced", "Brazil's foreign minister denounced the sanctions as illegal.",
          "ACCUSE"),
    fires("eu-demanded-release", "The European Union demanded the release of the detained "
          "protesters.", "REQUEST", source="European Union"),
    fires("amnesty-condemned", "Amnesty International condemned the arrests of students who "
          "had marched in Dhaka.", "ACCUSE", source="Amnesty"),
]


@pytest.mark.parametrize(("text", "type_", "source"), SEPARATE_DEMANDS)
def test_separate_demand_is_still_a_request(text: str, type_: OneOrMore,
                                            source: Names | None) -> None:
    expect(text, type_, source=source)


#: Acts the coder missed, with their PLOVER type.
MISSED_ACTS = [
    fires("walked-off-the-job", "Bus drivers in Lagos walked off the job on Tuesday over "
          "unpaid wages.", "PROTEST"),
    pytest.param("Bus drivers in Lagos walked off the job on Tuesday over unpaid wages.",
                 "PROTEST", "drivers", id="walked-off-the-job-source", marks=pytest.mark.xfail(
                     reason="the city named with an unnamed group is taken for the source "
                            "(arguments, not this change)")),
    fires("blocked-intersections", "Protesters blocked intersections in central Tbilisi on "
          "Sunday night.", "PROTEST"),
    fires("responded-with-tear-gas", "Hundreds of students gathered outside the palace. "
          "Security forces responded with tear gas.", "ASSAULT"),
    fires("ordered-army-onto-streets", "Peru's president ordered the army onto the streets of "
          "Lima after a spate of killings.", "MOBILIZE"),
    pytest.param("Donors pledged $2 billion in aid for Yemen at a conference in Geneva on "
                 "Tuesday.", ("AGREE", "AID"), None, id="donors-pledged"),
    fires("suspended-mobile-internet", "Authorities in Manipur suspended mobile internet in "
          "five districts after clashes.", "COERCE"),
    fires("cut-internet-access", "Authorities in Tigray cut internet access across the region "
          "for weeks, residents said.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_", "source"), MISSED_ACTS)
def test_missed_act_is_coded(text: str, type_: OneOrMore, source: Names | None) -> None:
    expect(text, type_, source=source)


#: Near misses of the missed acts: not these events.
NOT_THESE = [
    pytest.param("Analysts expect a wave of protests if the government raises fuel prices.",
                 "PROTEST", id="protests-expected"),
    pytest.param("Peru's president ordered the army onto the streets of Lima.", "REQUEST",
                 id="ordered-army-no-request"),
    pytest.param("The Haryana government suspended mobile internet in three districts.",
                 "SANCTION", id="suspended-internet-no-sanction"),
    pytest.param("Economists fear a wave of strikes if wages keep falling behind prices.",
                 "PROTEST", id="strikes-feared"),
    pytest.param("Teachers in Kenya walked off the job on Monday.", "REQUEST",
                 id="walkout-no-request"),
    pytest.param("The ministry ordered an inquiry into the crash.", "MOBILIZE",
                 id="ordered-inquiry-no-mobilize"),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_THESE)
def test_not_this_event(text: str, forbidden: OneOrMore) -> None:
    expect_none(text, forbidden)


#: A disaster told by its sentence, or by the sentence before: a violent word with no human
#: doer named in the sentence is harm no one did, whatever the parse attaches it to.
DISASTER_CONTEXT = [
    pytest.param("Severe floods swept across northern Bangladesh this week. The rising water "
                 "killed 31 people and destroyed more than 4,000 homes.",
                 id="floods-then-water-killed"),
    pytest.param("After Cyclone Biparjoy made landfall in Gujarat, falling trees killed two "
                 "people and flattened dozens of huts.", id="after-cyclone-trees-killed"),
    pytest.param("Floods swept through villages in Niger state last week. The death toll rose "
                 "to 160 on Monday, and collapsed walls killed six more children overnight.",
                 id="floods-then-toll-rose"),
    pytest.param("A strong earthquake hit central Chile on Sunday. Falling masonry struck a bus "
                 "in Talca, killing four passengers.", id="quake-then-masonry-struck"),
    pytest.param("In the floods that hit Porto Alegre, swollen rivers destroyed bridges and "
                 "killed at least 90 people.", id="in-floods-rivers-destroyed"),
    pytest.param("A landslide hit a village in Papua New Guinea's Enga province, and the "
                 "debris buried more than 600 people.", id="landslide-debris-buried"),
    pytest.param("Dengue fever has killed 94 people in Peru's northern regions this year, "
                 "health officials said.", id="dengue-killed"),
    pytest.param("Swarms of locusts destroyed crops across 150,000 hectares in Somalia's "
                 "Puntland region.", id="locusts-destroyed"),
    pytest.param("Hail and strong winds hit Sofia on Saturday, injuring 11 people.",
                 id="hail-winds-injured"),
    pytest.param("A gas cylinder explosion at a hotel in Lahore injured nine guests.",
                 id="cylinder-explosion"),
]


@pytest.mark.parametrize("text", DISASTER_CONTEXT)
def test_disaster_context_is_no_attack(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"))


#: Near misses in a disaster: a human hand named in the sentence, or a bomb, is still violence.
DISASTER_NEAR_MISSES = [
    fires("bombing-after-flood", "Days after floods hit the Swat valley, a suicide bombing "
          "killed 20 people at a market in Bajaur.", "ASSAULT"),
    fires("troops-killed-looters", "Troops killed three looters in Antakya after the "
          "earthquake, the army said.", "ASSAULT", source=("troops", "army")),
    fires("car-bomb-flooded-town", "A car bomb in the flooded town of Beledweyne killed seven "
          "people on Tuesday.", "ASSAULT"),
    fires("gunmen-relief-convoy", "After the floods in Borno, gunmen attacked a relief convoy, "
          "killing two aid workers.", "ASSAULT", source="gunmen"),
    fires("rebels-after-quake", "An earthquake shook Herat on Saturday. Taliban fighters "
          "killed two former soldiers in the city the next day.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_", "source"), DISASTER_NEAR_MISSES)
def test_disaster_near_miss_still_fires(text: str, type_: OneOrMore,
                                        source: Names | None) -> None:
    expect(text, type_, source=source)


#: Relief work in a disaster is no violence: evacuating residents is no event or AID, sending
#: rescue teams is AID (073), and a storm that "slams" a coast is weather, no ACCUSE.
RELIEF = [
    pytest.param("Authorities evacuated 8,000 residents from coastal villages in Khulna "
                 "ahead of Cyclone Remal.", ("ASSAULT", "COERCE", "MOBILIZE"),
                 id="evacuated-residents"),
    pytest.param("Typhoon Gaemi slammed into Taiwan's east coast on Wednesday, tearing roofs "
                 "off houses.", ("ACCUSE", "ASSAULT", "COERCE"), id="typhoon-slammed"),
    pytest.param("Turkey sent rescue teams and medical supplies to Morocco after the "
                 "earthquake.", ("MOBILIZE", "ASSAULT"), id="sent-rescue-teams-no-mobilize"),
    pytest.param("Floods forced the evacuation of 20,000 people in Emilia-Romagna, the civil "
                 "protection agency said.", ("ASSAULT", "COERCE", "MOBILIZE"),
                 id="forced-evacuation"),
]


@pytest.mark.parametrize(("text", "forbidden"), RELIEF)
def test_relief_is_no_violence(text: str, forbidden: OneOrMore) -> None:
    expect_none(text, forbidden)


#: Relief sent by a state or an agency is AID; near misses: troops sent to a border are a
#: MOBILIZE, and a person who slams a government accuses it.
RELIEF_ACTS = [
    fires("turkey-sent-rescue-teams", "Turkey sent rescue teams and medical supplies to "
          "Morocco after the earthquake.", "AID", source="Turkey"),
    fires("india-sent-aid", "India sent relief supplies to Myanmar after the earthquake.",
          "AID", source="India"),
    fires("troops-to-border", "Turkey sent troops to the Syrian border on Monday.", "MOBILIZE",
          source="Turkey"),
    fires("minister-slammed", "The opposition leader slammed the government's response to the "
          "floods.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_", "source"), RELIEF_ACTS)
def test_relief_act_is_coded(text: str, type_: OneOrMore, source: Names | None) -> None:
    expect(text, type_, source=source)


#: Play with a team's name in it: a player attacks and strikes "against" a country.
MATCH_PLAY = [
    pytest.param("Son Heung-min attacked down the left and struck a low shot past the keeper to "
                 "put South Korea ahead against Japan.", id="son-put-korea-ahead"),
    pytest.param("Osimhen struck in the 80th minute to give Nigeria a 1-0 win over Cameroon.",
                 id="osimhen-struck-win-over"),
    pytest.param("Sadio Mane attacked the goal early on as Senegal beat Egypt on penalties.",
                 id="mane-attacked-goal-senegal"),
]


@pytest.mark.parametrize("text", MATCH_PLAY)
def test_match_play_is_no_violence(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE", "THREATEN"))


#: Things do no violence (round three): a vessel, a vehicle, a building, a dam, gas, fuel, an
#: animal, the weather or a crowd's crush kills no one deliberately (PLOVER ASSAULT needs a
#: human or institutional doer), and a disaster fought or fled is no attack or deployment.
THINGS_DO_NO_VIOLENCE = [
    pytest.param("A cargo vessel lost steering and rammed a road bridge over the Danube, "
                 "killing four maintenance workers.", id="vessel-rammed-bridge"),
    pytest.param("A petrol tanker blew up on a highway outside Onitsha after it overturned, "
                 "killing 18 people.", id="tanker-blew-up"),
    pytest.param("A methane blast tore through a shaft at a colliery in Karaganda, killing 32 "
                 "miners, the operator said.", id="methane-blast-colliery"),
    pytest.param("A five-storey apartment block collapsed in Lagos on Sunday, killing 14 "
                 "residents.", id="block-collapsed"),
    pytest.param("The collapse of a shopping mall roof in Riga killed 54 shoppers.",
                 id="roof-collapse-killed"),
    pytest.param("An irrigation dam gave way in Sindh, sweeping away two villages and killing "
                 "40 people.", id="dam-gave-way"),
    pytest.param("A slab of ice broke off a glacier and crashed onto a trekking party in the "
                 "Alps, killing seven.", id="glacier-crashed-onto"),
    pytest.param("A passenger jet crashed into a hillside shortly after take-off from "
                 "Kathmandu, killing 18 people.", id="jet-crashed-killing"),
    pytest.param("A crush at the gates of a crowded temple festival in Kerala killed 12 "
                 "pilgrims.", id="crush-killed-pilgrims"),
    pytest.param("A pack of stray dogs mauled and killed a six-year-old girl in Bhopal on "
                 "Tuesday.", id="dogs-mauled-killed"),
    pytest.param("Stray dogs attacked a schoolboy on his way home in Kozhikode.",
                 id="dogs-attacked-boy"),
    pytest.param("Tornado kills 12 in Arkansas town", id="tornado-kills-headline"),
    pytest.param("The remnants of Storm Boris pounded southern Poland, washing away bridges; "
                 "seven people died.", id="storm-remnants-pounded"),
    pytest.param("Firefighters battled a forest fire in the hills above Athens for a third "
                 "day.", id="battled-forest-fire"),
    pytest.param("Soldiers evacuated residents from the flooded districts of Valencia by "
                 "boat after torrential rain killed 200.", id="soldiers-evacuated-flood"),
    pytest.param("Rising waters along the Ahr valley have killed at least 130 people.",
                 id="rising-waters-killed"),
]


@pytest.mark.parametrize("text", THINGS_DO_NO_VIOLENCE)
def test_things_do_no_violence(text: str) -> None:
    expect_none(text, ("ASSAULT", "COERCE", "MOBILIZE"))


#: A state of emergency for a disaster is relief administration, troops sent to help
#: firefighters or to evacuate no force posture, a weather alert no mobilisation or threat,
#: and a blamed cause of sickness no accusation.
DISASTER_ADMINISTRATION = [
    pytest.param("Ecuador declared a state of emergency in six provinces after torrential "
                 "rain set off landslides.", ("COERCE",), id="emergency-for-rain"),
    pytest.param("The governor declared a state of emergency as wildfires spread across "
                 "the county.", ("COERCE",), id="emergency-for-wildfires"),
    pytest.param("Greece deployed 200 soldiers to help firefighters contain the blazes on "
                 "Evia.", ("MOBILIZE", "ASSAULT"), id="soldiers-help-firefighters"),
    pytest.param("The president sent troops to the flooded north to help evacuate "
                 "villagers.", ("MOBILIZE", "ASSAULT"), id="troops-help-evacuate"),
    pytest.param("The weather office issued a red alert for the coast ahead of Cyclone "
                 "Biparjoy.", ("MOBILIZE", "THREATEN"), id="weather-red-alert"),
    pytest.param("The national weather service warned of more flooding along the Rift Valley "
                 "this week.", ("THREATEN",), id="weather-service-warned"),
    pytest.param("Health officials blamed contaminated well water for the cholera outbreak "
                 "in Borno.", ("ACCUSE",), id="blamed-contaminated-water",
                 marks=pytest.mark.xfail(strict=True, reason="parse: 'blamed' read as a clause "
                                         "of 'officials', 'contaminated' as the verb")),
    pytest.param("The ministry, blaming tainted flour, said 40 children fell ill in Kano.",
                 ("ACCUSE",), id="blaming-tainted-flour"),
    pytest.param("Dozens of mud houses caved in after the tremor shook Gansu province.",
                 ("CONCEDE",), id="houses-caved-in"),
]


@pytest.mark.parametrize(("text", "forbidden"), DISASTER_ADMINISTRATION)
def test_disaster_administration_is_no_coercion(text: str, forbidden: OneOrMore) -> None:
    expect_none(text, forbidden)


#: Near misses: a human hand does the harm, coerces people or deploys against them.
HUMAN_HANDS = [
    fires("rebels-blew-up-tanker", "Rebels blew up a fuel tanker on the Kabul highway, "
          "killing its driver.", "ASSAULT", source="Rebels"),
    fires("police-batons-protesters", "Police attacked the protesters with batons in Nairobi.",
          "ASSAULT", source="Police"),
    fires("emergency-against-protests", "Peru declared a state of emergency in Lima to quell "
          "the anti-government protests.", "COERCE", source="Peru"),
    fires("curfew-after-riots", "Authorities imposed a curfew in Imphal after rioters torched "
          "dozens of homes.", "COERCE"),
    fires("army-shelled-flooded-villages", "The army shelled villages in the flooded district "
          "of Jonglei, killing nine civilians.", "ASSAULT", source="army"),
    fires("police-fired-flood-protesters", "Police fired tear gas at flood victims protesting "
          "over slow relief in Karachi.", "ASSAULT", source="Police"),
    fires("troops-to-the-frontier", "Venezuela deployed troops to its border with Guyana on "
          "Monday.", "MOBILIZE", source="Venezuela"),
    fires("water-cannon-attack", "A water cannon attack on the activists' boat injured "
          "three crew members.", "ASSAULT"),
    fires("police-water-cannon", "Police fired water cannon at flood victims protesting "
          "outside the governor's office.", "ASSAULT", source="Police"),
    fires("militants-blew-up-dam", "Militants blew up a dam on the Kakhovka reservoir, "
          "Ukrainian officials said.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_", "source"), HUMAN_HANDS)
def test_human_hand_still_fires(text: str, type_: OneOrMore, source: Names | None) -> None:
    expect(text, type_, source=source)


#: Rescue teams and firefighting planes sent by one state to another are AID (073).
RESCUE_ABROAD = [
    fires("japan-sent-rescue-team", "Japan sent a 60-member search and rescue team to "
          "Morocco after the earthquake.", "AID", source="Japan"),
    fires("spain-sent-firefighting-planes", "Spain sent two firefighting planes to Portugal "
          "as wildfires spread.", "AID", source="Spain"),
    fires("canada-dispatched-water-bombers", "Canada dispatched water bombers and crews to "
          "Chile to fight the forest fires.", "AID", source="Canada"),
]


@pytest.mark.parametrize(("text", "type_", "source"), RESCUE_ABROAD)
def test_rescue_abroad_is_aid(text: str, type_: OneOrMore, source: Names | None) -> None:
    expect(text, type_, source=source)
