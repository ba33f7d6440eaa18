"""Denials of a class ("no crew member was beaten", "our diplomat has never financed any
campaign") meet the one asserted act of their story, so that the two contradict; a denial of
what nobody asserted, of one of two acts, of an act on another day or of an act only
threatened meets none. Small corpora of our own, several outlets and regions."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_fusion import build, doc, exported, exported_corpus, one

STORIES = [
    # a spokesman (a captain: an office of Honduras) denies what another outlet told
    doc("gulf-boarding", "Gulf Courier", "2025-03-03", "The Honduran navy boarded the "
        "trawler Santa Rita off Roatan on Sunday. The owner's brother said a deckhand, Elvin "
        "Reyes, had been beaten with a rifle butt."),
    doc("caribe-denial", "Caribe Post", "2025-03-04", "Navy spokesman Captain Mario Zelaya "
        "told reporters that no crew member was beaten or hurt. Our officers followed "
        "procedure, he said."),
    # one report tells the charge and the denial; the parse makes the minister the doer
    doc("balkan-cash", "Balkan Ledger", "2025-04-14", "Bulgaria expelled Goran Petrov, a "
        "Serbian diplomat. Bulgaria's intelligence agency said Petrov had handed 25,000 euros "
        "in cash to a local association. Our diplomat has never financed any political "
        "campaign in Bulgaria, Serbian Foreign Minister Milan Kostic wrote."),
    # other words for one incursion
    doc("andes-border", "Andes Wire", "2025-05-20", "Troops of the Venezuelan army penetrated "
        "the national territory near Cucuta on Saturday, Colombia's defence ministry said. No "
        "Venezuelan soldier has crossed into Colombia, a Venezuelan army spokesman said."),
    # near misses: a denial nobody answers; a threat, not an act; two arrests, one denial
    doc("pampa-denial", "Pampa Wire", "2025-08-05", "No journalist was detained in Mendoza, "
        "Argentina's security ministry said."),
    doc("mekong-threat", "Mekong Post", "2025-09-02", "If Thai soldiers cross into Cambodia "
        "again, Cambodia will respond, its defence minister Tea Seiha said."),
    doc("mekong-denial", "Mekong Times", "2025-09-03", "No Thai soldier has crossed into "
        "Cambodia, the Thai army said."),
    doc("alti-oruro", "Altiplano Daily", "2025-10-07", "Bolivian police arrested a union "
        "leader in Oruro on Monday."),
    doc("alti-sucre", "Altiplano Daily", "2025-10-08", "Bolivian police arrested three "
        "students in Sucre on Tuesday."),
    doc("andina-denial", "Radio Andina", "2025-10-09", "Nobody has been arrested, Bolivia's "
        "interior minister Marco Quispe said."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "denials", STORIES)


@pytest.mark.parametrize(("told", "denied"), [
    (("beaten", "gulf-boarding"), ("beaten", "caribe-denial")),
    (("handed", "balkan-cash"), ("financed", "balkan-cash")),
    (("penetrated", "andes-border"), ("crossed", "andes-border")),
])
def test_a_class_denial_meets_the_act_it_denies(corpus, told, denied) -> None:
    act, denial = one(corpus, *told), one(corpus, *denied)
    assert denial["modality"] in ("negated", "denied"), denial
    assert act["cluster"] == denial["cluster"], (act, denial)
    # the denier against the teller: their events, or the claims that state them
    assert [c for c in corpus["contradictions"] if c["cluster"] == act["cluster"]],\
        corpus["contradictions"]


def test_the_reason_names_both_sides(corpus) -> None:
    denial = one(corpus, "beaten", "caribe-denial")
    (x,) = [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]
    # the brother's claim names no actor we know: its sentence shows it, saying who speaks
    assert x["reason"].startswith("Gulf Courier (3 March 2025) reports: The owner's brother "
                                  "said a deckhand"), x["reason"]
    assert "Mario Zelaya (Caribe Post, 4 March 2025)" in x["reason"], x["reason"]
    assert "no crew member was beaten" in x["reason"], x["reason"]


def test_a_denial_nobody_asserted_stays_alone(corpus) -> None:
    denial = one(corpus, "detained", "pampa-denial")
    assert denial["modality"] == "negated"
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]
    assert [e["id"] for e in corpus["events"] if e["cluster"] == denial["cluster"]] == [
        denial["id"]]


def test_a_threat_is_not_the_act_a_denial_denies(corpus) -> None:
    threat, denial = one(corpus, "cross", "mekong-threat"), one(corpus, "crossed",
                                                                 "mekong-denial")
    assert threat["cluster"] != denial["cluster"]
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]


def test_a_denial_that_could_answer_two_acts_joins_neither(corpus) -> None:
    oruro, sucre = one(corpus, "arrested", "alti-oruro"), one(corpus, "arrested", "alti-sucre")
    denial = one(corpus, "arrested", "andina-denial")
    assert oruro["cluster"] != sucre["cluster"]
    assert denial["cluster"] not in (oruro["cluster"], sucre["cluster"])


def test_a_denial_of_another_day_meets_no_act(tmp_path: Path) -> None:
    ex = exported(build(tmp_path, doc(
        "ledger-oruro", "Daily Ledger", "2025-10-04", "Bolivian police arrested two activists "
        "in Oruro on Friday."), doc(
        "post-oruro", "Harbour Post", "2025-10-25", "Nobody was arrested in Oruro on Friday, "
        "the Bolivian police said.")), tmp_path / "out")
    arrest, denial = one(ex, "arrested", "ledger-oruro"), one(ex, "arrested", "post-oruro")
    assert arrest["cluster"] != denial["cluster"]
    assert not ex["contradictions"]


def test_a_denial_of_it_contradicts_the_act_told_before(tmp_path: Path) -> None:
    ex = exported(build(tmp_path, doc(
        "sahel-huts", "Sahel Wire", "2025-03-10", "Villagers said soldiers burned three huts "
        "near Tessit in Mali on Friday. The Malian army denies it.")), tmp_path / "out")
    (x,) = ex["contradictions"]
    # each side quoted as the report words it, its speaker named in it
    assert x["reason"] == ("Sahel Wire (10 March 2025): Villagers said soldiers burned three "
                           "huts near Tessit in Mali on Friday; Sahel Wire (10 March 2025): "
                           "The Malian army denies it."), x


def test_a_denial_that_states_the_act_is_shown_before_one_that_points_to_it(
        tmp_path: Path) -> None:
    ex = exported(build(tmp_path, doc(
        "chaco-gas", "Chaco Post", "2025-04-08", "Witnesses say police fired tear gas near the "
        "bus station in Filadelfia. Police chief Hugo Benitez denies this. He says no tear gas "
        "was used in Filadelfia.")), tmp_path / "out")
    (x,) = ex["contradictions"]
    assert "no tear gas was used" in x["reason"] and "denies this" not in x["reason"], x
