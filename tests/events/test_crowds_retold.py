"""The protest that crowd control implies, told after a protest its document told, is that
protest told again (``events.crowds.policed``).

Every sentence is our own wording, with invented towns. A row names the words of the protest
told first (``act``) and of the crowd the police acted on (``crowd``): the PROTEST on the
crowd's words must retell the first, so that the PLOVER export writes one record. A near miss
gives the crowd control a day or a town of its own: another protest.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, act: str, crowd: str):
    return pytest.param(text, act, crowd, id=id)


RETOLD = [
    row("tear-gas-at-protesters", "Thousands of teachers marched through Orvel on Saturday to "
        "demand higher pay. Police fired tear gas at protesters near the town hall.",
        "marched", "protesters"),
    row("dispersed-the-protesters", "Hundreds of farmers rallied outside the parliament in "
        "Kelva on Monday. Riot police later dispersed the protesters with water cannon.",
        "rallied", "protesters"),
    row("opened-fire-on-a-sit-in", "Opposition supporters staged a sit-in outside the "
        "electoral commission in Marvo on Sunday. Security forces opened fire on protesters, "
        "killing two.", "staged", "protesters"),
    row("wire-paragraphs", "Thousands of students rallied in Velmora on Tuesday against "
        "tuition fees.\n\nRiot police fired rubber bullets at demonstrators outside the "
        "education ministry, witnesses said.", "rallied", "demonstrators"),
    row("live-blog", "13:05 - Hundreds of taxi drivers are blocking the ring road in Dunmore.\n"
        "13:40 - Police are using water cannon against the protesters.", "blocking",
        "protesters"),
    row("batons-to-disperse", "Garment workers protested in Tirva on Wednesday over unpaid "
        "wages. Police used batons to disperse the protesters.", "protested", "protesters"),
    row("party-statement", "The opposition held a rally in Marvo on 12 April. Security forces "
        "fired tear gas at demonstrators, the party said in a statement.", "held a rally",
        "demonstrators"),
    row("a-paragraph-later", "Pensioners marched on the finance ministry in Dorvel on Monday "
        "to protest against cuts.\n\nThe march was the largest this year.\n\nPolice fired tear "
        "gas at the protesters as they reached the ministry.", "marched", "the protesters"),
]

NEAR_MISSES = [
    row("another-day-another-town", "Hundreds of farmers rallied outside the parliament in "
        "Kelva on Monday. On Thursday police dispersed protesters in Marsk.", "rallied",
        "protesters"),
    row("another-town", "Hundreds of farmers rallied outside the parliament in Kelva on Monday. "
        "Police fired tear gas at protesters in Marsk, a hundred kilometres away.", "rallied",
        "protesters"),
]


@pytest.mark.parametrize(("text", "act", "crowd"), RETOLD)
def test_the_policed_crowd_retells_the_protest_told_before(text: str, act: str,
                                                           crowd: str) -> None:
    ex = events(text)
    first, again = event_on(ex, act, "PROTEST"), event_on(ex, crowd, "PROTEST")
    assert first.id != again.id
    assert record_of(ex, again) == record_of(ex, first)


@pytest.mark.parametrize(("text", "act", "crowd"), NEAR_MISSES)
def test_a_crowd_policed_elsewhere_or_later_protests_of_its_own(text: str, act: str,
                                                                crowd: str) -> None:
    ex = events(text)
    first, again = event_on(ex, act, "PROTEST"), event_on(ex, crowd, "PROTEST")
    assert record_of(ex, again) != record_of(ex, first)
