"""A party saying it will not let its own ground be used by anyone ("will not allow its
territory to be used for attacks") states a stance: no access refused to anyone, no REJECT
(PLOVER REJECT needs a proposal or a demand refused) and no RETREAT. Access granted to a named
party, or refused to one, stays. Every sentence is our own wording, with invented names and
places."""

from __future__ import annotations

import pytest

from .helpers import events

STANCES = [
    "Drevia will not allow its territory to be used for attacks on its neighbours, the "
    "minister said.",
    "Carsovia will never allow its soil to be used against Drevia.",
    "Kestria would not permit its airspace to be used for strikes on Norvania.",
]

KEPT = [
    ("Drevia allowed Carsovian jets to use its airspace.", "RETREAT"),
    ("Kestria will not allow the aid convoy to enter Velmar.", "REJECT"),
    ("The Velmar government will not allow its ports to be used by the smugglers' ships.",
     "REJECT"),
]


@pytest.mark.parametrize("text", STANCES, ids=[t[:40] for t in STANCES])
def test_own_ground_not_to_be_used_is_a_stance(text: str) -> None:
    assert not [e.type for e in events(text).events if e.type in ("REJECT", "RETREAT")]


@pytest.mark.parametrize(("text", "type_"), KEPT, ids=[c[0][:40] for c in KEPT])
def test_access_granted_or_refused_to_someone_stays(text: str, type_: str) -> None:
    assert type_ in [e.type for e in events(text).events]
