"""Where an event happened (``events.places``): a place named on the trigger ("fought *in
Sirte*") or inside the thing it is done to ("hit a market *in Omdurman*", "bombed a district
*of Nyala*"), whatever entity label the parser gives the town; a place that only says whose
someone is ("the mayor *of Lviv*", "the president *of France*") is no venue. Our own
sentences; a row names the trigger and the place (None: the event has no place)."""

from __future__ import annotations

import pytest

from .helpers import describe, events


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
    at("possessive-country", "Gunmen stormed a police post in northern Nigeria's Borno state "
       "on Thursday.", "stormed", "Nigeria"),
    at("country-possessive-far-north", "Gunmen stormed a police post in Zugu, in Burkina "
       "Faso's far north, on Thursday.", "stormed", "Zugu"),  # a town, in Burkina Faso
    # near misses: a date is no place, whatever a gazetteer holds ("March" is an English town)
    at("month-no-place", "The rebels said they had captured four soldiers during the raid on "
       "March 3.", "captured", None),
    at("month-no-place-noun", "The rebels said they had captured four soldiers during the Bama "
       "ambush on March 3.", "captured", None),
    at("said-there-after-talks", "Kenya's foreign minister said in Mombasa on Monday after a "
       "round of talks with Somalia's envoy that the border would reopen.", "talks", "Mombasa"),
    # near misses: whose someone is, not where the act was; words said before the act
    at("said-there-before-talks", "Kenya's foreign minister said in Mombasa on Monday before "
       "talks with Somalia's envoy that the border would stay shut.", "talks", None),
    at("mayor-of", "Police arrested the mayor of Lviv on Friday.", "arrested", None),
    at("president-of", "Kenya's foreign minister met the president of France on Monday.", "met",
       None),
    at("embassy-of", "Protesters attacked the embassy of Denmark.", "attacked", None),
    # a town an attack or a raid is done to is where it happened
    at("shelled-town", "Russian forces shelled Kharkiv on Tuesday night.", "shelled", "Kharkiv"),
    at("raided-town", "Gendarmes raided Bamenda before dawn on Monday.", "raided", "Bamenda"),
    at("shelling-of-town", "Residents said the shelling of Gao lasted two hours.", "shelling",
       "Gao"),
    # a place phrase the parser hangs on the thing attacked is where the attack was
    at("near-town-on-object", "Gunmen attacked a cattle market near the village of Tessit on "
       "Saturday.", "attacked", "Tessit"),
    at("outside-town-on-noun-object", "The raid on a customs post outside Ayorou left two "
       "guards dead.", "raid", "Ayorou"),
    # near misses: a country sanctioned, a person arrested, a town visited by no act on it
    at("sanctioned-country", "The European Union sanctioned Belarus on Monday.", "sanctioned",
       None),
    at("arrest-of-person", "The arrest of Ousmane Diallo angered his party.", "arrest", None),
    # a name of two parts joined by a hyphen is one town, read whole, not as its first part
    at("hyphened-town", "Gunmen attacked a cattle market in Gorom-Gorom on Sunday.",
       "attacked", "Gorom-Gorom"),
    at("hyphened-city", "Police arrested two bankers in Baden-Baden on Friday.", "arrested",
       "Baden-Baden"),
    at("hyphened-town-outside", "Gunmen kidnapped three traders outside Gorom-Gorom on "
       "Friday.", "kidnapped", "Gorom-Gorom"),
    at("hyphened-city-algeria", "Soldiers killed two smugglers in Ain-Sefra on Monday.",
       "killed", "Ain-Sefra"),
    at("hyphened-city-gabon", "Police detained four strikers in Port-Gentil on Monday.",
       "detained", "Port-Gentil"),
    # near miss: two towns a road joins are no one town
    at("road-between-towns", "Bandits ambushed a bus on the Niamey-Zinder road on Monday.",
       "ambushed", None),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place(text: str, trigger: str, place: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end] == trigger
             or text[e.start:e.end].endswith(" of " + trigger)]  # "round of talks"
    assert found, [(e.type, text[e.start:e.end]) for e in ex.events]
    got = found[0].location.name if found[0].location is not None else None
    assert got == place, [(e.type, text[e.start:e.end], e.location) for e in ex.events]


# A town named before an event noun ("the Almaty meeting", "the Kaduna bombing") is where the
# event was, not who did it, whatever label the parser gives the name. Rows: (text, trigger,
# the place, a name the source must not be).
NAMED_BY_TOWN = [
    ("Ministers of both countries met on Tuesday. The Almaty meeting ended with a promise to "
     "meet again.", "meeting", "Almaty", "Almaty"),
    # the noun and the verb it is the subject of are one act ("bombing killed"), the noun's
    # doers its doers: the town is neither
    ("The Kaduna bombing killed nine people at a bus station.", "killed", "Kaduna", "Kaduna"),
    ("Police said the Mombasa raid had netted three suspects.", "raid", "Mombasa", "Mombasa"),
    ("Police broke up the Nakuru rally with tear gas on Saturday.", "rally", "Nakuru",
     "Nakuru"),
    # near misses: a group or a country before the noun is the doer (or whom a trip is to)
    ("The Hamas attack killed four soldiers near Gaza.", "killed", "Gaza", None),
    ("Haftar wants Egypt to respect the UN arms embargo on Sudan.", "embargo", "Sudan", None),
]


@pytest.mark.parametrize(("text", "trigger", "place", "not_source"), NAMED_BY_TOWN,
                         ids=[f"town-{n}" for n in range(len(NAMED_BY_TOWN))])
def test_a_town_before_an_event_noun_is_its_place(text: str, trigger: str, place: str | None,
                                                  not_source: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end].split()[-1] == trigger]
    assert found, describe(ex)
    e = found[0]
    names_ = {a.id: a.name for a in ex.actors}
    assert (e.location.name if e.location else None) == place, describe(ex)
    assert not_source not in {names_[i] for i in e.source}, describe(ex)
