"""Roles, country and sector from the words around a name (our own sentences)."""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of

CASES = [
    # (text, name, role contains, country, sector)
    ("Brazilian Foreign Minister Tomas Arruda arrived in Lima on Monday.",
     "Tomas Arruda", "Foreign Minister", "BRA", "GOV"),
    ("The Defence Minister of Kenya, Joseph Mwangi, inspected the new barracks.",
     "Joseph Mwangi", "Defence Minister", "KEN", "GOV"),
    ("Nigerian columnist Chinedu Okafor wrote that the talks had failed.",
     "Chinedu Okafor", "columnist", "NGA", "MED"),
    ("Ghana's president, Kwame Asante, met the delegation in Accra.",
     "Kwame Asante", "president", "GHA", "GOV"),
    ("Marko Lazic is commander of the Serbian army and has served since 2019.",
     "Marko Lazic", "commander", "SRB", "MIL"),
    ("General Hamid Tahir, a commander of the Rapid Support Forces, denied the claim.",
     "Hamid Tahir", "commander", "SDN", "MIL"),
    ("The spokesman for Chad, Ali Mahamat, said the border was closed.",
     "Ali Mahamat", "spokesman", "TCD", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "role", "country", "sector"), CASES)
def test_roles_country_and_sector_from_context(
    text: str, name: str, role: str, country: str, sector: str
) -> None:
    ex = actors_of(text)
    actor = actor_named(ex, name)
    titles = [r.title.lower() for r in actor.roles]
    assert any(role.lower() in t for t in titles), titles
    assert actor.country == country
    assert actor.sector == sector
    assert actor.kind == "PERSON"


def test_role_carries_its_evidence_span() -> None:
    ex = actors_of("Peruvian Interior Minister Rosa Quispe resigned on Friday.")
    [role] = actor_named(ex, "Rosa Quispe").roles
    assert ex.document.text[role.start:role.end] == role.title == "Interior Minister"
    assert role.doc_id == "t"


def test_role_of_points_to_the_organisation_actor() -> None:
    ex = actors_of("Idris Kabir, commander of the Libyan National Army, flew to Cairo.")
    kabir = actor_named(ex, "Idris Kabir")
    lna = actor_named(ex, "Libyan National Army")
    assert [r.of for r in kabir.roles] == [lna.id]
    assert kabir.country == "LBY"  # inherited from the organisation


def test_name_of_country_gives_country() -> None:
    ex = actors_of("Talks resumed after Salim Haddad of Jordan arrived.")
    assert actor_named(ex, "Salim Haddad").country == "JOR"


def test_titled_name_mislabelled_by_ner_is_a_person() -> None:
    ex = actors_of("Brigadier Karanja Mbugua ordered the withdrawal. Mbugua then left.")
    assert actor_named(ex, "Mbugua").kind == "PERSON"


def test_dictionary_person_without_context_keeps_dictionary_codes() -> None:
    ex = actors_of("Putin spoke by phone with Erdogan on Tuesday.")
    assert actor_named(ex, "Putin").country == "RUS"
    assert actor_named(ex, "Erdogan").country == "TUR"


def test_official_of_unknown_country_serves_the_country_of_his_sentences() -> None:
    ex = actors_of("Bolivia's army took the square. Chilean police arrested protesters in "
                   "Santiago. Interior Minister Tomas Ruiz praised the officers.")
    assert actor_named(ex, "Tomas Ruiz").country == "CHL"


@pytest.mark.parametrize(("text", "group", "country"), [
    ("Police fired tear gas at protesters in Nairobi on Monday.", "protesters", "KEN"),
    ("Protesters marched through the capital.", "Protesters", None),
])
def test_generic_groups_are_actors_placed_by_their_sentence(
    text: str, group: str, country: str | None
) -> None:
    ex = actors_of(text)
    actor = actor_named(ex, group)
    assert (actor.kind, actor.country, actor.sector) == ("GROUP", country, "CVL")
