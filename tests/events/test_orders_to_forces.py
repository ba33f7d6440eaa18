"""An order that moves the orderer's own forces is the orderer's MOBILIZE, no request.

CAMEO 15x codes a show of force by the party that moves its forces; an order to one's troops,
army or police to deploy, or an order of their deployment or mobilisation, is that party
moving them (as an expulsion ordered is the orderer's SANCTION 166), so the act is the
orderer's MOBILIZE at the verb and not a REQUEST whose content is the deployment. An order
to another party ("ordered the company to halt work") and an order to one's forces to do
something else than deploy (release, withdraw) stay a demand (REQUEST 10) with its content.

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, event_on, events, expect, expect_none_with


def row(id: str, text: str, word: str, source: Names | None, code: str):
    return pytest.param(text, word, source, code, id=id)


ORDERS = [
    row("ordered-deployment-of-troops", "President Tavora ordered the deployment of 400 troops "
        "to the northern province of Vellmar on Tuesday.", "ordered", "Tavora", "154"),
    row("ordered-mobilisation", "The junta in Brask ordered the mobilisation of 20,000 "
        "reservists.", "ordered", "junta", "154"),
    row("ordered-redeployment", "The Kessel government ordered the redeployment of two "
        "battalions to the capital.", "ordered", "Kessel", "154"),
    row("ordered-army-to-deploy", "The governor of Kessel ordered the army to deploy along "
        "the river after the clashes.", "ordered", "Kessel", "154"),
    row("ordered-troops-to-deploy", "Ostria's defence minister ordered troops to deploy to "
        "the border with Kessel.", "ordered", "Ostria", "154"),
    row("ordered-army-to-mobilise", "Ostria ordered its army to mobilise on Monday.",
        "ordered", "Ostria", "154"),
    row("ordered-police-to-patrol", "President Tavora ordered police to patrol the streets of "
        "Vellmar.", "ordered", "Tavora", "153"),
    row("ordered-units-to-reinforce", "The Brask army chief ordered three units to reinforce "
        "the garrison at Lenk.", "ordered", "Brask", "154"),
]


@pytest.mark.parametrize("text, word, source, code", ORDERS)
def test_an_order_that_moves_ones_forces_is_a_mobilization(text: str, word: str,
                                                          source: Names | None,
                                                          code: str) -> None:
    event = expect(text, "MOBILIZE", source=source, modality="asserted")
    assert text[event.start:event.end].startswith(word), describe(events(text))
    assert event.cameo_code == code, describe(events(text))
    expect_none_with(text, word, "REQUEST")  # no demand whose content is the deployment


NEAR_MISSES = [
    pytest.param("The court ordered the mining company Orlan to halt work at the Brenno pit.",
                 "ordered", id="company-ordered-to-halt"),
    pytest.param("President Tavora ordered police to release the protesters.", "ordered",
                 id="police-ordered-to-release"),
    pytest.param("The governor of Kessel ordered the militia to lay down its arms.", "ordered",
                 id="militia-ordered-to-disarm"),
]


@pytest.mark.parametrize("text, word", NEAR_MISSES)
def test_an_order_to_do_something_else_stays_a_demand(text: str, word: str) -> None:
    ex = events(text)
    assert event_on(ex, word, "REQUEST").modality == "asserted", describe(ex)
    assert not [e for e in ex.events if e.type == "MOBILIZE"], describe(ex)


def test_a_request_keeps_its_content() -> None:
    text = "Kenya urged Kigali to release the traders."
    ex = events(text)
    asked = event_on(ex, "urged", "REQUEST")
    freed = event_on(ex, "release", "RETREAT")
    assert freed.content_of == asked.id and freed.modality == "requested", describe(ex)
