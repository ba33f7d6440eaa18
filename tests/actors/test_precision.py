"""Actor precision across a document and a corpus (issue 12, precision audit): unnamed
descriptions stay out of named actors, an organisation's own fighters are the organisation,
a name followed by its verb is the name, and an unknown council is placed, not an NGO.

Every sentence is ours. Near misses state what must still hold: two named forces stay apart,
a country's army is still its army, "the army's forces" are the army."""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of, corpus_actor_records, holding, mention_texts


def _doc(id_: str, text: str) -> dict:
    return {"id": id_, "source": id_.split("-")[0], "published": "2024-02-10", "text": text,
            "title": id_}


CORPUS = [
    _doc("ledger-bridge", "The Sudanese Armed Forces said on Friday that they had retaken a "
         "bridge over the Nile from the Rapid Support Forces. The army said its jets had also "
         "hit supply lines in Bahri."),
    _doc("wire-market", "Gunmen looted the central market of El Obeid on Saturday, traders "
         "said. Forces in pickup trucks later set up checkpoints and troops were seen near the "
         "airport, according to residents."),
    _doc("post-truce", "Sudan's warring forces agreed to a three-day truce on Sunday to let "
         "aid convoys into Darfur, the Egyptian foreign ministry said."),
    _doc("ledger-leader", "Mohamed Hamdan Dagalo, the RSF commander, toured the front line "
         "near Omdurman on Monday. The army said it would keep shelling until the paramilitary "
         "leader's forces withdrew from the city."),
    _doc("wire-army", "Sudan's army shelled positions in Omdurman on Tuesday, residents said."),
]


@pytest.fixture(scope="module")
def corpus_actors(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return corpus_actor_records(tmp_path_factory.mktemp("precision"), CORPUS)


# -- 1. the corpus merge: unnamed descriptions never become a named actor's aliases ------
@pytest.mark.parametrize("description", [
    "forces", "Forces in pickup trucks", "troops", "Sudan's warring forces",
    "the paramilitary leader's forces",
])
def test_unnamed_description_is_no_alias_of_a_named_army(corpus_actors: list[dict],
                                                        description: str) -> None:
    (saf,) = holding(corpus_actors, "Sudanese Armed Forces")
    assert not any(description.lower() == x.lower() for x in saf["aliases"]), saf["aliases"]


def test_two_named_forces_stay_apart(corpus_actors: list[dict]) -> None:  # near miss
    (saf,) = holding(corpus_actors, "Sudanese Armed Forces")
    (rsf,) = holding(corpus_actors, "Rapid Support Forces")
    assert saf["id"] != rsf["id"]


def test_a_countrys_army_is_still_its_army_across_reports(corpus_actors: list[dict]) -> None:
    (saf,) = holding(corpus_actors, "Sudanese Armed Forces")  # near miss: "Sudan's army"
    assert any(m["doc_id"] == "wire-army" for m in saf["mentions"])


def test_leaders_forces_join_the_organisation_he_commands(corpus_actors: list[dict]) -> None:
    (rsf,) = holding(corpus_actors, "Rapid Support Forces")
    assert any(m["doc_id"] == "ledger-leader" and m["end"] - m["start"] > 20
               for m in rsf["mentions"]), rsf["mentions"]


# -- 1b. one document: possessive forces -------------------------------------------------
def test_the_armys_forces_are_the_army() -> None:  # near miss
    ex = actors_of("Sudan's army said on Sunday that the army's forces had pushed the "
                   "militia out of two districts of Omdurman.")
    army = actor_named(ex, "army")
    assert "the army's forces" in mention_texts(ex, army)


def test_warring_forces_are_not_the_army_named_in_the_same_report() -> None:
    ex = actors_of("The sanctions target companies that fund Sudan's warring forces. The "
                   "Sudanese army welcomed the move on Thursday.")
    army = actor_named(ex, "Sudanese army")
    assert "Sudan's warring forces" not in mention_texts(ex, army)


def test_pronoun_of_joined_forces_follows_them() -> None:
    ex = actors_of("Mohamed Hamdan Dagalo, the RSF commander, spoke on Monday. The army "
                   "vowed to fight until the paramilitary leader's forces laid down their arms.")
    rsf = actor_named(ex, "RSF")
    assert {"the paramilitary leader's forces", "their"} <= set(mention_texts(ex, rsf))


def test_forces_of_an_unplaced_leader_stay_their_own() -> None:
    ex = actors_of("The Sudanese Armed Forces said the rebel leader's forces had attacked a "
                   "police station in Kosti.")
    saf = actor_named(ex, "Sudanese Armed Forces")
    assert "the rebel leader's forces" not in mention_texts(ex, saf)


# -- 2. an organisation's own fighters, troops, forces -----------------------------------
@pytest.mark.parametrize(("text", "org", "group"), [
    ("The RSF said its fighters had seized the airport in Nyala.", "RSF", "its fighters"),
    ("Hezbollah said its fighters had fired rockets at an army post.", "Hezbollah",
     "its fighters"),
    ("The Taliban said their forces had taken the district centre.", "Taliban",
     "their forces"),
    ("The Rapid Support Forces said its troops had repelled an attack on El Fasher.",
     "Rapid Support Forces", "its troops"),
])
def test_own_fighters_after_an_organisation_subject_are_it(text: str, org: str,
                                                           group: str) -> None:
    ex = actors_of(text)
    assert group in mention_texts(ex, actor_named(ex, org))


def test_a_countrys_troops_keep_their_country_not_joined() -> None:  # near miss
    ex = actors_of("Turkey denied that its troops had crossed into Iraq.")
    turkey = actor_named(ex, "Turkey")
    assert "its troops" not in mention_texts(ex, turkey)
    troops = [a for a in ex.actors if "its troops" in a.aliases]
    assert troops and troops[0].country == "TUR"


# -- 3. a name followed by its verb ------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "not_a_name"), [
    ("Tensions rose in April. On Thursday the RSF deployed troops near the Merowe air base "
     "in the north, a move the Sudanese Armed Forces described as illegal.", "RSF",
     "RSF deployed troops"),
    ("Talks stalled in May. On Monday the SPLA moved soldiers to the border town of Nasir, "
     "a step the Sudanese Armed Forces called provocative.", "SPLA", "SPLA moved soldiers"),
])
def test_name_then_verb_is_the_name(text: str, name: str, not_a_name: str) -> None:
    ex = actors_of(text)
    assert not any(not_a_name in a.aliases or a.name == not_a_name for a in ex.actors)
    assert name in mention_texts(ex, actor_named(ex, name))


def test_name_modifying_a_noun_is_still_its_group() -> None:  # near miss
    ex = actors_of("RSF troops entered the town of Kutum on Monday.")
    assert "RSF troops" in mention_texts(ex, actor_named(ex, "RSF"))


def test_a_capitalised_adjective_opening_a_sentence_is_no_name() -> None:
    """The tagger may take the first word of a sentence, an adjective on the noun after it,
    for an organisation ("Fierce fighting broke out"): no actor."""
    ex = actors_of("Fierce fighting broke out in Gao on Sunday between the Malian army and "
                   "the rebels.")
    assert not any(a.name == "Fierce" for a in ex.actors), [a.name for a in ex.actors]
    assert actor_named(ex, "Malian army") is not None  # near miss: the sides stay actors


def test_a_people_opening_a_sentence_stays_a_name() -> None:  # near miss
    ex = actors_of("Arab states rallied behind Qatar on Monday.")
    assert any("Arab" in a.name for a in ex.actors), [a.name for a in ex.actors]


# -- 4. an unknown council ---------------------------------------------------------------
def test_unknown_council_is_placed_by_context_not_an_ngo() -> None:
    ex = actors_of("Sudan's army chief met envoys in Port Sudan. The general, who chairs the "
                   "ruling Sovereignty Council, said the war would go on.")
    council = actor_named(ex, "Sovereignty Council")
    assert council.country == "SDN" and council.sector != "NGO"


def test_unknown_council_with_no_context_is_unplaced() -> None:
    ex = actors_of("The Sovereignty Council met on Sunday.")
    council = actor_named(ex, "Sovereignty Council")
    assert council.country is None and council.sector != "NGO"


def test_known_ngo_council_keeps_its_code() -> None:  # near miss
    ex = actors_of("The Norwegian Refugee Council said aid trucks were stuck at the border.")
    council = actor_named(ex, "Norwegian Refugee Council")
    assert council.country in ("NGO", "NOR")


@pytest.mark.parametrize(("text", "noun"), [
    ("NIAMEY, March 5 — Gunmen attacked a Nigerien army post near Tillia late on Tuesday, "
     "killing three soldiers.", "Gunmen"),
    ("BANGUI, Jan 8 — Gunmen ambushed a Central African convoy near Bouar on Saturday, killing "
     "six.", "Gunmen"),
    ("LIBREVILLE, June 3 — Gunmen attacked a police post near Makokou late on Monday.",
     "Gunmen"),
    ("MAPUTO, July 9 — Insurgents attacked a Mozambican army base near Mueda late on Friday.",
     "Insurgents"),
])
def test_a_noun_of_people_opening_a_sentence_after_a_dateline_is_no_name(text: str,
                                                                          noun: str) -> None:
    """After a wire's dateline the tagger may read the first word, a noun of people, as a
    place or organisation ("— *Gunmen* attacked"): a group, never a named actor."""
    ex = actors_of(text)
    found = [a for a in ex.actors if a.name == noun]
    assert found and all(a.kind == "GROUP" and not a.named for a in found), \
        [(a.name, a.kind, a.named) for a in ex.actors]


def test_a_name_opening_a_sentence_after_a_dateline_stays_a_name() -> None:  # near miss
    ex = actors_of("KAMPALA, June 3 — Museveni met the Kenyan president on Monday. Later, "
                   "Okello Mukasa told reporters the talks went well.")
    assert any(a.name == "Yoweri Museveni" and a.named for a in ex.actors), \
        [(a.name, a.kind, a.named) for a in ex.actors]
