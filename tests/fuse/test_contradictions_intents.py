"""A commitment is the act it commits to: a denial that a party agreed to one thing is not
against a report that it agreed to another ("signed a pledge to reopen the bridge", "has not
agreed to hand over its weapons"), while it is against a report of the same commitment (the
same act agreed to, in other words or not). A flip table over small corpora of our own, as in
``test_contradictions_read``; and the rule itself (``same_content``)."""

from __future__ import annotations

import pytest

from actorgraph.fuse.contradictions import same_content

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    # two commitments of one party: a pledge on one thing, a refusal of another
    doc("moei-pledge", "Irrawaddy Times", "2025-08-05", "Myanmar's army and the Karen National "
        "Union signed a pledge to reopen the Moei bridge on Monday, Thai officials said."),
    doc("moei-refuse", "Bangkok Courier", "2025-08-06", "The Karen National Union has not "
        "agreed to hand over its weapons, a KNU spokesman said on Tuesday."),
    doc("juba-pledge", "Nile Ledger", "2025-09-02", "South Sudan's government and the SPLM-IO "
        "signed a pledge to open humanitarian corridors on Monday, Kenyan mediators said."),
    doc("juba-refuse", "Equatoria Wire", "2025-09-03", "The SPLM-IO has not agreed to withdraw "
        "its forces from Nasir, a spokesman for the movement said on Tuesday."),
    # the same commitment told and denied: a contradiction
    doc("havana-agree", "Andes Post", "2025-07-08", "The ELN agreed on Monday to discuss a "
        "ceasefire with the Colombian government, Cuban mediators said."),
    doc("havana-deny", "Bogota Herald", "2025-07-09", "The ELN has not agreed to discuss a "
        "ceasefire with the government, a spokesman for the group said on Tuesday."),
    doc("doha-agree", "Gulf Times", "2025-10-06", "The Taliban agreed on Sunday to release two "
        "British aid workers, Qatari mediators said."),
    doc("doha-deny", "Kabul Herald", "2025-10-07", "The Taliban have not agreed to release the "
        "two British aid workers, a Taliban spokesman said on Monday."),
    # talks agreed with one state, refused with another: another other party
    doc("quito-agree", "Andes Post", "2025-11-03", "The ELN agreed on Monday to hold talks "
        "with Ecuador on the border crossings, Brazilian mediators said."),
    doc("quito-deny", "Caracas Ledger", "2025-11-04", "The ELN has not agreed to hold talks "
        "with Venezuela, a spokesman for the group said on Tuesday."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_intents", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # a pledge to reopen a bridge is no agreement to disarm
    ("signed a pledge to reopen", "has not agreed to hand over", False),
    ("signed a pledge to open humanitarian corridors", "has not agreed to withdraw", False),
    # the talks agreed to, and denied
    ("agreed on Monday to discuss", "has not agreed to discuss", True),
    ("agreed on Sunday to release", "have not agreed to release", True),
    # talks with Ecuador are not talks with Venezuela
    ("agreed on Monday to hold talks", "has not agreed to hold talks", False),
])
def test_a_denied_commitment_answers_only_a_report_of_the_same_act_committed_to(
        corpus, one, other, contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]


@pytest.mark.parametrize(("told", "denied", "same"), [
    ({"CONSULT", "discuss"}, {"CONSULT", "discuss"}, True),
    ({"RETREAT", "withdraw"}, {"RETREAT", "pull"}, True),  # one act in other words
    ({"reopen"}, {"RETREAT", "hand"}, False),  # another act committed to
    # an agreement whose terms its report does not tell is not shown to be the one denied
    (set(), {"RETREAT", "hand"}, False),
    ({"reopen"}, set(), True),  # "denied any agreement": of any content
    # the same act with another other party is another content; with the same, or one
    # naming none, the same
    ({"CONSULT", "CONSULT>country:ECU"}, {"CONSULT", "CONSULT>country:VEN"}, False),
    ({"CONSULT", "CONSULT>country:COL"}, {"CONSULT", "CONSULT>country:COL"}, True),
    ({"CONSULT"}, {"CONSULT", "CONSULT>country:COL"}, True),
    ({"RETREAT", "RETREAT>country:MLI"}, {"RETREAT", "pull", "RETREAT>country:MLI"}, True),
])
def test_two_commitments_are_one_where_their_contents_meet(told, denied, same) -> None:
    assert same_content(frozenset(told), frozenset(denied)) is same
