"""A thing judged through whoever made it (``complaints.act_doers``): a verb that condemns,
praises, rejects or objects to a thing names no party in it, but the participle on the thing
names its maker ("condemned the statements *made by* the Afghan foreign minister", "rejected
the results *announced by* the electoral council"): the maker is whom the act is aimed at, as
for an act noun ("protested the detention of its fishermen *by Ecuador*"). Before, only
nouns with an event sense reached their by-phrase; a statement, a map, results or efforts
left the target empty. Our own sentences, several domains (diplomacy, elections, law,
security, science at sea).

Near misses: a by-phrase deeper in the object (on the noun of its "on" phrase) is not the
object's maker; a thing sent somewhere goes to where it is sent; an object that is itself a
party is whom, not who trained it; a topic is no maker.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: (text, trigger, type, target): the maker of the judged thing is the target.
MADE_BY = [
    ("Pakistan condemned the statements made by the Afghan foreign minister.", "condemned",
     "ACCUSE", "Afghan"),
    ("Morocco rejected the map published by the Algerian news agency.", "rejected", "REJECT",
     "Algeria"),
    ("The EU rejected the results announced by the Venezuelan electoral council.", "rejected",
     "REJECT", "Venezuela"),
    ("The UN praised the efforts undertaken by Qatar to free the hostages.", "praised",
     "SUPPORT", "Qatar"),
    ("Nepal protested the remarks made by the Indian army chief about its border.",
     "protested", "ACCUSE", "India"),
    ("Vietnam objected to the survey conducted by a Chinese research vessel in its waters.",
     "objected", "ACCUSE", "Chin"),
    ("The African Union commended the work done by Kenyan police in Haiti.", "commended",
     "SUPPORT", "Kenya"),
    ("The opposition rejected the timetable set by the Malian junta for elections.",
     "rejected", "REJECT", "Mali"),
]

#: Near misses: (text, trigger, type, target it must not take).
NOT_MAKERS = [
    # the by-phrase is on the post attacked, not on the attack
    ("Peru condemned the attack on a police post guarded by soldiers.", "condemned", "ACCUSE",
     "soldiers"),
    # food sent somewhere goes there, whoever collected it
    ("Kenya sent the food collected by churches to Somalia.", "sent", "AID", "churches"),
    # the soldiers praised are the party, not whoever trained them
    ("Somalia praised the Somali soldiers trained by Turkey.", "praised", "SUPPORT", "Turk"),
    # what a report is about is no maker of it
    ("Chile welcomed the report written by UN experts on Bolivia.", "welcomed", "SUPPORT",
     "Bolivia"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "target"), MADE_BY)
def test_a_thing_judged_is_aimed_at_its_maker(text: str, trigger: str, type_: str,
                                              target: str) -> None:
    expect_at(text, trigger, type_, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "target"), NOT_MAKERS)
def test_no_maker_outside_the_judged_thing(text: str, trigger: str, type_: str,
                                           target: str) -> None:
    expect_none_with(text, trigger, type_, target=target)
