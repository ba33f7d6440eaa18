"""A hostile act one party says it would do if something happens is a threat (PLOVER
THREATEN, coded by the act) aimed at the act's target or at whoever the speaker addresses,
though no actor must meet the condition; a plan told after the fact ("had planned to deport")
threatens no one. Every sentence is our own wording, with invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

THREATS = [
    ("The Norvanian government would cut off gas supplies to Kestria if the payments were not "
     "made.", "Kestria"),
    ("Drevia told Carsovia it would recall its ambassador if the trial went ahead.", "Carsovia"),
    ("Norvania would expel the Carsovian diplomats if the spying continued, the minister said.",
     "Carsovia"),
    ("Carsovia said it would close its airspace to Drevan planes if Drevia sent troops to the "
     "border.", "Drevia"),
    ("The rebels said they would attack the capital if the army did not withdraw.", "army"),
    ("Drevia plans to deport the 40 migrants next week.", "migrants"),
    ("Carsovia said it planned to close the border crossing.", None),
    ("Kestria vowed to retaliate against Drevia.", "Drevia"),
]

NO_THREATS = [
    "Drevan officials had planned to deport the 40 migrants last week.",
    "The ministry had planned to close the border crossing before the storm.",
    "The army intended to shell the town before the truce.",
    "Norvania would send aid to Kestria if asked.",
]


def _threats(text: str):
    ex = events(text)
    names = {a.id: a.name for a in ex.actors}
    return [[names.get(t, t) for t in e.target] for e in ex.events if e.type == "THREATEN"]


@pytest.mark.parametrize(("text", "target"), THREATS, ids=[c[0][:40] for c in THREATS])
def test_a_hostile_act_on_a_condition_is_a_threat(text: str, target: str | None) -> None:
    got = _threats(text)
    assert got and (target is None or any(target.lower() in n.lower() for t in got for n in t)), \
        got


@pytest.mark.parametrize("text", NO_THREATS, ids=[t[:40] for t in NO_THREATS])
def test_a_plan_told_after_the_fact_threatens_no_one(text: str) -> None:
    assert _threats(text) == []
