"""Aid that arrives is aid delivered (CAMEO 07, PLOVER AID), not a visit: "a first consignment
of Australian medical supplies arrived in Tari", "a planeload of UN vaccines arrived in
Juba". People who arrive still visit; a convoy may carry aid or be one of tanks. Every
sentence is our own wording."""

from __future__ import annotations

import pytest

from .helpers import at, events

CASES = [
    ("A first consignment of Australian medical supplies arrived in Tari on Thursday.", "AID"),
    ("A shipment of Japanese rice arrived in Chittagong on Monday.", "AID"),
    ("A planeload of UN vaccines arrived in Juba on Saturday.", "AID"),
    ("A cargo of Iraqi fuel oil arrived in Zahrani last week.", "AID"),
    # near misses: people arriving visit, and a convoy may be of aid lorries or of tanks
    ("Kenya's foreign minister arrived in Addis Ababa on Monday.", "CONSULT"),
    ("A Chinese delegation arrived in Kathmandu for talks on Tuesday.", "CONSULT"),
]
NOT_AID = ["A convoy of Russian tanks arrived in Donetsk on Friday."]


@pytest.mark.parametrize(("text", "type_"), CASES, ids=[c[0][:40] for c in CASES])
def test_aid_that_arrives_is_delivered(text: str, type_: str) -> None:
    ex = events(text)
    got = [e.type for e in ex.events if at(text, e, "arrived")]
    assert got == [type_], [(text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]


@pytest.mark.parametrize("text", NOT_AID)
def test_a_convoy_is_not_aid_by_itself(text: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if e.type == "AID"], [(text[e.start:e.end], e.type)
                                                          for e in ex.events]
