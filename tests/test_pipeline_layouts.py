"""The same report in three layouts gives the same records (flip table).

Blank-line paragraphs, one paragraph per line and hard-wrapped at 70 columns: events (with
their episodes and retellings), quotes and their speakers, and claims must not depend on the
layout, since ingest stores one text for all three (``tests/ingest/test_paragraphs.py``).
"""

from __future__ import annotations

import textwrap

import pytest

from actorgraph.pipeline import extract

PARAGRAPHS = [
    "Farmers block the ring road outside Castrel",
    "Farmers drove about two hundred tractors onto the ring road outside Castrel on Tuesday, "
    "blocking traffic for most of the day to protest against a cut in grain subsidies.",
    "\u201cThe ministry has left us no choice,\u201d said Olek Varsa, a spokesman for the "
    "growers' federation. Police detained six drivers in the evening.",
    "The farmers blocked the road again on Wednesday. The agriculture minister offered to "
    "meet the federation on Friday.",
]
LAYOUTS = {
    "blank lines": "\n\n".join(PARAGRAPHS),
    "one per line": "\n".join(PARAGRAPHS),
    "wrapped at 70": "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS),
}


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return extract(LAYOUTS["blank lines"], published="2026-03-03")


@pytest.mark.parametrize("layout", ["one per line", "wrapped at 70"])
def test_same_records_in_every_layout(layout: str, reference) -> None:  # type: ignore[no-untyped-def]
    got = extract(LAYOUTS[layout], published="2026-03-03")
    assert got.document.text == reference.document.text
    assert got.events == reference.events
    assert got.quotes == reference.quotes
    assert got.claims == reference.claims


def test_the_report_has_events_and_a_speaker(reference) -> None:  # type: ignore[no-untyped-def]
    assert {e.type for e in reference.events} >= {"PROTEST"}
    assert reference.quotes and reference.quotes[0].speaker is not None
