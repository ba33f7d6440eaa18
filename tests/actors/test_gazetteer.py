"""``Dictionary.place`` over the ``gazetteer``: which town a name is (issue 12: places out of
context).

A town's own name (geonames' main name, our own table's) comes first, capitals then the most
populous; a name a town is only also called (an alternate name, often another language's
spelling) is taken only when every town so called lies in one country, and never where a
country-level unit (a country, a region) bears that name in another country. A document's
country, when the caller gives it, picks the town of that country.
"""

from __future__ import annotations

import pytest

from actorgraph.actors import get

#: (name, the country of the town it names; None: no town)
OWN_NAMES = [
    ("Paris", "FRA"),
    ("Tripoli", "LBY"),        # Libya's capital before Lebanon's port
    ("Hyderabad", "IND"),      # the bigger of India's and Pakistan's
    ("Santiago", "CHL"),       # Chile's capital before Santiago de Cuba's other name
    ("San Jose", "CRI"),       # Costa Rica's capital, written without its accent
    ("Alexandria", "EGY"),     # not Mashhad, once called Alexandria too
    ("Kafanchan", "NGA"),
    ("Kano", "NGA"),
    ("Homs", "SYR"),           # not Libya's Al Khums
    ("Gao", "MLI"),
    ("Bria", "CAF"),
    ("Tari", "PNG"),           # Hela's town, not Taree in New South Wales
    ("Lae", "PNG"),
    ("Goma", "COD"),
    ("Beni", "COD"),
    ("Bunia", "COD"),
    ("Juba", "SSD"),
    ("Salem", "IND"),          # Tamil Nadu's city, not an old name of Jerusalem
    ("Zaragoza", "ESP"),       # not a name of Tijuana
    ("Montgomery", "USA"),     # not Sahiwal's colonial name
    ("Mila", "DZA"),           # Algeria's town, not a spelling of Milan
    ("Sakata", "JPN"),         # not Jakarta in Japanese
    ("Kudus", "IDN"),          # Java's town, not Jerusalem in Arabic
    ("Santa Ana", "USA"),      # not a district name of Taguig
    ("Benghazi", "LBY"),
    ("Mosul", "IRQ"),
    ("Hebron", "PSE"),
]

#: Country-level names: no foreign town of that name.
COUNTRY_LEVEL = [
    ("Jordan", None),          # the kingdom, not a district of Hong Kong
    ("Lebanon", None),         # the country, not a town in Pennsylvania
    ("Georgia", None),
    ("Niger", None),
    ("Borno", None),           # Nigeria's state
    ("Victoria", None),        # Australia's state, not Hong Kong's old name
    ("Mexico", "MEX"),         # a country's name may still name its own capital
    ("Panama", "PAN"),
    ("Kuwait", "KWT"),
]

#: Near misses: the alternate name is right (English, former or transliterated names).
ALTERNATE_NAMES = [
    ("Bombay", "IND"),
    ("Peking", "CHN"),
    ("Kiev", "UKR"),
    ("Saigon", "VNM"),
    ("Rangoon", "MMR"),
    ("Madras", "IND"),
    ("Calcutta", "IND"),       # over a South African village of that name
    ("Odessa", "UKR"),         # over the Texan town
    ("Kharkov", "UKR"),
    ("Lvov", "UKR"),
    ("Zaporozhye", "UKR"),
    ("Lugansk", "UKR"),
    ("Artemivsk", "UKR"),
    ("Fallujah", "IRQ"),
    ("Kismayu", "SOM"),
    ("Tombouctou", "MLI"),
    ("Dacca", "BGD"),
    ("Mogadiscio", "SOM"),
    ("Leningrad", "RUS"),
    ("Medina", "SAU"),
    ("Jenin", "PSE"),
]


@pytest.mark.parametrize(("name", "iso3"), OWN_NAMES + COUNTRY_LEVEL + ALTERNATE_NAMES)
def test_place_names_the_town_of_its_country(name: str, iso3: str | None) -> None:
    place = get().place(name)
    assert (place.country if place else None) == iso3


@pytest.mark.parametrize(("name", "country", "iso3"), [
    ("Tripoli", "LBN", "LBN"),     # a report from Lebanon
    ("Hyderabad", "PAK", "PAK"),   # Sindh's city in a Pakistani report
    ("Gao", "BFA", "BFA"),
    ("Mendi", "PNG", "PNG"),       # Southern Highlands' town, not Ethiopia's Mendi
    ("Tari", "AUS", "AUS"),        # in an Australian report the other name may be Taree's
    ("Goma", "NGA", "COD"),        # no Goma in Nigeria: the one there is
    ("Salem", "ISR", "ISR"),
    ("Jordan", "HKG", None),       # still the country's name
])
def test_document_country_picks_the_town(name: str, country: str, iso3: str | None) -> None:
    place = get().place(name, country=country)
    assert (place.country if place else None) == iso3


@pytest.mark.parametrize(("name", "iso3"), [("Tari", "PNG"), ("Odessa", "UKR"), ("Bombay", None),
                                            ("Kandahar", "AFG")])
def test_main_name_only_takes_own_names(name: str, iso3: str | None) -> None:
    place = get().place(name, main_name=True)
    assert (place.country if place else None) == iso3
