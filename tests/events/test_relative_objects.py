"""Whom an act told in a relative clause is done to (issue 12, class 3: roles inverted in a
relative clause): the relative pronoun that is the clause's object ("the monitors *whom*
soldiers detained", "the fishermen *that* the navy seized") stands for the noun the clause
modifies, so that noun's people are the target, never the town the clause places the act
in (``events/relatives``). Our own wire-style sentences, invented towns.

Rows: (text, trigger, type, source, target); near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the noun the clause modifies is whom its verb acts on.
ROWS = [
    ("The two monitors whom Sudanese soldiers detained in Kessaro were freed on Sunday.",
     "detained", "COERCE", "Sudanese soldiers", "monitors"),
    ("The students whom Zambian police beat in Mivane last week filed a complaint.",
     "beat", "ASSAULT", "Zambian police", "students"),
    ("The fishermen that the Eritrean navy seized off Brodask have been released.",
     "seized", "COERCE", "Eritrean navy", "fishermen"),
    ("The traders whom Malian gendarmes arrested in Luzeta appeared in court on Monday.",
     "arrested", "COERCE", "Malian gendarmes", "traders"),
    ("Opposition activists whom Belarusian police detained in Ombara were freed on Friday.",
     "detained", "COERCE", "Belarusian police", "activists"),
    ("The villagers whom rebels abducted near Telvik last month returned home.",
     "abducted", "ASSAULT", "rebels", "villagers"),
    ("Two Kenyan diplomats whom Somalia expelled last week arrived in Nairobi.",
     "expelled", ("SANCTION", "COERCE"), "Somalia", "Kenyan diplomats"),
    ("The nurses whom militiamen kidnapped in Sarnow were released unharmed.",
     "kidnapped", "ASSAULT", "militiamen", "nurses"),
    ("Journalists whom Egyptian security forces arrested in Dorvale went on hunger strike.",
     "arrested", "COERCE", "Egyptian security forces", "Journalists"),
]
#: Near misses: the town the clause names is not whom the act is done to, and a clause whose
#: relative pronoun is the subject keeps its own object.
MISSES = [
    ("The two monitors whom Zambian soldiers detained in Kasama were freed on Sunday.",
     "detained", "COERCE", None, ("Kasama", "Zambia")),
    ("The traders whom Malian gendarmes arrested in Sevare appeared in court on Monday.",
     "arrested", "COERCE", None, ("Sevare", "Mali")),
    ("The officers who arrested two traders in Kasama were suspended on Monday.",
     "arrested", "COERCE", None, "officers"),
    ("Police told the villagers that rebels had attacked at dawn.", "attacked", "ASSAULT",
     None, "villagers"),
]
#: Near misses' other half: a subject relative is still its own clause's doer.
KEPT = [
    ("The officers who arrested two traders in Luzeta were suspended on Monday.",
     "arrested", "COERCE", "officers", "traders"),
    ("The soldiers that shelled Telvik withdrew on Friday.", "shelled", "ASSAULT",
     "soldiers", None),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", ROWS + KEPT)
def test_relative_object_is_the_noun_the_clause_modifies(text, trigger, type_, source,
                                                           target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target", MISSES)
def test_relative_clause_does_not_aim_at_its_town(text, trigger, type_, source, target):
    expect_none_with(text, trigger, type_, source, target)
