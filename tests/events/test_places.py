"""Where an event happened (``events.places``): a place named on the trigger ("fought *in
Sirte*") or inside the thing it is done to ("hit a market *in Omdurman*", "bombed a district
*of Nyala*"), whatever entity label the parser gives the town; a place that only says whose
someone is ("the mayor *of Lviv*", "the president *of France*") is no venue. Our own
sentences; a row names the trigger and the place (None: the event has no place)."""

from __future__ import annotations

import pytest

from .helpers import events


def at(id: str, text: str, trigger: str, place: str | None, known: str = ""):
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(text, trigger, place, id=id, marks=marks)


PLACES = [
    at("on-trigger", "Rebels attacked a convoy near Goma on Tuesday.", "attacked", "Goma"),
    at("in-object", "Shells hit a crowded market in Omdurman on Saturday.", "hit", "Omdurman"),
    at("of-place-noun", "Jets bombed a residential district of Nyala on Sunday.", "bombed",
       "Nyala"),
    at("outskirts-of", "Artillery shelled the outskirts of Kharkiv overnight.", "shelled",
       "Kharkiv"),
    at("office-in", "Police raided an opposition office in Kutaisi on Thursday.", "raided",
       "Kutaisi"),
    at("village-of", "Militants burned the village of Kalaba in northern Mali.", "burned",
       "Kalaba"),
    at("town-of-mislabelled", "Police detained two priests in the town of Matagalpa on Sunday.",
       "detained", "Matagalpa"),
    at("said-there-after-talks", "Kenya's foreign minister said in Mombasa on Monday after a "
       "round of talks with Somalia's envoy that the border would reopen.", "talks", "Mombasa"),
    # near misses: whose someone is, not where the act was; words said before the act
    at("said-there-before-talks", "Kenya's foreign minister said in Mombasa on Monday before "
       "talks with Somalia's envoy that the border would stay shut.", "talks", None),
    at("mayor-of", "Police arrested the mayor of Lviv on Friday.", "arrested", None),
    at("president-of", "Kenya's foreign minister met the president of France on Monday.", "met",
       None),
    at("embassy-of", "Protesters attacked the embassy of Denmark.", "attacked", None),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place(text: str, trigger: str, place: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end] == trigger]
    assert found, [(e.type, text[e.start:e.end]) for e in ex.events]
    got = found[0].location.name if found[0].location is not None else None
    assert got == place, [(e.type, text[e.start:e.end], e.location) for e in ex.events]
