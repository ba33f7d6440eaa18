"""Frames that tell an act without the writer asserting it: appearances and wishes.

Every sentence is our own wording; the table is read like ``test_modality``'s flips (the event
with the expected modality, and no second reading of it with another).

* An act that only seems to happen ("soldiers *seemed* to fire", "video *appeared* to show
  ...", "*was seen* to detain") is told on the evidence of how it looks or of who saw it:
  reported, as "apparently" is. Near misses: a place appeared at ("appeared *at the summit*
  and condemned"), an appearance made for a purpose ("appeared *on television* to condemn"),
  a state that seems ("seemed calm") beside an act told outright, footage that *showed* it.
* A wish for another's act ("the rebels *want* the government to release ...", "*would
  like* the president to resign", "*hope that* Senegal will lift ...") is an appeal by the
  wisher to that party (PLOVER REQUEST, CAMEO 02: appeals), and the act wished for is its
  content: requested, as what "urged X to" asks is; "would like" is a wish held now, no
  hypothetical one. Near misses: the wisher's own intention ("wants *to visit*"), a hope for
  one's own act ("hope *they* will return").
* "Would" in words told indirectly ("said Ankara would send troops *and would close* ...",
  "*according to* the minister, Ankara would ...") is their future: an announced act; a
  willingness stated ("said Kabul *would welcome* Indian aid") is held now, on the speaker's
  word, and only the aid welcomed is wished for.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_none, matching
from .test_modality import PARAMS, case, check

APPEARANCES = [
    case("seemed-to-fire", "Soldiers seemed to fire on the crowd in Kisumu.", "ASSAULT",
         "reported", source="Soldiers"),
    case("appeared-to-show", "Video posted online appeared to show police beating a taxi "
         "driver in Lagos.", "ASSAULT", "reported", source="police"),
    case("appears-to-have", "The Burmese army appears to have shelled a monastery near "
         "Mandalay.", "ASSAULT", "reported", source="Burmese army"),
    case("appeared-to-reject", "Pyongyang appeared to reject the offer of talks.", "REJECT",
         "reported", source="North Korea"),
    case("it-appears-that", "It appears that Colombian troops detained three farmers near "
         "Cali.", "COERCE", "reported", source="Colombia"),
    case("were-seen-to", "Colombian troops were seen to detain three farmers near Cali.",
         "COERCE", "reported", source="Colombia"),
    case("was-heard-to", "The colonel was heard to threaten the villagers with arrest.",
         "THREATEN", "reported"),
    # near misses: told outright
    case("near-appeared-at", "The Ghanaian envoy appeared at the summit and condemned the "
         "coup in Niger.", "ACCUSE", "asserted", source="Ghana"),
    case("near-appeared-on-to", "The Thai foreign minister appeared on television to condemn "
         "the shelling of the border town.", "ACCUSE", "asserted", source="Thai"),
    case("near-seemed-calm", "The general seemed calm as his troops shelled the town.",
         "ASSAULT", "asserted"),
    case("near-footage-showed", "Footage showed soldiers beating a driver in Harare.",
         "ASSAULT", "asserted", source="soldiers"),
    case("near-saw-no-frame", "Troops detained three farmers near Cali, and residents saw "
         "the arrests.", "COERCE", "asserted"),
]

WISHES = [
    case("want-request", "The rebels want the government to release their commanders.",
         "REQUEST", "asserted", source="rebels", target="government"),
    case("want-content", "The rebels want the government to release their commanders.",
         "RETREAT", "requested", source="government"),
    case("want-state-request", "Warsaw wants Washington to deliver more weapons.",
         "REQUEST", "asserted", source="Poland", target="United States"),
    case("want-state-content", "Warsaw wants Washington to deliver more weapons.",
         "AID", "requested", source="United States"),
    case("would-like-request", "Opposition leaders would like President Tinubu to resign.",
         "REQUEST", "asserted", source="Opposition", target="Tinubu"),
    case("would-like-content", "Opposition leaders would like President Tinubu to resign.",
         "RETREAT", "requested", source="Tinubu"),
    case("hope-that-request", "Fishermen hope that Senegal will lift the fishing ban.",
         "REQUEST", "asserted", source="Fishermen", target="Senegal"),
    case("hope-that-content", "Fishermen hope that Senegal will lift the fishing ban.",
         "CONCEDE", "requested", source="Senegal"),
    case("wish-reported", "The bishops said they wanted the junta to free the prisoners.",
         "REQUEST", "reported", source="bishops", target="junta"),
]

# "would" in someone's words told indirectly is the future of the past (an announced act),
# however the words are framed; a real condition stays hypothetical.
TOLD_WOULD = [
    case("said-would", "Officials in Abuja said Nigeria would recall its ambassador from "
         "Niamey.", "SANCTION", "future", source="Nigeria"),
    case("said-would-conjunct", "The minister said Ankara would send troops and would close "
         "the border crossing.", "COERCE", "future", source="Türkiye"),
    case("according-to-would", "According to the minister, Ankara would send troops to the "
         "border.", "MOBILIZE", "future", source="Türkiye"),
    case("near-said-would-if", "The minister said Ankara would attack if the rebels crossed "
         "the river.", "ASSAULT", "hypothetical", source="Türkiye"),
    case("near-said-could", "Analysts said the Sudanese army could shell the town again.",
         "ASSAULT", "hypothetical", source="Sudan"),
    # a willingness stated ("would welcome aid") is held now: stated, or told on the
    # speaker's word; the aid welcomed is only wished for
    case("would-welcome", "Nepal would welcome Chinese aid for its mountain roads.", "AGREE",
         "asserted", source="Nepal"),
    case("said-would-welcome", "The Afghan minister said Kabul would welcome Indian aid.",
         "AGREE", "reported", source="Afghanistan"),
    case("said-would-welcome-content", "The Afghan minister said Kabul would welcome Indian "
         "aid.", "AID", "hypothetical", source="India"),
    case("near-would-welcome-if", "Nepal would welcome Chinese aid if Delhi agreed.", "AGREE",
         "hypothetical", source="Nepal"),
    case("near-would-if-asked", "Ankara would send troops to the border if Damascus asked.",
         "MOBILIZE", "hypothetical", source="Türkiye"),
]


@pytest.mark.parametrize(PARAMS, APPEARANCES + WISHES + TOLD_WOULD)
def test_frame(text, type_, modality, source, target, attributed_to) -> None:
    check(text, type_, modality, source, target, attributed_to)


OWN_WISHES = [
    pytest.param("The farmers want to visit the capital next week.", id="wants-to-visit"),
    pytest.param("Residents hope they will return home before the rains.", id="hope-they"),
    pytest.param("The Malian junta wants more drones from Ankara.", id="wants-a-thing"),
    pytest.param("Analysts want to know whether Cairo will send troops.", id="want-to-know"),
    pytest.param("Officials hope that the talks will resume next week.", id="hope-talks"),
    pytest.param("Farmers in Kano hope the rains will come early.", id="hope-rains"),
]


@pytest.mark.parametrize("text", OWN_WISHES)
def test_own_wish_is_no_request(text: str) -> None:
    expect_none(text, "REQUEST")


def test_own_wish_keeps_its_act_unasserted() -> None:
    found = matching(events("The farmers want to visit the capital next week."), "CONSULT",
                     modality="asserted")
    assert not found
