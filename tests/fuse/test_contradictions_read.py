"""Contradictions a reader would accept, as a flip table over small corpora of our own: each
row names a fragment of one side and of the other, and whether the two must be linked as a
contradiction. Near misses (issue 11): a denial of one doer's part against a report that
names no doer, or that lays the act on another party; an act a speaker only declines to
speak of."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus

STORIES = [
    # who did it: the accused denies its part; the act itself is not in doubt
    doc("rain-charge", "Savanna Post", "2025-02-03", "Four aid workers were abducted on the "
        "road to Bocaranga on Monday, their charity said. The government accused the MCNO "
        "of kidnapping them. The MCNO denied kidnapping anyone."),
    doc("rain-denial", "Lake Courier", "2025-02-05", "The MCNO denied on Wednesday that "
        "it had kidnapped the four aid workers near Bocaranga."),
    # a doer's denial against a report laying the act on another party (a port, looting)
    doc("port-loot", "Harbour Ledger", "2025-03-10", "Ghanaian soldiers looted warehouses of "
        "the World Food Programme in Port Kessa on Saturday, the agency said. The Kessa "
        "Liberation Front denied that its fighters had looted anything."),
    doc("port-denial", "Gulf Wire", "2025-03-11", "The Kessa Liberation Front said on Sunday "
        "that its men had not looted the warehouses in Port Kessa."),
    # a class denial with no doer answers any report of the act
    doc("kumbo-gas", "Highland Times", "2025-04-02", "Gendarmes fired tear gas at protesters "
        "in Kumbo on Tuesday, two witnesses said."),
    doc("kumbo-denial", "Mountain Echo", "2025-04-03", "No tear gas was fired in Kumbo on "
        "Tuesday, the regional gendarmerie commander said."),
    # an act a speaker only declines to speak of is not his account of it
    doc("arms-report", "Desert Wire", "2025-05-06", "Omega Logistics has shipped drones to "
        "the Northern Front from bases in Libya, according to United Nations experts. Omega "
        "rejected the report. The front's leader, Idris Kamal, did not respond to questions "
        "about the alleged shipments."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_read", STORIES)


def linked(corpus: dict[str, list[dict]], one: str, other: str) -> bool:
    """Whether a contradiction links an item whose text holds ``one`` to one holding
    ``other`` (an event by its sentence, a claim by its span), as the referee reads them."""
    texts = {d["id"]: d["text"] for d in corpus["documents"]}
    spans = {c["id"]: texts[c["doc_id"]][c["start"]:c["end"]] for c in corpus["claims"]}
    spans.update({e["id"]: texts[e["doc_id"]][e["sentence_start"]:e["sentence_end"]]
                  for e in corpus["events"]})
    return any(one in spans[x] and other in spans[y]
               for c in corpus["contradictions"]
               for x, y in ((c["a"], c["b"]), (c["b"], c["a"])))


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # the accuser against the accused's denial of its part
    ("accused the MCNO", "denied on Wednesday that it", True),
    ("accused the MCNO", "denied kidnapping anyone", True),
    # the charity tells the abduction and names no kidnapper: the denials of the MCNO's part
    # are not against it
    ("their charity said", "denied on Wednesday that it", False),
    ("their charity said", "denied kidnapping anyone", False),
    # the agency lays the looting on soldiers: the front denying its men did it does not
    # contradict it
    ("Ghanaian soldiers looted", "its men had not looted", False),
    ("Ghanaian soldiers looted", "its fighters had looted anything", False),
    # no doer in the denial: it answers the witnesses
    ("two witnesses said", "No tear gas was fired", True),
    # the experts' account against the rejection of it
    ("according to United Nations experts", "Omega rejected the report", True),
    # declining to answer about the alleged shipments asserts nothing
    ("did not respond to questions", "Omega rejected the report", False),
])
def test_a_contradiction_is_one_a_reader_accepts(corpus, one, other, contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]
