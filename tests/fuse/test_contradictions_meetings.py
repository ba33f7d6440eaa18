"""A denied meeting contradicts only a meeting of the parties it names, at the level it names
them: two leaders who "have never met" are not contradicted by talks between delegations of
their organisations (persons are not their side's envoys), nor by a meeting one of them held
with the other's envoys; they are by a report of the two meeting. "The two sides have never
met" is contradicted by their delegations' talks; a meeting denied on another day in another
town is another meeting. A flip table over small corpora of our own, as in
``test_contradictions_read``."""

from __future__ import annotations

import pytest

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    # Uganda: the delegations talk; the two commanders have never met
    doc("juba-talks", "Lake Courier", "2025-03-04", "Delegations of the Ugandan army and the "
        "Lord's Resistance Army held talks in Juba on Monday, mediators said."),
    doc("juba-never", "Savanna Post", "2025-03-06", "Ugandan army chief Muhoozi Kainerugaba "
        "and the leader of the Lord's Resistance Army, Joseph Kony, have never met, a "
        "spokesman for the army said on Wednesday."),
    # Colombia: the government and the ELN talk, their delegations led by others
    doc("havana-talks", "Bogota Ledger", "2025-07-08", "Colombia's government and the ELN "
        "rebel group held talks in Havana on Monday, with delegations led by Otty Patino and "
        "Pablo Beltran."),
    doc("havana-never", "Andes Daily", "2025-07-10", "President Gustavo Petro and ELN "
        "commander Antonio Garcia have never met, an aide to the president said on "
        "Wednesday."),
    # Venezuela: envoys talk, and the president meets the opposition leader's envoys
    doc("barbados-talks", "Caribe Wire", "2025-06-03", "Envoys of the Venezuelan government "
        "and the opposition Unitary Platform held talks in Bridgetown on Monday, Norwegian "
        "mediators said."),
    doc("caracas-envoys", "Llanos Wire", "2025-06-04", "President Nicolas Maduro met envoys of "
        "Maria Corina Machado in Caracas on Tuesday, officials said."),
    doc("caracas-never", "Orinoco Post", "2025-06-05", "President Nicolas Maduro and Unitary "
        "Platform leader Maria Corina Machado have never met, a Venezuelan government "
        "spokesman said on Wednesday."),
    # Kenya: the two presidents met, and a source says they never did
    doc("nairobi-met", "Rift Times", "2025-08-05", "Kenyan President William Ruto met Ugandan "
        "President Yoweri Museveni in Nairobi on Monday, the presidency said."),
    doc("nairobi-never", "Kampala Wire", "2025-08-07", "William Ruto and Yoweri Museveni have "
        "never met in person, a Ugandan opposition lawmaker said on Wednesday."),
    doc("kampala-not", "Kampala Wire", "2025-08-16", "Ruto and Museveni did not meet in "
        "Kampala on Friday as planned, the Ugandan presidency said."),
    # Ethiopia: two diplomats met a leader; their minister says neither did (his words name
    # the persons denied, not the speaker)
    doc("mekelle-met", "Highland Wire", "2025-09-09", "Two Eritrean diplomats met the Tigrayan "
        "leader Getachew Reda in Mekelle on Sunday, Ethiopian officials said."),
    doc("mekelle-never", "Red Sea Post", "2025-09-11", "Eritrea's information minister Yemane "
        "Gebremeskel said on Tuesday that neither diplomat had met Getachew Reda."),
    # Peru: the sides' delegations talk; "the two sides have never met"
    doc("lima-talks", "Andes Post", "2025-05-06", "Delegations of the Peruvian government and "
        "the Shining Path held talks in Lima on Monday, a church mediator said."),
    doc("lima-never", "Lima Post", "2025-05-08", "The two sides have never met, an interior "
        "ministry spokesman said on Wednesday, denying reports of talks between the Peruvian "
        "government and the Shining Path."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_meetings", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # persons who never met against their organisations' delegations: another act
    ("Delegations of the Ugandan army", "have never met", False),
    ("with delegations led by", "have never met", False),
    ("Envoys of the Venezuelan government", "have never met", False),
    # one of the two met the other's envoys, not the other
    ("met envoys of", "have never met", False),
    # the two persons did meet: a contradiction
    ("met Ugandan President", "never met in person", True),
    # a denial by a speaker of a meeting of others, against their meeting
    ("Two Eritrean diplomats met", "neither diplomat had met", True),
    # a meeting denied on another day in another town is another meeting
    ("met Ugandan President", "did not meet in", False),
    # the two sides (organisations) never met, against their delegations' talks
    ("Delegations of the Peruvian government", "The two sides have never met", True),
])
def test_a_denied_meeting_contradicts_a_meeting_of_the_parties_it_names(
        corpus, one, other, contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]
