"""Arms a state receives come from the state it names (``events.nominals``, a receiving verb
turns the giver round): "Moldova received two patrol boats from Japan" is military aid from
Japan to Moldova (AID 072), as "received aid from Germany" is aid; "took delivery of six
helicopters from Russia" too. Our own sentences, all known misses today (strict xfails).
Near misses: weapons only found or traced are no aid.
Rows: (text, trigger word, source, target).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, names_match

#: Known miss (left for a later stop): arms are no event noun of their own, so only an aid noun
#: ("received aid", "a shipment of rifles") turns the giver round (events.nominals); a verb
#: sense of receiving arms needs its subject as target and its "from" phrase as source, and
#: "took delivery" is read with "take" as a light verb, its subject the giver.
KNOWN = "no receiving sense for arms: the giver is not turned round (events.nominals)"


def row(id: str, text: str, trigger: str, source: str, target: str):
    return pytest.param(text, trigger, source, target, id=id,
                        marks=[pytest.mark.xfail(reason=KNOWN, strict=True)])


RECEIVED = [
    row("received-patrol-boats", "Moldova received two patrol boats from Japan on Tuesday.",
        "received", "Japan", "Moldova"),
    row("received-weapons", "The Sahel force received weapons from France last month.",
        "received", "France", "force"),
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
