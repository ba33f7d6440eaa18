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


# A pointing denial answers the act it points back to, told of its speaker's side: not an
# aid delivery told after it, nor acts of other parties fusion placed with it.
POINTED = [
    # Somalia: an attack laid on al-Shabaab, then a delivery by a third party; the group's
    # rejection answers the attack, not the food
    doc("baidoa-attack", "Bay Courier", "2025-03-10", "Al-Shabaab fighters attacked an army "
        "base near Baidoa on Sunday, the regional governor said. The World Food Programme "
        "delivered food to families in Baidoa on Monday. Al-Shabaab rejected that account."),
    # Nigeria: a market burned by Boko Haram, then medicine handed out by the Red Cross
    doc("gwoza-market", "Sahel Standard", "2025-04-15", "Boko Haram fighters burned a market "
        "in Gwoza on Tuesday, police said. The Red Cross handed out medicine to the wounded in "
        "Gwoza on Wednesday. Boko Haram dismissed the reports as lies."),
    # Yemen: a school shelled by the Houthis, then wheat shipped by Saudi Arabia to Aden
    doc("taiz-school", "Gulf Ledger", "2025-05-02", "Houthi forces shelled a school in Taiz on "
        "Friday, the governor's office said. Saudi Arabia shipped wheat to the port of Aden on "
        "Saturday. The Houthis rejected that account."),
    # Armenia: a denial whose words state the act it denies stays a contradiction
    doc("tavush-charge", "Caucasus Wire", "2025-06-09", "Azerbaijan said Armenian troops "
        "shelled the village of Kemerli on Sunday."),
    doc("tavush-denial", "Yerevan Post", "2025-06-10", "Armenia's defence ministry denied the "
        "report that its troops shelled the village of Kemerli on Sunday."),
]


@pytest.fixture(scope="module")
def pointed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_pointed", POINTED)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # the act told of the denier's side, before a delivery told of others
    ("attacked an army base", "Al-Shabaab rejected that account", True),
    ("burned a market", "dismissed the reports as lies", True),
    ("shelled a school", "The Houthis rejected that account", True),
    # the delivery after it is no act of the denier's
    ("delivered food", "Al-Shabaab rejected that account", False),
    ("handed out medicine", "dismissed the reports as lies", False),
    ("shipped wheat", "The Houthis rejected that account", False),
    # a denial stating the act it denies
    ("Armenian troops shelled", "denied the report that its troops shelled", True),
])
def test_a_pointing_denial_answers_the_act_of_its_speakers_side(
        pointed, one, other, contradict) -> None:
    assert linked(pointed, one, other) is contradict, pointed["contradictions"]
