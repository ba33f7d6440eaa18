"""Event places that tell events apart (``events.places``): a named town the gazetteer lacks is
still the event's place (kind "town", no coordinates, the country of a region or country the
same phrase names); a place noun after through/along ("the streets *of* X") names its town; a
place inside the phrase of another event the act answers or follows ("in response to the
expulsion of envoys *from Kampala*") is that event's, not this one's. Never a person, a month,
a demonym, a facility or an organisation. Our own sentences, real small towns and invented
ones; a row names the trigger, the place, its kind and its country (None: no place)."""

from __future__ import annotations

import pytest

from .helpers import events


def at(id: str, text: str, trigger: str, place: str | None, kind: str | None = None,
       country: str | None = None, known: str = ""):
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(text, trigger, place, kind, country, id=id, marks=marks)


TOWNS = [
    # a town the gazetteer lacks, after near/outside/at/in
    at("near-real-small-town", "Bandits seized fourteen pupils at a boarding school near "
       "Kagara in Niger state on Tuesday.", "seized", "Kagara", "town", "NGA"),
    at("taken-from", "Bandits seized fourteen pupils from a boarding school near Kagara in "
       "Niger state on Tuesday.", "seized", "Kagara", "town", "NGA",
       known="'from' is no place preposition today: it names where from, not where "
       "('recalled its envoy from Paris')"),
    at("outside-invented", "Armed men kidnapped six traders outside Mbalobo on Saturday.",
       "kidnapped", "Mbalobo", "town", None),
    at("at-with-mountains", "Militants raided a police station at Tinzagha, in the Air "
       "mountains, on Friday.", "raided", "Tinzagha", "town", None),
    at("in-comma-province", "Gunmen killed four villagers in Kelewo, in Ituri province, on "
       "Wednesday.", "killed", "Kelewo", "town", "COD"),
    at("near-real-zamfara", "Gunmen attacked a bus near Zurmi, in Zamfara, on Sunday.",
       "attacked", "Zurmi", "town", "NGA"),
    at("outside-mozambique", "Insurgents ambushed a patrol outside Chikwanda, in Cabo Delgado "
       "province, on Tuesday.", "ambushed", "Chikwanda", "town", "MOZ"),
    at("near-colombia", "Militiamen killed seven farmers near Pueblo Quemado, in Cauca, on "
       "Friday.", "killed", "Pueblo Quemado", "town", "COL"),
    at("at-no-country", "Soldiers detained five fishermen at Ras Amlouk on Wednesday.",
       "detained", "Ras Amlouk", "town", None,
       known="the parser reads the name as a facility (FAC), and a facility is never a town"),
    at("in-village-no-country", "Soldiers detained five fishermen in the village of Ras "
       "Amlouk on Wednesday.", "detained", "Ras Amlouk", "town", None),
    at("near-north-kivu", "Rebels attacked an army camp near Ndakoro in North Kivu on Sunday.",
       "attacked", "Ndakoro", "town", "COD"),
    at("myanmar-township", "Jets bombed a monastery in Kyaukkyi in Bago region on Monday.",
       "bombed", "Kyaukkyi", "town", "MMR"),
    at("anka-zamfara", "Bandits abducted twenty women near Anka in Zamfara state on Thursday.",
       "abducted", "Anka", "town", "NGA"),
    at("at-comma-in-range", "Fighters raided a military outpost at Oudiane, in the Tibesti "
       "mountains, on Sunday.", "raided", "Oudiane", "town", "TCD",
       known="the parser reads the name as a facility (FAC), and a facility is never a town"),
    at("at-comma-in-region", "Gunmen killed three miners at Kelewo, in Ituri province, on "
       "Monday.", "killed", "Kelewo", "town", "COD"),
    # the text makes it a place: "the village/town of X"
    at("village-of-invented", "Soldiers clashed with militiamen near the village of Ndakoro "
       "on Sunday.", "clashed", "Ndakoro", "town", None),
    at("town-of-invented", "Police dispersed protesters in the town of Kirembwe on Saturday.",
       "dispersed", "Kirembwe", "town", None),
    at("village-of-burkina", "Jihadists burned the village of Boulkessa in northern Burkina "
       "Faso on Monday.", "burned", "Boulkessa", "town", "BFA"),
    at("village-of-idlib", "Rebels shelled the village of Wadi Kharsa in Idlib province on "
       "Thursday.", "shelled", "Wadi Kharsa", "town", "SYR"),
    at("same-scene-noun", "Two soldiers were killed in an ambush near Mbalobo on Sunday.",
       "killed", "Mbalobo", "town", None),
    # a place noun after through/across/along/around names its town
    at("through-centre", "Several thousand people marched through the centre of Tegucigalpa "
       "on Saturday.", "marched", "Tegucigalpa", "city", "HND"),
    at("through-streets-town", "Hundreds of students marched through the streets of Kyanzige "
       "on Monday.", "marched", "Kyanzige", "town", None),
    at("through-heart-compound-name", "Students marched through the heart of San Pedro Sula "
       "on Monday.", "marched", "San Pedro Sula", "city", "HND"),
    at("along-streets-city", "Demonstrators marched along the main streets of Mombasa on "
       "Friday.", "marched", "Mombasa", "city", "KEN"),
    # a name with a feature noun after it ("the Luapula river") is that feature, no town
    at("river-lowercase", "A Zambian trader was shot dead at the Luapula river on Tuesday.",
       "shot", None),
    at("river-banks", "Soldiers killed a fisherman on the banks of the Ruvubu river on "
       "Sunday.", "killed", None),
    at("river-capitalised", "Border guards detained four smugglers on the Mekong River on "
       "Friday.", "detained", None),
    at("lake-after-name", "Police arrested nine fishermen on the Kivu lake shore on Monday.",
       "arrested", None),
    at("hills-after-name", "Rebels ambushed a convoy in the Ngozi hills on Thursday.",
       "ambushed", None),
    at("town-by-river", "Gunmen killed two traders in Kasumbalesa, near the Luapula river, on "
       "Tuesday.", "killed", "Kasumbalesa", "town", None),
    # known places keep their kind
    at("city", "Police detained a reporter in Lagos on Monday.", "detained", "Lagos", "city",
       "NGA"),
    at("known-city-beats-unknown-town", "Fighters attacked a checkpoint in Hafr al-Tin near "
       "Aleppo on Friday.", "attacked", "Aleppo", "city", "SYR"),
    at("known-city-comma-state", "Bandits abducted nine people near Gusau, in Zamfara state, "
       "on Sunday.", "abducted", "Gusau", "city", "NGA"),
    at("country", "Police detained three journalists in Nigeria on Friday.", "detained",
       "Nigeria", "country", "NGA"),
    at("region", "Troops shelled rebel positions in Kaduna state on Thursday.", "shelled",
       "Kaduna state", "region", "NGA"),
    at("region-with-city-name", "Drones struck a fuel depot in Belgorod region overnight.",
       "struck", "Belgorod region", "region", "RUS"),
    at("region-not-country", "Gunmen stormed a church in Niger state on Sunday.", "stormed",
       "Niger state", "region", "NGA"),
    # not from another event's phrase
    at("reply-to-expulsion", "Kenya expelled two Ugandan diplomats on Monday, in response to "
       "the expulsion of two Kenyan envoys from Kampala last week.", "expelled", None),
    at("after-talks-elsewhere", "Ministers met in Doha on Sunday after talks in Geneva had "
       "failed.", "met", "Doha", "city", "QAT"),
    at("following-raid", "Pakistan recalled its ambassador on Friday following a deadly raid "
       "on a border post near Chaman.", "recalled", None),
    at("after-killing", "Police arrested ten students on Tuesday after the killing of a "
       "lecturer in Nairobi.", "arrested", None),
    # near misses: no place, or not a town
    at("person-honorific", "Police arrested twelve protesters near Mr Kafanchan's house on "
       "Monday.", "arrested", None),
    at("person-home", "Soldiers detained two men at Ahmed Kamara's home on Friday.",
       "detained", None),
    at("month", "Rebels attacked an army base in March, the ministry said.", "attacked", None),
    at("weekday", "Gunmen kidnapped three engineers on Tuesday.", "kidnapped", None),
    at("based-group", "A Tripoli-based militia kidnapped three engineers on Monday.",
       "kidnapped", None),
    at("facility-congress", "Protesters gathered outside the National Congress on Tuesday.",
       "gathered", None),
    at("facility-school", "Gunmen attacked St. Jude's school on Monday.", "attacked", None),
    at("demonym", "Soldiers detained two Nigerian traders on Friday.", "detained", None),
    at("weekend", "Protesters marched at the weekend against the new tax.", "marched", None),
    at("outskirts-no-name", "Artillery shelled villages on the outskirts on Sunday.",
       "shelled", None),
    at("mayor-of-town", "Police arrested the mayor of Kelewo on Friday.", "arrested", None),
    at("operation-name", "The army attacked rebel bases on Wednesday in Operation Desert "
       "Hawk.", "attacked", None),
    at("organisation", "Police detained a reporter at Reuters on Monday.", "detained", None),
    at("a-person-near", "Gunmen abducted a farmer near Juan Carlos Ortega's ranch on Sunday.",
       "abducted", None),
]


@pytest.mark.parametrize(("text", "trigger", "place", "kind", "country"), TOWNS)
def test_named_place(text: str, trigger: str, place: str | None, kind: str | None,
                     country: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end] == trigger]
    assert found, [(e.type, text[e.start:e.end]) for e in ex.events]
    where = found[0].location
    got = (where.name, where.kind, where.country) if where is not None else None
    want = (place, kind, country) if place is not None else None
    assert got == want, [(e.type, text[e.start:e.end], e.location) for e in ex.events]
    if where is not None and where.kind != "city":
        assert where.lat is None and where.lon is None  # never invented coordinates
