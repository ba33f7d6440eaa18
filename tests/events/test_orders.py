"""An order whose act is told as a participle is that act, done by the orderer
(``events/orders.py``): "the judge ordered the suspects *held*", "ordered him *detained*" are
the judge's detention (CAMEO 173), not a request; "ordered the crossings *closed*" the
orderer's closure, "ordered the prisoners *released*" its release (0841). So is an order to
the orderer's own police or soldiers to arrest ("ordered police to arrest the organisers"):
its forces do the detention for it. An order to another party to do something ("ordered
the government to release", "ordered Kenya to arrest") is a demand (REQUEST 10) with its
content, and an order to one's forces to do something else than coerce stays a demand
(``test_orders_to_forces``). Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import describe, event_on, events, expect_at, expect_none_with

ACTS = [
    ("A court in Kessel ordered the three suspects held for 15 days.", "held",
     "COERCE", "court", "suspects"),
    ("The Brask army chief Jonas Verel ordered two journalists detained.", "detained",
     "COERCE", "Verel", "journalists"),
    ("President Tavora ordered the activists arrested on Monday.", "arrested",
     "COERCE", "Tavora", "activists"),
    ("The interior minister of Vellmar ordered the two protest leaders jailed.", "jailed",
     "COERCE", ("interior minister", "Vellmar"), "protest leaders"),
    ("Ostria's president ordered the border crossings with Kessel closed.", "closed",
     "COERCE", "Ostria", None),
    ("President Tavora ordered 40 political prisoners released on Independence Day.",
     "released", "RETREAT", "Tavora", None),
    ("President Tavora ordered police to arrest the protest leaders.", "arrest",
     "COERCE", "Tavora", "protest leaders"),
]


@pytest.mark.parametrize(("text", "word", "kind", "source", "target"), ACTS,
                         ids=[r[0][:40] for r in ACTS])
def test_an_order_told_with_its_act_is_that_act_of_the_orderer(
        text: str, word: str, kind: str, source: str | tuple[str, ...], target: str | None) -> None:
    expect_at(text, word, kind, source=source, target=target)
    ex = events(text)
    done = [e for e in ex.events if e.type == kind and text[e.start:e.end].endswith(word)]
    assert done and all(e.modality == "asserted" for e in done), describe(ex)
    # one act told by both words: its evidence runs from the order to the act
    assert all(text[e.start:e.end].startswith("ordered") for e in done), describe(ex)
    expect_none_with(text, "ordered", "REQUEST")


DEMANDS = [
    ("The court in Kessel ordered the government to release the detained activists.",
     "release", "RETREAT", "government"),
    ("The tribunal ordered Vellmar to arrest the former defence minister.", "arrest",
     "COERCE", "Vellmar"),
]


@pytest.mark.parametrize(("text", "word", "kind", "doer"), DEMANDS,
                         ids=[r[0][:40] for r in DEMANDS])
def test_an_order_to_another_party_stays_a_demand(text: str, word: str, kind: str,
                                                 doer: str) -> None:
    ex = events(text)
    assert event_on(ex, "ordered", "REQUEST").modality == "asserted", describe(ex)
    act = event_on(ex, word, kind)
    assert act.modality == "requested", describe(ex)
    expect_at(text, word, kind, source=doer)
