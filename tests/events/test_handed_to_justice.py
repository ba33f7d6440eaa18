"""A person handed over to the police, a prosecutor or a court is held for trial: a transfer
in justice (CAMEO 063, as a suspect's), never a release (RETREAT 0841), which a hostage handed
to the Red Cross, to elders or to an embassy still is. Every sentence is our own wording, with
invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Border guards handed the smuggler over to the Drevan police.", "COOPERATE", "063"),
    ("Villagers handed the two thieves over to the police in Velmar.", "COOPERATE", "063"),
    ("The army handed the captured gunman to the police in Kestria.", "COOPERATE", "063"),
    ("The Drevan navy handed over six fishermen to prosecutors in Tarnby.", "COOPERATE", "063"),
    ("Police handed the suspect over to the prosecutor in Tarnby.", "COOPERATE", "063"),
    ("The militia handed over two suspects to the police on Monday.", "COOPERATE", "063"),
    ("The suspects were handed over to prosecutors in Velmar on Tuesday.", "COOPERATE", "063"),
    ("Customs officers turned the two men over to the Carsovian police.", "COOPERATE", "063"),
    # near misses: hostages and captives handed to a third party are released
    ("The rebels handed over the hostages to the Red Cross in Kestria.", "RETREAT", "0841"),
    ("The gunmen handed over 12 hostages to tribal elders.", "RETREAT", "0841"),
    ("The kidnappers handed the engineer over to the Drevan embassy.", "RETREAT", "0841"),
    ("The rebels handed over the captured soldiers to the Carsovian authorities.", "RETREAT",
     "0841"),
]


@pytest.mark.parametrize(("text", "type_", "cameo"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_person_handed_to_justice_is_no_release(text: str, type_: str, cameo: str) -> None:
    ex = events(text)
    got = [(e.type, e.cameo_code) for e in ex.events
           if text[e.start:e.end].split()[0] in ("handed", "turned")]
    assert got == [(type_, cameo)], [(text[e.start:e.end], e.type, e.cameo_code)
                                     for e in ex.events]
