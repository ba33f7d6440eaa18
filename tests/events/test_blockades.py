"""Whose blockade: civilians who blockade a road, a bridge, a border crossing, a mill or a
depot obstruct passage in protest (PROTEST 144, mode obstruct, as those who *block* one); a
navy or troops who blockade a coast, a port or a town restrict movement by force (COERCE 191).

The verb and the noun are read alike: the doer (a verb's subject, a light verb's for the noun:
"truckers *mounted a blockade*") or what is blockaded ("a blockade *of the customs post*",
"*on the bridge*"). Near misses keep the forces' blockade. Every sentence is our own wording,
with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over

# (text, trigger): an obstruction in protest
OBSTRUCTIONS = [
    ("Students would blockade every border crossing in Dunmore if the guards went unpunished, "
     "their leader warned.", "blockade"),
    ("Sugar growers blockaded the Vessel Point mill on Monday.", "blockaded"),
    ("Sunday's blockade of the Kalvo customs post ended after the governor promised an "
     "inquiry.", "blockade"),
    ("A week after a first blockade on the bridge at Ostra, drivers marched in Kalvo.",
     "blockade"),
    ("Truckers mounted a blockade at the Kalvo border post on Tuesday.", "blockade"),
    ("Dockworkers began a blockade of the Kalvo terminal on Monday over unpaid wages.",
     "blockade"),
    ("15:20 - Miners say their blockade of the Ostra refinery gate will last until the wages "
     "are paid.", "blockade"),
    ("Farmers blockaded the Kalvo bridge for three days to demand higher milk prices.",
     "blockaded"),
]


@pytest.mark.parametrize(("text", "trigger"), OBSTRUCTIONS,
                         ids=[r[0][:40] for r in OBSTRUCTIONS])
def test_civilians_blockade_in_protest(text: str, trigger: str) -> None:
    over = events_over(text, trigger)
    assert [e for e in over if e.type == "PROTEST"], describe(events(text))
    assert not [e for e in over if e.type == "COERCE"], describe(events(text))


# (text, trigger): the forces' blockade stays coercion
FORCES = [
    ("The Velland navy imposed a blockade on Ostravian ports.", "blockade"),
    ("Velland troops blockaded the town of Kalvo for a month.", "blockaded"),
    ("The blockade of the Ostra Strip has lasted ten years, Velland said.", "blockade"),
    ("Velland warships enforced a naval blockade of the Kalvo coast.", "blockade"),
    ("Velland will not end its blockade of the Ostravian ports, its navy said.", "blockade"),
]


@pytest.mark.parametrize(("text", "trigger"), FORCES, ids=[r[0][:40] for r in FORCES])
def test_forces_blockade_is_coercion(text: str, trigger: str) -> None:
    over = events_over(text, trigger)
    assert [e for e in over if e.type == "COERCE"], describe(events(text))
    assert not [e for e in over if e.type == "PROTEST"], describe(events(text))
