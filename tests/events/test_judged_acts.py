"""Whom an act judged is aimed at: the doer its by-phrase names (issue 12, class 1).

"Peru protested the detention of its fishermen *by Ecuador*" accuses Ecuador, not Peru's
own fishermen; the parser often hangs the by-phrase on the judging verb, not on the act
noun. An act noun that is a verb's object (a detention, an attack, a seizure) with a doer
named by "by" (on the noun, or on the active verb above it) gives that doer as the verb's
target, before whoever the act was done to (``events/arguments.verb_arguments``). Our own
wire-style sentences.

Each row: (text, trigger, type, source, target, the party that must not be the target).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

ROWS = [
    ("Peru protested the detention of its fishermen by Ecuador.", "protested", "ACCUSE",
     "Peru", "Ecuador", "fishermen"),
    ("Honduras condemned the attack on its embassy in Managua by Nicaraguan protesters.",
     "condemned", "ACCUSE", "Honduras", "Nicaragua", "embassy"),
    ("Burkina Faso recalled its ambassador to protest the expulsion of its nationals by "
     "Mali.", "protest", "ACCUSE", "Burkina Faso", "Mali", "nationals"),
    ("Kenya condemned the killing of two aid workers by al-Shabaab.", "condemned", "ACCUSE",
     "Kenya", "Shabaab", "aid workers"),
    ("Lithuania denounced the seizure of its trawler by the Russian navy.", "denounced",
     "ACCUSE", "Lithuania", "Russia", "trawler"),
    ("Ghana criticised the arrest of its citizens by Ivorian police on Sunday.", "criticised",
     "ACCUSE", "Ghana", "Ivorian police", "citizens"),
    ("Algeria condemned the shelling of the Tindouf camp by Moroccan troops.", "condemned",
     "ACCUSE", "Algeria", "Moroccan troops", "Tindouf"),
    ("Chile protested the boarding of a Chilean fishing boat by the Peruvian navy.",
     "protested", "ACCUSE", "Chile", "Peru", "Chile"),
    ("Serbia condemned the beating of Serb villagers by Kosovo police.", "condemned",
     "ACCUSE", "Serbia", "Kosovo police", "villagers"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target,victim", ROWS)
def test_an_act_judged_is_aimed_at_its_doer(text, trigger, type_, source, target, victim):
    expect_at(text, trigger, type_, source=source, target=target)
    expect_none_with(text, trigger, type_, target=victim)


#: Near misses: a passive's by-phrase is the judge, and an act with no doer named keeps
#: whom it was done to.
KEPT = [
    ("The raid was condemned by Honduras on Monday.", "condemned", "ACCUSE", "Honduras",
     None),
    ("Kenya condemned the killing of two Somali aid workers.", "condemned", "ACCUSE",
     "Kenya", "Somali aid workers"),
    ("Ghana criticised Togo over the arrest of its citizens.", "criticised", "ACCUSE",
     "Ghana", "Togo"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", KEPT)
def test_a_judge_or_a_doerless_act_keeps_its_parties(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)
