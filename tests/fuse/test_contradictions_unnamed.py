"""A claim whose speaker we cannot name ("His party says ...": no claimant) is shown as the
sentence that holds it, which says who speaks: the contradiction's side is the report's
sentence, not the bare proposition ("one student was shot dead"), which a reader could not
tell from the outlet's own voice. A claim whose claimant is known stays the side. A flip table
over small corpora of our own (``test_contradictions_read``)."""

from __future__ import annotations

import pytest

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    # Togo: the opposition's account and the government's denial, in one report, the
    # speaker a possessive no one in reach resolves ("His party")
    doc("sokode-report", "Lome Courier", "2025-10-14", "Kossi Agbeko was detained at his "
        "home in Lome before dawn on Monday.\n\nPolice gave no reason. Prosecutors later "
        "said he was held over a rally in Sokode.\n\nThe interior ministry declined to "
        "confirm that he had been charged.\n\nHis party says two protesters were shot dead "
        "by police in Sokode. The government says no live rounds were fired."),
    # Bolivia: a union's account, a ministry's denial in another report
    doc("oruro-union", "Altiplano Post", "2025-11-05", "Miners blocked the road to Oruro on "
        "Tuesday.\n\nThe ministry declined to comment.\n\nHer union says soldiers fired "
        "on the miners near Huanuni."),
    doc("oruro-denial", "La Paz Ledger", "2025-11-06", "No soldier fired on anyone near "
        "Huanuni, the defence ministry said on Wednesday."),
    # Sri Lanka: "the family", and a named claimant, who keeps his claim as the side
    doc("kandy-family", "Hill Country Times", "2025-12-02", "Teachers marched in Kandy on "
        "Monday. The family says police beat three teachers at the march."),
    doc("kandy-union", "Hill Country Times", "2025-12-02", "The Ceylon Teachers Union said "
        "police beat three teachers at a march in Kandy on Monday."),
    doc("kandy-denial", "Colombo Wire", "2025-12-03", "No teacher was beaten in Kandy, a "
        "police spokesman said on Tuesday."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_unnamed", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    ("His party says two protesters", "no live rounds were fired", True),
    ("Her union says soldiers fired", "No soldier fired on anyone", True),
    ("The family says police beat", "No teacher was beaten", True),
    ("The Ceylon Teachers Union said police beat", "No teacher was beaten", True),
])
def test_a_claim_with_no_named_speaker_shows_as_its_sentence(corpus, one, other,
                                                             contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]
