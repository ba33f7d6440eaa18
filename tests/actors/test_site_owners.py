"""A force named on the site or unit it owns takes the nationality written before it (issue 12,
class 3), our own wire-style sentences.

"A *Honduran* navy patrol", "a *Philippine* coast guard vessel", "an *Israeli* army patrol":
the parser hangs the nationality on the site or unit (``force_sites.csv``), not on the force
noun compounded with it; the force is still that country's (``actors/mentions``,
``generic.site_modifiers``), named with it, where it was a force of no country or of the
report's other country. Near misses: a word that only describes the site ("a *remote* police
station", "a *new* police station") is no part of the force's name.

Rows: (text, trigger, type, source, target).
"""

from __future__ import annotations

import pytest

from ..events.helpers import events, expect_at

#: Rows: the force has the nationality written before its site or unit.
OWNERS = [
    ("A Honduran navy patrol boarded the trawler Santa Rita off Roatan on Sunday.", "boarded",
     "COERCE", "Honduran navy", None),
    ("A Greek coast guard boat rescued 60 migrants off Lesbos.", "rescued", "AID",
     "Greek coast guard", "migrants"),
    ("A Colombian army helicopter bombed a rebel camp near Tame.", "bombed", "ASSAULT",
     "Colombian army", None),
    ("Gunmen attacked a Kenyan police station in Mandera overnight.", "attacked", "ASSAULT",
     "Gunmen", "Kenyan police"),
    ("An Israeli army patrol detained two Palestinians near Hebron.", "detained", "COERCE",
     "Israeli army", None),
]
#: Rows: the nationality before the unit gives the force its country (a force of no
#: country, or of the report's other country, before).
COUNTRIES = [
    ("A Honduran navy patrol boarded the trawler Santa Rita off Roatan on Sunday.", "navy",
     "HND"),
    ("A Philippine coast guard vessel blocked a Chinese boat near the shoal.", "coast guard",
     "PHL"),
    ("A Moroccan navy vessel intercepted 40 migrants off Tarfaya on Monday.", "navy", "MAR"),
    ("An Israeli army patrol detained two Palestinians near Hebron.", "army", "ISR"),
]
#: Near misses: a word describing the site is not the force's.
PLAIN = [
    ("Gunmen attacked a remote police station in Mandera overnight.", "police"),
    ("Protesters torched a new police station in Kisumu.", "police"),
    ("Rebels ambushed an army convoy near Beni.", "army"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", OWNERS)
def test_a_force_on_its_site_is_named_with_its_nationality(text, trigger, type_, source,
                                                           target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,force,country", COUNTRIES)
def test_a_force_on_its_site_has_the_country_before_it(text, force, country):
    ex = events(text)
    found = [a for a in ex.actors if force in a.name.lower() and a.kind == "GROUP"]
    assert found and all(a.country == country for a in found), \
        [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize("text,force", PLAIN)
def test_a_word_describing_the_site_is_not_the_force_s(text, force):
    ex = events(text)
    assert any(a.name == force for a in ex.actors), [a.name for a in ex.actors]
