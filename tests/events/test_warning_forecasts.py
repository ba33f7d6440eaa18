"""A warning threatens only when the harm it announces is its speaker's own (PLOVER THREATEN:
coercive warnings); a warning of a hazard, a price rise or a shortage is a forecast, and a
person told of an act coming at them was tipped off: no THREATEN. Every sentence is our own
wording, with invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

FORECASTS = [
    "The Velmar weather office warned residents of flooding along the Ostra river.",
    "Health officials in Tarnby warned of a cholera outbreak after the floods.",
    "The suspects had been warned of the raid by a police officer.",
    "Aid agencies warned that food stocks in Kestria would run out by March.",
    "Economists warned the Norvanian government that inflation would climb.",
    "The meteorological office issued a warning of heavy snow for the Tarnby valley.",
    "The governor of Velmar had been warned about the plot by an informer.",
    "The Drevan health ministry warned that the outbreak could spread to Velmar.",
]

THREATS = [
    "Carsovia warned it would retaliate against any strike on its ships.",
    "The Drevan army warned that it would shoot anyone crossing the line.",
    "Norvania warned Carsovia of serious consequences if it sent troops.",
    "Carsovia warned Drevia that it would close the border to its trucks.",
    "Police warned the protesters that they would be arrested.",
    "Norvania warned Drevia of a harsh response to any incursion.",
    "The rebels warned of more attacks on the capital.",
    "Carsovia warned Drevia that it would pay a heavy price.",
    "Kestrian officials were warned that they would face sanctions.",
    "Norway renewed its warning about hot pursuit of the rebels into Sweden.",
    "Carsovia was warned of a harsh response by Drevia.",
]


def _threats(text: str) -> list[str]:
    return [text[e.start:e.end] for e in events(text).events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", FORECASTS, ids=[t[:40] for t in FORECASTS])
def test_a_warning_of_a_hazard_or_a_tip_off_threatens_no_one(text: str) -> None:
    assert _threats(text) == []


@pytest.mark.parametrize("text", THREATS, ids=[t[:40] for t in THREATS])
def test_a_warning_of_the_speakers_own_harm_is_a_threat(text: str) -> None:
    assert any("warn" in w for w in _threats(text)), [
        (text[e.start:e.end], e.type) for e in events(text).events]


DOERS = [
    "The Drevan president warned that he would disband the border guard if it mutinied again.",
    "Galen Voss warned that Norvania would halt the transit of Carsovian grain across its "
    "territory.",
]


@pytest.mark.parametrize("text", DOERS, ids=[t[:40] for t in DOERS])
def test_a_warning_of_what_someone_would_do_is_left_a_threat(text: str) -> None:
    assert any("warn" in w for w in _threats(text)), [
        (text[e.start:e.end], e.type) for e in events(text).events]


# A warning that the warner's side "would have to" or "be forced to" give something up (scale
# back its work, withdraw its staff) announces a loss it would bear, no harm it would do:
# no THREATEN. Near miss: a forced act that is a harm ("would have to close the border")
# still threatens.
FORCED = [
    "If the peace talks collapse, UN agencies would have to scale back their work in Tigray, "
    "a UN spokesperson warned.",
    "The Red Cross warned that it would have to scale down its work in Goma if the fighting "
    "spread.",
    "The World Food Programme warned that it would be forced to scale back deliveries in "
    "Haiti if the port stayed closed.",
]
FORCED_HARM = [
    "Kenya warned that it would have to close the border if Somalia kept sheltering the "
    "militants.",
]


@pytest.mark.parametrize("text", FORCED, ids=[t[:40] for t in FORCED])
def test_a_warning_of_a_loss_the_warner_would_bear_threatens_no_one(text: str) -> None:
    assert _threats(text) == []


@pytest.mark.parametrize("text", FORCED_HARM, ids=[t[:40] for t in FORCED_HARM])
def test_a_warning_of_a_forced_harm_is_a_threat(text: str) -> None:
    assert any("warn" in w for w in _threats(text)), [
        (text[e.start:e.end], e.type) for e in events(text).events]
