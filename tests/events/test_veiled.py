"""Veiled threats (``events.veiled``): a warning of harm told with no verb of threatening.

PLOVER THREATEN (CAMEO 130) needs a warning of a harmful act or consequence aimed at a party,
often conditional, its harm possibly vague. Rows that must hold: a response announced with a
modal on a condition or with a word of force ("would respond appropriately if ..."), measures
announced on a condition, inaction denied ("will not remain idle if ..."), a burden a
reported clause lays on the other side ("would bear full responsibility", "would pay a heavy
price", "the consequences for X would be grave"), and a vowed "merciless response". The
source is the side that would respond or the side that speaks; the target the condition's
party, the one answered, or the one who would bear the burden.

Near misses that must stay free of a threat: a response to a disaster or a letter, a response
with neither condition nor word of force, a burden no one reports or one with no party, a
grave drought, a promise of calm, a deal one will not stand by, and a warning already coded by
its verb (one threat, not two). Every sentence is our own wording, with invented places where
a name is not needed.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect, expect_none, find

SERBIA = ("Serbia", "Belgrade")
KOSOVO = ("Kosovo", "Pristina")


def row(id: str, text: str, source: Names, target: Names | None):
    return pytest.param(text, source, target, id=id)


VEILED = [
    row("respond-appropriately-if", "Serbia would respond appropriately if Kosovo police "
        "entered the northern villages, the president said.", SERBIA, "Kosovo"),
    row("respond-firmly-to-provocation", "Belgrade said it would respond firmly to any "
        "provocation by Pristina.", SERBIA, KOSOVO),
    row("react-decisively-wire", "Armenia will react decisively to any incursion by Azerbaijan, "
        "the defence ministry in Yerevan said on Tuesday.", "Armenia", "Azerbaijan"),
    row("not-remain-idle-if", "Venezuela will not remain idle if Guyana lets foreign troops "
        "onto the disputed land, Caracas said.", ("Venezuela", "Caracas"), "Guyana"),
    row("not-stand-idly-by", "China will not stand idly by, the foreign ministry said of the "
        "Philippine outpost.", "China", None),
    row("necessary-measures-if", "Serbia will take all necessary measures if the Kosovo "
        "government seizes the plant, the president said.", SERBIA, "Kosovo"),
    row("bear-responsibility", "Pakistan said India would bear full responsibility for any "
        "escalation.", "Pakistan", "India"),
    row("bear-consequences", "Beijing said Washington would bear all the consequences of the "
        "arms sale.", ("China", "Beijing"), ("United States", "Washington")),
    row("pay-heavy-price", "The Azeri envoy said Armenia would pay a heavy price for the "
        "shelling.", "envoy", "Armenia"),
    row("consequences-grave-for", "The Armenian foreign ministry said the consequences for "
        "Azerbaijan would be grave if the blockade continued.", ("Armenia", "ministry"),
         "Azerbaijan"),
    row("consequences-severe-if", "Iran said the consequences for Israel would be severe if it "
        "attacked.", "Iran", "Israel"),
    row("vowed-merciless-response", "North Korea vowed a merciless response to the drills.",
        "North Korea", None),
]


@pytest.mark.parametrize("text, source, target", VEILED)
def test_veiled_warning_is_a_threat(text: str, source: Names, target: Names | None) -> None:
    event = expect(text, "THREATEN", source=source, target=target)
    assert event.modality in ("asserted", "reported"), describe(events(text))
    assert event.cameo_code.startswith("13"), describe(events(text))


NOT_THREATS = [
    pytest.param("Kenya said it would respond appropriately to the floods in the north.",
                 id="respond-to-floods"),
    pytest.param("Ghana will respond to the letter from Togo next week.",
                 id="respond-to-letter"),
    pytest.param("Ghana will respond on Monday, the minister said.", id="respond-plain"),
    pytest.param("Kenya will bear the cost of the new dam.", id="burden-unreported"),
    pytest.param("The ministry said the consequences of the drought in Kenya would be grave.",
                 id="grave-drought"),
    pytest.param("Kenya said it would remain calm.", id="remain-calm"),
    pytest.param("Venezuela will not stand by the deal with Guyana, Caracas said.",
                 id="not-stand-by-a-deal"),
    pytest.param("Ghana said it did not know whether Togo would respond.",
                 id="respond-unknown"),
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_no_harm_warned_no_threat(text: str) -> None:
    expect_none(text, "THREATEN")


def test_warning_verb_and_its_response_are_one_threat() -> None:
    text = ("Belgrade warned that it would respond appropriately if Pristina deployed special "
            "police to the north.")
    assert len(find(events(text), "THREATEN")) == 1, describe(events(text))
    expect(text, "THREATEN", source=SERBIA, target=KOSOVO)
