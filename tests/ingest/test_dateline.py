"""``ingest.dateline``: a report's publication date read from the head of its text.

Rows that must hold (a full date in the top matter or opening the lead), then near misses that
must give nothing (no year, a date inside a sentence or deep in the body, a year alone, a range,
a quote, a headline that mentions a date). Outlets and places are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import actorgraph
from actorgraph.config import DEFAULT
from actorgraph.ingest import Input, read
from actorgraph.ingest.dateline import dateline
from actorgraph.records import Document

LEAD = ("the harbour authority of the free port closed two of its piers on Tuesday after a "
        "dispute with the dockworkers' union over night shifts, officials said.")
MORE = ("Talks between the two sides are expected to resume later in the week, according to "
        "a spokesperson for the union, who asked not to be named.")

DATED = [
    # a wire dateline opening the lead: place, date, outlet, dash
    (f"Piers close in Port Alverin\n\nPORT ALVERIN, 14 March 2026 (Tidewire) - The {LEAD}",
     dt.date(2026, 3, 14)),
    # place with its country, month-first date, an em dash
    (f"OSTRAKAND, Velmoria, May 27, 2026 — The {LEAD}\n\n{MORE}", dt.date(2026, 5, 27)),
    # abbreviated month, the outlet in brackets before the date, a double hyphen, hard-wrapped
    ("KESTREL BAY (Harbourline), Sept. 9, 2026 -- Three fishing crews\nreturned to port on "
     "Tuesday after the storm,\nthe coastguard said.", dt.date(2026, 9, 9)),
    # a title-case place and the dateline on the lead's first line, without a headline
    (f"Drenvik, 3 June 2026: The {LEAD}", dt.date(2026, 6, 3)),
    # a press release's outlet between slashes
    (f"OSTRAKAND, June 2, 2026 /Harbourline/ -- The {LEAD}", dt.date(2026, 6, 2)),
    # a headline asking a question is no prose: the date line under it still counts
    (f"Will the free port reopen before the winter season?\n\nFriday 6 November 2026\n\n"
     f"The {LEAD}", dt.date(2026, 11, 6)),
    # a live blog's date line alone under the headline
    (f"Live: strike at the free port\n\nFriday, 6 November 2026\n\nThe {LEAD}",
     dt.date(2026, 11, 6)),
    # a labelled date line with a time and a zone
    (f"Piers close\n\nUpdated 21 January 2026, 14:05 GMT\n\nThe {LEAD}", dt.date(2026, 1, 21)),
    # the first of two labelled dates
    (f"Piers close\n\nPublished 3 June 2026 Updated 4 June 2026\n\nThe {LEAD}",
     dt.date(2026, 6, 3)),
    # a byline line with fields
    (f"Piers close\n\nBy Mira Castellane | 12 Feb 2026 | 09:40\n\nThe {LEAD}",
     dt.date(2026, 2, 12)),
    (f"Piers close\nBy Mira Castellane, Kestrel Gazette, 12th February 2026\nThe {LEAD}",
     dt.date(2026, 2, 12)),
    # ISO dates: alone, and as a labelled timestamp
    (f"Piers close\n\n2026-07-03\n\nThe {LEAD}", dt.date(2026, 7, 3)),
    (f"Piers close\n\nPublished: 2026-07-03T08:15:00Z\n\nThe {LEAD}", dt.date(2026, 7, 3)),
    # a communiqué: the line of issue at the top, or as its last line
    (f"Joint statement on the free port\n\nIssued in Drenvik on 3 June 2026\n\nThe {LEAD}",
     dt.date(2026, 6, 3)),
    (f"Joint statement on the free port\n\nThe {LEAD}\n\n{MORE}\n\n"
     "Issued at Ostrakand on 9 September 2026.", dt.date(2026, 9, 9)),
    # a standfirst between the headline and the dateline
    (f"Piers close\n\n{MORE}\n\nPORT ALVERIN, 14 March 2026 - The {LEAD}",
     dt.date(2026, 3, 14)),
    # a dateline on a line of its own, its dash or colon ending the line (the lead below)
    (f"PORT ALVERIN, 14 March 2026 (Tidewire) -\n\nThe {LEAD}", dt.date(2026, 3, 14)),
    (f"Piers close\n\nOSTRAKAND, Velmoria, 27 May 2026 —\nThe {LEAD}", dt.date(2026, 5, 27)),
    (f"KESTREL BAY, Sept. 9, 2026 (Harbourline):\n\nThe {LEAD}", dt.date(2026, 9, 9)),
    # a dash, not a comma, between the place and the date
    (f"Piers close\n\nPORT ALVERIN — 14 March 2026\n\nThe {LEAD}", dt.date(2026, 3, 14)),
    (f"DRENVIK, Velmoria - 3 June 2026 (Tidewire) - The {LEAD}", dt.date(2026, 6, 3)),
    # two places of a story filed from both, joined by a slash
    (f"OSTRAKAND / DRENVIK, Velmoria, 7 October 2026 (Harbourline) -\n\nThe {LEAD}",
     dt.date(2026, 10, 7)),
    (f"Piers close\n\nKestrel Bay/Port Alverin, 14 March 2026 - The {LEAD}",
     dt.date(2026, 3, 14)),
    # a weekday before the date, perhaps after "on"
    (f"OSTRAKAND, on Wednesday 7 October 2026 (Harbourline) —\n\nThe {LEAD}",
     dt.date(2026, 10, 7)),
]

UNDATED = [
    # no year: nothing is guessed
    f"Piers close\n\nPORT ALVERIN, March 4 (Tidewire) - The {LEAD}",
    f"Piers close\n\nFriday, 6 November\n\nThe {LEAD}",
    # a month and a year, not a day
    f"Piers close\n\nMarch 2026\n\nThe {LEAD}",
    # a date inside a sentence of the lead
    ("The two governments signed the accord on 3 June 2015 in Ostrakand, and the harbour "
     "authority closed two piers on Tuesday, officials said."),
    "On 3 June 2026, the harbour authority of the free port closed two of its piers.",
    # a historical year alone
    f"Piers close\n\nIn 1984 the free port was built.\n\n1984\n\nThe {LEAD}",
    # a date range
    f"Harbour festival\n\n3–5 June 2026\n\nThe {LEAD}",
    f"Harbour festival\n\nJune 3-5, 2026\n\nThe {LEAD}",
    f"Harbour festival\n\nBy Mira Castellane | 3 June – 5 June 2026\n\nThe {LEAD}",
    # a date in a quote
    f"Piers close\n\n“14 March 2026 will be remembered,” the mayor said.\n\nThe {LEAD}",
    f"Piers close\n\n\"14 March 2026\"\n\nThe {LEAD}",
    # a headline that mentions a date is no date line
    f"Talks set for 3 June 2026 in Drenvik\n\nThe {LEAD}",
    # a date deep in the body
    f"Piers close\n\nThe {LEAD}\n\n{MORE}\n\n{MORE}\n\n14 March 2026\n\n{MORE}",
    f"Piers close\n\nThe {LEAD}\n\n{MORE}\n\nKESTREL BAY, 14 March 2026 - {MORE}\n\n{MORE}",
    # no such day
    f"Piers close\n\n31 February 2026\n\nThe {LEAD}",
    # a headline of a place, a dash and a date-like phrase that is no full date
    f"PORT ALVERIN — the March 2026 strike\n\nThe {LEAD}",
    # a dash-ended line whose date is inside a sentence, not after a place
    f"The port reopened on 14 March 2026 -\n\nThe {LEAD}",
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_full_date_at_the_head_is_the_publication_date(text: str, expected: dt.date) -> None:
    found = dateline(text)
    assert found is not None and found.date == expected
    assert found.evidence in text


@pytest.mark.parametrize("text", UNDATED)
def test_no_full_date_at_the_head_gives_none(text: str) -> None:
    assert dateline(text) is None


def read_all(path: Path, kind: str) -> tuple[list[Document], list[str]]:
    records = list(read([Input(path, kind)], DEFAULT))
    return ([r for r in records if isinstance(r, Document)],
            [str(r) for r in records if not isinstance(r, Document)])


WIRE = f"PORT ALVERIN, 14 March 2026 (Tidewire) - The {LEAD}"


def test_text_file_takes_its_dateline_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "piers.txt"
    path.write_text(WIRE, encoding="utf-8")
    [doc], problems = read_all(path, "text")
    assert doc.published == dt.date(2026, 3, 14)
    assert len(problems) == 1 and "W005" in problems[0] and str(path) in problems[0]
    assert "warning" in problems[0] and "2026-03-14" in problems[0]


def test_text_file_without_a_dateline_stays_undated(tmp_path: Path) -> None:
    path = tmp_path / "piers.txt"
    path.write_text(f"The {LEAD}", encoding="utf-8")
    [doc], problems = read_all(path, "text")
    assert doc.published is None and problems == []


def test_jsonl_published_wins_over_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    rows = [{"id": "a", "text": WIRE, "published": "2026-03-15"}, {"id": "b", "text": WIRE}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, problems = read_all(path, "jsonl")
    assert [d.published for d in docs] == [dt.date(2026, 3, 15), dt.date(2026, 3, 14)]
    assert len(problems) == 1 and "W005" in problems[0] and f"{path}:2" in problems[0]


def page(head: str, lead: str) -> str:
    return (f"<html><head>{head}<title>Piers close</title></head><body><article>"
            f"<h1>Piers close</h1><p>{lead}</p><p>{MORE}</p><p>{MORE}</p>"
            "</article></body></html>")


def test_html_page_date_wins_over_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "piers.html"
    meta = '<meta property="article:published_time" content="2026-03-15T10:00:00Z">'
    path.write_text(page(meta, WIRE), encoding="utf-8")
    [doc], problems = read_all(path, "html")
    assert doc.published == dt.date(2026, 3, 15) and problems == []


def test_html_page_without_a_date_takes_its_dateline(tmp_path: Path) -> None:
    path = tmp_path / "piers.html"
    path.write_text(page("", WIRE), encoding="utf-8")
    [doc], problems = read_all(path, "html")
    assert doc.published == dt.date(2026, 3, 14)
    assert problems == [] or (len(problems) == 1 and "W005" in problems[0])


def test_weekday_in_a_report_is_resolved_against_its_dateline(tmp_path: Path) -> None:
    """End to end: two plain-text reports, each dated only by its dateline; the closure "on
    Tuesday" falls on the Tuesday before each report's date (none is dated without it)."""
    arrest = ("Police arrested three leaders of the dockworkers' union in Port Alverin on "
              "Tuesday, officials said.")
    (tmp_path / "a.txt").write_text(f"Union leaders held\n\nPORT ALVERIN, 14 March 2026 "
                                    f"(Tidewire) - {arrest}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Union leaders held\n\nOSTRAKAND, Velmoria, May 29, 2026 "
                                    f"— {arrest} {MORE}\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    report = actorgraph.build([tmp_path], db)
    assert report.added == 2
    out = tmp_path / "out"
    actorgraph.export(db, "jsonl", out)
    docs = {d["id"]: d for d in map(json.loads, (out / "documents.jsonl").open())}
    assert (docs["a"]["published"], docs["b"]["published"]) == ("2026-03-14", "2026-05-29")
    events = [json.loads(line) for line in (out / "events.jsonl").open()]
    arrests = {e["doc_id"]: e["date"] for e in events if e["type"] == "COERCE"}
    # 14 March 2026 is a Saturday, 29 May 2026 a Friday
    assert arrests == {"a": "2026-03-10", "b": "2026-05-26"}
