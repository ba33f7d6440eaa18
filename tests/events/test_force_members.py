"""Doers and targets named through a force's members or parts (issue 12, class 3), our own
wire-style sentences.

"Soldiers *of the 5th brigade*", "troops *of the Malian army*", "units *of the Ukrainian
army*": a noun of members or parts of a force (``member_nouns`` of ``arguments.yaml``) with
the force in its "of" phrase stands for that force, its name and its country
(``events/actormap.ActorMap``). Near misses: people tied to a force from outside it
("veterans of the army", "families of the soldiers") and members of a state ("soldiers of
Chad": the state is no force) keep their own noun.

Rows: (text, trigger, type, source, target); near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the force the members belong to does what they do, or has done to it.
MEMBERS = [
    ("Soldiers of the 5th brigade arrested three journalists in Gao on Sunday.", "arrested",
     "COERCE", "5th brigade", "journalists"),
    ("Troops of the Malian army detained a local mayor near Sevare.", "detained", "COERCE",
     ("Malian army",), "mayor"),
    ("Officers of the Serbian border police arrested 12 migrants near Sid on Monday.",
     "arrested", "COERCE", "Serbian border police", "migrants"),
    ("Units of the Ukrainian army shelled Russian positions near Bakhmut.", "shelled",
     "ASSAULT", "Ukrainian army", None),
    ("Men of the Republican Guard fired on protesters in Conakry on Tuesday.", "fired",
     "ASSAULT", "Republican Guard", "protesters"),
    ("Personnel of the Sri Lankan navy arrested 14 Indian fishermen off Jaffna.", "arrested",
     "COERCE", "Sri Lankan navy", "fishermen"),
    ("Elements of the Rapid Support Forces looted shops in El Fasher.", "looted",
     ("COERCE", "ASSAULT"), "Rapid Support Forces", None),
    ("Agents of the national intelligence service detained a blogger in Niamey.", "detained",
     "COERCE", "intelligence service", "blogger"),
    ("Gunmen ambushed troops of the Nigerien army near Tillia on Thursday.", "ambushed",
     "ASSAULT", "Gunmen", "Nigerien army"),
    ("Police in Tarvia arrested two officers of the Moldovan border police on Friday.",
     "arrested", "COERCE", "Police", "Moldovan border police"),
]
#: Near misses: the bare noun of the members is not the doer once the force is named.
MEMBERS_NOT_BARE = [
    ("Soldiers of the 5th brigade arrested three journalists in Gao on Sunday.", "arrested",
     "COERCE", "Soldiers", None),
    ("Troops of the Malian army detained a local mayor near Sevare.", "detained", "COERCE",
     "Troops", None),
    ("Units of the Ukrainian army shelled Russian positions near Bakhmut.", "shelled",
     "ASSAULT", "Units", None),
    # people tied to a force from outside are not the force ...
    ("Families of the soldiers protested outside the defence ministry in Bamako.",
     "protested", "PROTEST", None, "soldiers"),
]
#: Near misses kept: a state is no force, and its soldiers keep their noun.
KEPT = [
    ("Soldiers of Chad attacked a rebel base near Tibesti.", "attacked", "ASSAULT",
     "Soldiers", None),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", MEMBERS + KEPT)
def test_members_of_a_force_stand_for_the_force(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target", MEMBERS_NOT_BARE)
def test_the_bare_noun_of_the_members_is_not_the_party(text, trigger, type_, source, target):
    expect_none_with(text, trigger, type_, source, target)
