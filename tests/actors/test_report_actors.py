"""Unnamed and appositive actors that news reports use (issue 12: actors).

Every sentence is our own wording, wire style. A report often names a party once and then
refers to it by what it is:

* a title with a name in apposition is that person ("The governor, Brigadier Ahmed Sule,
  ordered ...");
* an unnamed holder of a region's office ("the governor", "the regional governor", "the
  provincial governor") is an actor of its own, of the country its report places the region
  in; not "the governor *of the central bank*", which is no region's office;
* "each side", "both sides", "the two leaders" after a pair of parties named just before are
  that pair; not "each side *of the river*";
* "the company", "the firm" refer back to the latest firm named before; not "a company *of
  soldiers*";
* a resultative adjective ("shot *dead*", "burned *alive*") is no part of the target's
  mention;
* an unnamed visitor received by a host is not of the host's country, unless its own words
  say it is ("Kenya's interior minister was received by the Kenyan president").

Each row: (text, event type(s), "source" or "target", a substring of that actor's name or
aliases, its country or None where any will do, or a near miss's unwanted name).
"""

from __future__ import annotations

import pytest

from tests.events.helpers import describe, events, find, known, names_match

_FIRM = ("'the company'/'the firm' do not refer back to the firm yet (tried: it added one "
         "event to the unseen set and lowered its precision)")
_VISITOR = ("an unnamed delegation (a group noun, placed by generic.population_country) "
            "takes its host's country")

ANY = ("AGREE", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "RETREAT", "ACCUSE", "REJECT",
       "SANCTION", "REQUEST", "THREATEN", "SUPPORT", "AID", "CONCEDE", "MOBILIZE", "PROTEST")


def _sides(text: str, type_: str | tuple[str, ...], role: str) -> list:
    ex = events(text)
    by_id = {a.id: a for a in ex.actors}
    return ex, [by_id[i] for e in find(ex, type_) for i in getattr(e, role) if i in by_id]


def _named(actor, want: str) -> bool:
    return any(want.lower() in n.lower() for n in (actor.name, *actor.aliases))


#: (text, type(s), role, name wanted, country wanted or None)
WANTED = [
    # a title with a name in apposition is that person
    pytest.param("The governor, Brigadier Ahmed Sule, imposed a dusk-to-dawn curfew on "
                 "Kaduna on Friday.", "COERCE", "source", "Sule", None,
                 id="governor-apposition-named"),
    pytest.param("The police chief, General Mbaye Ndiaye, imposed a curfew on the suburb of "
                 "Pikine.", "COERCE", "source", "Ndiaye", None, id="police-chief-apposition"),
    # an unnamed office holder of a region, country from context
    pytest.param("Clashes between herders and farmers killed nine people in Nigeria's Benue "
                 "state. The governor imposed a curfew on Makurdi on Sunday.", "COERCE",
                 "source", "governor", "NGA", id="the-governor-nigeria"),
    pytest.param("Floods swept through Brazil's Bahia state this week. The regional governor "
                 "imposed a curfew on the flooded districts.", "COERCE", "source",
                 "governor", "BRA", id="regional-governor-brazil"),
    pytest.param("Riots broke out in Pakistan's Sindh province. The provincial governor "
                 "imposed a curfew on Hyderabad.", "COERCE", "source", "governor", "PAK",
                 id="provincial-governor-pakistan"),
    pytest.param("Protesters blocked roads across Indonesia's Papua region. The governor there "
                 "imposed a curfew on Jayapura.", "COERCE", "source", "governor", "IDN",
                 id="governor-there-indonesia"),
    # each side, both sides, the two leaders: the pair named before
    pytest.param("Ethiopia and Eritrea met in Algiers on Monday. Each side pledged to "
                 "release its prisoners of war.", ("AGREE", "RETREAT"), "source", "Ethiopia", None,
                 id="each-side-ethiopia"),
    pytest.param("Armenia and Azerbaijan held talks in Washington. Both sides agreed to "
                 "reopen the trade routes.", "AGREE", "source", "Azerbaijan", None,
                 id="both-sides-azerbaijan"),
    pytest.param("Sudan and South Sudan met in Juba on Tuesday. The two sides agreed to "
                 "demarcate the border.", "AGREE", "source", "South Sudan", None,
                 id="the-two-sides-sudan"),
    pytest.param("Hamas and Fatah held talks in Beijing. The two leaders agreed to form a "
                 "unity government.", "AGREE", "source", ("Hamas", "Fatah", "leaders"), None,
                 id="the-two-leaders"),
    # the company: the latest firm named before
    known(pytest.param("Regulators in Brussels fined Apple 1.8 billion euros in March. The "
                 "company filed a legal challenge against the fine.", "ACCUSE", "source",
                 "Apple", None, id="the-company-apple"), _FIRM),
    known(pytest.param("Washington added Huawei to its entity list last year. The firm filed a "
                 "legal challenge against the listing.", "ACCUSE", "source", "Huawei", None,
                 id="the-firm-huawei"), _FIRM),
    known(pytest.param("Nigeria fined Shell over the oil spill in the Niger Delta. The company "
                 "rejected the fine on Monday.", ("REJECT", "ACCUSE"), "source", "Shell",
                 None, id="the-company-shell-rejected"), _FIRM),
    # resultatives are no part of the target
    pytest.param("Security forces shot dead four protesters in Khartoum on Monday.",
                 "ASSAULT", "target", "protesters", None, id="shot-dead-protesters"),
    pytest.param("A mob burned alive three suspected kidnappers in Port-au-Prince.",
                 "ASSAULT", "target", "kidnappers", None, id="burned-alive-kidnappers"),
    pytest.param("Troops shot dead a suspected smuggler near the Iranian border.", "ASSAULT",
                 "target", "smuggler", None, id="shot-dead-smuggler"),
]

#: Near misses: (text, type(s), role, a name no actor of that role may have)
UNWANTED = [
    pytest.param("The governor of the central bank met the IMF mission in Lusaka on Monday.",
                 ANY, "source", "governor of the central bank", id="near-central-bank"),
    pytest.param("Ethiopia and Eritrea met in Algiers. Troops on each side of the river "
                 "fired shots on Monday.", ANY, "source", "each side", id="near-side-of-river"),
    pytest.param("Shell reported higher profits. A company of soldiers attacked the village "
                 "on Tuesday.", "ASSAULT", "source", "Shell", id="near-company-of-soldiers"),
    pytest.param("Soldiers shot dead Ugandan activist Moses Okello in Gulu.", "ASSAULT",
                 "target", "dead", id="near-shot-dead-named"),
]

#: Visitors: (text, the visitor's words, the host's country code, whether the visitor is
#: of it)
VISITORS = [
    pytest.param("The foreign minister was received by the Egyptian president in Cairo.",
                 "minister", "EGY", False, id="minister-received-egypt"),
    known(pytest.param("The delegation was welcomed by the Turkish president in Ankara on Friday.",
                 "delegation", "TUR", False, id="delegation-welcomed-turkey"), _VISITOR),
    pytest.param("The envoy was received by the Malian prime minister on Monday.", "envoy",
                 "MLI", False, id="envoy-received-mali"),
    pytest.param("The Senegalese president welcomed the envoy in Dakar on Tuesday.", "envoy",
                 "SEN", False, id="president-welcomed-envoy-senegal"),
    # near misses: a visitor its own words place in the host's country
    pytest.param("Kenya's interior minister was received by the Kenyan president on "
                 "Thursday.", "interior minister", "KEN", True, id="near-kenyan-minister"),
    pytest.param("The Chilean defence minister was received by the Chilean president in "
                 "Santiago.", "defence minister", "CHL", True, id="near-chilean-minister"),
]


@pytest.mark.parametrize(("text", "type_", "role", "name", "country"), WANTED)
def test_a_report_actor_is_the_party_it_refers_to(text, type_, role, name, country) -> None:
    ex, sides = _sides(text, type_, role)
    want = name if isinstance(name, tuple) else (name,)
    got = [a for a in sides if any(_named(a, w) for w in want)]
    assert got, f"expected a {role} {name!r}\n{describe(ex)}"
    assert not any(w in n.lower().split() for a in got for n in (a.name, *a.aliases)
                   for w in ("dead", "alive")), describe(ex)
    if country is not None:
        assert country in {a.country for a in got}, describe(ex)


@pytest.mark.parametrize(("text", "type_", "role", "name"), UNWANTED)
def test_a_near_miss_is_no_such_actor(text, type_, role, name) -> None:
    ex, sides = _sides(text, type_, role)
    assert not any(_named(a, name) for a in sides), describe(ex)


@pytest.mark.parametrize(("text", "visitor", "code", "same"), VISITORS)
def test_a_visitor_is_not_of_the_hosts_country_unless_it_says_so(text, visitor, code,
                                                                   same) -> None:
    ex = events(text)
    by_id = {a.id: a for a in ex.actors}
    sides = [by_id[i] for e in find(ex, "CONSULT") for i in (*e.source, *e.target)
             if names_match(ex, [i], visitor)]
    assert sides, describe(ex)
    assert all((a.country == code) == same for a in sides), describe(ex)
