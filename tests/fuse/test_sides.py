"""One side does not contradict itself: a spokesperson of a body speaks for it ("an army
spokesperson" for the army its report names), so his account set against the body's own
denial is no contradiction between sources, while a rival's claim against that denial is; and
an intent told in a report's own voice ("the army has not agreed to ...") is the will of its
doer, not the outlet's, so it is not set against the same doer's own words on what it will do.
A flip table over small corpora of our own (``test_contradictions_read``), and the tie
itself (``fuse.sides.spoken_for``)."""

from __future__ import annotations

import pytest

from actorgraph.fuse.sides import spoken_for

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    # Uganda: the rebels claim a town, the army denies it; an army spokesperson, in a report
    # naming the army, tells the seizure as the army's own account of how it retook the town
    doc("kasindi-claim", "Rwenzori Post", "2025-06-02", "The Allied Democratic Forces said "
        "their fighters had seized the town of Kasese on Sunday. The Ugandan army "
        "denied that claim and said its troops held the town."),
    doc("kasindi-spokes", "Kampala Ledger", "2025-06-03", "The Ugandan army and the Allied "
        "Democratic Forces fought near Kasese on Monday. An army spokesperson said the "
        "Allied Democratic Forces had seized the town of Kasese on Sunday."),
    # Mali: the same told by a police spokesman, in a report naming the police and the army:
    # another body, whose account stands against the army's denial
    doc("boni-claim", "Sahel Wire", "2025-07-07", "JNIM said its fighters had captured the "
        "town of Mopti on Sunday. The Malian army denied that claim and said its soldiers "
        "controlled the town."),
    doc("boni-police", "Bamako Courier", "2025-07-08", "The Malian police and the army "
        "sent reinforcements to Mopti on Monday. A police spokesman said JNIM had captured "
        "the town of Mopti on Sunday."),
    # Yemen: one sentence tells what a party has not agreed to and what it will do
    doc("muscat-talks", "Arabian Ledger", "2025-08-11", "The Houthis have not agreed to "
        "discuss a prisoner exchange, and their delegation has said it will only negotiate "
        "the reopening of Sanaa airport."),
    # Philippines: the same intent told by mediators and denied by the group's spokesman
    doc("oslo-agree", "Manila Wire", "2025-09-08", "The New People's Army agreed on Monday "
        "to release two captured soldiers, Norwegian mediators said."),
    doc("oslo-deny", "Mindanao Post", "2025-09-09", "The New People's Army has not agreed "
        "to release the two soldiers, a spokesman for the group said on Tuesday."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "sides", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # a rival's claim against the army's denial
    ("their fighters had seized the town of Kasese", "The Ugandan army denied", True),
    ("its fighters had captured the town of Mopti", "The Malian army denied", True),
    # the army's spokesperson is the army: no contradiction with its own denial
    ("An army spokesperson said", "The Ugandan army denied", False),
    # a police spokesman speaks for the police, not the army
    ("A police spokesman said", "The Malian army denied", True),
    # one party's two intents in one sentence
    ("will only negotiate", "have not agreed to discuss", False),
    # mediators against the group's spokesman: two sides
    ("agreed on Monday to release", "has not agreed to release", True),
])
def test_one_side_does_not_contradict_itself(corpus, one, other, contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]


@pytest.mark.parametrize(("title", "forms", "tied"), [
    ("army spokesperson", {"a": ["the Sudanese army", "the army"], "b": ["the RSF"]}, "a"),
    ("Police spokesman", {"a": ["Kenyan police"], "b": ["the army"]}, "a"),
    ("military spokesman", {"a": ["the military"], "b": ["the navy"]}, "a"),
    # two bodies its words may name: neither
    ("army spokesman", {"a": ["the army"], "b": ["the rebel army"]}, None),
    # no body its words name
    ("spokesman", {"a": ["the army"]}, None),
    ("army commander", {"a": ["the army"]}, None),  # not a spokesperson
])
def test_an_unnamed_spokesperson_speaks_for_the_body_his_title_names(title, forms,
                                                                     tied) -> None:
    assert spoken_for(title, forms) == tied
