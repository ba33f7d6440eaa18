"""Whom an act names no recipient for is aimed at, when the sentence tells it elsewhere (issue
12 targets, target grid): two constructions, each for every type its definition admits.

* One asked to act by a preposition ("appealed *to* Australia to send") does it, as one
  called *on* does.
* A benefit asked for is done for whoever asks (PLOVER_NOTES: AID "benefits the recipient";
  COOPERATE and SUPPORT likewise done for a party): "Ukraine asked Germany to deliver air
  defence systems" is AID to Ukraine, as the noun "appealed to France for aid" already was.
  Not a body of no state asking ("the UN asked Germany to send aid": for whom it does not
  say), nor an act with a recipient of its own ("... to send aid to South Sudan"), nor an act
  of another type ("urged Israel to withdraw").
* A reaction - a complaint, a sanction, a threat, a refusal - told *after* another party's
  act is aimed at that party (CAMEO 11, 16, 13, 12: disapprove of, reduce relations with,
  threaten, reject someone): "Japan lodged a protest after Chinese ships entered its waters"
  accuses China. Not the doer's own act ("complained after it lost the vote"), nor an act
  no one is named doing ("after the talks ended").

Every sentence is our own wording, written before the rule, from the definitions.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, matching


def row(id: str, text: str, type_: OneOrMore, source: Names | None, target: Names | None):
    return pytest.param(text, type_, source, target, id=id)


PRESENT = [
    # a benefit asked for goes to whoever asks
    row("asked-deliver", "Ukraine asked Germany to deliver more air defence systems.",
        "AID", "Germany", "Ukraine"),
    row("urged-provide", "Somalia urged Turkey to provide military assistance.",
        "AID", ("Turkey", "Türkiye"), "Somalia"),
    row("appealed-send", "Fiji appealed to Australia to send emergency supplies after the "
        "cyclone.", "AID", "Australia", "Fiji"),
    row("asked-supply-power", "Moldova asked Romania on Monday to supply electricity "
        "through the winter.", "AID", "Romania", "Moldova"),
    row("asked-extradite", "Bangladesh has asked India to extradite the former prime "
        "minister.", "COOPERATE", "India", "Bangladesh"),
    row("called-on-extradite", "Peru called on Bolivia to extradite the two fugitives.",
        "COOPERATE", "Bolivia", "Peru"),
    row("urged-extradite-fugitive", "Gambia urged Senegal to extradite the fugitive "
        "banker.", "COOPERATE", "Senegal", "Gambia"),
    row("appealed-to-un-send", "Haiti appealed to the United Nations to send more "
        "peacekeepers.", "AID", "United Nations", None),
    # a reaction after another party's act is aimed at that party
    row("protest-after-entered", "Japan lodged a protest after Chinese ships entered its "
        "territorial waters.", "ACCUSE", "Japan", "Chin"),
    row("complained-after-violated", "Poland complained after Belarusian helicopters "
        "violated its airspace.", "ACCUSE", "Poland", "Belarus"),
    row("protested-after-rammed", "Manila protested on Monday after Chinese vessels rammed a "
        "Filipino boat.", "ACCUSE", ("Manila", "Philippines"), "Chin"),
    row("recalled-after-detained", "Kenya recalled its ambassador after Uganda detained 14 "
        "Kenyan fishermen.", "SANCTION", "Kenya", "Uganda"),
    row("downgraded-after-spying", "Estonia downgraded diplomatic ties after Russian agents "
        "were caught spying on its army.", "SANCTION", "Estonia", "Russia"),
    row("students-protested-after", "Students marched in Dhaka after police killed a "
        "classmate during a raid.", "PROTEST", "Students", "police"),
    row("warned-after-seized", "Britain warned of consequences after Iranian forces seized "
        "a tanker in the Gulf.", "THREATEN", ("Britain", "United Kingdom"), "Iran"),
    row("condemned-following", "Jordan condemned the raid following the storming of the "
        "mosque by Israeli police.", "ACCUSE", "Jordan", "Israel"),
]

ABSENT = [
    # the asker is no state, or the act names its own recipient, or it is no benefit
    row("un-asks-no-target-un", "The United Nations asked Germany to send more aid.",
        "AID", None, "United Nations"),
    row("own-recipient-kept", "Kenya urged Uganda to send aid to South Sudan.",
        "AID", None, "Kenya"),
    row("withdrawal-not-for-asker", "Egypt urged Israel to withdraw its troops from Rafah.",
        "RETREAT", None, "Egypt"),
    # the doer's own act, or no one's, is no one to react to
    row("own-loss-no-target", "Kenya complained after it lost the vote in Geneva.",
        "ACCUSE", None, "Kenya"),
    row("after-talks-ended", "Mali protested after the talks ended without a deal.",
        "ACCUSE", None, "Mali"),
    row("after-flood-no-target", "Residents protested after floods destroyed their homes.",
        "PROTEST", None, "flood"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PRESENT)
def test_act_is_aimed_at_whom_the_sentence_tells(text: str, type_: OneOrMore,
                                                 source: Names | None,
                                                 target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "source", "target"), ABSENT)
def test_act_is_not_aimed_at_the_wrong_party(text: str, type_: OneOrMore,
                                             source: Names | None,
                                             target: Names | None) -> None:
    ex = events(text)
    assert not matching(ex, type_, source=source, target=target), describe(ex)
