"""Relief told as a noun is aid delivered (CAMEO 073, PLOVER AID): "Kelvoria's humanitarian
shipment", "a consignment of vaccines", "the second relief delivery", as the verbs of sending,
shipping and delivering relief goods are. (Seen, left to the arguments: "the shipment of rice from
China" takes China for whom it is sent to.) A delivery or shipment of anything else (mail,
cars, cocaine, steel) is no event, and a food-delivery firm delivers nothing to anyone.
Every sentence is our own wording."""

from __future__ import annotations

import pytest

from .helpers import at, events, names_match

#: (text, the noun, its giver): the noun codes AID 07x with that source
CASES = [
    ("Kenya's humanitarian shipment to the flooded province of Dasso left the port of "
     "Mirel on Tuesday.", "shipment", "Kenya"),
    ("Japan's second relief delivery to Tamberu was unloaded at Port Kessim on Monday, the aid "
     "agency said.", "delivery", "Japan"),
    ("Marevia's emergency consignment of vaccines landed in Oskel on Thursday.",
     "consignment", "Marevia"),
    ("Red Cross says Turkey's first shipment of tents and blankets is stuck at the Varna "
     "crossing", "shipment", "Turkey"),
    ("The World Food Programme said its latest food delivery to the camps near Dalvo had been "
     "looted by gunmen.", "delivery", "World Food Programme"),
    ("LIVE: Norway's relief consignment for quake survivors in Ostrel leaves Oslo", "consignment",
     "Norway"),
    ("The Finnish government's delivery of medicine to hospitals in Vaka was delayed by fighting "
     "on the road from Krel, officials said.", "delivery", ("Finland", "Finnish")),
    ("In a communique, the Ministry of Foreign Affairs noted with gratitude that Egypt's "
     "shipment of rice and cooking oil had reached the affected districts.", "shipment",
     "Egypt"),
    ("Canada's medical shipment to Port Kessim is stuck at customs.",
     "shipment", "Canada"),
]

#: deliveries and shipments of goods that are no relief: no event at the noun
NEAR_MISSES = [
    ("The delivery of the mail in Ostrava was delayed by snow.", "delivery"),
    ("Kessim customs officers found a shipment of cocaine in a container from Vaka.",
     "shipment"),
    ("Marevia's first shipment of cars to Norvalia left Yokohama on Friday.", "shipment"),
    ("The food delivery firm Grubo opened an office in Vaka on Monday.", "delivery"),
    ("Kelvoria's delivery of steel pipes to the Oskel refinery was a month late.", "delivery"),
]


@pytest.mark.parametrize(("text", "noun", "giver"), CASES, ids=[c[0][:40] for c in CASES])
def test_relief_told_as_a_noun_is_aid(text: str, noun: str, giver) -> None:
    ex = events(text)
    got = [e for e in ex.events if at(text, e, noun)]
    assert got and all(e.type == "AID" and e.cameo_code.startswith("07") for e in got), [
        (text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
    assert any(names_match(ex, e.source, giver) for e in got), [
        (text[e.start:e.end], e.type, e.source) for e in got]


@pytest.mark.parametrize(("text", "noun"), NEAR_MISSES, ids=[c[0][:40] for c in NEAR_MISSES])
def test_other_goods_delivered_are_no_event(text: str, noun: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, noun)], [
        (text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
