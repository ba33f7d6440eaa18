"""The kind of an event's stored place (schema 9): a town the gazetteer lacks is kept as
"town", without coordinates, and fuse is handed its name like a city's; an older store is
migrated, its places with coordinates becoming cities."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb

from actorgraph.records import Event, Location
from actorgraph.store import SCHEMA_VERSION, Store
from actorgraph.store.schema import MIGRATIONS

from .test_store import extraction

_TEXT = "Gunmen attacked Goma. Gunmen attacked Mbalobo. Police raided homes in Ituri."


def _event(n: int, location: Location | None) -> Event:
    return Event(f"a#e{n}", "a", 0, 6, 0, len(_TEXT), "ASSAULT", "18", location=location)


def test_fuse_gets_the_name_of_a_city_or_a_town_not_of_a_region(tmp_path: Path) -> None:
    events = (_event(0, Location("Goma", "COD", -1.68, 29.22, "city")),
              _event(1, Location("Mbalobo", None, None, None, "town")),
              _event(2, Location("Ituri", "COD", None, None, "region")), _event(3, None))
    with Store(tmp_path / "s.duckdb") as store:
        store.write([replace(extraction("a", _TEXT), events=events)], 1)
        places = {k.id: k.place for k in store.local_events()}
        kinds = dict(store.con.execute("SELECT id, location.kind FROM events").fetchall())
    assert places == {"a#e0": "goma", "a#e1": "mbalobo", "a#e2": None, "a#e3": None}
    assert kinds == {"a#e0": "city", "a#e1": "town", "a#e2": "region", "a#e3": None}


def test_a_store_of_version_8_is_migrated_its_placed_cities_kept(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for sql in MIGRATIONS[:8]:
        con.execute(sql)
    con.execute("INSERT INTO meta VALUES ('schema_version', '8')")
    con.execute("INSERT INTO documents (id, hash, text) VALUES ('a', 'h', ?)", [_TEXT])
    con.execute("""INSERT INTO events (id, doc_id, start, "end", type, modality, location)
                   VALUES ('a#e0', 'a', 0, 6, 'ASSAULT', 'asserted',
                           {'name': 'Goma', 'country': 'COD', 'lat': -1.68, 'lon': 29.22}),
                          ('a#e1', 'a', 0, 6, 'ASSAULT', 'asserted',
                           {'name': 'Ituri', 'country': 'COD', 'lat': NULL, 'lon': NULL}),
                          ('a#e2', 'a', 0, 6, 'ASSAULT', 'asserted', NULL)""")
    con.close()
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        places = {k.id: k.place for k in store.local_events()}
        rows = dict(store.con.execute("SELECT id, location FROM events").fetchall())
        store.write([replace(extraction("b", _TEXT), events=(
            replace(_event(0, Location("Mbalobo", None, None, None, "town")), id="b#e0",
                    doc_id="b"),))], 1)  # a migrated store takes the new field
        assert {k.id: k.place for k in store.local_events()}["b#e0"] == "mbalobo"
    assert places == {"a#e0": "goma", "a#e1": None, "a#e2": None}
    assert rows["a#e0"] == {"name": "Goma", "country": "COD", "lat": -1.68, "lon": 29.22,
                            "kind": "city"}
    assert rows["a#e1"]["kind"] is None and rows["a#e2"] is None
