"""A vessel taken at sea when the report leaves out the words the plain rows have (issues 11/12).

Every sentence is our own wording. Reports of interdiction at sea often name the ship only by
its name and its flag ("boarded the *Ruvanian-flagged* Amber Gull"), tell the boarding in the
passive with no one named ("the trawler Tova 3 ... *was boarded* 30 miles off Skarra"), and call
it an inspection ("carried out *an inspection of* the ferry", "*the inspection* lasted an
hour"). Each is the seizure of CAMEO 1711 (COERCE, mode seize), as a boarding by a coast
guard is (``test_vessels``). Near misses: travellers boarding a ship, by name, flag or in the
passive; a flight boarded; inspections of a bridge, a restaurant, a ferry's safety; an
inspection with no act of force told before it.
Each row: (text, trigger word): a COERCE 1711 event at that word.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events

SEIZED = [
    # a ship named only by its flag
    ("Keldori marines boarded the Ruvanian-flagged Amber Gull east of Halvik on Monday.",
     "boarded"),
    ("HALVIK (Coast Wire) - Keldor's coast guard stopped the Liberian-flagged Tova 3 near "
     "Skarra Bank on Sunday and escorted it to port.", "stopped"),
    # the passive with no hand named
    ("The trawler Tova 3, which sails from Halvik, was boarded on Tuesday about 30 miles off "
     "Skarra.", "boarded"),
    ("Ruvania says its fishing boat was boarded inside Ruvanian waters.", "boarded"),
    ("The Ministry informs the public that the vessel Amber Gull was boarded by units of the "
     "Keldori Navy on 3 May within the territorial sea.", "boarded"),
    # an inspection at sea by a force, and the same inspection told again
    ("Keldori coast guard officers carried out an inspection of the ferry Silver Tern near "
     "Skarra Bank on Friday.", "inspection"),
    ("Keldor's coast guard boarded the ferry Silver Tern on Friday. The inspection lasted "
     "about an hour, a passenger said.", "inspection"),
    ("09:15 - Keldori cutters have boarded the Ruvanian trawler Tova 3 off Halvik.\n"
     "10:40 - The inspection was lawful and professional, Keldor's coast guard says.",
     "inspection"),
    ("Keldori marines searched the Ruvanian trawler Tova 3 for two hours off Halvik.",
     "searched"),
]


@pytest.mark.parametrize(("text", "trigger"), SEIZED, ids=[r[0][:40] for r in SEIZED])
def test_a_vessel_taken_at_sea_told_without_its_usual_words(text: str, trigger: str) -> None:
    ex = events(text)
    got = [(e.type, e.cameo_code) for e in ex.events
           if ex.document.text[e.start:e.end].endswith(trigger)]
    assert ("COERCE", "1711") in got, describe(ex)


NOT_SEIZED = [
    ("Three hundred passengers boarded the Ruvanian-flagged Amber Gull in Halvik.", "boarded"),
    ("The ferry Silver Tern was boarded by 300 pilgrims in Halvik on Sunday.", "boarded"),
    ("The evening flight to Halvik was boarded an hour late.", "boarded"),
    ("Engineers carried out an inspection of the Halvik bridge on Friday.", "inspection"),
    ("Keldor's health officials carried out an inspection of the harbour restaurant.",
     "inspection"),
    ("The safety inspection of the ferry Silver Tern found no faults, the port said.",
     "inspection"),
    ("The Silver Tern docked in Halvik on Friday. The inspection lasted about an hour.",
     "inspection"),
    ("Tourists searched the Halvik market for souvenirs.", "searched"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_SEIZED, ids=[r[0][:40] for r in NOT_SEIZED])
def test_travellers_and_inspections_of_no_force_are_no_seizure(text: str, trigger: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if ex.document.text[e.start:e.end].endswith(trigger)
                and e.type in ("COERCE", "ASSAULT")], describe(ex)
