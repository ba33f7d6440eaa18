"""A denial that only points to what was told before it ("An army spokesman rejected that
account") denies the act it points to as that account tells it: where the account lays it on a
doer, it denies that doer's part, and answers only who lays the act on him, not a report of
the act that names no doer (as a denial in words of its own: ``test_contradictions_read``).
A flip table over small corpora of our own."""

from __future__ import annotations

import pytest

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    # Congo: the shelling of a town, told with no doer; the rebels lay it on the army, which
    # rejects their account
    doc("goma-shells", "Kivu Post", "2025-06-03", "Shells hit a market in Sake on Monday, "
        "killing four people, the town's mayor said."),
    doc("goma-charge", "Lakes Wire", "2025-06-04", "The M23 accused the Congolese army on "
        "Tuesday of shelling a market in Sake on Monday. An army spokesman rejected that "
        "account."),
    # Colombia: a pipeline bombed, the army lays it on the ELN, which denies it
    doc("arauca-blast", "Llanos Ledger", "2025-07-08", "A bomb damaged the Cano Limon pipeline "
        "near Saravena on Monday, the state oil company said."),
    doc("arauca-charge", "Bogota Wire", "2025-07-09", "The Colombian army blamed the ELN on "
        "Tuesday for bombing the Cano Limon pipeline near Saravena. An ELN commander denied "
        "it."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_pointing", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # the accuser against the accused's rejection of his account
    ("accused the Congolese army", "rejected that account", True),
    ("blamed the ELN", "An ELN commander denied it", True),
    # a report naming no doer is not what the accused denies
    ("the town's mayor said", "rejected that account", False),
    ("the state oil company said", "An ELN commander denied it", False),
])
def test_a_pointing_denial_denies_the_doers_part_its_account_tells(
        corpus, one, other, contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]
