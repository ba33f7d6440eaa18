"""Words of an act that tell no act: a state, a practice, a licence, a charge.

* Fighters "armed with rifles" carry arms; no one is told to give them (AID 072 needs a giver:
  "Ostria armed the rebels", "armed by Ostria").
* People "sheltering in a school" take shelter; sheltering people is giving it (AID 073).
* A practice that wears things away ("industrial trawling destroys their nets") attacks no one.
* A mining or logging concession is a licence a state grants, not a concession (080) to
  demands; concessions made to protesters stay CONCEDE.
* What someone is accused of ("accused the villagers of siding with the rebels") is the
  accuser's charge, believed, not told as done: also when the parser hangs the charge on the
  accused common noun, as it does on a name ("accused Ostria of shelling").

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over, expect

NOT_ACTS = [
    pytest.param("Fighters armed with rifles and grenades entered the village of Tessin.",
                 "armed", "AID", id="armed-with-rifles"),
    pytest.param("The gunmen, armed with machetes, fled towards the Lenk hills.", "armed",
                 "AID", id="armed-with-machetes"),
    pytest.param("Dozens of families sheltering in a school in Velka were evacuated on "
                 "Monday.", "sheltering", "AID", id="sheltering-in-school"),
    pytest.param("Hundreds of residents were sheltering from the fighting in a mosque in "
                 "Lenk.", "sheltering", "AID", id="sheltering-from-fighting"),
    pytest.param("Fishermen in Dalmir say industrial trawling destroys their nets.",
                 "destroys", "ASSAULT", id="trawling-destroys-nets"),
    pytest.param("Illegal logging has destroyed much of the forest around Lenk, the Kessel "
                 "environment ministry said.", "destroyed", "ASSAULT", id="logging-destroyed"),
    pytest.param("The Marovian government granted the firm Orlan a mining concession in the "
                 "north.", "concession", "CONCEDE", id="mining-concession-granted"),
    pytest.param("Orlan's logging concession in southern Brask expires next year.",
                 "concession", "CONCEDE", id="logging-concession"),
]


@pytest.mark.parametrize("text, word, kind", NOT_ACTS)
def test_a_state_a_practice_or_a_licence_is_no_act(text: str, word: str, kind: str) -> None:
    assert not [e for e in events_over(text, word) if e.type == kind], describe(events(text))


def test_a_charge_hung_on_the_accused_noun_is_believed() -> None:
    text = "The Kessel government accused the villagers of siding with the rebels."
    found = [e for e in events_over(text, "siding") if e.type == "SUPPORT"]
    assert found and all(e.modality == "believed" for e in found), describe(events(text))
    expect(text, "SUPPORT", modality="believed", source="villagers", target="rebels")


def test_a_charge_of_helping_a_common_noun_is_believed() -> None:
    text = "Officials in Velka blamed the herders for helping the bandits."
    assert not [e for e in events(text).events if e.modality == "asserted"
                and e.type in ("AID", "SUPPORT", "COOPERATE")], describe(events(text))


KEPT = [
    pytest.param("Ostria armed the rebels with rifles, the Kessel government said.", "AID",
                 "Ostria", id="armed-the-rebels"),
    pytest.param("The militia was armed by Ostria with anti-tank weapons.", "AID", "Ostria",
                 id="armed-by-a-state"),
    pytest.param("The Kessel government sheltered 3,000 Ostrian refugees in camps near Lenk.",
                 "AID", "Kessel", id="sheltered-refugees"),
    pytest.param("Rebels destroyed a bridge near Lenk on Sunday.", "ASSAULT", "Rebels",
                 id="rebels-destroyed"),
    pytest.param("The government of Brask made concessions to the protesters.", "CONCEDE",
                 "government", id="concessions-to-protesters"),
]


@pytest.mark.parametrize("text, kind, source", KEPT)
def test_the_act_itself_is_kept(text: str, kind: str, source: str) -> None:
    expect(text, kind, source=source)


def test_a_charge_against_a_name_stays_believed() -> None:
    expect("The Kessel government accused Ostria of shelling Lenk.", "ASSAULT",
           modality="believed", source="Ostria")
