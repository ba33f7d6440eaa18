"""Where an act in a town of a name several countries give took place, and the state across
a border (issue 12, class 3; ``events/places.placed_as``, ``events/whereabouts``): the
event's place is the town of the country the actors stage placed its name in ("Tripoli" in a
report from Beirut), and the state named in "near the border with Somalia" is no party to
the act. A border that is itself acted on stays its neighbour's.

Rows: (text, trigger, country of the event's place); (text, trigger, type, state that must
not be a target); kept: (text, trigger, type, target).
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events, expect_at, expect_none_with

#: Rows: the event's place is the town of the report's country.
PLACES = [
    ("BEIRUT (Reuters) - Lebanese troops clashed with gunmen in Tripoli on Sunday.",
     "clashed", "LBN"),
    ("TRIPOLI, Lebanon - Gunmen attacked a bank in Tripoli on Sunday.", "attacked", "LBN"),
    ("MADRID - Spanish farmers marched in Valencia on Saturday against cheap imports.",
     "marched", "ESP"),
    ("SANTO DOMINGO - Dominican police dispersed protesters in Santiago on Monday.",
     "dispersed", "DOM"),
]
#: Near misses: a report that names the other country only in its dateline keeps the town.
PLACES_KEPT = [
    ("CAIRO - Israeli jets struck Rafah on Sunday, witnesses said.", "struck", "PSE"),
    ("Libyan militias clashed in Tripoli on Sunday. Lebanon's foreign ministry urged calm.",
     "clashed", "LBY"),
]
#: Near misses: the state across the border is not a target.
NEIGHBOURS = [
    ("Police arrested four men near the border with Somalia on Tuesday, the Kenyan interior "
     "ministry said.", "arrested", "COERCE", "Somalia"),
    ("NAIROBI - Police arrested four men near the border with Somalia on Tuesday.",
     "arrested", "COERCE", "Somalia"),
    ("Ugandan police detained 12 traders along the border with Kenya on Monday.", "detained",
     "COERCE", "Kenya"),
]
#: Kept: a border acted on is its neighbour's.
KEPT = [
    ("Kenya closed its border with Somalia on Tuesday.", "closed", ("COERCE", "SANCTION"),
     "Somalia"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), PLACES + PLACES_KEPT)
def test_event_place_is_the_town_of_the_report(text: str, trigger: str, country: str) -> None:
    ex = events(text)
    assert [e for e in ex.events if at(text, e, trigger) and e.location is not None
            and e.location.country == country], describe(ex)


@pytest.mark.parametrize(("text", "trigger", "type_", "state"), NEIGHBOURS)
def test_state_across_the_border_is_no_target(text: str, trigger: str, type_: str,
                                              state: str) -> None:
    expect_none_with(text, trigger, type_, target=state)


@pytest.mark.parametrize(("text", "trigger", "type_", "state"), KEPT)
def test_border_acted_on_stays_its_neighbours(text: str, trigger: str, type_: str,
                                              state: str) -> None:
    expect_at(text, trigger, type_, target=state)
