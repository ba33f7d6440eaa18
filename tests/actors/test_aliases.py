"""Grouping mentions into actors within a document and across documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import actorgraph

from ..conftest import read_jsonl
from .helpers import actor_named, actors_of, mention_texts

WITHIN = [
    # (text, every one of these names is one actor)
    ("Commander Idris Musa led the convoy. Musa later resigned.", ["Idris Musa", "Musa"]),
    ("The Sudan Liberation Movement (SLM) rejected the offer. The SLM said it would fight.",
     ["Sudan Liberation Movement", "SLM"]),
    ("The Democratic Alliance(DA) won the vote. The DA formed a government.",
     ["Democratic Alliance", "DA"]),
    ("The Transitional Military Council TMC met the opposition. The TMC then left.",
     ["Transitional Military Council", "TMC"]),
    ("Analyst Olena Hrytsenko spoke first. Later Hrytzenko added a caveat.",
     ["Olena Hrytsenko", "Hrytzenko"]),
    ("Daesh claimed the attack. The Islamic State has struck the town before.",
     ["Daesh", "Islamic State"]),
    ("The Kremlin rejected the report. Russia said it was false.", ["Kremlin", "Russia"]),
]


@pytest.mark.parametrize(("text", "names"), WITHIN)
def test_names_of_one_actor_are_grouped(text: str, names: list[str]) -> None:
    ex = actors_of(text)
    ids = {actor_named(ex, n).id for n in names}
    assert len(ids) == 1


APART = [
    # (text, names that must be different actors)
    ("Sergey Volkov met Sergei Petrov in Minsk.", ["Sergey Volkov", "Sergei Petrov"]),
    ("Egypt welcomed the plan. Egyptian President Omar Said praised it.", ["Egypt", "Omar Said"]),
    ("Russia denied it. The Russian army withdrew.", ["Russia", "Russian army"]),
    ("Amina Yusuf met Halima Yusuf in Kano.", ["Amina Yusuf", "Halima Yusuf"]),
]


@pytest.mark.parametrize(("text", "names"), APART)
def test_false_merges_are_avoided(text: str, names: list[str]) -> None:
    ex = actors_of(text)
    assert len({actor_named(ex, n).id for n in names}) == len(names)


#: A name before a noun that says what kind of group it is, is that group ("the ELN guerrilla
#: group" is the ELN, not a second actor): (text, a name of the one actor, its dictionary key).
DESCRIBED_NAMES = [
    ("Negotiators met the ELN guerrilla group in Havana.", "ELN",
     "G:national-liberation-army-colombia"),
    ("The M23 rebel movement seized two towns near Goma.", "M23", "G:march-23-movement"),
    ("The army attacked the FARC guerrilla group's camps.", "FARC",
     "G:revolutionary-armed-forces-of-colombia"),
    ("The Hamas militant group fired rockets at Ashkelon.", "Hamas", "G:hamas"),
    pytest.param("Troops fought the Houthi armed group near Hodeidah.", "Houthi armed group",
                 "G:houthis", marks=pytest.mark.xfail(strict=True, reason=(
                     "an adjective form of a group's name ('Houthi') before a group noun "
                     "makes a group of its own, as a nationality would"))),
]


@pytest.mark.parametrize(("text", "name", "key"), DESCRIBED_NAMES)
def test_a_name_with_its_kind_of_group_is_that_group(text: str, name: str, key: str) -> None:
    ex = actors_of(text)
    found = [a for a in ex.actors if name in (a.name, *a.aliases)]
    shown = [(a.name, a.aliases, a.key) for a in ex.actors]
    assert [a.key for a in found] == [key], shown
    assert not [a for a in ex.actors if a.key is None and name in a.name], shown


def test_canonical_name_is_a_given_name_not_an_honorific() -> None:
    from actorgraph.actors.summary import summarise
    got = summarise(None, ["PERSON", "PERSON"], ["Mr Quintero", "Luis Quintero"], [], [], [])
    assert got.name == "Luis Quintero"


def test_acronym_mentions_are_found_whatever_ner_labels_them() -> None:
    ex = actors_of("The National Salvation Front (NSF) met. Later the NSF and the army clashed.")
    nsf = actor_named(ex, "NSF")
    assert mention_texts(ex, nsf).count("NSF") == 2


def test_canonical_name_is_the_fullest_name() -> None:
    ex = actors_of("Baraka said no. Then Yusuf Baraka, the envoy, said yes.")
    assert actor_named(ex, "Baraka").name == "Yusuf Baraka"


def build(tmp_path: Path, docs: list[str]) -> list[dict]:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{i}", "text": t}) for i, t in
                                enumerate(docs)), encoding="utf-8")
    actorgraph.build([corpus], tmp_path / "s.duckdb")
    actorgraph.export(tmp_path / "s.duckdb", "jsonl", tmp_path / "out")
    return read_jsonl(tmp_path / "out" / "actors.jsonl")


def named(actors: list[dict], name: str) -> list[dict]:
    return [a for a in actors if name in a["aliases"] or a["name"] == name]


def test_across_documents_variants_and_surnames_merge(tmp_path: Path) -> None:
    actors = build(tmp_path, [
        "Ukrainian diplomat Dmytro Kovalenko arrived in Warsaw.",
        "Dmitri Kovalenko met Polish officials on Tuesday.",
        "Kovalenko said the meeting went well.",
    ])
    [kovalenko] = named(actors, "Kovalenko")
    assert {"Dmytro Kovalenko", "Dmitri Kovalenko", "Kovalenko"} <= set(kovalenko["aliases"])
    assert {m["doc_id"] for m in kovalenko["mentions"]} == {"d0", "d1", "d2"}
    assert kovalenko["country"] == "UKR"


def test_across_documents_shared_surname_with_other_country_stays_apart(tmp_path: Path) -> None:
    actors = build(tmp_path, [
        "Kenyan lawmaker John Kamau criticised the budget.",
        "Tanzanian minister Peter Kamau opened the bridge.",
        "Kamau said the vote was rigged.",
    ])
    assert len(named(actors, "John Kamau")) == len(named(actors, "Peter Kamau")) == 1
    assert named(actors, "John Kamau")[0]["id"] != named(actors, "Peter Kamau")[0]["id"]
    assert all("Kamau" not in a["aliases"] or a["name"] == "Kamau" for a in actors)


def test_across_documents_country_never_merges_with_its_leader(tmp_path: Path) -> None:
    actors = build(tmp_path, ["Chad closed its border.", "Chadian President Idriss Deby spoke."])
    chad = named(actors, "Chad")
    assert len(chad) == 1 and chad[0]["kind"] == "COUNTRY"
    assert all(a["id"] != chad[0]["id"] for a in named(actors, "Idriss Deby"))


def test_across_documents_unnamed_bodies_of_two_countries_stay_apart(tmp_path: Path) -> None:
    """"the defence ministry" of one country's story is not another's: an unnamed description
    joins one of another document only where their countries agree (or one has none)."""
    actors = build(tmp_path, [
        "Tajikistan's defence ministry denied that its troops crossed the border.",
        "Brazil's defence ministry sent two helicopters to the flooded south.",
        "Tajikistan's defence ministry said its patrol was fired on first.",
    ])
    ministries = [a for a in actors if "defence ministry" in a["name"].lower()
                  or any("defence ministry" in x.lower() for x in a["aliases"])]
    by_country = {a["country"]: {m["doc_id"] for m in a["mentions"]} for a in ministries}
    assert by_country.get("TJK") == {"d0", "d2"}, ministries
    assert by_country.get("BRA") == {"d1"}, ministries


def test_actors_jsonl_roles_and_mentions_follow_the_contract(tmp_path: Path) -> None:
    actors = build(tmp_path, [
        "Kenyan lawmaker Achieng Odhiambo criticised the budget in Nairobi.",
        "Achieng Odhiambo, now Kenya's foreign minister, met Ugandan officials.",
    ])
    ids = {a["id"] for a in actors}
    [odhiambo] = named(actors, "Achieng Odhiambo")
    titles = {(r["title"].lower(), r["doc_id"]) for r in odhiambo["roles"]}
    assert {("lawmaker", "d0"), ("foreign minister", "d1")} <= titles  # roles over time
    for actor in actors:
        assert set(actor) >= {"id", "name", "aliases", "kind", "country", "sector", "roles",
                              "mentions"}
        assert actor["kind"] in ("PERSON", "ORG", "COUNTRY", "GROUP", "LOCATION")
        for role in actor["roles"]:
            assert list(role) == ["title", "of", "doc_id", "start", "end"]
            assert role["of"] is None or role["of"] in ids
        for m in actor["mentions"]:
            assert list(m) == ["doc_id", "start", "end"]


@pytest.mark.parametrize(("text", "group", "alias"), [
    ("Hezbollah fighters fired rockets into northern Israel.", "Hezbollah", "Hezbollah fighters"),
    ("Kyiv did not comment on the strikes.", "Ukraine", "Kyiv"),
])
def test_armed_members_and_capital_subjects_are_their_actor(text: str, group: str,
                                                             alias: str) -> None:
    ex = actors_of(text)
    assert alias in mention_texts(ex, actor_named(ex, group))


def test_a_description_is_a_mention_not_an_alias_of_a_named_person() -> None:
    ex = actors_of("Captain Ibrahim Sawadogo, Burkina Faso's junta leader, spoke on radio.")
    sawadogo = actor_named(ex, "Ibrahim Sawadogo")
    assert "Burkina Faso's junta leader" in mention_texts(ex, sawadogo)
    assert sawadogo.aliases == ("Ibrahim Sawadogo",)


def test_title_with_of_phrase_is_one_role_and_no_actor() -> None:
    ex = actors_of("The US Secretary of Defense, Lloyd Austin, said more aid would come.")
    assert [r.title for r in actor_named(ex, "Lloyd Austin").roles] == ["Secretary of Defense"]
    assert all(a.name != "Defense" for a in ex.actors)


def test_possessive_is_not_part_of_the_name() -> None:
    ex = actors_of("North Korea's leader inspected a missile site.")
    assert actor_named(ex, "North Korea").aliases == ("North Korea",)


def test_across_documents_a_town_the_dictionary_lacks_is_one_place(tmp_path: Path) -> None:
    """A one-word town no gazetteer holds is one place by its name across reports, also where
    the tagger reads it as a person or a body in a report that gives it nothing of one."""
    actors = build(tmp_path, [
        "Gendarmes raided the village of Mbengwi on Monday.",
        "Soldiers burned two houses in Mbengwi on Wednesday.",
        "Gendarmes raided Mbengwi again on Friday, the mayor said.",  # tagged as a person
    ])
    towns = named(actors, "Mbengwi")
    assert len(towns) == 1 and towns[0]["kind"] == "LOCATION", towns
    assert {m["doc_id"] for m in towns[0]["mentions"]} == {"d0", "d1", "d2"}, towns


def test_across_documents_a_person_named_like_a_town_stays_a_person(tmp_path: Path) -> None:
    """A person the text gives a role or a full name is no town of the same word."""
    actors = build(tmp_path, [
        "Gendarmes raided the village of Tonga in Cameroon on Monday.",
        "Opposition leader Paul Tonga condemned the raid.",
    ])
    people = [a for a in named(actors, "Paul Tonga") if a["kind"] == "PERSON"]
    assert len(people) == 1, actors


# An unnamed group told by several nouns is named by the noun most of its mentions use; when
# none does, by its sector's own word (``labels`` of ``data/sectors.yaml``), not by whichever
# noun is shortest: "people", "civilians" and "women" are civilians, not "women".
GROUP_NAMES = [
    (["people", "civilians", "women"], "CVL", "civilians"),
    (["women", "children"], "CVL", "civilians"),
    (["protesters", "protesters", "demonstrators"], "CVL", "protesters"),
    (["the protesters", "protesters"], "CVL", "protesters"),
    (["soldiers", "troops", "soldiers"], "MIL", "soldiers"),
    (["soldiers", "troops"], "MIL", "forces"),
    (["miners", "workers"], "LAB", "workers"),
    (["reporters"], "MED", "reporters"),
]


@pytest.mark.parametrize(("descriptions", "sector", "name"), GROUP_NAMES)
def test_an_unnamed_group_is_named_by_most_mentions_else_its_sector(
        descriptions: list[str], sector: str, name: str) -> None:
    from actorgraph.actors.summary import summarise
    got = summarise(None, ["GROUP"] * len(descriptions), [], descriptions, ["SDN"],
                    [sector] * len(descriptions))
    assert got.name == name


def test_reports_unnamed_civilians_of_one_country_are_not_named_by_a_subset() -> None:
    from actorgraph.actors.dictionary import get
    from actorgraph.actors.merge import merge
    texts = ["A local doctor said people in Nyala were being killed at random.",
             "Most of the new arrivals in Chad are women and children from Darfur."]
    local = [a for n, t in enumerate(texts)
             for a in actorgraph.extract(t, doc_id=f"d{n}").actors]
    merged, _ = merge(local, get())
    civil = [a for a in merged if a.key == "N:SDN:CVL"]
    assert [a.name for a in civil] == ["civilians"], [(a.name, a.key) for a in merged]
