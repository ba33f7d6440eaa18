"""Where a judged act was is not whom the judging is aimed at (issue 12, class 2: a place in
a locative phrase taken for the target): "condemned the violence *in Nyala*" accuses whoever
did the violence, not Sudan; a place in a phrase of where ("in", "near", "outside", "at") of
a noun of an act only says where that act was (``events/whereabouts.where_only``). A place
the act is done to ("the attack *on* Kandahar", "shelled an oil depot in Belgorod") still is.
Our own wire-style sentences.

Near misses: (text, trigger, type, target) whose target must not be found; rows: (text,
trigger, type, source, target) that must hold.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Near misses: the place an act judged happened in is not whom the judging is aimed at.
SCENES = [
    ("The European Union condemned the violence in Nyala on Sunday.", "condemned", "ACCUSE",
     ("Nyala", "Sudan")),
    ("India and Pakistan traded accusations over the shelling in Kashmir.",
     "traded accusations", "ACCUSE", "Kashmir"),  # India and Pakistan: each other's
    ("Rights groups condemned the attack in Kandahar.", "condemned", "ACCUSE",
     ("Kandahar", "Afghanistan")),
    ("Chad condemned the killings in Darfur on Tuesday.", "condemned", "ACCUSE",
     ("Darfur", "Sudan")),
    ("The union criticised the ban on the rally in Kisumu.", "criticised", "ACCUSE",
     ("Kisumu", "Kenya")),
    ("Amnesty International denounced the arrests near Mopti.", "denounced", "ACCUSE",
     ("Mopti", "Mali")),
    ("The bishops deplored the bombing in Herat.", "deplored", "ACCUSE",
     ("Herat", "Afghanistan")),
    ("The African Union condemned the clashes outside Gao.", "condemned", "ACCUSE",
     ("Gao", "Mali")),
]
#: Rows: a place the act is done to, and a doer the by-phrase names, are still whom.
KEPT = [
    ("The UN condemned the attack on Kandahar.", "condemned", "ACCUSE", "United Nations",
     ("Kandahar", "Afghanistan")),
    ("Russia shelled an oil depot in Belgorod.", "shelled", "ASSAULT", "Russia",
     ("Belgorod", "Russia")),
    ("The European Union condemned the violence by police in Nyala.", "condemned", "ACCUSE",
     "European Union", "police"),
    ("Rebels attacked the market in Gao on Sunday.", "attacked", "ASSAULT", "Rebels",
     ("Gao", "Mali")),
]


@pytest.mark.parametrize("text,trigger,type_,target", SCENES)
def test_a_judged_act_s_scene_is_not_its_target(text, trigger, type_, target):
    expect_none_with(text, trigger, type_, None, target)


@pytest.mark.parametrize("text,trigger,type_,source,target", KEPT)
def test_a_place_acted_on_is_still_the_target(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)
