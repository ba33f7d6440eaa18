"""What bystanders say a party will do is their forecast, no promise or threat of that party.

Every sentence is our own wording (invented towns). "X will withdraw" said by X, or by X's
spokesman or minister, announces a concession (CONCEDE at the modal, PLOVER notes); said by
analysts, experts, residents or witnesses, who speak for no side, it is only what they expect:
the act stays coded in the future, and no CONCEDE, AGREE or THREATEN is made at "would".
Near misses: the party itself, its spokesman or its minister saying it.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events

SPOKEN = ("CONCEDE", "AGREE", "THREATEN", "REJECT")

FORECASTS = [
    pytest.param("Analysts said the Moldovan army would withdraw its tanks from the border.",
                 id="analysts-withdraw"),
    pytest.param("Experts said Serbia would impose sanctions on the Dravnik traders.",
                 id="experts-sanctions"),
    pytest.param("Residents said the militia would release the hostages on Sunday.",
                 id="residents-release"),
    pytest.param("Witnesses said the soldiers would free the detained students.",
                 id="witnesses-free"),
    pytest.param("Students in Marnesk said Bolivia would lift its ban on beef exports.",
                 id="students-lift-ban"),
    pytest.param("Farmers in Tarvask said the army would reopen the road next week.",
                 id="farmers-reopen"),
    pytest.param("Scholars at the Velgor institute said Chile would send aid to the region.",
                 id="scholars-send-aid"),
    pytest.param("Villagers said the rebels would attack the town of Kastrel.",
                 id="villagers-attack"),
]

ANNOUNCED = [
    pytest.param("The spokesman said the army would withdraw its tanks from the border.",
                 "CONCEDE", id="spokesman-withdraw"),
    pytest.param("The Moldovan defence minister said the army would withdraw its tanks from "
                 "the border.", "CONCEDE", id="minister-withdraw"),
    pytest.param("Serbia said it would impose sanctions on the Dravnik traders.", "THREATEN",
                 id="serbia-itself-sanctions"),
    pytest.param("The rebels said they would release the hostages on Sunday.", "CONCEDE",
                 id="rebels-themselves-release"),
]


def _at_modal(text: str, e) -> bool:
    """Whether ``e`` is told by the modal: its span is "would", or runs from it over the act
    it announces ("would withdraw")."""
    return text[e.start:e.end].split()[0] == "would"


@pytest.mark.parametrize("text", FORECASTS)
def test_bystander_forecast_is_no_promise(text: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if e.type in SPOKEN and _at_modal(text, e)], describe(ex)
    assert any(e.modality == "future" for e in ex.events), describe(ex)


@pytest.mark.parametrize("text, type_", ANNOUNCED)
def test_party_announcement_stays(text: str, type_: str) -> None:
    ex = events(text)
    assert any(e.type == type_ and _at_modal(text, e) for e in ex.events), describe(ex)
