"""Object classes of the trigger table (``objects`` in ``data/event_triggers.yaml``): a sense that
takes a class of objects takes every wording of it, not a short list of head words. A diplomat is
any envoy title (a high commissioner, a nuncio, a chargé d'affaires, a head of mission); a
crossing is any border installation (a border post, a customs post, the frontier); a vessel is
any craft; an outlet is any newspaper, station or agency; a mission is any embassy or office of
a state abroad; and so on for weapons, relief goods, captives, sanctions and talks.

Each row names the trigger, the PLOVER type and the CAMEO code (or root) the sentence must give
there; the near misses name a trigger and a type it must not give (a "post" that is a job, a
meeting closed, courage summoned, a flight boarded). Every sentence is our own wording; the
places (Vessa, Tarsk, Orlen, Maru) are invented.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events


def row(id: str, text: str, trigger: str, type_: str, cameo: str):
    return pytest.param(text, trigger, type_, cameo, id=id)


def miss(id: str, text: str, trigger: str, type_: str):
    return pytest.param(text, trigger, type_, id=id)


ENVOYS = [  # summoned (ACCUSE 114), expelled (SANCTION 166), recalled (SANCTION 161)
    row("summon-high-commissioner", "Ghana summoned the Nigerian High Commissioner over the "
        "remarks on Tuesday.", "summoned", "ACCUSE", "11"),
    row("summon-nuncio", "Hungary summoned the apostolic nuncio after the sermon in Vessa.",
        "summoned", "ACCUSE", "11"),
    row("summon-head-of-mission", "Kenya summoned the head of mission of Uganda over the "
        "shooting at Tarsk.", "summoned", "ACCUSE", "11"),
    row("recall-high-commissioner", "Canada recalled its High Commissioner from New Delhi on "
        "Monday.", "recalled", "SANCTION", "161"),
    row("recall-charge", "Chile recalled its charge d'affaires from Caracas.", "recalled",
        "SANCTION", "161"),
    row("recall-consul-general", "Norway recalled its consul general in Vessa.", "recalled",
        "SANCTION", "161"),
    row("expel-consul-general", "Norway expelled the Russian consul general in Tarsk.",
        "expelled", "SANCTION", "166"),
    row("expel-chief-of-mission", "Mali expelled the chief of mission of the French embassy.",
        "expelled", "SANCTION", "166"),
    row("summon-titled-name", "Poland summoned Ambassador Ivo Tarr of Belarus on Friday.",
        "summoned", "ACCUSE", "11"),
    row("expel-legate", "Nicaragua expelled the papal legate in Managua.", "expelled",
        "SANCTION", "166"),
    row("received-nuncio", "The Polish president received the papal nuncio in Warsaw.",
        "received", "CONSULT", "043"),
]

ENVOY_MISSES = [
    miss("summon-courage", "The striker summoned the courage to speak to the referee.",
         "summoned", "ACCUSE"),
    miss("recall-cars", "Toyota recalled thousands of cars over faulty brakes.", "recalled",
         "SANCTION"),
    miss("recall-words", "The minister recalled the words of her father.", "recalled",
         "SANCTION"),
    miss("expel-pupils", "The Vessa school expelled two pupils for cheating.", "expelled",
         "SANCTION"),
]

CROSSINGS = [  # closed or shut (COERCE 172), reopened (RETREAT 086), sealed (COERCE 191)
    row("close-border-post", "Armenia closed the Vessa border post on Monday.", "closed",
        "COERCE", "172"),
    row("shut-customs-post", "Georgia shut the customs post at Tarsk.", "shut", "COERCE", "172"),
    row("reopen-frontier", "Peru reopened the frontier with Bolivia after the vote.",
        "reopened", "RETREAT", "086"),
    row("reopen-border-post", "Chad reopened the Orlen border post on Friday.", "reopened",
        "RETREAT", "086"),
    row("close-frontier-post", "Niger closed every frontier post along the Maru river.",
        "closed", "COERCE", "172"),
    row("close-crossing-point", "Israel closed the Vessa crossing point for a week.", "closed",
        "COERCE", "172"),
    row("seal-frontier", "Algeria sealed the frontier with Mali.", "sealed", "COERCE", "191"),
    row("seal-border-post", "Troops sealed the Tarsk border post.", "sealed", "COERCE", "191"),
]

CROSSING_MISSES = [
    miss("closed-meeting", "Kenya's speaker closed the meeting at noon.", "closed", "COERCE"),
    miss("closed-gap", "Poland closed the gap on Spain in the second half.", "closed", "COERCE"),
    miss("reopened-debate", "The Chilean senator reopened the debate on pensions.", "reopened",
         "RETREAT"),
    miss("left-post", "The Kenyan envoy left his post at the ministry.", "left", "COERCE"),
    miss("closed-account", "She closed her account at the Vessa bank.", "closed", "COERCE"),
]

VESSELS = [  # boarded, intercepted, seized, detained (COERCE 1711); shot down (ASSAULT)
    row("intercept-patrol-craft", "The Greek navy intercepted a Turkish patrol craft near Vessa.",
        "intercepted", "COERCE", "1711"),
    row("board-landing-craft", "Iranian commandos boarded a landing craft off Tarsk.",
        "boarded", "COERCE", "1711"),
    row("seize-catamaran", "Sri Lankan sailors seized an Indian catamaran and its crew.",
        "seized", "COERCE", "1711"),
    row("detain-lifeboat", "The Libyan coast guard detained a lifeboat off Vessa.", "detained",
        "COERCE", "1711"),
    row("seize-helicopter", "Venezuela seized a Colombian helicopter at the Tarsk airfield.",
        "seized", "COERCE", "1711"),
    row("release-airliner", "Belarus released the diverted airliner after six hours.",
        "released", "RETREAT", "084"),
    row("shoot-down-bomber", "Ukraine said it shot down a Russian bomber over Tarsk.",
        "shot down", "ASSAULT", "19"),
    row("ram-catamaran", "The Chinese coast guard rammed a Philippine catamaran near Vessa reef.",
        "rammed", "ASSAULT", "190"),
]

VESSEL_MISSES = [
    miss("boarded-flight", "The Kenyan minister boarded a flight to Tarsk.", "boarded",
         "COERCE"),
    miss("boarded-ferry", "Passengers boarded the ferry at Vessa at dawn.", "boarded", "COERCE"),
    miss("craft-beer", "Tarsk brewers released a craft beer for the festival.", "released",
         "RETREAT"),
]

ROADS = [  # closed by forces (COERCE 191) or blocked by protesters (PROTEST 144)
    row("block-freeway", "Farmers blocked the Vessa freeway with tractors.", "blocked",
        "PROTEST", "144"),
    row("block-roundabout", "Truckers blocked the main roundabout in Tarsk.", "blocked",
        "PROTEST", "144"),
    row("block-border-post", "Striking drivers blocked the Orlen border post.", "blocked",
        "PROTEST", "144"),
    row("close-causeway", "Police closed the causeway to Vessa island.", "closed", "COERCE",
        "191"),
    row("close-rail-line", "Soldiers closed the Tarsk rail line.", "closed", "COERCE", "191"),
    row("block-avenue", "Protesters blocked the avenue leading to the Kenyan parliament.",
        "blocked", "PROTEST", "144"),
]

ROAD_MISSES = [
    miss("closed-factory", "The Vessa company closed its Tarsk factory.", "closed", "COERCE"),
    miss("road-of-reform", "Kenya's president blocked the road to reform, critics said.",
         "blocked", "COERCE"),
]

OUTLETS = [  # closed, banned, suspended (COERCE 1721, censorship)
    row("close-tabloid", "Serbian authorities closed the opposition tabloid Vessa Danas.",
        "closed", "COERCE", "1721"),
    row("close-weeklies", "Nicaraguan police closed two opposition weeklies in Tarsk.", "closed",
        "COERCE", "1721"),
    row("ban-news-portal", "The Belarusian regulator banned the news portal Tarsk Today.",
        "banned", "COERCE", "1721"),
    row("shut-news-agency", "The junta shut the independent news agency Vessa Press.", "shut",
        "COERCE", "1721"),
    row("close-daily", "Algeria closed the French-language daily Orlen Matin.", "closed",
        "COERCE", "1721"),
    row("suspend-news-site", "Russia suspended the news site Vessa Now for a month.",
        "suspended", "COERCE", "1721"),
    row("closure-of-tv-station", "Journalists protested the closure of the Tarsk TV station by "
        "the Malian junta.", "closure", "COERCE", "1721"),
]

OUTLET_MISSES = [
    miss("closed-kiosk", "The Vessa bank closed its kiosk in Tarsk after a robbery.", "closed",
         "COERCE"),
    miss("closed-session", "The Kenyan chairman closed the daily session at six.", "closed",
         "COERCE"),
]

MISSIONS = [  # closed (SANCTION 161); reopened (SUPPORT 050)
    row("close-legation", "Portugal closed its legation in Tarsk.", "closed", "SANCTION", "161"),
    row("close-high-commission", "Canada closed its high commission in Vessa.", "closed",
        "SANCTION", "161"),
    row("close-interests-section", "Switzerland closed the interests section in Orlen.", "closed",
        "SANCTION", "161"),
    row("shut-down-nunciature", "Nicaragua shut down the Vatican nunciature in Managua.",
        "shut down", "SANCTION", "161"),
    row("reopen-legation", "Portugal reopened its legation in Tarsk after ten years.",
        "reopened", "SUPPORT", "050"),
    row("close-liaison-office", "Israel closed its liaison office in Vessa.", "closed",
        "SANCTION", "161"),
]

MISSION_MISSES = [
    miss("closed-section", "The Vessa library closed its music section.", "closed", "SANCTION"),
    miss("closed-office", "The Tarsk mayor closed his office for the holiday.", "closed",
         "SANCTION"),
]

WEAPONS = [  # sent or delivered (AID 072), sold (COOPERATE 062), requested (REQUEST 1032)
    row("send-weaponry", "Poland sent weaponry to Ukraine.", "sent", "AID", "072"),
    row("ship-firearms", "Iran shipped firearms and explosives to the Houthis.", "shipped",
        "AID", "072"),
    row("deliver-materiel", "Germany delivered military materiel to Ukraine.", "delivered",
        "AID", "072"),
    row("sell-firearms", "France sold firearms and grenades to Chad.", "sold", "COOPERATE",
        "062"),
    row("send-grenades", "Norway sent grenades and mortars to Ukraine.", "sent", "AID", "072"),
    row("request-drones", "Armenia requested combat drones from India.", "requested",
        "REQUEST", "1032"),
    row("supply-pistols", "Russia supplied pistols to the Malian army.", "supplied", "AID",
        "072"),
]

WEAPON_MISSES = [
    miss("sent-letters", "Norway sent letters to Ukraine.", "sent", "AID"),
    miss("sold-shares", "France sold shares in its Tarsk airport.", "sold", "COOPERATE"),
]

RELIEF = [  # sent or delivered (AID 073)
    row("send-food-parcels", "Norway sent food parcels to Gaza.", "sent", "AID", "07"),
    row("deliver-rations", "Jordan delivered rations to the refugees in Syria.", "delivered",
        "AID", "07"),
    row("send-tarpaulins", "Japan sent tarpaulins and sleeping bags to Turkey.", "sent", "AID",
        "07"),
    row("deliver-foodstuffs", "Egypt delivered foodstuffs to Sudan.", "delivered", "AID", "07"),
    row("airlift-hygiene-kits", "The UAE airlifted hygiene kits to Libya.", "airlifted", "AID",
        "07"),
    row("ship-infant-formula", "Chile shipped infant formula to Haiti.", "shipped", "AID", "07"),
    row("give-mosquito-nets", "Japan gave mosquito nets to Malawi.", "gave", "AID", "07"),
]

RELIEF_MISSES = [
    miss("sent-invitations", "Norway sent invitations to the Vessa gala.", "sent", "AID"),
    miss("delivered-speech", "Jordan's king delivered a speech in Tarsk.", "delivered", "AID"),
]

CAPTIVES = [  # released, exchanged, returned (RETREAT 0841)
    row("release-pows", "Russia released twelve Ukrainian POWs on Sunday.", "released",
        "RETREAT", "0841"),
    row("exchange-inmates", "Armenia and Azerbaijan exchanged inmates at the Vessa bridge.",
        "exchanged", "RETREAT", "0841"),
    row("swap-internees", "Ethiopia and Eritrea swapped internees at Tarsk.", "swapped",
        "RETREAT", "0841"),
    row("return-abductees", "Nigeria returned the abductees to their families in Orlen.",
        "returned", "RETREAT", "0841"),
    row("exchange-pows", "Ukraine and Russia exchanged POWs near Vessa.", "exchanged",
        "RETREAT", "0841"),
    row("return-internees", "Japan returned two internees to China.", "returned", "RETREAT",
        "0841"),
]

CAPTIVE_MISSES = [
    miss("exchanged-gifts", "Russia and Ukraine exchanged gifts in Tarsk.", "exchanged",
         "RETREAT"),
    miss("returned-books", "Japan returned two books to China.", "returned", "RETREAT"),
]

SANCTIONS = [  # lifted or eased (RETREAT 085), threatened (THREATEN 1312)
    row("scrap-duties", "Canada scrapped the import duties on Ukrainian grain.", "scrapped",
        "RETREAT", "085"),
    row("lift-levy", "India lifted the levy on Chinese steel.", "lifted", "RETREAT", "085"),
    row("ease-duties", "Australia eased the duties on Chinese barley.", "eased", "RETREAT",
        "085"),
    row("threaten-duties", "Brazil threatened duties on American ethanol.", "threatened",
        "THREATEN", "13"),
    row("remove-levies", "Turkey removed the levies on Greek olive oil.", "removed", "RETREAT",
        "085"),
    row("relax-levies", "Japan relaxed the levies on Korean steel.", "relaxed", "RETREAT",
        "085"),
    row("suspend-duties", "Mexico suspended the duties on Peruvian avocados.", "suspended",
        "RETREAT", "085"),
]

SANCTION_MISSES = [
    miss("lifted-weights", "The Indian athlete lifted the weights in Tarsk.", "lifted",
         "RETREAT"),
    miss("eased-pain", "The Vessa doctors eased the pain of the wounded.", "eased", "RETREAT"),
]

TALKS = [  # suspended, broken off (SANCTION 164); rejected (REJECT 125)
    row("suspend-parley", "Colombia suspended the parley with the ELN.", "suspended",
        "SANCTION", "164"),
    row("halt-peace-process", "Serbia halted the peace process with Kosovo.", "halted",
        "SANCTION", "164"),
    row("break-off-parleys", "Sudan broke off the parleys with the rebels in Tarsk.",
        "broke off", "SANCTION", "164"),
    row("freeze-peace-process", "Israel froze the peace process after the attack in Vessa.",
        "froze", "SANCTION", "164"),
    row("reject-parley", "Mali rejected a parley with the jihadists.", "rejected", "REJECT",
        "12"),
    row("quit-parley", "The Sudanese army quit the parley in Jeddah.", "quit", "SANCTION",
        "164"),
    row("boycott-peace-process", "The Congolese rebels boycotted the peace process.",
        "boycotted", "REJECT", "12"),
]

TALK_MISSES = [
    miss("halted-match", "The Kenyan referee halted the match in Tarsk.", "halted",
         "SANCTION"),
    miss("halted-production", "Toyota halted production at its Tarsk plant.", "halted",
         "SANCTION"),
]

ROWS = ENVOYS + CROSSINGS + VESSELS + ROADS + OUTLETS + MISSIONS + WEAPONS + RELIEF + CAPTIVES \
    + SANCTIONS + TALKS
MISSES = ENVOY_MISSES + CROSSING_MISSES + VESSEL_MISSES + ROAD_MISSES + OUTLET_MISSES \
    + MISSION_MISSES + WEAPON_MISSES + RELIEF_MISSES + CAPTIVE_MISSES + SANCTION_MISSES \
    + TALK_MISSES


@pytest.mark.parametrize(("text", "trigger", "type_", "cameo"), ROWS)
def test_any_wording_of_the_object_class_takes_the_sense(text: str, trigger: str, type_: str,
                                                         cameo: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if at(text, e, trigger) and e.type == type_
             and (e.cameo_code or "").startswith(cameo)]
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "trigger", "type_"), MISSES)
def test_a_word_outside_the_class_does_not(text: str, trigger: str, type_: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, trigger) and e.type == type_], describe(ex)
