"""The PLOVER export writes one record per act: a mention that tells an act again, or the
content of a request or a threat, is listed in that act's record, with its span, and a noun
pointing to an event is no record.

Our own wording, invented towns. The events table keeps every mention (fusion and the
reader's spans need them); the PLOVER file is what an event-data user counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import actorgraph

from ..conftest import read_jsonl

CORPUS = [
    {"id": "tarvel-1", "published": "2025-04-08",
     "text": "Gunmen attack police convoy near Tarvel\n\nGunmen attacked a police convoy near "
             "Tarvel on Monday, killing four officers, the interior ministry said. Two more "
             "officers were wounded in the attack."},
    {"id": "dunmore-1", "published": "2025-04-09",
     "text": "Thousands of nurses marched through Dunmore on Tuesday, waving banners and "
             "chanting against hospital closures. Police said the march was peaceful. "
             "Kenya's government condemned the raid."},
    {"id": "ostrevik-1", "published": "2025-04-10",
     "text": "Zerevia's foreign ministry on Wednesday urged Calladon to free nine sailors held "
             "in Ostrevik. Calladon threatened to shut its border crossings with Zerevia."},
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], list[dict]]:
    folder = tmp_path_factory.mktemp("plover_acts")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in CORPUS), encoding="utf-8")
    db = folder / "store.duckdb"
    actorgraph.build([corpus], db)
    (plover,) = actorgraph.export(db, "plover", folder / "p")
    actorgraph.export(db, "jsonl", folder / "j")
    return read_jsonl(plover), read_jsonl(Path(folder / "j" / "events.jsonl"))


def _texts(records: list[dict], doc: str, kind: str) -> list[str]:
    return [r["eventText"] for r in records
            if r["textInfo"]["doc_id"] == doc and r["event"] == kind]


def test_an_attack_its_toll_headline_and_later_noun_are_one_record(exported) -> None:
    records, events = exported
    assert _texts(records, "tarvel-1", "ASSAULT") == ["attacked"]
    (attack,) = [r for r in records if r["textInfo"]["doc_id"] == "tarvel-1"
                 and r["event"] == "ASSAULT"]
    told = [m["eventText"] for m in attack["mentions"]]
    assert told[0] == "attacked" and {"attack", "killing", "wounded"} <= set(told)
    # every mention is still an event line, its evidence kept
    lines = {e["id"] for e in events if e["doc_id"] == "tarvel-1" and e["type"] == "ASSAULT"}
    assert {m["id"] for m in attack["mentions"]} == lines
    # the toll's victims are the attack's recipients too
    assert {"officers", "police"} <= {a["actorText"].lower() for a in attack["target"]}


def test_a_march_its_manner_and_its_noun_are_one_record(exported) -> None:
    records, _ = exported
    assert _texts(records, "dunmore-1", "PROTEST") == ["marched"]


def test_a_noun_pointing_to_an_event_is_no_record(exported) -> None:
    records, events = exported
    raid = [e for e in events if e["doc_id"] == "dunmore-1" and e["reference"]]
    assert raid, "the raid is kept as a reference in the events table"
    assert not {e["id"] for e in raid} & {r["id"] for r in records}


def test_what_a_request_or_threat_asks_or_threatens_is_listed_in_its_record(exported) -> None:
    records, events = exported
    kinds = sorted(r["event"] for r in records if r["textInfo"]["doc_id"] == "ostrevik-1")
    # the sailors "held in Ostrevik" are detained (an act of its own, e525d62), not asked for
    assert kinds == ["COERCE", "REQUEST", "THREATEN"]
    (request,) = [r for r in records if r["textInfo"]["doc_id"] == "ostrevik-1"
                  and r["event"] == "REQUEST"]
    assert [m["eventText"] for m in request["mentions"]] == ["urged", "free"]
    # the sailors are freed, not asked: the request's recipient stays Calladon alone
    assert [a["actorText"] for a in request["target"]] == ["Calladon"]
    # the content stays an event line, pointing to its speech act
    (freed,) = [e for e in events if e["doc_id"] == "ostrevik-1" and e["type"] == "RETREAT"]
    assert freed["content_of"] == request["id"]
