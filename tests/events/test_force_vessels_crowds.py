"""Force against vessels and crowds as news tells it (CAMEO 17, 175, 19).

Every sentence is our own wording. Boarding, commandeering, impounding or detaining a ship,
and its seizure, boarding or hijacking told as a noun, take the vessel by force: COERCE seize
(CAMEO 1711, confiscate property; a hijacking stays ASSAULT abduct). Ramming a boat, or
blasting, hosing, spraying or dousing it with water cannon, is force against it: ASSAULT (a
water-cannon attack too). Breaking up, dispersing or clearing a march, a crowd or a blockade
by force is violent repression: COERCE or ASSAULT crowd-control (CAMEO 175). Near-misses: the
same words where nothing was taken or hit (a ship that docks, talks that break up, a plan
cleared, a flight boarded, two trains colliding, an operation on a kidney).
"""

from __future__ import annotations

import pytest

from .helpers import Names, coded_only, describe, events, expect_none, matching, problems

FORCE = ("COERCE", "ASSAULT")

_NO_ACTOR = "no actor on either side ('a coast guard cutter', 'the boat'): no event by design"


def case(id: str, text: str, type_: str | tuple[str, ...] = FORCE, *,
         source: Names | None = None, target: Names | None = None,
         xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, type_, source, target, id=id, marks=marks)


VESSELS_TAKEN = [
    case("boarded-cargo-ship", "Marines boarded the cargo ship from a helicopter and steered "
         "it to port.", "COERCE", source="marines"),
    case("boarded-tanker-gulf", "Iranian commandos boarded a Greek-flagged tanker in the Gulf "
         "of Oman on Thursday.", "COERCE", source=("Iran", "commandos")),
    case("boarded-fishing-trawler", "The Argentine navy boarded a Chinese fishing trawler "
         "inside its exclusive economic zone.", "COERCE", source=("Argentin", "navy")),
    case("commandeered-ferry", "Gunmen commandeered a ferry on Lake Kivu and forced the crew "
         "to sail north.", FORCE, source="gunmen"),
    case("commandeered-vessel-navy", "The Yemeni rebels commandeered a car carrier in the Red "
         "Sea.", FORCE, source="rebels"),
    case("impounded-ship", "Authorities in Panama impounded a bulk carrier accused of "
         "smuggling fuel.", "COERCE"),
    case("detained-tanker", "The Indonesian coast guard detained an Iranian tanker off "
         "Pontianak on Sunday.", "COERCE", source=("Indonesia", "coast guard")),
    case("detained-vessel-mozambique", "Port officials in Maputo detained a Liberian-flagged "
         "vessel over unpaid fees.", "COERCE"),
    case("diverted-vessel-by-force", "Israeli forces intercepted the aid flotilla and diverted "
         "it to Ashdod.", FORCE, source=("Israel", "forces")),
    case("seizure-of-tanker-noun", "Britain condemned the seizure of the tanker by Iranian "
         "forces.", "COERCE"),
    case("boarding-of-ship-noun", "Greece protested the boarding of its cargo ship by Turkish "
         "sailors.", "COERCE"),
    case("hijacking-of-ship", "Somali pirates were blamed for the hijacking of a bulk carrier "
         "off Puntland.", "ASSAULT",
         xfail="arguments: the passive subject of 'blamed for' is not read as the doer of "
         "the act blamed"),
    case("seized-tanker-still", "Venezuelan troops seized a tanker carrying crude off the "
         "coast.", "COERCE"),
]

VESSELS_HIT = [
    case("rammed-fishing-boat", "A coast guard cutter rammed the fishing boat near the reef.",
         "ASSAULT",
         xfail=_NO_ACTOR),
    case("rammed-supply-ship", "A Chinese coast guard vessel rammed a Philippine supply ship "
         "near Second Thomas Shoal.", "ASSAULT", source=("China", "Chinese", "coast guard")),
    case("ramming-of-boat-noun", "The ramming of the boat cracked its hull.", "ASSAULT",
         xfail=_NO_ACTOR),
    case("ramming-of-trawler-envoy", "Seoul summoned the Chinese ambassador over the ramming "
         "of a South Korean trawler.", "ASSAULT"),
    case("collision-caused-by", "Manila said a collision caused by the Chinese ship damaged "
         "its patrol boat.", "ASSAULT",
         xfail="no sense: a collision is an accident (non_agents); its causer in 'caused "
         "by' is not read"),
    case("blasted-water-cannon", "A Chinese vessel blasted the Philippine boat with water "
         "cannon on Saturday.", "ASSAULT", source=("China", "Chinese")),
    case("hosed-water-cannon", "Japanese patrol ships hosed the activists' boat with water "
         "cannon near the islands.", "ASSAULT"),
    case("sprayed-water-cannon", "The Chinese coast guard sprayed the fishing boat with water "
         "cannon for an hour.", "ASSAULT"),
    case("doused-water-cannon", "Police doused the protesters with water cannon in Tbilisi.",
         "ASSAULT", source="police"),
    case("water-cannon-attack-noun", "Manila summoned the envoy over Tuesday's water-cannon "
         "attack on its patrol boat.", "ASSAULT"),
    case("fired-water-cannon-still", "The coast guard fired water cannon at the supply boat.",
         "ASSAULT"),
]

CROWDS = [
    case("broke-up-march-tear-gas", "Police broke up the march with tear gas.", FORCE,
         source="police"),
    case("broke-up-rally-kampala", "Ugandan police broke up an opposition rally in Kampala on "
         "Tuesday.", FORCE, source="police"),
    case("broke-up-protest-batons", "Riot police broke up a protest outside the parliament in "
         "Yerevan with batons.", FORCE),
    case("dispersed-crowd", "Soldiers dispersed a crowd of mourners in Mandalay.", FORCE,
         source="soldiers"),
    case("gassed-us", "\"They gassed us like animals,\" one protester said in Santiago.",
         "ASSAULT",
         xfail="'They' and 'us' name no actor: no event by design"),
    case("moved-against-protesters", "Security forces moved against the protesters camped in "
         "the square before dawn.", FORCE, source="forces"),
    case("cleared-the-blockade", "Police cleared the blockade on the highway to Cochabamba.",
         FORCE, source="police"),
    case("cleared-roadblocks", "Troops cleared roadblocks set up by truckers near Ottawa.",
         FORCE, source="troops"),
    case("clearing-of-road-noun", "The clearing of the road by riot police left dozens "
         "injured.", FORCE),
    case("security-operation-reopen", "Police launched a security operation to reopen the "
         "highway blocked by farmers.", FORCE, source="police"),
    case("crackdown-still", "The crackdown on students in Dhaka drew criticism abroad.",
         FORCE),
    case("broke-up-sit-in", "Police broke up the sit-in outside the ministry in Khartoum.",
         FORCE, source="police"),
]

POSITIVE = VESSELS_TAKEN + VESSELS_HIT + CROWDS


@pytest.mark.parametrize(("text", "type_", "source", "target"), POSITIVE)
def test_force_event(text: str, type_: str | tuple[str, ...], source: Names | None,
                     target: Names | None) -> None:
    ex = coded_only(events(text))  # not a mention with no actor kept for fusion (events.bare)
    assert matching(ex, type_, source=source, target=target), (
        f"expected {type_} source={source} target={target}\n{describe(ex)}")
    assert not problems(ex), describe(ex)


# The same words where nothing was taken, hit or broken up by force.
NEAR_MISSES = [
    pytest.param("The ship docked in Rotterdam on Monday.", FORCE, id="ship-docked"),
    pytest.param("The talks broke up without agreement in Geneva.", FORCE,
                 id="talks-broke-up"),
    pytest.param("The band broke up after its last tour.", FORCE, id="band-broke-up"),
    pytest.param("Officials cleared the plan for a new port in Gwadar.", FORCE,
                 id="officials-cleared-plan"),
    pytest.param("The regulator cleared the merger of the two carriers.", FORCE,
                 id="cleared-merger"),
    pytest.param("The rain dispersed the crowd before the concert ended.", FORCE,
                 id="rain-dispersed-crowd"),
    pytest.param("The fog dispersed by noon over the harbour.", FORCE, id="fog-dispersed"),
    pytest.param("The minister boarded a flight to Paris on Friday.", FORCE,
                 id="boarded-flight"),
    pytest.param("Passengers boarded the ferry to Dover after a long delay.", FORCE,
                 id="passengers-boarded-ferry"),
    pytest.param("The collision of two trains near Thessaloniki killed 57 people.", FORCE,
                 id="collision-of-trains"),
    pytest.param("Two cargo ships collided in fog in the Strait of Dover.", FORCE,
                 id="ships-collided"),
    pytest.param("The operation to remove his kidney went well, doctors said.", FORCE,
                 id="kidney-operation"),
    pytest.param("Water cannon were on standby as the march passed off peacefully.", FORCE,
                 id="water-cannon-standby"),
    pytest.param("Firefighters hosed the burning ferry for hours.", FORCE,
                 id="firefighters-hosed"),
    pytest.param("Crews sprayed the field with pesticide.", FORCE, id="sprayed-pesticide"),
    pytest.param("Snowploughs cleared the road to the pass by morning.", FORCE,
                 id="snowploughs-cleared-road"),
    pytest.param("The clearing of the road after the landslide took two days.", FORCE,
                 id="clearing-after-landslide"),
    pytest.param("The ship was diverted to Malta because of a storm.", FORCE,
                 id="diverted-by-storm"),
    pytest.param("The company moved against the proposal at the shareholder meeting.",
                 "ASSAULT", id="moved-against-proposal"),
    pytest.param("The crowd broke up peacefully after the speeches.", FORCE,
                 id="crowd-broke-up-itself"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEAR_MISSES)
def test_no_force_event(text: str, forbidden: tuple[str, ...]) -> None:
    expect_none(text, forbidden)
