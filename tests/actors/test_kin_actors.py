"""Kin of people named by an "of" phrase are the doers of their own acts (issue 12, class 6).

"*Relatives of the detained miners* marched ...": the relatives march, civilians of their own,
not the miners (who are detained and march nowhere). A plural noun of kin (``kin_nouns`` of
``persons.yaml``: relatives, families, wives, mothers, parents, widows ...) with an "of"
phrase naming people is an actor, the kin, whatever its place in the sentence
(``actors/generic.unnamed_people``). Our own wire-style sentences, invented towns and people.

Each row: (text, trigger, type, the doer's name, the name the doer must not have).
"""

from __future__ import annotations

import pytest

from tests.events.helpers import expect_at, expect_none_with

#: Rows: kin named through the people they are kin of do the act.
KIN = [
    ("Relatives of the detained miners marched to the governor's office in Varlo on "
     "Tuesday.", "marched", "PROTEST", "Relatives", "miners"),
    ("Families of the kidnapped students protested outside parliament in Ostrava.",
     "protested", "PROTEST", "Families", "students"),
    ("Wives of the jailed soldiers demonstrated in the capital, Dravin, on Sunday.",
     "demonstrated", "PROTEST", "Wives", "soldiers"),
    ("Mothers of the missing conscripts rallied outside the defence ministry in Lendora.",
     "rallied", "PROTEST", "Mothers", "conscripts"),
    ("Parents of the abducted schoolgirls blocked the highway near Tamsin on Friday.",
     "blocked", "PROTEST", "Parents", "schoolgirls"),
    ("Widows of the slain fishermen accused the navy of covering up the shooting.",
     "accused", "ACCUSE", "Widows", "fishermen"),
    ("Relatives of the drowned migrants demanded an inquiry from the coast guard.",
     "demanded", "REQUEST", "Relatives", "migrants"),
    ("Families of the missing journalists appealed to the president for help.",
     "appealed", "REQUEST", "Families", "journalists"),
    ("Relatives of the two detained activists staged a sit-in outside the court in Korvel.",
     "staged a sit-in", "PROTEST", "Relatives", "activists"),
]


@pytest.mark.parametrize("text,trigger,type_,doer,not_doer", KIN)
def test_kin_named_through_others_do_their_own_act(text, trigger, type_, doer, not_doer):
    expect_at(text, trigger, type_, source=doer)
    expect_none_with(text, trigger, type_, source=not_doer)


#: Near misses: kin acted on stay whom it is done to, and a plain plural that names the
#: people themselves ("hundreds of miners", "members of the union") is still them.
KIN_KEPT = [
    ("Police arrested relatives of the detained miners outside the court in Varlo.",
     "arrested", "COERCE", "police", "relatives"),
    ("Gunmen abducted families of the Velan soldiers near Tamsin.", "abducted", "ASSAULT",
     "Gunmen", "families"),
    ("Hundreds of miners marched to the governor's office in Varlo.", "marched", "PROTEST",
     "miners", None),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", KIN_KEPT)
def test_kin_acted_on_and_counted_people_keep_their_roles(text, trigger, type_, source,
                                                           target):
    expect_at(text, trigger, type_, source=source, target=target)
