"""Datelines in fields and dates in byline blocks (issue 12 part 5: datelines not read).

A wire dateline may set its place and date apart with bars ("NAIROBI | 12 March 2026 | The
..."), on the lead's own line or alone above it; a byline may carry its label and date after
the writer's role without a separator ("By Ana Ruiz, Staff Writer Updated 14 May 2026"), and
a byline block may stand on lines of its own with no blank line before the lead. Each gives
the report's date, and the lead below is a sentence of its own, whose acts date from it and
keep their doers. Near misses: no year, a range, fields with no date. Our own sentences;
places and outlets are invented or common capitals.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import actorgraph
from actorgraph.ingest.dateline import dateline

LEAD = ("the harbour authority of the free port closed two of its piers on Tuesday after a "
        "dispute with the dockworkers' union over night shifts, officials said.")

DATED = [
    pytest.param(f"PORT ALVERIN | 14 March 2026 | The {LEAD}", dt.date(2026, 3, 14),
                 id="bars-on-the-lead-line"),
    pytest.param(f"Piers close\n\nOSTRAKAND | May 27, 2026 | The {LEAD}", dt.date(2026, 5, 27),
                 id="bars-under-a-headline"),
    pytest.param(f"KESTREL BAY | Sept. 9, 2026 (Harbourline) | The {LEAD}",
                 dt.date(2026, 9, 9), id="bars-and-an-outlet"),
    pytest.param(f"Piers close\nBy Mira Castellane, Staff Writer Updated 14 May 2026\nThe {LEAD}",
                 dt.date(2026, 5, 14), id="byline-role-then-label"),
    pytest.param(f"Piers close\nBy Mira Castellane, Staff Writer\nUpdated 14 May 2026\nThe {LEAD}",
                 dt.date(2026, 5, 14), id="byline-block-date-line-below"),
]

UNDATED = [
    pytest.param(f"PORT ALVERIN | March 4 | The {LEAD}", id="bars-no-year"),
    pytest.param(f"PORT ALVERIN | 3–5 June 2026 | The {LEAD}", id="bars-a-range"),
    pytest.param(f"Ports | Shipping | The {LEAD}", id="section-fields-no-date"),
    pytest.param(f"By Mira Castellane, Staff Writer\n\nThe {LEAD} The port was updated on 14 "
                 "May 2026.", id="byline-date-only-in-the-body"),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_a_dateline_in_fields_or_a_byline_block_dates_the_report(text, expected) -> None:
    found = dateline(text)
    assert found is not None and found.date == expected, found
    assert found.evidence in text


@pytest.mark.parametrize("text", UNDATED)
def test_no_full_date_in_the_fields_gives_none(text) -> None:
    assert dateline(text) is None


REPORTS = {
    # 12 March 2026 is a Thursday, 14 May 2026 a Thursday
    "bars": ("NAIROBI | 12 March 2026 | Police fired tear gas at protesters outside parliament "
             "on Tuesday.", "ASSAULT", "2026-03-10"),
    "byline": ("By Amina Odhiambo, Staff Writer\nUpdated 14 May 2026\nPolice arrested twelve "
               "protesters in Mombasa on Monday.", "COERCE", "2026-05-11"),
    "byline-one-line": ("By Amina Odhiambo, Staff Writer Updated 14 May 2026\nPolice arrested "
                        "twelve protesters in Mombasa on Monday.", "COERCE", "2026-05-11"),
}


def test_the_lead_under_such_a_date_is_dated_from_it_and_keeps_its_doer(tmp_path: Path) -> None:
    for name, (text, _, _) in REPORTS.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    actorgraph.build([tmp_path], db)
    out = tmp_path / "out"
    actorgraph.export(db, "jsonl", out)
    actors = {a["id"]: a for a in map(json.loads, (out / "actors.jsonl").open())}
    events = [json.loads(line) for line in (out / "events.jsonl").open()]
    for name, (_, kind, date) in REPORTS.items():
        found = [e for e in events if e["doc_id"] == name and e["type"] == kind]
        assert len(found) == 1, (name, events)
        assert found[0]["date"] == date, (name, found[0])
        doers = [actors[s] for s in found[0]["source"]]
        assert [(a["sector"], a["country"]) for a in doers] == [("COP", "KEN")], (name, doers)
