"""A concession announced is a promise (CONCEDE) whose content is the act announced: the act
promised is written in the promise's record, not as a record of its own (``events.content``).

Every sentence is our own wording, with invented places. A row names the act promised (its
verb): it must be an event told in the future and the content of a CONCEDE, so that the
PLOVER export writes one record. A near miss tells the act as done, or as a bystander's
forecast: no promise holds it.
"""

from __future__ import annotations

import pytest

from .helpers import events, record_of


def row(id: str, text: str, act: str):
    return pytest.param(text, act, id=id)


PROMISED = [
    row("will-release-after-agreeing", "Dorvan agreed on Monday to free twenty fishermen. "
        "Dorvan will release them before the end of the month, a ministry spokesman said.",
        "release them"),
    row("will-lift-a-curfew", "The interior ministry said it will lift the curfew in Marsk on "
        "Friday.", "lift"),
    row("will-withdraw-troops", "Kelvia will withdraw its troops from the border zone by June, "
        "its defence minister said.", "withdraw"),
    row("would-free-journalists", "The junta said it would free the detained journalists next "
        "week.", "free"),
    row("will-ease-restrictions", "The government will ease restrictions on imports from "
        "Dorvan, the trade minister announced.", "ease"),
    row("will-pull-back", "Ministers said the army will pull back from the ceasefire line next "
        "month.", "pull back"),
    row("will-reopen-a-crossing", "The government will reopen the border crossing at Tesk on "
        "Monday, a spokesman said.", "reopen"),
    row("police-will-release", "Police will release the detained students later on Friday, "
        "the governor's office said.", "release"),
]


@pytest.mark.parametrize(("text", "act"), PROMISED)
def test_the_act_promised_is_the_content_of_the_promise(text: str, act: str) -> None:
    ex = events(text)
    at = ex.document.text.index(act)
    told = [e for e in ex.events if e.modality == "future" and e.start <= at < e.end]
    assert told, f"no act told in the future on {act!r}"
    e = told[0]
    promise = {x.id: x for x in ex.events}.get(e.content_of or "")
    assert promise is not None and promise.type == "CONCEDE"
    assert record_of(ex, e, contents=True) == promise.id


@pytest.mark.parametrize("text", [
    pytest.param("Dorvan released twenty fishermen on Monday.", id="released"),
    pytest.param("Analysts said the army will withdraw from Tesk.", id="analysts-forecast"),
])
def test_an_act_no_one_promised_is_its_own_record(text: str) -> None:
    ex = events(text)
    assert all(e.content_of is None for e in ex.events)
    assert any(e.type == "RETREAT" and record_of(ex, e, contents=True) == e.id
               for e in ex.events)
