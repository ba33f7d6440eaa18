"""Bombs with no hand named, bombs denied, hands laid on no one, relief flown in (issue 12).

Every sentence is our own wording. A bomb or device that goes off, a vehicle packed with
explosives that blows up, a structure blown up or bombed with no agent told, are attacks
(ASSAULT, CAMEO 183 bombing; 195 for "bombed") with no source: the conflict-event datasets
code a blast whose perpetrator is unknown as one by unidentified hands. Planting, placing or
putting a bomb or a charge is the bombing's act too (183), also when a group denies it ("we
did not put any bomb there": a negated ASSAULT by the group). "No officer laid a finger on
him" is a beating negated (182), the speaker's own officers. Rescue and medical teams flown
in to a disaster are aid (073), not a visit.

Near misses: an alarm or fireworks going off, a truck loaded with fruit or a gas cylinder
blowing up, towers blown up in a controlled demolition, a wreath laid, a coach flown in.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

HITS = [
    # (text, trigger, type, source)
    ("An explosive device went off outside a bank in Tarsa on Friday, wounding a guard.",
     "went", "ASSAULT", None),
    ("A bomb went off near the bus terminal in Kessra overnight.", "went", "ASSAULT", None),
    ("A device went off in the crowded fish market of Oruba on Monday.", "went", "ASSAULT",
     None),
    ("A van packed with explosives blew up near the governor's office in Hiro.", "blew",
     "ASSAULT", None),
    ("A car laden with explosives blew up outside an army barracks in Dorra.", "blew",
     "ASSAULT", None),
    ("A pipeline carrying crude to the port was blown up near Tellin overnight.", "blown",
     "ASSAULT", None),
    ("A holiday chalet was blown up near Calvo before dawn on Sunday.", "blown", "ASSAULT",
     None),
    ("Three weeks later a quarry site near Ostra was bombed.", "bombed", "ASSAULT", None),
    ("Investigators believe the Noyan Front planted the two charges under the car.",
     "planted", "ASSAULT", "Noyan Front"),
    ('"We did not put any bomb at the station," said the Tessel Liberation Front.', "put",
     "ASSAULT", "Tessel"),
    ('"Our fighters did not place any charge in Dorra," the Red Hand Brigade said.', "place",
     "ASSAULT", "Red Hand"),
    ('"No officer laid a finger on the prisoners," the Lorvan police said in a statement.',
     "laid", "ASSAULT", "police"),
    ("The UN flew in medical teams to the quake zone in Hatay.", "flew", "AID", "UN"),
]

MISSES = [
    # (text, trigger, type that must not be there)
    ("The fire alarm went off in the school building at dawn.", "went", "ASSAULT"),
    ("Fireworks went off over the harbour of Tarsa at midnight.", "went", "ASSAULT"),
    ("A truck loaded with fruit blew up after hitting a fuel tanker near Hiro.", "blew",
     "ASSAULT"),
    ("A gas cylinder exploded in a restaurant kitchen in Lahore, killing two.", "exploded",
     "ASSAULT"),
    ("The old cooling towers were blown up in a controlled demolition near Didham.", "blown",
     "ASSAULT"),
    ("The foreign minister laid a wreath at the war memorial in Oruba.", "laid", "ASSAULT"),
    ("The club flew in a new coach from Madrid on Friday.", "flew", "AID"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source"), HITS,
                         ids=[row[0][:40] for row in HITS])
def test_blast_or_aid_is_coded(text: str, trigger: str, type_: str, source: str | None) -> None:
    expect_at(text, trigger, type_, source=source)


@pytest.mark.parametrize(("text", "trigger", "type_"), MISSES, ids=[row[0][:40] for row in MISSES])
def test_near_miss_is_not_coded(text: str, trigger: str, type_: str) -> None:
    expect_none_at(text, trigger, type_)
