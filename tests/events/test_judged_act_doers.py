"""Whom a protest or a condemnation of an act is aimed at (issue 12, class 1: the target is
the object of the act talked about): the act's doer, named by "by" also where the parser hung
the by-phrase on the people the act was done to ("condemned the arrest of two journalists
*by Tajik police*": the police, not the journalists; ``events/complaints.act_doers``). Our
own wire-style sentences, invented people and towns.

Rows: (text, trigger, type, source, target); near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the by-phrase after the act's "of" phrase names whom the judgement is aimed at.
ROWS = [
    ("Rights groups condemned the arrest of two journalists by Tajik police.", "condemned",
     "ACCUSE", "Rights groups", "Tajik police"),
    ("The union protested the detention of three dock workers by Kenyan police on Monday.",
     "protested", "ACCUSE", None, "Kenyan police"),
    ("Armenia condemned the shelling of villagers in Tavush by Azerbaijani troops.",
     "condemned", "ACCUSE", "Armenia", "Azerbaijani troops"),
    ("The opposition denounced the beating of protesters by riot police in Mivane.",
     "denounced", "ACCUSE", "opposition", "riot police"),
    ("Lithuania protested the seizure of two fishermen by Russian border guards.",
     "protested", "ACCUSE", "Lithuania", "Russian border guards"),
    ("The European Union criticised the jailing of opposition activists by Belarusian "
     "authorities.", "criticised", "ACCUSE", "European Union", "Belarusian authorities"),
    ("Students condemned the expulsion of foreign lecturers by the Hungarian government.",
     "condemned", "ACCUSE", "Students", "Hungarian government"),
    ("Kenya condemned the abduction of aid workers by al-Shabaab militants near Telvik.",
     "condemned", "ACCUSE", "Kenya", ("al-Shabaab", "militants")),
    ("Nigeria condemned the abduction of 30 students by gunmen in Varnetsa.", "condemned",
     "ACCUSE", "Nigeria", "gunmen"),
    ("Rights groups criticised the expulsion of three journalists by Nicaragua.",
     "criticised", "ACCUSE", "Rights groups", "Nicaragua"),
    ("Press freedom groups protested the arrest of two reporters by Tajik police in Luzeta.",
     "protested", "ACCUSE", None, "Tajik police"),
]
#: Near misses: the people the act was done to are not whom the judgement is aimed at.
MISSES = [
    ("Rights groups condemned the arrest of two journalists by Tajik police.", "condemned",
     "ACCUSE", None, "journalists"),
    ("Lithuania protested the seizure of two fishermen by Russian border guards.",
     "protested", "ACCUSE", None, "fishermen"),
    ("Students condemned the expulsion of foreign lecturers by the Hungarian government.",
     "condemned", "ACCUSE", None, "lecturers"),
]
#: Near misses' other half: with no doer named, the act judged keeps whom it names.
KEPT = [
    ("Rights groups condemned the arrest of two journalists in Kessaro.", "condemned",
     "ACCUSE", "Rights groups", "journalists"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", ROWS + KEPT)
def test_judged_act_is_aimed_at_through_its_doer(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target", MISSES)
def test_judged_act_is_not_aimed_at_whom_it_was_done_to(text, trigger, type_, source,
                                                         target):
    expect_none_with(text, trigger, type_, source, target)
