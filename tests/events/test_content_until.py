"""What a protest holds out for: an act not yet done in its "until" clause is its demand,
the protest's content, no record of its own (``events.content._until_met``).

Every sentence is our own wording, with invented towns. A row names the protest (``protest``)
and the act its "until" clause names (``act``): the act must be the protest's content, so
that the PLOVER export writes it in the protest's record. A near miss tells the protest as
over, or no protest at all: the act stays a record of its own.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, protest: str, act: str):
    return pytest.param(text, protest, act, id=id)


DEMANDS = [
    row("strike-would-continue-until", "The union said the strike in Kelvo would continue "
        "until the government gives a written commitment to raise wages.", "strike",
        "gives"),
    row("keep-blocking-until", "Farmers vowed to keep blocking the highway until the ministry "
        "signs a written guarantee on prices.", "blocking", "signs"),
    row("stay-on-strike-until", "Nurses will stay on strike until the health ministry agrees "
        "to hire more staff, their union said.", "strike", "agrees"),
    row("sit-in-will-go-on-until", "The sit-in outside the parliament will go on until the "
        "speaker meets the students.", "sit-in", "meets"),
    row("remain-on-strike-until", "Dockers will remain on strike until the port authority "
        "withdraws the new shift rules.", "strike", "withdraws"),
    row("till", "Dockers will remain on strike till the port authority withdraws the new "
        "shift rules.", "strike", "withdraws"),
    row("march-every-week-until", "Farmers will march on the capital every week until the "
        "ministry lifts the import ban.", "march", "lifts"),
    row("communique-shall-continue", "The teachers' union declares that the strike shall "
        "continue until the ministry signs the agreement on salaries.", "strike", "signs"),
]


@pytest.mark.parametrize(("text", "protest", "act"), DEMANDS)
def test_what_a_protest_holds_out_for_is_its_content(text: str, protest: str,
                                                     act: str) -> None:
    ex = events(text)
    held, demand = event_on(ex, protest, "PROTEST"), event_on(ex, act)
    assert demand.content_of == held.id
    assert record_of(ex, demand, contents=True) == held.id


@pytest.mark.parametrize(("text", "act"), [
    pytest.param("The strike continued until the government agreed to raise wages.", "agreed",
                 id="protest-told-as-over"),
    pytest.param("Troops will stay in Kelvo until the rebels withdraw from the border.",
                 "withdraw", id="no-protest"),
])
def test_an_act_no_protest_holds_out_for_is_its_own_record(text: str, act: str) -> None:
    ex = events(text)
    e = event_on(ex, act)
    assert e.content_of is None and record_of(ex, e, contents=True) == e.id
