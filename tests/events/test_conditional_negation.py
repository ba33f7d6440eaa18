"""A negation inside a condition is the condition's (issue 12, class 1: non-event clauses
coded as acts).

Every sentence is our own wording. "The journalists will be freed *if they are not
charged* by Friday": the charging is what the condition supposes, neither done nor told as
not done, so it is hypothetical like its clause ("if", "unless"); the act the condition sets
keeps its own reading. Near misses: a negation outside any condition stays negated, and the
consequent of the condition stays hypothetical.
Rows: (text, trigger word, type, modality).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over


def row(id: str, text: str, word: str, type_: str, modality: str):
    return pytest.param(text, word, type_, modality, id=id)


ROWS = [
    row("freed-if-not-charged", "The two Kenyan journalists will be freed if they are not "
        "charged by Friday, their lawyer said.", "charged", "ACCUSE", "hypothetical"),
    row("strike-if-not-released", "The Nigerian Labour Congress said it would strike if its "
        "leaders were not released by Monday.", "released", "RETREAT", "hypothetical"),
    row("if-not-withdrawn", "Armenia will call for sanctions if Azerbaijani troops are not "
        "withdrawn from the border villages.", "withdrawn", "RETREAT", "hypothetical"),
    row("unless-not-freed", "Uganda will recall its envoy if Kenya does not free the "
        "detained traders by Friday.", "free", "RETREAT", "hypothetical"),
    row("if-did-not-deploy", "Chad warned that the rebels would advance if France did not "
        "deploy more troops to the north.", "deploy", "MOBILIZE", "hypothetical"),
    row("if-not-invited", "The opposition will boycott the vote if the observers are not "
        "invited to Harare.", "invited", "AGREE", "hypothetical"),
    row("if-not-paid-aid", "Somalia said famine would spread if food aid was not delivered "
        "to Baidoa within a month.", "delivered", "AID", "hypothetical"),
    row("if-not-lifted", "Serbia will not attend the summit if the sanctions on its banks are "
        "not lifted.", "lifted", "RETREAT", "hypothetical"),
    # near misses
    row("plain-not-charged", "The two Kenyan journalists have not been charged, their lawyer "
        "said.", "charged", "ACCUSE", "negated"),
    row("consequent-stays", "The two Kenyan journalists will be freed if they are not charged "
        "by Friday, their lawyer said.", "freed", "RETREAT", "hypothetical"),
    row("not-released-told", "The Nigerian police did not release the union leaders on "
        "Monday.", "release", "RETREAT", "negated"),
]


@pytest.mark.parametrize("text, word, type_, modality", ROWS)
def test_negation_in_a_condition_is_the_conditions(text: str, word: str, type_: str,
                                                     modality: str) -> None:
    found = [e for e in events_over(text, word) if e.type == type_]
    assert found and all(e.modality == modality for e in found), describe(events(text))
