"""Whom a protest or a complaint handed over is aimed at (issue 12, class 2).

Two readings of a diplomatic protest's phrases, our own wire-style sentences:

* a protest handed, delivered, sent or passed *to* an envoy or an embassy is addressed to it,
  wherever the parser hangs the "to" (on the verb, on the protest, or on the note that holds
  it: "handed a note of protest *to the Russian ambassador*"), and so is the first of two
  objects ("handed *the Iranian ambassador* a note of protest"; ``handing_verbs``,
  ``events/complaints``);
* a complaint lodged *against* a party with a court or a body ("lodged a complaint with the
  UN *against Romania*") accuses that party: the body it is lodged with, or submitted to, only
  hears it and is no target when an "against" phrase names the accused.

Each row: (text, trigger, type, source, target); near misses: the party that must not be a
target.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the envoy or embassy a protest is handed to is its target.
HANDED = [
    ("Lithuania handed a note of protest to the Russian ambassador.", "handed", "ACCUSE",
     "Lithuania", "Russia"),
    ("Ecuador delivered a formal protest to the Peruvian embassy in Quito.", "delivered",
     "ACCUSE", "Ecuador", "Peru"),
    ("The Latvian foreign ministry delivered a strongly worded protest to the Chinese "
     "ambassador on Friday.", "delivered", "ACCUSE", "foreign ministry", "Chin"),
    ("Chile sent a formal protest to the Bolivian consulate in Santiago.", "sent", "ACCUSE",
     "Chile", "Bolivia"),
    ("Greece handed a diplomatic note of protest to the Turkish embassy in Athens.", "handed",
     "ACCUSE", "Greece", ("Turk", "Türkiye")),
    ("Vietnam passed a note of protest to the Chinese embassy in Hanoi.", "passed", "ACCUSE",
     "Vietnam", "Chin"),
    ("Poland submitted a formal protest to the Belarusian embassy in Warsaw.", "submitted",
     "ACCUSE", "Poland", "Belarus"),
    ("Estonia handed a letter of protest to the Belarusian charge d'affaires on Monday.",
     "handed", "ACCUSE", "Estonia", "Belarus"),
    ("Azerbaijan handed the Iranian ambassador a note of protest.", "handed", "ACCUSE",
     "Azerbaijan", "Iran"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", HANDED)
def test_a_protest_handed_to_an_envoy_is_addressed_to_him(text, trigger, type_, source,
                                                          target):
    expect_at(text, trigger, type_, source=source, target=target)


#: Rows: a complaint against a party accuses that party.
AGAINST = [
    ("Moldova lodged a complaint with the United Nations against Romania.", "lodged",
     "ACCUSE", "Moldova", "Romania", "United Nations"),
    ("Ghana submitted a complaint to the ECOWAS commission against Togo.", "submitted",
     "ACCUSE", "Ghana", "Togo", "ECOWAS"),
    ("Burundi filed a complaint with the African Union against Rwanda over the border "
     "raids.", "filed", "ACCUSE", "Burundi", "Rwanda", "African Union"),
    ("Guyana filed a complaint against Venezuela with the UN Security Council.", "filed",
     "ACCUSE", "Guyana", "Venezuela", "Security Council"),
    ("Djibouti lodged a complaint with the Arab League against Eritrea.", "lodged", "ACCUSE",
     "Djibouti", "Eritrea", "Arab"),
    ("Qatar filed a complaint with the World Trade Organization against Saudi Arabia.",
     "filed", "ACCUSE", "Qatar", "Saudi", "World Trade"),
    ("Benin lodged a complaint to the African Union commission against Niger on Tuesday.",
     "lodged", "ACCUSE", "Benin", "Niger", "African Union"),
    ("Gabon filed a formal complaint with the United Nations against Equatorial Guinea.",
     "filed", "ACCUSE", "Gabon", "Equatorial Guinea", "United Nations"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target,forum", AGAINST)
def test_a_complaint_against_a_party_accuses_it_not_the_forum(text, trigger, type_, source,
                                                              target, forum):
    expect_at(text, trigger, type_, source=source, target=target)
    expect_none_with(text, trigger, type_, target=forum)


#: Near misses: a complaint lodged with a body that names no accused is addressed to it,
#: and one against a party at a court still accuses the party.
KEPT = [
    ("Moldova lodged a complaint with the United Nations on Monday.", "lodged", "ACCUSE",
     "Moldova", "United Nations"),
    ("Armenia lodged a complaint against Azerbaijan at the International Court of Justice.",
     "lodged", "ACCUSE", "Armenia", "Azerbaijan"),
    ("Croatia delivered a protest note to the Serbian embassy in Zagreb.", "delivered",
     "ACCUSE", "Croatia", "Serbia"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", KEPT)
def test_a_complaint_with_no_accused_keeps_its_addressee(text, trigger, type_, source,
                                                         target):
    expect_at(text, trigger, type_, source=source, target=target)
