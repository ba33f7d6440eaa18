"""Police and other forces of order are coded as police (COP), not as the military (our own
sentences; ``actor_nouns.csv``, ``nominals``, ``mentions``).

* "Riot police" is one group noun, the police: its capitalised first word is no person;
* a force's men or units named by a generic word of the military ("units", "officers",
  "forces") with the force before it ("gendarmerie units", "border guard officers", "coast
  guard forces") are that force, of its sector;
* a bare "officers" after the police of the same story are police officers.

The near misses keep the army's: "army units", "military officers", and "officers" in a
story of the army.

Rows: (text, a word of the group's mention, the sector it must have).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of

ROWS = [
    pytest.param("Riot police fired tear gas at protesters in Nairobi on Tuesday.", "police",
                 "COP", id="riot-police"),
    pytest.param("Gendarmerie units dispersed protesters in Ankara on Sunday.", "units", "COP",
                 id="gendarmerie-units"),
    pytest.param("Border guard officers detained three men at the Lithuanian frontier.",
                 "officers", "COP", id="border-guard-officers"),
    pytest.param("Police units cordoned off the square in Dhaka.", "units", "COP",
                 id="police-units"),
    pytest.param("Protesters marched in Lima on Friday. Police fired tear gas, and officers "
                 "arrested twelve people.", "officers", "COP", id="officers-after-police"),
    pytest.param("Police Chief Omar Bello said officers had arrested ten people in Kano.",
                 "officers", "COP", id="officers-police-chief"),
    # near misses: the army's men stay the army's
    pytest.param("Army units shelled rebel positions near Goma.", "units", "MIL",
                 id="army-units"),
    pytest.param("The army said its officers had repelled the attack near Goma.", "officers",
                 "MIL", id="officers-of-army"),
    pytest.param("Soldiers stormed the camp near Goma, and officers arrested six men.",
                 "officers", "MIL", id="officers-after-soldiers"),
]


@pytest.mark.parametrize(("text", "word", "sector"), ROWS)
def test_a_force_has_its_own_sector(text: str, word: str, sector: str) -> None:
    ex = actors_of(text)
    at = text.index(word)
    found = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    assert found, f"no actor holds {word!r}"
    assert found[0].sector == sector


def test_riot_police_is_no_person() -> None:
    ex = actors_of("Riot police fired tear gas at protesters in Nairobi on Tuesday.")
    assert not [a for a in ex.actors if a.kind == "PERSON"]
