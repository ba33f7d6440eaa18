"""Ordinary wire verbs and nouns for acts the trigger table had no word for.

Troops surrounding a camp or cordoning off a village restrict movement (COERCE 191), as does
laying siege. Officers hitting, punching, kicking, slapping, clubbing, roughing up,
manhandling, whipping or flogging a person, laying a hand on one, and the mistreatment of
detainees are a physical assault (ASSAULT 182); police tear-gassing a crowd is crowd control
(180); knifing, bludgeoning (182) or strangling (1823) a person, a settler ploughing into or
running over protesters (180), snipers picking off civilians (193) are attacks; troops mowing
down villagers kill (180); air defences downing a drone fight (190). Police grilling an
activist, holding a journalist incommunicado, hauling in, carting off or bundling activists
into a van detain them (COERCE 173; gunmen bundling a man into a car abduct him, 181); a
channel taken off the air is censored (1721). Captors letting hostages go release them (RETREAT
0841) and troops vacating a post withdraw (0874). An envoy shuttling between capitals mediates
(CONSULT 045); a delegation walking away from, walking out of or storming out of talks halts
them (SANCTION 164). A state throwing its weight behind a bid backs it (SUPPORT 051), flying in
or trucking supplies gives aid (AID 073), softening its stance yields (CONCEDE 080); villagers
petitioning a governor ask (REQUEST 100). A president landing in a capital visits (CONSULT
042), playing host to or rolling out the red carpet for a guest hosts (043), dialling a
counterpart calls (041); two states hammering out an agreement agree (AGREE 030), patching up
their differences or burying the hatchet restore relations (SUPPORT 050); a state rapping,
chiding or taking another to task criticises it (ACCUSE 111), taking it to court or hauling it
before a court sues it (115). A parliament voting a treaty down rejects it (REJECT 120); troops
rushed to a border (MOBILIZE 154) or an air force readied (152) are moved; a person found
guilty is convicted (SANCTION 160). Inmates refusing food go on hunger strike (PROTEST 142),
workers staying away from work strike (143); protesters heckling or booing a minister dissent
(140), as does a vendor setting himself on fire in protest; activists chaining themselves to
gates obstruct (144). A court remanding an activist in custody or a state putting a consul on
trial (COERCE 173), placing a journalist under surveillance (170), stripping a dissident of
citizenship (172), throttling the internet (1721) or an election body disqualifying candidates
(1722) coerce. A court striking down, overturning or annulling a ban, or ruling it void, finds
the state's act unlawful (ACCUSE 116, as "ruled the detention unlawful").

Each row holds with its CAMEO code; each near miss (the same words in another sense) does not.
Every sentence is our own wording; the countries and towns are invented.
"""

from __future__ import annotations

import pytest

from .helpers import Names, events, expect, expect_none, matching


def row(id: str, text: str, type_: str, cameo: str, *, source: Names | None = None,
        target: Names | None = None, modality: str | tuple[str, ...] | None = None):
    return pytest.param(text, type_, cameo, source, target, modality, id=id)


ROWS = [
    # surrounding, cordoning off, laying siege (COERCE 191)
    row("surrounded-active", "Marovian troops surrounded the rebel camp near Talvenna.",
        "COERCE", "191", source="Marovia"),
    row("surrounded-passive", "The rebel camp outside Ferrow was surrounded by Kessland "
        "troops on Sunday.", "COERCE", "191", source="Kessland"),
    row("surrounded-reported", "Witnesses said Marovian police had surrounded the house of "
        "the opposition leader in Talvenna.", "COERCE", "191", source="Marovia"),
    row("cordoned-off-active", "Marovian troops cordoned off the village of Haskel and "
        "searched every house.", "COERCE", "191", source="Marovia"),
    row("cordoned-off-passive", "The district around the Kessland embassy was cordoned off "
        "by Marovian soldiers.", "COERCE", "191"),
    row("laid-siege", "Kessland's army laid siege to the town of Ferrow in March.", "COERCE",
        "191", source="Kessland"),
    # a person beaten (ASSAULT 182)
    row("hit-reported", "Two Marovian police officers hit him in a van, his lawyer said.",
        "ASSAULT", "182", source="Marovia"),
    row("hit-passive", "The detained Kessland student was hit by Marovian prison guards.",
        "ASSAULT", "182"),
    row("punched-kicked", "Marovian soldiers punched and kicked the student outside the "
        "courthouse in Talvenna.", "ASSAULT", "182", source="Marovia"),
    row("kicked-reported", "The student said Marovian guards had kicked him repeatedly.",
        "ASSAULT", "182"),
    row("slapped-passive", "The Kessland reporter was slapped by a Marovian police officer.",
        "ASSAULT", "182", target=("reporter", "Kessland")),
    row("roughed-up-active", "Marovian police roughed up the Kessland reporter outside the "
        "courthouse.", "ASSAULT", "182", source="Marovia"),
    row("roughed-up-passive", "Two Kessland journalists were roughed up by Marovian soldiers "
        "at a checkpoint near Ferrow.", "ASSAULT", "182", target="journalists"),
    row("manhandled-active", "Marovian police manhandled the opposition leader during the "
        "rally in Talvenna.", "ASSAULT", "182", source="Marovia"),
    row("manhandled-reported", "The Kessland ambassador said his driver had been manhandled "
        "by Marovian police.", "ASSAULT", "182"),
    row("flogged-active", "Marovian guards flogged the prisoner in the courtyard of the jail "
        "in Haskel.", "ASSAULT", "182", source="Marovia"),
    row("flogged-passive", "Two women were flogged in public in Haskel by Marovian "
        "militiamen.", "ASSAULT", "182", target="women"),
    row("whipped", "Marovian militiamen whipped villagers accused of hoarding food.",
        "ASSAULT", "182", source="Marovia"),
    row("laid-a-hand-negated", "The Marovian officers never laid a hand on the protester, "
        "the minister said.", "ASSAULT", "182", modality="negated"),
    row("laid-hands-reported", "Witnesses said Marovian guards laid hands on the detained "
        "Kessland journalist.", "ASSAULT", "182"),
    row("mistreatment-noun", "Kessland condemned the mistreatment of its nationals by "
        "Marovian police.", "ASSAULT", "182", target="nationals"),
    row("ill-treatment-noun", "Marovian guards were accused of the ill-treatment of "
        "detainees in Haskel.", "ASSAULT", "182"),
    row("clubbed", "Marovian police clubbed the protesters outside the ministry in Talvenna.",
        "ASSAULT", "182", source="Marovia"),
    row("clubbed-marchers", "Marovian riot police clubbed the marchers outside the ministry "
        "in Talvenna.", "ASSAULT", "182"),
    row("kicked-picketers", "Two picketers were kicked by Marovian police outside the Belvane "
        "mine.", "ASSAULT", "182"),
    row("clubbed-passive", "Three Kessland students were clubbed by Marovian riot police.",
        "ASSAULT", "182"),
    row("tear-gassed", "Marovian riot police tear-gassed the demonstrators in Talvenna.",
        "ASSAULT", "180", source="Marovia"),
    row("knifed", "Marovian gunmen knifed a Kessland tourist in Talvenna.", "ASSAULT", "182",
        source="Marovia"),
    row("bludgeoned", "Marovian militiamen bludgeoned the villagers with rifle butts.",
        "ASSAULT", "182", source="Marovia"),
    row("strangled", "The Kessland journalist was strangled by Marovian agents, the "
        "prosecutor said.", "ASSAULT", "1823"),
    row("ploughed-into-protesters", "A Marovian settler ploughed his car into a crowd of "
        "Kessland protesters.", "ASSAULT", "180"),
    row("ran-over-protesters", "A Marovian police truck ran over two demonstrators in "
        "Talvenna.", "ASSAULT", "180"),
    row("picked-off", "Marovian snipers picked off civilians in Ferrow.", "ASSAULT", "193",
        target="civilians"),
    # killing, downing aircraft (ASSAULT 180, 190)
    row("downed-drone", "Marovian air defences downed a Kessland drone near Ferrow.",
        "ASSAULT", "190", source="Marovia"),
    row("helicopter-downed", "A Kessland helicopter was downed by Marovian rebels.",
        "ASSAULT", "190"),
    row("mowed-down-active", "Marovian troops mowed down unarmed villagers in Haskel.",
        "ASSAULT", "180", source="Marovia"),
    row("mown-down-passive", "Dozens of Kessland protesters were mowed down by Marovian "
        "soldiers in Talvenna.", "ASSAULT", "180"),
    # release and withdrawal (RETREAT 0841, 0874)
    row("let-go-active", "The kidnappers let the two Marovian engineers go on Friday.",
        "RETREAT", "0841", source="kidnappers"),
    row("let-go-reported", "The Marovian army said the rebels had let the aid workers go "
        "after a week.", "RETREAT", "0841", source="rebels"),
    row("vacated-active", "Marovian troops vacated the school they had used as a base in "
        "Ferrow.", "RETREAT", "0874", source="Marovia"),
    row("vacated-passive", "The border posts near Haskel were vacated by Kessland soldiers "
        "on Monday.", "RETREAT", "0874"),
    # mediation (CONSULT 045)
    row("shuttled-between", "The Kessland envoy shuttled between Talvenna and Ferrow on "
        "Tuesday.", "CONSULT", "045"),
    row("shuttling-between", "Kessland's foreign minister has been shuttling between the two "
        "capitals for a week.", "CONSULT", "045", source="Kessland"),
    row("walked-away-from-talks", "Marovia walked away from the border talks with Kessland "
        "on Thursday.", "SANCTION", "164", source="Marovia"),
    row("stormed-out-of-talks", "The Marovian delegation stormed out of the talks in "
        "Geneva.", "SANCTION", "164", source="Marovia"),
    row("walked-out-of-negotiations", "Kessland's negotiators walked out of the negotiations "
        "with Marovia.", "SANCTION", "164", source="Kessland"),
    # support, aid, concession, request (SUPPORT 051, AID 073, CONCEDE 080, REQUEST 100)
    row("threw-weight-behind", "Marovia threw its weight behind Kessland's bid for a seat "
        "on the council.", "SUPPORT", "051", source="Marovia"),
    row("flew-in-supplies", "Marovia flew in medical supplies to the flooded town of "
        "Haskel.", "AID", "073", source="Marovia"),
    row("trucked-food", "Kessland trucked food and blankets into Ferrow.", "AID", "073",
        source="Kessland"),
    row("softened-stance", "Marovia softened its stance on the border dispute with "
        "Kessland.", "CONCEDE", "080", source="Marovia"),
    row("petitioned", "Marovian villagers petitioned the governor to reopen the clinic.",
        "REQUEST", "100", source="villagers"),
    row("rushed-troops", "Marovia rushed troops to the border with Kessland.", "MOBILIZE",
        "154", source="Marovia"),
    row("readied-air-force", "Kessland readied its air force after the attack on Ferrow.",
        "MOBILIZE", "152", source="Kessland"),
    # visits, calls, deals, reconciliation (CONSULT 042, 043, 041; AGREE 030; SUPPORT 050)
    row("landed-in", "Marovia's president landed in Talvenna on Monday for talks.", "CONSULT",
        "042", source="Marovia"),
    row("played-host", "Marovia's president played host to Kessland's prime minister.",
        "CONSULT", "043", source="Marovia"),
    row("red-carpet", "Marovia rolled out the red carpet for Kessland's president.", "CONSULT",
        "043", source="Marovia"),
    row("dialled", "Marovia's president dialled his Kessland counterpart on Sunday.", "CONSULT",
        "041", source="Marovia"),
    row("hammered-out", "Marovia and Kessland hammered out an agreement on fishing rights.",
        "AGREE", "030"),
    row("patched-up", "Marovia and Kessland patched up their differences over the dam.",
        "SUPPORT", "050"),
    row("buried-the-hatchet", "Marovia and Kessland buried the hatchet after a decade of "
        "feuding.", "SUPPORT", "050"),
    # criticism and lawsuits (ACCUSE 111, 115)
    row("rapped", "Marovia rapped Kessland over the closure of the border.", "ACCUSE", "111",
        source="Marovia", target="Kessland"),
    row("chided", "Kessland's foreign minister chided Marovia for its silence.", "ACCUSE",
        "111", source="Kessland", target="Marovia"),
    row("took-to-task", "Marovia took Kessland to task over the border closure.", "ACCUSE",
        "111", source="Marovia", target="Kessland"),
    row("took-to-court", "Marovia took Kessland to court over the dam.", "ACCUSE", "115",
        source="Marovia", target="Kessland"),
    row("hauled-before-court", "Marovia hauled Kessland before the international court.",
        "ACCUSE", "115", source="Marovia", target="Kessland"),
    # rejection (REJECT 120)
    row("voted-down-active", "Marovia's parliament voted down the border treaty with "
        "Kessland.", "REJECT", "120", source="Marovia"),
    row("voted-down-passive", "The Kessland proposal was voted down by Marovian lawmakers.",
        "REJECT", "120"),
    # conviction (SANCTION 160)
    row("found-guilty-active", "A Marovian court found the former Kessland consul guilty of "
        "espionage.", "SANCTION", "160"),
    row("found-guilty-passive", "The Marovian opposition leader was found guilty of treason "
        "by a court in Talvenna.", "SANCTION", "160"),
    # protest (PROTEST 142, 143)
    row("refused-food", "Marovian inmates have refused food for a week to protest their "
        "conditions.", "PROTEST", "142"),
    row("refused-to-eat", "The jailed Kessland activist refused to eat for ten days.",
        "PROTEST", "142"),
    row("stayed-away-from-work", "Marovian dockworkers stayed away from work on Monday in a "
        "dispute over pay.", "PROTEST", "143", source="dockworkers"),
    row("stayed-away-from-jobs", "Teachers across Kessland stayed away from their jobs for a "
        "second day.", "PROTEST", "143"),
    row("heckled", "Marovian protesters heckled the interior minister in Talvenna.",
        "PROTEST", "140", source="protesters"),
    row("booed-passive", "The Kessland president was booed by Marovian protesters in Talvenna.",
        "PROTEST", "140"),
    row("chained-themselves", "Marovian activists chained themselves to the gates of the "
        "ministry.", "PROTEST", "144", source="activists"),
    row("set-himself-on-fire", "A Marovian street vendor set himself on fire outside the "
        "governor's office in protest.", "PROTEST", "140"),
    # detention and legal action (COERCE 173)
    row("remanded-in-custody", "A Marovian court remanded the Kessland activist in custody "
        "for thirty days.", "COERCE", "173", target="activist"),
    row("remanded-passive", "The Kessland journalist was remanded in custody in Talvenna.",
        "COERCE", "173", target="journalist"),
    row("put-on-trial-active", "Marovia put the former Kessland consul on trial for spying.",
        "COERCE", "173", source="Marovia"),
    row("put-on-trial-passive", "Twelve opposition activists were put on trial in Talvenna "
        "by Marovian prosecutors.", "COERCE", "173"),
    row("held-incommunicado", "Marovian authorities held the Kessland journalist "
        "incommunicado for a month.", "COERCE", "173", source="Marovia"),
    row("hauled-in", "Marovian police hauled in twenty activists in Talvenna.", "COERCE",
        "173", source="Marovia"),
    row("carted-off", "Marovian police carted off the protesters in buses.", "COERCE", "173",
        source="Marovia"),
    row("carted-away-passive", "The protesters were carted away by Marovian police.", "COERCE",
        "173"),
    row("bundled-into-van", "Marovian police bundled the activist into a van outside her "
        "home.", "COERCE", "173", source="Marovia"),
    row("gunmen-bundled", "Masked gunmen bundled the Kessland engineer into a car near "
        "Ferrow.", "ASSAULT", "181"),
    # surveillance, citizenship, censorship, bans on politicians (COERCE 170, 172, 1721, 1722)
    row("placed-under-surveillance", "Marovian intelligence placed the Kessland journalist "
        "under surveillance.", "COERCE", "170"),
    row("put-under-surveillance", "The opposition leader was put under surveillance by "
        "Marovian police.", "COERCE", "170"),
    row("stripped-of-citizenship", "Marovia stripped the exiled dissident of his "
        "citizenship.", "COERCE", "172", source="Marovia"),
    row("stripped-passive", "Three activists were stripped of their Marovian nationality.",
        "COERCE", "172"),
    row("throttled-internet", "Marovian authorities throttled internet access in Ferrow "
        "ahead of the vote.", "COERCE", "1721"),
    row("internet-throttled-passive", "Mobile internet in Talvenna was throttled by the "
        "Marovian government during the protests.", "COERCE", "1721"),
    row("disqualified-candidate", "Marovia's election commission disqualified the main "
        "opposition candidate.", "COERCE", "1722", source="Marovia"),
    row("candidates-disqualified", "Three opposition candidates were disqualified by the "
        "Marovian election commission.", "COERCE", "1722"),
    row("grilled", "Marovian police grilled the Kessland activist for ten hours.", "COERCE",
        "173", source="Marovia"),
    row("taken-off-the-air", "Marovian authorities took the Kessland channel off the air.",
        "COERCE", "1721", source="Marovia"),
    row("taken-off-air-passive", "The Kessland channel was taken off air by Marovian "
        "regulators.", "COERCE", "1721"),
    # a court finds the state's act unlawful (ACCUSE 116)
    row("ruled-ban-void", "A Marovian court ruled the ban on the opposition party void.",
        "ACCUSE", "116"),
    row("struck-down-curfew", "Marovia's constitutional court struck down the curfew imposed "
        "on Ferrow.", "ACCUSE", "116"),
    row("overturned-ban", "Marovia's supreme court overturned the ban on the Kessland-"
        "language newspaper.", "ACCUSE", "116"),
    row("annulled-decree-passive", "The decree closing the Haskel mosque was annulled by a "
        "Marovian court.", "ACCUSE", "116"),
]


@pytest.mark.parametrize("text, type_, cameo, source, target, modality", ROWS)
def test_wire_verb_names_the_act(text: str, type_: str, cameo: str, source: Names | None,
                                 target: Names | None,
                                 modality: str | tuple[str, ...] | None) -> None:
    expect(text, type_, source=source, target=target, modality=modality)
    found = matching(events(text), type_, source=source, target=target, modality=modality)
    assert any(e.cameo_code == cameo for e in found), (cameo, [e.cameo_code for e in found])


NEAR_MISSES = [
    pytest.param("The president was surrounded by family at his home in Haskel.", "COERCE",
                 id="surrounded-by-family"),
    pytest.param("The lake near Ferrow is surrounded by hills.", "COERCE",
                 id="surrounded-by-hills"),
    pytest.param("Organisers cordoned off part of the park in Talvenna for the concert.",
                 "COERCE", id="organisers-cordoned-off"),
    pytest.param("Police cordoned off the avenue after a tram derailed in Talvenna.",
                 "COERCE", id="police-cordon-after-accident"),
    pytest.param("The Kessland winger intercepted a pass and scored.", "COERCE",
                 id="intercepted-a-pass"),
    pytest.param("The Marovian minister boarded a flight to Kessland.", "COERCE",
                 id="boarded-a-flight"),
    pytest.param("The new tax hit farmers in Haskel hard.", "ASSAULT", id="tax-hit-farmers"),
    pytest.param("The Kessland striker hit the post twice.", "ASSAULT", id="hit-the-post"),
    pytest.param("The Kessland midfielder kicked the ball into the net.", "ASSAULT",
                 id="kicked-the-ball"),
    pytest.param("The Marovian party kicked the mayor out of its ranks.", "ASSAULT",
                 id="kicked-out-of-party"),
    pytest.param("The Marovian chef whipped the cream for the state banquet.", "ASSAULT",
                 id="whipped-cream"),
    pytest.param("Investigators finally laid hands on the missing ledgers.", "ASSAULT",
                 id="laid-hands-on-ledgers"),
    pytest.param("Neighbours clubbed together to buy the school a minibus.", "ASSAULT",
                 id="clubbed-together"),
    pytest.param("The storm downed power lines across Haskel.", "ASSAULT",
                 id="storm-downed-lines"),
    pytest.param("The builders bundled the old cables into a skip.", "COERCE",
                 id="bundled-cables"),
    pytest.param("The comedy was taken off the air after one season.", "COERCE",
                 id="show-off-the-air"),
    pytest.param("The Marovian host stormed out of the studio after the interview.",
                 "ASSAULT", id="stormed-out-of-studio"),
    pytest.param("The driver walked away from the crash near Haskel unhurt.", "SANCTION",
                 id="walked-away-from-crash"),
    pytest.param("The Kessland coach flew in from Talvenna on Monday.", "AID",
                 id="coach-flew-in"),
    pytest.param("The central bank softened its tone on inflation.", "CONCEDE",
                 id="bank-softened-tone"),
    pytest.param("The chef knifed the bread into thick slices.", "ASSAULT",
                 id="knifed-bread"),
    pytest.param("A lorry ploughed into parked cars in Haskel after its brakes failed.",
                 "ASSAULT", id="lorry-ploughed-into-cars"),
    pytest.param("The new rules strangled small firms in Marovia.", "ASSAULT",
                 id="rules-strangled-firms"),
    pytest.param("The chef grilled the fish for the guests.", "COERCE", id="grilled-fish"),
    pytest.param("Kessland football fans booed the referee.", "PROTEST", id="fans-booed"),
    pytest.param("The cyclist chained his bike to the railings.", "PROTEST",
                 id="chained-bike"),
    pytest.param("The kitchen staff rushed the meals to the tables.", "MOBILIZE",
                 id="rushed-meals"),
    pytest.param("The airliner landed in Talvenna on time.", "CONSULT", id="plane-landed"),
    pytest.param("Talvenna will play host to the regional football final.", "CONSULT",
                 id="host-to-final"),
    pytest.param("The singer rapped about life in Haskel.", "ACCUSE", id="singer-rapped"),
    pytest.param("The volunteers took the dog to the vet.", "ACCUSE", id="took-dog-to-vet"),
    pytest.param("The farmer mowed the grass outside the town hall in Haskel.", "ASSAULT",
                 id="mowed-the-grass"),
    pytest.param("The club let its coach go after the defeat in Ferrow.", "RETREAT",
                 id="club-let-coach-go"),
    pytest.param("The tenants vacated the flat in Talvenna.", "RETREAT", id="tenants-vacated"),
    pytest.param("Buses shuttle between the airport and the centre of Talvenna.", "CONSULT",
                 id="buses-shuttle"),
    pytest.param("The referee disqualified the Kessland sprinter.", "COERCE",
                 id="disqualified-sprinter"),
    pytest.param("The patient refused to eat after the operation.", "PROTEST",
                 id="patient-refused-to-eat"),
    pytest.param("Residents were told to stay away from the river in Haskel.", "PROTEST",
                 id="stay-away-from-river"),
    pytest.param("The case was remanded to a lower court in Talvenna.", "COERCE",
                 id="remanded-to-lower-court"),
    pytest.param("The new vaccine was put on trial in three hospitals in Marovia.", "COERCE",
                 id="vaccine-on-trial"),
    pytest.param("The volcano near Haskel was placed under surveillance by scientists.",
                 "COERCE", id="volcano-under-surveillance"),
    pytest.param("The Kessland cyclist was stripped of his title.", "COERCE",
                 id="stripped-of-title"),
    pytest.param("The new tariffs throttled growth in Marovia.", "COERCE",
                 id="tariffs-throttled-growth"),
    pytest.param("Marovia's constitutional court struck down the pension law.", "ASSAULT",
                 id="court-struck-down-law"),
    pytest.param("The Marovian court ruled on Friday.", None, id="court-ruled-on-friday"),
    pytest.param("Marovian parents imposed a curfew on their teenage children.", "COERCE",
                 id="parents-curfew"),
]


@pytest.mark.parametrize("text, type_", NEAR_MISSES)
def test_same_words_in_another_sense_are_no_such_act(text: str, type_: str | None) -> None:
    expect_none(text, type_)
