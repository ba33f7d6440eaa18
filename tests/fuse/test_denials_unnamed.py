"""A material act denied outright with no hand named ("*nothing* was seized", "*no* diplomat
was expelled", "*no* soldier rescued anyone": ``events.handless.told_act``) meets the
one act of its story another source asserts, so the two contradict; a denial nobody's report
answers stays alone, and an act only threatened is no act it denies. Small corpora of our
own: maritime, diplomatic, rescue."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus, one

STORIES = [
    # maritime: the owner says the catch was seized, the ministry that nothing was
    doc("dakar-seized", "Dakar Wire", "2025-03-03", "The Senegalese navy seized the catch of the "
        "Spanish trawler Marta off Dakar on Monday, the ship's owner said."),
    doc("dakar-denial", "Gorée Post", "2025-03-04", "Nothing was seized from the Marta, "
        "Senegal's fisheries ministry said on Tuesday."),
    # diplomatic: state media say diplomats were expelled, the ministry that none was
    doc("minsk-expelled", "Minsk Herald", "2025-05-12", "Lithuania expelled two Belarusian "
        "diplomats on Monday, Belarusian state media said."),
    doc("vilnius-denial", "Baltic Courier", "2025-05-13", "No Belarusian diplomat was "
        "expelled, Lithuania's foreign ministry said on Tuesday."),
    # rescue: the army says its soldiers freed the drivers, the union that no soldier did
    doc("chiapas-rescue", "Sur Diario", "2025-07-05", "Mexican soldiers rescued six "
        "kidnapped Guatemalan truck drivers in Chiapas on Friday, the Mexican army said."),
    doc("chiapas-denial", "Frontera Hoy", "2025-07-06", "No Mexican soldier rescued anyone, "
        "the Guatemalan drivers' union said on Saturday. The drivers walked free after their "
        "families paid a ransom."),
    # near misses: a denial nobody's report answers; a threat is not the act denied
    doc("lamu-denial", "Coast Daily", "2025-09-02", "Nothing was seized from the dhow, Kenyan "
        "customs officers said in Lamu on Tuesday."),
    doc("tbilisi-threat", "Caucasus Wire", "2025-11-03", "Georgia will expel Russian "
        "diplomats if the border incidents go on, its foreign minister said on Monday."),
    doc("tbilisi-denial", "Kartli Post", "2025-11-04", "No Russian diplomat was expelled, "
        "Georgia's foreign ministry said on Tuesday."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "denials-unnamed", STORIES)


@pytest.mark.parametrize(("told", "denied"), [
    (("seized", "dakar-seized"), ("seized", "dakar-denial")),
    (("expelled", "minsk-expelled"), ("expelled", "vilnius-denial")),
    (("rescued", "chiapas-rescue"), ("rescued", "chiapas-denial")),
])
def test_a_denial_with_no_hand_meets_the_act_it_denies(corpus, told, denied) -> None:
    act, denial = one(corpus, *told), one(corpus, *denied)
    assert denial["modality"] == "negated", denial
    assert act["cluster"] == denial["cluster"], (act, denial)
    assert [c for c in corpus["contradictions"] if c["cluster"] == act["cluster"]], \
        corpus["contradictions"]


def test_a_denial_nobody_answers_stays_alone(corpus) -> None:
    denial = one(corpus, "seized", "lamu-denial")
    assert denial["modality"] == "negated"
    assert [e["id"] for e in corpus["events"] if e["cluster"] == denial["cluster"]] == [
        denial["id"]]
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]


def test_a_threat_is_not_the_act_a_denial_denies(corpus) -> None:
    threat, denial = one(corpus, "expel", "tbilisi-threat"), one(corpus, "expelled",
                                                                 "tbilisi-denial")
    assert threat["cluster"] != denial["cluster"]
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]
