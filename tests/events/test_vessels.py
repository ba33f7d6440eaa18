"""Ships, boats and their crews as doers and targets (issue 12).

Every sentence is our own wording. A vessel taken, boarded, detained, rammed or fired on by an
armed or state actor is an act (COERCE seize, CAMEO 1711; ASSAULT, CAMEO 18/19) on whoever
flags, owns or crews it: "a *Vietnamese* fishing boat" -> Vietnam; with no one named on it, it
is still an act. A ship named only as a ship is no natural force: a disaster's relief reads only
what happens to one in a storm or a wreck. A definite noun retelling an earlier seizure ("the
seizure") is that seizure again. A state force's vessel as the subject of a hostile act ("a
*Chinese coast guard* ship rammed ...") is used by that force, which is the doer; a ship's
peaceful arrivals, dockings and deliveries are no visit by a state. Near misses: wrecks,
groundings, capsizes, collisions, dockings, deliveries, passengers boarding.
Each row: (text, type, source, target, trigger text or None).
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect_none, matching, problems

FORCE = ("COERCE", "ASSAULT")


def case(id: str, text: str, type_: str | tuple[str, ...] = FORCE, *,
         source: Names | None = None, target: Names | None = None,
         trigger: str | None = None):
    return pytest.param(text, type_, source, target, trigger, id=id)


TAKEN = [
    case("navy-seized-foreign-tanker", "Iranian naval forces seized a foreign oil tanker near "
         "Bandar Abbas on Sunday.", "COERCE", source="Iran"),
    case("houthis-seized-cargo-ship", "Houthi rebels seized a cargo ship in the southern Red "
         "Sea on Saturday.", FORCE, source="Houthi"),
    case("russian-navy-detained-vessel", "The Russian navy detained a cargo vessel bound for "
         "Odesa.", "COERCE", source="Russia"),
    case("korea-seized-ship-smuggling", "South Korean authorities seized a ship suspected of "
         "carrying oil to North Korea.", "COERCE", source="South Korea"),
    case("egypt-boarded-freighter", "Egyptian troops boarded a freighter in the Suez Canal on "
         "Wednesday.", "COERCE", source="Egypt"),
    case("israel-boarded-aid-ship", "Israeli naval commandos boarded a Gaza-bound aid ship in "
         "international waters.", "COERCE", source="Israel"),
    case("us-seized-iranian-tanker", "The United States seized an Iranian tanker carrying "
         "fuel to Venezuela.", "COERCE", source="United States", target="Iran"),
    case("indonesia-seized-vietnamese-boat", "The Indonesian navy seized a Vietnamese fishing "
         "boat in the Natuna Sea.", "COERCE", source="Indonesia", target="Vietnam"),
    case("india-detained-sri-lankan-trawler", "Indian coast guard officers detained a Sri "
         "Lankan trawler off Rameswaram.", "COERCE", source="India", target="Sri Lanka"),
    case("venezuela-seized-yacht", "Venezuelan soldiers seized a yacht off Margarita Island "
         "on Friday.", "COERCE", source="Venezuela"),
    case("guards-seized-ferry", "Government troops seized a ferry on Lake Tanganyika and "
         "arrested its crew.", FORCE, source="troops"),
    case("pirates-hijacked-bangladeshi-ship", "Somali pirates hijacked a Bangladeshi bulk "
         "carrier in the Indian Ocean.", FORCE, source="pirates", target="Bangladesh"),
    case("seizure-retold", "Iranian forces seized a Greek tanker in the Gulf of Oman on "
         "Friday. Athens condemned the seizure and demanded the release of the ship.",
         "COERCE", trigger="seizure"),
    case("seizure-of-the-tanker-noun", "The seizure of the tanker by Iranian commandos drew "
         "protests from London.", "COERCE", source="Iran"),
    case("argentina-impounded-vessel", "Argentina's coast guard impounded a Chinese squid "
         "vessel off Patagonia.", "COERCE", source=("Argentin", "coast guard"),
         target="China"),
]

HIT = [
    case("china-rammed-vietnamese-boat", "The Chinese coast guard rammed a Vietnamese fishing "
         "boat near the Paracel Islands.", "ASSAULT", source=("China", "Chinese"),
         target="Vietnam"),
    case("ship-rammed-philippine-vessel", "A Chinese coast guard ship rammed a Philippine "
         "patrol vessel near Sabina Shoal.", "ASSAULT", source="China", target="Philippine"),
    case("vessels-fired-water-cannon", "Chinese coast guard vessels fired water cannon at a "
         "Philippine resupply boat near Scarborough Shoal.", "ASSAULT",
         source=("China", "Chinese"), target="Philippine"),
    case("one-of-the-ships-rammed", "Chinese coast guard ships surrounded a Philippine boat "
         "near the shoal. One of the Chinese ships rammed the boat's stern.", "ASSAULT",
         source="China", trigger="rammed"),
    case("warship-fired-on-cargo-vessel", "A Russian warship fired on a cargo vessel in the "
         "Black Sea on Tuesday.", "ASSAULT", source="Russia"),
    case("patrol-boat-fired-on-fishing-boat", "A North Korean patrol boat fired on a South "
         "Korean fishing boat near the maritime border.", "ASSAULT", source="North Korea",
         target="South Korea"),
    case("navy-vessel-opened-fire", "An Israeli navy vessel opened fire on Palestinian "
         "fishermen off Gaza.", "ASSAULT", source="Israel"),
    case("gunboats-attacked-tanker", "Iranian gunboats attacked a British tanker in the "
         "Strait of Hormuz.", "ASSAULT", source="Iran", target=("Brit", "United Kingdom")),
    case("warship-rammed-tugboat", "A Russian warship rammed a Ukrainian tugboat near the "
         "Kerch Strait.", "ASSAULT", source="Russia", target="Ukrain"),
    case("rammed-boat-no-flag", "A Chinese coast guard vessel rammed a fishing boat near the "
         "atoll.", "ASSAULT", source=("China", "Chinese")),
    case("warplanes-struck-grain-ship", "Russian warplanes struck a grain ship in the port "
         "of Odesa.", "ASSAULT", source="Russia"),
    case("navy-sank-boat", "The Colombian navy sank a drug-smuggling boat in the Pacific.",
         "ASSAULT", source="Colombia"),
    case("water-cannon-at-vietnamese-boat", "Chinese ships sprayed a Vietnamese fishing boat "
         "with water cannon.", "ASSAULT", source="China", target="Vietnam"),
]

POSITIVE = TAKEN + HIT


@pytest.mark.parametrize(("text", "type_", "source", "target", "trigger"), POSITIVE)
def test_an_act_on_or_by_a_vessel(text: str, type_: str | tuple[str, ...],
                                  source: Names | None, target: Names | None,
                                  trigger: str | None) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source, target=target)
    if trigger is not None:
        found = [e for e in found if text[e.start:e.end].endswith(trigger)]
    assert found, f"expected {type_} source={source} target={target} at {trigger}\n" + \
        describe(ex)
    assert not problems(ex), describe(ex)


# Ships in wrecks, at sea, in port: no one acts on anyone.
NEAR_MISSES = [
    pytest.param("The ferry sank after hitting a reef off Sulawesi.", None, id="ferry-sank"),
    pytest.param("The tanker ran aground near the port of Aden.", None, id="tanker-aground"),
    pytest.param("The container ship docked in Piraeus on Tuesday.", None, id="ship-docked"),
    pytest.param("A cargo ship delivered grain to Beirut on Monday.", ("CONSULT", *FORCE),
                 id="ship-delivered-grain"),
    pytest.param("The fishing boat capsized in rough seas, drowning six.", None,
                 id="boat-capsized"),
    pytest.param("A Greek tanker collided with a container ship off Singapore.", FORCE,
                 id="tanker-collided"),
    pytest.param("A Chinese research vessel docked in Colombo on Wednesday.",
                 ("CONSULT", *FORCE), id="research-vessel-docked"),
    pytest.param("A Turkish cargo ship arrived in Tripoli with building materials.",
                 ("CONSULT", *FORCE), id="cargo-ship-arrived"),
    pytest.param("The ferry struck a pier in Dhaka, injuring twelve passengers.", FORCE,
                 id="ferry-struck-pier"),
    pytest.param("Coast guard boats rescued 40 migrants from a sinking dinghy.", FORCE,
                 id="rescued-from-dinghy"),
    pytest.param("Fire broke out on a cruise ship anchored off Bali.", None,
                 id="fire-on-cruise-ship"),
    pytest.param("Hundreds of pilgrims boarded a ferry in Jeddah.", FORCE,
                 id="pilgrims-boarded-ferry"),
    pytest.param("A freighter slammed into a bridge in Baltimore after losing power.", FORCE,
                 id="freighter-hit-bridge"),
    pytest.param("The Spanish navy rescued the crew of a capsized trawler.", FORCE,
                 id="navy-rescued-crew"),
    pytest.param("A Norwegian cargo ship was hit by a storm off Iceland.", FORCE,
                 id="ship-hit-by-storm"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEAR_MISSES)
def test_no_act_by_or_on_a_vessel(text: str, forbidden: tuple[str, ...] | None) -> None:
    expect_none(text, forbidden)


# Interdiction at sea (CAMEO 1711, COERCE seize): a boat of any kind intercepted, stopped or
# detained by a patrol is taken by force, a longliner or a canoe as much as a trawler; and its
# "interception" names the same act. Each row: (text, trigger). Near misses: a boat that stops
# of itself, a service stopped, a call intercepted, tourists boarding a liner.
INTERDICTED = [
    ("A Velland patrol boat intercepted an Ostravian canoe near Kalvo Island.", "intercepted"),
    ("A Velland patrol boat intercepted the Ostravian longliner Sea Wren near Kalvo Island.",
     "intercepted"),
    ("Velland patrol boat intercepts Ostravian longliner off Kalvo, crew detained",
     "intercepts"),
    ("Velland coast guards stopped the trawler off Kalvo Point with six men on board.",
     "stopped"),
    ("Ostravia says its fishing boat was stopped inside Ostravian waters by a Velland cutter.",
     "stopped"),
    ("The Velland navy stopped an Ostravian purse seiner on Sunday and searched its hold.",
     "stopped"),
    ("Marine police in Kalvo detained two Ostravian pirogues and their crews on Monday.",
     "detained"),
    ("The interception of the longliner by a Velland cutter came two days after talks in "
     "Kalvo broke down.", "interception"),
    ("14:05 - Ostravia's fisheries ministry says a Velland patrol boat has intercepted a "
     "second canoe near Kalvo.", "intercepted"),
    # a force that goes or comes aboard a boat boards it; a patrol (the men, not the boat)
    # boards a boat
    ("Velland coast guards went aboard the Ostravian trawler Sea Wren off Kalvo on Monday.",
     "went"),
    ("Armed Velland officers came aboard the longliner and searched its hold.", "came"),
    ("A Velland naval patrol boarded the Ostravian trawler Sea Wren near Kalvo.", "boarded"),
    # ... and one boarded or detained with no hand named, whatever its kind of boat
    ("The longliner was boarded near Kalvo Island on Saturday.", "boarded"),
    ("Two days later a purse seiner was detained off Kalvo Point.", "detained"),
    ("A gunboat was seized near Kalvo before dawn on Sunday.", "seized"),
]


@pytest.mark.parametrize(("text", "trigger"), INTERDICTED, ids=[r[0][:40] for r in INTERDICTED])
def test_a_boat_stopped_at_sea_is_seized(text: str, trigger: str) -> None:
    ex = events(text)
    got = [(e.type, e.cameo_code) for e in ex.events if text[e.start:e.end] == trigger]
    assert ("COERCE", "1711") in got, describe(ex)


NOT_INTERDICTED = [
    ("The ferry stopped at Kalvo to take on fuel.", "stopped"),
    ("Velland stopped the ferry service to Kalvo on Monday.", "stopped"),
    ("Velland intelligence intercepted a phone call between two Ostravian officials.",
     "intercepted"),
    ("Hundreds of tourists boarded the cruise liner in Kalvo.", "boarded"),
    ("The Velland minister went aboard the new ferry at its launch in Kalvo.", "went"),
    ("Six fishermen came aboard the trawler at dawn to start their shift.", "came"),
    ("The Kalvo canoe race was stopped by the organisers because of the wind.", "stopped"),
    ("Striking truckers stopped fuel tankers from leaving the Kalvo depot on Monday.",
     "stopped"),
    ("The old longliner was boarded by forty tourists for a harbour cruise.", "boarded"),
    ("Any longliner caught without a licence will be detained, the Kalvo ministry warned.",
     "detained"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_INTERDICTED,
                         ids=[r[0][:40] for r in NOT_INTERDICTED])
def test_a_boat_that_stops_or_a_service_stopped_is_no_seizure(text: str, trigger: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if text[e.start:e.end] == trigger
                and e.type in FORCE], describe(ex)
