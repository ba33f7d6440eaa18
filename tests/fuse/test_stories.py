"""Reports that name no party ("the stoppage entered its fourth day", "the talks ended without
a deal") join the one event of their story they can be; with two such events in their time,
or none in their story, they stay alone; two acts their texts number differently (the first
talks, a second round) are never one; an agreement to a truce is the truce. Small corpora
of our own, several outlets."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus, one

STORIES = [
    # a strike its first report tells with the union, retold by two outlets that name no one
    doc("azores-strike", "Atlantic Wire", "2025-02-12", "Members of the Azores Dockers' Union "
        "walked off the job at the port of Ponta Delgada on Monday, demanding a 9 percent pay "
        "rise. Union leader Rui Medeiros said the strike would go on until the port authority "
        "made an offer."),
    doc("azores-blog", "Island Live", "2025-02-13", "09:10 - Dockers are still on strike, and "
        "the container terminal is quiet. 11:30 - The port authority of the Azores said ferries "
        "would still sail to Ponta Delgada."),
    doc("azores-analysis", "Lisbon Review", "2025-02-14", "Speaking in Ponta Delgada, port "
        "authority chief Ana Furtado said the strike, now in its fifth day, had left "
        "containers of fruit rotting on the quay."),
    # two unnamed reports of one round of talks, in a story whose parties another names
    doc("kiribati-talks", "Pacific Ledger", "2025-06-03", "Kiribati's fisheries minister "
        "Teburoro Tito met Tuvalu's foreign minister Simon Kofe in Tarawa on Monday to discuss "
        "fishing licences."),
    doc("kiribati-brief", "Tarawa Times", "2025-06-10", "Last week's talks in Tarawa ended "
        "without a deal, an official said. Fishing licences remain the sticking point."),
    # near misses: two strikes a month apart in one story, and a retelling that could be either
    doc("reyk-first", "North Wire", "2025-09-05", "Members of the Efling union, the Icelandic "
        "workers' union, began a strike at the Straumsvik smelter on Wednesday over pay."),
    doc("reyk-second", "North Wire", "2025-09-26", "Efling union members began a second strike "
        "at the Straumsvik smelter on Thursday, after talks with the owners failed."),
    doc("reyk-retold", "Saga Review", "2025-09-30", "Economists in Reykjavik said the strike "
        "at the smelter had cost millions of kronur in lost exports."),
    # two rounds of talks in one town, the second told undated: numbered apart
    doc("oruro-first", "Altiplano Wire", "2025-07-02", "Bishop Tomas Ortiz hosted the first "
        "direct talks between the Bolivian government and the miners' union in Oruro on "
        "Tuesday."),
    doc("oruro-second", "La Paz Ledger", "2025-07-05", "Union leader Evo Quispe walked free "
        "on Friday, hours after a second round of talks between the union and the Bolivian "
        "government in Oruro."),
    # an agreement to a truce and the truce, told by two outlets
    doc("juba-truce", "Nile Wire", "2025-08-04", "Army and rebel negotiators agreed to a "
        "ceasefire in Juba on Sunday, South Sudan's information minister Michael Lueth said."),
    doc("juba-holds", "Upper Nile Post", "2025-08-06", "The truce between the South Sudanese "
        "army and the rebels held on Tuesday, residents of Malakal said."),
    # another story, same week and type: an unnamed strike in another country stays alone
    doc("andes-strike", "Andes Post", "2025-09-04", "A strike shut the market on Wednesday, "
        "residents of the Peruvian mining region of Pasco said."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "stories", STORIES)


@pytest.mark.parametrize(("told", "unnamed"), [
    (("walked", "azores-strike"), ("strike", "azores-blog")),
    (("walked", "azores-strike"), ("strike", "azores-analysis")),
    # (the meeting's evidence runs over its purpose: "met ... to discuss", one act)
    (("met Tuvalu's foreign minister Simon Kofe in Tarawa on Monday to discuss",
      "kiribati-talks"), ("talks", "kiribati-brief")),
])
def test_a_report_naming_no_party_joins_the_one_event_of_its_story(corpus, told,
                                                                    unnamed) -> None:
    event, report = one(corpus, *told), one(corpus, *unnamed)
    assert not (report["source"] or report["target"]), report  # the row's premise
    assert event["cluster"] == report["cluster"], (event, report)


def test_a_report_that_could_be_of_two_events_joins_neither(corpus) -> None:
    first, second = one(corpus, "began a strike", "reyk-first"), one(
        corpus, "began a second strike", "reyk-second")
    retold = one(corpus, "strike", "reyk-retold")
    assert first["cluster"] != second["cluster"]
    assert retold["cluster"] not in (first["cluster"], second["cluster"])


def test_a_report_of_another_story_stays_alone(corpus) -> None:
    strike = one(corpus, "strike", "andes-strike")
    assert [e["id"] for e in corpus["events"] if e["cluster"] == strike["cluster"]] == [
        strike["id"]]


def test_two_rounds_its_texts_number_are_two_events(corpus) -> None:
    first = one(corpus, "hosted the first direct talks", "oruro-first")
    second = [e for e in corpus["events"] if e["doc_id"] == "oruro-second"
              and e["type"] == "CONSULT"]
    assert second and all(e["ordinal"] == 2 for e in second), second
    assert first["cluster"] not in {e["cluster"] for e in second}


def test_an_agreement_to_a_truce_and_the_truce_are_one_event(corpus) -> None:
    agreed = one(corpus, "agreed", "juba-truce")
    truce = one(corpus, "truce", "juba-holds")
    assert (agreed["type"], truce["type"]) == ("AGREE", "RETREAT")
    assert agreed["cluster"] == truce["cluster"], (agreed, truce)
