"""Helpers for actor tests: extract a text and find the actor that a name belongs to."""

from __future__ import annotations

import json
import re
from pathlib import Path

import actorgraph
from actorgraph.records import Actor, Extraction


def actors_of(text: str) -> Extraction:
    return actorgraph.extract(text, doc_id="t")


def resolved(text: str, pronoun: str) -> set[str]:
    """Country code, name and aliases (lowercase) of the actor the first ``pronoun`` (a whole
    word) is a mention of; empty when it resolves to no one."""
    found = re.search(rf"\b{pronoun}\b", text)
    assert found, pronoun
    ex = actors_of(text)
    for a in ex.actors:
        if any(m.start == found.start() for m in a.mentions):
            return {x.lower() for x in (a.country or "", a.name, *a.aliases) if x}
    return set()


def actor_named(ex: Extraction, name: str) -> Actor:
    found = [a for a in ex.actors if name in a.aliases or a.name == name]
    assert found, f"no actor named {name!r} in {[a.aliases for a in ex.actors]}"
    assert len(found) == 1, f"{name!r} is in several actors: {found}"
    return found[0]


def mention_texts(ex: Extraction, actor: Actor) -> list[str]:
    return [ex.document.text[m.start:m.end] for m in actor.mentions]


def corpus_actor_records(tmp: Path, corpus: list[dict]) -> list[dict]:
    """The exported corpus actors of a store built in ``tmp`` from ``corpus`` (JSONL
    records): actors merged across the reports."""
    path = tmp / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in corpus), encoding="utf-8")
    db = tmp / "store.duckdb"
    actorgraph.build([path], db)
    actorgraph.export(db, "jsonl", tmp / "out")
    return [json.loads(line) for line in (tmp / "out" / "actors.jsonl").open(encoding="utf-8")]


def holding(actors: list[dict], alias: str) -> list[dict]:
    """The exported actors with ``alias`` among their aliases."""
    return [a for a in actors if alias in a["aliases"]]
