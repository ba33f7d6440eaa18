"""A headline's act takes the date its lead gives it (events/headlines.dated, dates6 class 4):
"Rebels seize Marrow" over "Rebels seized Marrow on Friday" is Friday's, not the publication
day's. Near misses: a lead that dates nothing, or tells the act as undated, leaves the headline
its stand-in. Our own wording; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import events

D = dt.date
WED = D(2026, 10, 14)  # a Wednesday


def story(id: str, headline: str, lead: str, trigger: str, expected: dt.date | None,
          precision: str | None, basis: str | None):
    text = f"{headline}\n\n{lead}\n\nThe two sides gave no further details."
    return pytest.param(text, trigger, expected, precision, basis, id=id)


STORIES = [
    story("seize-friday", "Rebels seize border town of Marrow", "Rebels of the Dorn Brigade "
          "seized the border town of Marrow on Friday after heavy fighting, the army said.",
          "seize", D(2026, 10, 9), "day", "text"),
    story("arrest-monday", "Police arrest 30 students in Brelovo", "Police in Brelovo "
          "arrested 30 students on Monday during a sit-in at the university.", "arrest",
          D(2026, 10, 12), "day", "text"),
    story("expel-tuesday", "Dorsk expels two Velarian diplomats", "Dorsk expelled two "
          "Velarian diplomats on Tuesday, accusing them of spying.", "expels",
          D(2026, 10, 13), "day", "text"),
    story("kill-sunday", "Gunmen kill four soldiers near Tarsk", "Gunmen killed four soldiers "
          "at a checkpoint near Tarsk on Sunday night, officials said.", "kill",
          D(2026, 10, 11), "day", "text"),
    story("recall-saturday", "Velaria recalls ambassador from Dorsk", "Velaria recalled its "
          "ambassador from Dorsk on Saturday after a row over fishing rights.", "recalls",
          D(2026, 10, 10), "day", "text"),
    story("block-friday", "Protesters block road to Kessel airport", "Hundreds of protesters "
          "blocked the road to Kessel airport on Friday to demand fuel subsidies.", "block",
          D(2026, 10, 9), "day", "text"),
    # near misses: the lead gives no date, or tells the act at a time it does not give
    story("lead-undated", "Rebels seize border town of Marrow", "Rebels of the Dorn Brigade "
          "seized the border town of Marrow after heavy fighting, the army said.", "seize",
          WED, "day", "publication"),
    story("lead-months-ago", "Police arrest 30 students in Brelovo", "Police in Brelovo "
          "arrested 30 students months ago during a sit-in at the university.", "arrest",
          WED, "day", "publication"),
]


@pytest.mark.parametrize("text, trigger, expected, precision, basis", STORIES)
def test_headline_date(text, trigger, expected, precision, basis):
    ex = events(text, WED)
    headline = text.index("\n")
    found = [e for e in ex.events if e.end <= headline and trigger in text[e.start:e.end]]
    assert found, [(text[e.start:e.end], e.type) for e in ex.events]
    assert (found[0].date, found[0].date_precision, found[0].date_basis) == (
        expected, precision, basis)
