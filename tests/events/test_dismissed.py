"""Dismissing another party's protest, complaint or objection rejects it (PLOVER REJECT, as
"rejected the protest" does), the object naming the other's act; dismissing a person fires
them, no rejection. Every sentence is our own wording, with invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

REJECTIONS = [
    "The Drevan foreign ministry dismissed the protest from Carsovia as baseless.",
    "Carsovia dismissed the complaint lodged by Drevia.",
    "Norway dismissed Sweden's objections to the pipeline.",
    "Norvania dismissed the objections raised by Carsovia.",
    "The Velmar mayor dismissed the opposition's complaints about the water supply.",
    "Drevia dismissed the condemnation by Norvania as hypocritical.",
    "The Kestrian government dismissed the criticism from Drevan lawmakers.",
    "The president dismissed the Drevan demand for an apology.",
]

FIRINGS = [
    "The president dismissed the defence minister on Friday.",
    "The Norvanian prime minister dismissed three ministers over the scandal.",
    "The Kestrian board dismissed the chief executive.",
]


def _dismissals(text: str) -> list[str]:
    return [e.type for e in events(text).events if text[e.start:e.end] == "dismissed"]


@pytest.mark.parametrize("text", REJECTIONS, ids=[t[:40] for t in REJECTIONS])
def test_dismissing_another_partys_protest_rejects_it(text: str) -> None:
    assert _dismissals(text) == ["REJECT"], [(text[e.start:e.end], e.type)
                                             for e in events(text).events]


@pytest.mark.parametrize("text", FIRINGS, ids=[t[:40] for t in FIRINGS])
def test_dismissing_a_person_is_no_rejection(text: str) -> None:
    assert _dismissals(text) == []
