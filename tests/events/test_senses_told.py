"""A noun every sense of which needs a phrase of its own ("an operation *against* rebels"),
named with none only to say the act did not take place or to leave it unconfirmed ("no
operation had taken place", "declined to confirm that any operation had taken place"), answers
the latest earlier act of its kind, as a definite one does ("the operation"): read in that
act's sense, it is a mention of that act, not nothing (``events.senses_told.standing``).

Every sentence is our own wording, with invented events. Rows: (text, the noun, its type, its
modality). Near misses: no act of its kind before it (a surgeon's operation, or nothing told
before), an indefinite noun said to be planned, and a noun with words of its own ("any rescue
operation"), which names an act of another kind.
"""

from __future__ import annotations

import pytest

from .helpers import events_over

_BOMBED = "Rebels said army helicopters bombed their camp near Tessit, in Mali, on Sunday."
_RAIDED = "Residents said police raided homes in Soacha, south of Bogota, on Tuesday night."
_SHELLED = "Insurgents said the army shelled their positions near Macomia, in Mozambique, on " \
    "Friday."

ANSWERED = [
    pytest.param(f"{_BOMBED} The army declined to confirm that any operation had taken place "
                 "near Tessit.", "operation", "ASSAULT", "unconfirmed", id="mali-unconfirmed"),
    pytest.param(f"{_RAIDED} The police said no operation had taken place in Soacha.",
                 "operation", "COERCE", "negated", id="colombia-negated"),
    pytest.param(f"{_SHELLED} The defence ministry denied that any operation had taken place "
                 "near Macomia.", "operation", "ASSAULT", "denied", id="mozambique-denied"),
    pytest.param("Indian police detained 40 farmers outside Patna on Monday. The state "
                 "government said no such operation had taken place.", "operation", "COERCE",
                 "negated", id="india-no-such"),
    # PLOVER's ASSAULT spans CAMEO 18-20: a military operation (190) denied answers a killing
    # (18x) told before
    pytest.param("Villagers said soldiers killed three herders near Bol, in Chad, on Sunday. "
                 "The army declined to confirm that any operation had taken place near Bol.",
                 "operation", "ASSAULT", "unconfirmed", id="chad-killing-answered"),
]


@pytest.mark.parametrize(("text", "word", "type_", "modality"), ANSWERED)
def test_denied_noun_with_no_phrase_answers_the_act_before(text: str, word: str, type_: str,
                                                           modality: str) -> None:
    found = [e for e in events_over(text, word) if e.type == type_]
    assert found and found[0].modality == modality, events_over(text, word)


NOT_ANSWERED = [
    pytest.param("The army declined to confirm that any operation had taken place near "
                 "Tessit.", "operation", id="nothing-told-before"),
    pytest.param("Doctors in Lima said the senator was well. The clinic declined to confirm "
                 "that any operation had taken place.", "operation", id="no-act-of-its-kind"),
    pytest.param(f"{_BOMBED} The army said an operation would begin near Gao next week.",
                 "operation", id="indefinite-planned"),
    pytest.param(f"{_RAIDED} The police declined to confirm that any rescue operation had "
                 "taken place.", "operation", id="own-words-another-kind"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ANSWERED)
def test_no_act_before_or_words_of_its_own_leave_the_noun_alone(text: str, word: str) -> None:
    assert not events_over(text, word), events_over(text, word)
