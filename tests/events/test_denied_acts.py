"""The act a denial, a report or a negated passive tells is an event of that act, with whatever
arguments it has: a contradiction is one source asserting an act and another denying it, so
the denial must give the act (modality ``denied`` or ``negated``) or the two never meet.

* the scope of a denial is the act of its complement clause ("denied that officers had *fired*
  live ammunition during the rally"), not a noun in a modifier of it (the rally took place);
* a passive with a negative determiner on its subject is the act, negated ("*no* live rounds
  were used", "*no* shots were fired"), its doer the speaker when a police or military
  speaker says so ("the police say ...");
* "any soldier", "no officer" under a denial name no actor of their own: the doer is the
  denier's own forces, the speaker;
* an agentless passive act on a place or on people ("the market at Kalabo had been hit",
  "they were shot") is still an act, its source empty.

Near misses keep their reading: a protest merely mentioned stays as it is, "no shots were
*heard*" is no act, a film "shot" in Morocco and a town "hit" by floods are no violence.
Our own sentences; rows: (id, text, type, modality, source names, target names).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching


def row(id: str, text: str, type_, modality, source=None, target=None):
    return pytest.param(text, type_, modality, source, target, id=id)


ROWS = [
    # the complement's act is what a denial denies
    row("denied-fired-live-ammunition", "A police spokesman in Nairobi denied that officers had "
        "fired live ammunition during the rally.", "ASSAULT", "denied", "officers"),
    row("denied-fired-live-rounds", "Zimbabwe's army denied that its soldiers fired live rounds "
        "in Harare on Tuesday.", "ASSAULT", "denied"),
    row("denied-fired-bullets-at", "The Bolivian defence ministry denied that troops had fired "
        "bullets at the marchers.", "ASSAULT", "denied"),
    row("denied-used-live-ammunition", "Peru's interior ministry denied that police had used "
        "live ammunition in Juliaca.", "ASSAULT", "denied", "police"),
    row("denied-fired-live-bullets", "Togo's security minister denied that gendarmes had fired "
        "live bullets in Lome.", "ASSAULT", "denied"),
    row("fired-live-ammunition", "Iranian security forces fired live ammunition in Zahedan on "
        "Friday, witnesses said.", "ASSAULT", "reported", "security forces"),
    row("used-live-rounds", "Soldiers used live rounds to break up the sit-in in Khartoum.",
        "ASSAULT", "asserted", "Soldiers"),
    # "any soldier", "no officer": the denier's own forces
    row("any-soldier", "The interior ministry denied that any soldier had fired live rounds at "
        "the crowd.", "ASSAULT", "denied", "interior ministry"),
    row("any-officer", "Sri Lanka's army denied that any officer had fired at the crowd in "
        "Colombo.", "ASSAULT", "denied", "army"),
    row("any-policeman", "The Malawian police denied that any of its officers had fired live "
        "rounds in Lilongwe.", "ASSAULT", "denied", "police"),
    # negated passives with a negative determiner
    row("no-live-rounds-used", "The police say no live rounds were used.", "ASSAULT",
        "negated", "police"),
    row("no-shots-fired", "No shots were fired, the Nigerian army said.", "ASSAULT", "negated",
        "army"),
    row("no-live-ammunition-used", "Bangladeshi police said no live ammunition was used "
        "against the students.", "ASSAULT", "negated", "police"),
    row("no-bullets-fired", "According to Kenya's interior ministry, no bullets were fired in "
        "Kisumu.", "ASSAULT", "negated"),
    row("no-live-rounds-fired-at", "Myanmar's junta insisted that no live rounds had been "
        "fired at protesters.", "ASSAULT", "negated"),
    row("not-a-single-shot", "The Ugandan army said its soldiers had not fired a single shot "
        "during the rally.", "ASSAULT", "negated", "soldiers"),
    row("no-shots-union", "No shots were fired at the miners, the union said.", "ASSAULT",
        "negated"),
    # agentless passives on a place or on people
    row("market-hit", "The army denied that the market at Kalabo had been hit.", "ASSAULT",
        "denied", None, "Kalabo"),
    row("hospital-shelled", "The Sudanese army denied that the hospital in El Fasher had been "
        "shelled.", "ASSAULT", "denied", None, "El Fasher"),
    row("they-were-shot", "They were shot with live bullets, the union said.", "ASSAULT",
        "reported"),
    row("two-shot-in-back", "Two of them were shot in the back, their families said.",
        "ASSAULT", "reported"),
    row("he-was-shot-dead", "He was shot dead outside his home in Kabul, police said.",
        "ASSAULT", ("reported", "asserted")),
    row("village-bombed", "Residents said the village of Bama was bombed overnight.",
        "ASSAULT", "reported", None, "Bama"),
    row("school-struck", "Ukraine's military denied that the school in Horlivka had been "
        "struck.", "ASSAULT", "denied", None, "Horlivka"),
    row("clinic-hit-reported", "A clinic in Rafah was hit overnight, medics said.",
        "ASSAULT", "reported", None, "Rafah"),
    # near misses that keep their modality
    row("rally-went-ahead", "The rally went ahead, police said.", "PROTEST", "reported"),
    row("into-the-air", "Officers fired into the air to disperse the crowd in Lagos.",
        "ASSAULT", "asserted", "Officers"),
]

#: Rows that must give no event of this type with one of these modalities (None: any).
NONE = [
    pytest.param("A police spokesman in Nairobi denied that officers had fired live ammunition "
                 "during the rally.", "PROTEST", ("denied", "negated"), id="rally-not-denied"),
    pytest.param("The Ugandan army said its soldiers had not fired a single shot during the "
                 "rally.", "PROTEST", ("denied", "negated"), id="rally-not-negated"),
    pytest.param("The ministry denied that the rally was illegal.", "PROTEST", "denied",
                 id="rally-illegal-denied"),
    pytest.param("The rally went ahead, police said.", "PROTEST", ("denied", "negated"),
                 id="rally-went-ahead-not-denied"),
    pytest.param("Officers fired into the air to disperse the crowd in Lagos.", "ASSAULT",
                 ("denied", "negated"), id="into-the-air-not-negated"),
    pytest.param("No shots were heard in the capital overnight, residents said.", "ASSAULT",
                 None, id="no-shots-heard"),
    pytest.param("Kalabo was hit by floods last week, officials said.", "ASSAULT", None,
                 id="hit-by-floods"),
    pytest.param("The economy was hit hard by the sanctions, the minister said.", "ASSAULT",
                 None, id="economy-hit"),
    pytest.param("Tea exports from Kenya were hit by the drought.", "ASSAULT", None,
                 id="exports-hit"),
    pytest.param("They were hit by rising prices, the union said.", "ASSAULT", None,
                 id="hit-by-prices"),
    pytest.param("The film was shot in Morocco last year.", "ASSAULT", None, id="film-shot"),
    pytest.param("The scene was shot by a local photographer in Tunis.", "ASSAULT",
                 None, id="scene-shot-photographer"),
    pytest.param("Police said live rounds were found in the car.", "ASSAULT", None,
                 id="rounds-found"),
    pytest.param("The soldiers carried no live ammunition, the Chilean army said.", "ASSAULT",
                 None, id="carried-no-ammunition"),
    pytest.param("No one was hurt in Accra, the police said.", "ASSAULT", None,
                 id="no-one-hurt"),
    pytest.param("Several shops in Lusaka were hit by power cuts.", "ASSAULT", None,
                 id="shops-power-cuts"),
    pytest.param("No decision was taken on the march, the Serbian police said.", "PROTEST",
                 ("denied",), id="no-decision-march"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source", "target"), ROWS)
def test_a_denied_or_told_act_is_an_event(text, type_, modality, source, target) -> None:
    ex = events(text)
    assert matching(ex, type_, modality=modality, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "type_", "modality"), NONE)
def test_near_misses_give_no_such_event(text, type_, modality) -> None:
    ex = events(text)
    assert not matching(ex, type_, modality=modality), describe(ex)
