"""Arms a state receives come from the state it names (``events.nominals``, a receiving verb
turns the giver round): "Moldova received two patrol boats from Japan" is military aid from
Japan to Moldova (AID 072), as "received aid from Germany" is aid; "took delivery of six
helicopters from Russia" too. Our own sentences, written before the change (all failing then).
Near misses: weapons only found or traced are no aid.
Rows: (text, trigger word, source, target).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, names_match


def row(id: str, text: str, trigger: str, source: str, target: str):
    return pytest.param(text, trigger, source, target, id=id)


RECEIVED = [
    row("received-patrol-boats", "Moldova received two patrol boats from Japan on Tuesday.",
        "received", "Japan", "Moldova"),
    row("received-weapons", "The Sahel force received weapons from France last month.",
        "received", "France", "Sahel"),
    row("obtained-rifles", "The militia obtained assault rifles from Iran, the report said.",
        "obtained", "Iran", "militia"),
    row("acquired-drones", "Mali acquired six armed drones from Turkey in 2023.", "acquired",
        "Turkey", "Mali"),
    row("took-delivery-helicopters", "The Nigerian air force took delivery of six helicopters "
        "from Italy on Friday.", "took", "Italy", "air force"),
]

NOT_AID = [
    pytest.param("Police found weapons from Libya in a truck near Agadez.", id="found-weapons"),
    pytest.param("The report said the weapons came from old army stocks.", id="weapons-came"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), RECEIVED)
def test_received_arms_are_aid_from_the_giver(text: str, trigger: str, source: str,
                                              target: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type == "AID" and text[e.start:e.end].startswith(trigger)
             and names_match(ex, e.source, source) and names_match(ex, e.target, target)]
    assert found, describe(ex)


@pytest.mark.parametrize("text", NOT_AID)
def test_weapons_only_named_are_no_aid(text: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if e.type == "AID"], describe(ex)
