"""Helpers for actor tests: extract a text and find the actor that a name belongs to."""

from __future__ import annotations

import actorgraph
from actorgraph.records import Actor, Extraction


def actors_of(text: str) -> Extraction:
    return actorgraph.extract(text, doc_id="t")


def actor_named(ex: Extraction, name: str) -> Actor:
    found = [a for a in ex.actors if name in a.aliases or a.name == name]
    assert found, f"no actor named {name!r} in {[a.aliases for a in ex.actors]}"
    assert len(found) == 1, f"{name!r} is in several actors: {found}"
    return found[0]


def mention_texts(ex: Extraction, actor: Actor) -> list[str]:
    return [ex.document.text[m.start:m.end] for m in actor.mentions]
