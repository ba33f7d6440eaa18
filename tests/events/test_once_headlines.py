"""A headline restates its lead: the act of the headline is the lead's act told again, however
the page sets the lead apart and however briefly the headline names the doer.

Our own wording, invented towns. A row names the lead's act (``act``) and the headline's word
(``again``): the headline's event retells the lead's. Pages put a dateline or a byline on a
line of their own between the two, or a line of context before the lead; headlines call a
country's forces or officials by the country ("Turkey strikes", "Egypt, Sudan hold talks")
and drop the words that set a group apart ("Gunmen" for "unidentified gunmen"). A near miss
is a headline over a lead that tells another act of its type, by another doer.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of
from .test_one_act_lines import row

HEADLINES = [
    row("dateline-line", "Troops clash with rebels near Solbeck\n\nSOLBECK, Ondrasia, May 2 -\n"
        "Government troops fought rebels of the Solbeck Front near the town on Sunday, the "
        "army said.", "fought", "clash"),
    row("context-line-first", "Zerevia recalls its envoy from Calladon\n\nTensions rose sharply "
        "between the two neighbours this week.\n\nZerevia recalled its ambassador to Calladon "
        "on Thursday, its foreign ministry said.", "recalled", "recalls"),
    row("byline-between", "Gunmen kill five villagers in Drevno\n\nBy a staff reporter\n\n"
        "Unidentified gunmen shot dead five villagers in Drevno late on Monday, local officials "
        "said.", "shot", "kill"),
    row("country-for-its-aircraft", "Turkey strikes Kurdish militants in northern Iraq\n\n"
        "Turkish warplanes bombed positions of Kurdish militants in northern Iraq on Wednesday, "
        "the defence ministry said.", "bombed", "strikes"),
    row("countries-for-officials", "Egypt, Sudan hold talks on Nile dam\n\nCAIRO, March 9 - "
        "Egyptian and Sudanese officials met in Cairo on Sunday to discuss the dam, the foreign "
        "ministry said.", "met", "hold talks"),
    row("police-of-the-town", "Police detain 30 students in Lannet\n\nRiot police in Lannet "
        "detained 30 students on Tuesday after a sit-in at the university.", "detained",
        "detain "),
]

NEAR_MISSES = [
    row("other-doer-same-type", "Rebels shell army base near Kirrow\n\nKIRROW, June 3 -\n"
        "Government troops shelled a rebel camp near Harsk on Monday, officials said.",
        "shelled", "shell "),
    row("other-country-same-type", "Turkey strikes Kurdish militants in northern Iraq\n\n"
        "Iranian drones bombed Kurdish positions near the border on Wednesday, officials "
        "said.", "bombed", "strikes"),
]


@pytest.mark.parametrize(("text", "act", "again"), HEADLINES)
def test_a_headline_retells_its_lead(text: str, act: str, again: str) -> None:
    ex = events(text)
    lead, headline = event_on(ex, act), event_on(ex, again)
    assert lead.id != headline.id
    assert record_of(ex, lead) == lead.id, "the lead's act retells nothing"
    assert record_of(ex, headline) == lead.id


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_a_headline_over_another_act_stays_its_own(text: str, act: str, again: str) -> None:
    ex = events(text)
    lead, headline = event_on(ex, act), event_on(ex, again)
    assert record_of(ex, headline) != record_of(ex, lead)
