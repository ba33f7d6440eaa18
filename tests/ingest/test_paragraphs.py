"""One notion of paragraph after ingest, whatever the layout of the input.

The stored text separates paragraphs by one blank line and by nothing else: a blank line in
the input is a paragraph break; a single line break is a hard wrap (the next line's first word
would not have fitted on the line, read against the text's longest line, between 40 and 100
columns, and at least two breaks read so) and becomes a space; any other single line break
ends a paragraph (one paragraph per line, a headline over its body, extracted HTML). So every
stage that asks whether two words share a paragraph (``nlp.same_paragraph``) reads a
hard-wrapped report and the same report one paragraph per line alike.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from actorgraph.config import DEFAULT
from actorgraph.ingest.normalize import normalize
from actorgraph.ingest.readers import read_jsonl
from actorgraph.records import Document

PARAGRAPHS = [
    "Dockworkers walk out at the northern port",
    "Several hundred dockworkers stopped loading ships at the northern port of Valmora on "
    "Friday morning, demanding that the harbour authority restore the night shift bonus it "
    "cut in the spring.",
    "\u201cWe will not go back until the bonus is paid,\u201d said Ines Tarrow, who leads the "
    "port workers' union. The authority called the strike illegal and threatened to hire "
    "replacement crews.",
    "The union walked out again on Saturday.",
]
BLANK = "\n\n".join(PARAGRAPHS)
LINES = "\n".join(PARAGRAPHS)
WRAPPED = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
WRAPPED_TIGHT = "\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)  # no blank lines at all

LAYOUTS = {"blank lines": BLANK, "one per line": LINES, "wrapped at 70": WRAPPED,
           "wrapped at 70, no blank line": WRAPPED_TIGHT,
           "wrapped at 64, CRLF": "\r\n\r\n".join(
               textwrap.fill(p, 64).replace("\n", "\r\n") for p in PARAGRAPHS)}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_stores_the_same_text(layout: str) -> None:
    assert normalize(LAYOUTS[layout]) == BLANK


CASES = [
    # (raw, stored): a short line whose next word would have fitted is a paragraph's end.
    ("Rebels seize the river town\n" + textwrap.fill(
        "The rebels took the town after a night of shelling and held the bridge by dawn, then "
        "pushed on toward the provincial capital and its airport.", 60),
     "Rebels seize the river town\n\nThe rebels took the town after a night of shelling and "
     "held the bridge by dawn, then pushed on toward the provincial capital and its airport."),
    # One wrap-like break alone is no evidence of a wrap width: a head line over the body.
    ("By Ana Ruiz, Staff Writer, updated 14 May 2026\nPolice held twelve protesters in "
     "Mombasa.",
     "By Ana Ruiz, Staff Writer, updated 14 May 2026\n\nPolice held twelve protesters in "
     "Mombasa."),
    # Lines too short to be a wrap width: each is its own paragraph (a list).
    ("Dead: 4\nInjured: 11\nMissing: 2", "Dead: 4\n\nInjured: 11\n\nMissing: 2"),
    # Lines too long for a wrap width: one paragraph per line.
    ("x" * 120 + "\nThe talks resumed.", "x" * 120 + "\n\nThe talks resumed."),
]


@pytest.mark.parametrize(("raw", "stored"), CASES)
def test_line_breaks(raw: str, stored: str) -> None:
    assert normalize(raw) == stored


def test_stored_text_has_no_single_line_break() -> None:
    for raw in [*LAYOUTS.values(), *(raw for raw, _ in CASES)]:
        text = normalize(raw)
        assert "\n" not in text.replace("\n\n", ""), raw


def test_jsonl_body_one_paragraph_per_line() -> None:
    line = json.dumps({"id": "r1", "text": LINES}).encode()
    (doc,) = [r for r in read_jsonl(iter([(line, len(line))]), "feed.jsonl", "feed", DEFAULT)
              if isinstance(r, Document)]
    assert doc.text == BLANK


def test_html_paragraphs_and_line_breaks() -> None:
    from actorgraph.ingest.readers import read_html

    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    page = (f"<html><head><title>{PARAGRAPHS[0]}</title></head><body><article>"
            f"<h1>{PARAGRAPHS[0]}</h1>{body}<p>First line<br>second line</p>"
            "</article></body></html>").encode()
    docs = [r for r in read_html(page, "page.html", "page", DEFAULT) if isinstance(r, Document)]
    assert docs
    text = docs[0].text
    assert "\n" not in text.replace("\n\n", "")
    for p in PARAGRAPHS[1:]:
        assert p in text.split("\n\n")
