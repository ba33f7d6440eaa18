"""Wishes and purposes are not announcements.

Every sentence is our own wording. What someone wants, hopes for or would welcome is not an act
announced for the future: the wished act is requested or hypothetical; a state that already
exists, named inside the wish ("to get China to break the embargo": the embargo is there), is
not a future event; and "would welcome aid" is no praise of the giver. A purpose infinitive
("troops sent to protect the embassy", "a resolution supposedly to protect civilians") is no
act of its own: at most requested, never asserted or announced by the subject. Near misses keep
real announcements and real protection.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, expect, expect_none

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")


def _trigger_events(text: str, word: str):
    ex = events(text)
    return ex, [e for e in ex.events
                if ex.document.text[e.start:e.end].lower().startswith(word)]


WISHES = [
    pytest.param("Belgrade wants to get Brussels to change its visa policy.", "chang",
                 id="wants-to-get-to-change"),
    pytest.param("Havana hopes Washington will lift the trade embargo.", "lift",
                 id="hopes-will-lift"),
    pytest.param("Havana hopes Washington will lift the trade embargo.", "embargo",
                 id="hopes-existing-embargo"),
    pytest.param("Caracas wants to get Moscow to defy the US imposed oil embargo on "
                 "Venezuela.", "oil embargo", id="wants-existing-embargo"),
    pytest.param("Kabul would welcome Indian aid for its hospitals.", "aid",
                 id="would-welcome-aid"),
    pytest.param("Minsk hopes that Moscow will send more troops to the border.", "send",
                 id="hopes-will-send"),
    pytest.param("The Afghan minister said his government would welcome Indian aid.", "aid",
                 id="said-would-welcome-aid"),
]


@pytest.mark.parametrize("text,word", WISHES)
def test_wished_act_is_not_future(text, word):
    ex, found = _trigger_events(text, word)
    assert not [e for e in found if e.modality == "future"], describe(ex)


def test_existing_state_in_a_wish_stays_asserted():
    expect("Caracas wants to get Moscow to defy the US imposed oil embargo on Venezuela.",
           "SANCTION", source="United States", modality="asserted")


def test_existing_state_in_a_wish_stays_asserted_near_miss():
    expect("Caracas wants to get Moscow to defy the US oil embargo on Venezuela.",
           "SANCTION", source="United States", modality="asserted")


def test_would_welcome_is_not_praise():
    expect_none("Kabul would welcome Indian aid for its hospitals.", "SUPPORT",
                source="Afghan", target="India")
    expect_none("Kabul would welcome Indian aid for its hospitals.", "SUPPORT",
                source="Kabul")


def test_welcome_aid_keeps_the_giver():
    expect("Kabul would welcome Indian aid for its hospitals.", "AID", source="India",
           modality=("hypothetical", "requested", "reported"))


ANNOUNCED = [
    pytest.param("Tokyo will lift its export curbs on Seoul next month.", "lift",
                 id="near-miss-will-lift"),
    pytest.param("Berlin will send more tanks to Poland next year.", "send",
                 id="near-miss-will-send"),
]


@pytest.mark.parametrize("text,word", ANNOUNCED)
def test_announcement_stays_future(text, word):
    ex, found = _trigger_events(text, word)
    assert [e for e in found if e.modality == "future"], describe(ex)


PURPOSES = [
    pytest.param("Kenya sent police officers to Haiti to protect the airport.", "protect",
                 id="sent-to-protect"),
    pytest.param("The council adopted a resolution supposedly to protect civilians in "
                 "Darfur.", "protect", id="resolution-to-protect"),
    pytest.param("Brazil deployed soldiers to the border to ensure order.", "ensure",
                 id="deployed-to-ensure"),
    pytest.param("Paris flew troops to Bangui to help evacuate foreigners.", "help",
                 id="flew-to-help"),
    pytest.param("Moscow backed a Security Council resolution meant to protect aid convoys "
                 "in Syria.", "protect", id="resolution-meant-to-protect"),
]


@pytest.mark.parametrize("text,word", PURPOSES)
def test_purpose_is_not_an_act(text, word):
    ex, found = _trigger_events(text, word)
    assert not [e for e in found if e.modality not in ("requested",)], describe(ex)


REAL_PROTECTION = [
    pytest.param("French troops protected civilians in Bangui during the riots.", "AID",
                 "French", id="near-miss-protected"),
    pytest.param("Egypt pledged to help Sudan rebuild its power grid.", "AID", "Egypt",
                 id="near-miss-pledged-to-help"),
    pytest.param("Cairo made a decision to send aid to Khartoum.", "AID", None,
                 id="near-miss-decision-to-send"),
    pytest.param("Italy helped Tunisia with new patrol boats.", "AID", "Italy",
                 id="near-miss-helped"),
    pytest.param("Rwanda sent troops to Mozambique to fight the insurgents.", ("AID",
                 "MOBILIZE"), "Rwanda", id="near-miss-sending-kept"),
]


@pytest.mark.parametrize("text,type_,source", REAL_PROTECTION)
def test_real_protection_stays(text, type_, source):
    expect(text, type_, source=source)
