"""What an accusation lays at someone's door is its content, no record of its own
(``events.content._charges``): the act alleged in the "of", "for" or "with" phrase of a verb
of accusing is the accuser's allegation, listed in the accusation's PLOVER record. And to
trade something away is a figure of speech, no trade.

Every sentence is our own wording, with invented states and towns. A row names the accusation
(``charge``) and the act alleged (``act``): the act must be the accusation's content. A near
miss tells the act as done by the report itself: it stays a record of its own.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, charge: str, act: str):
    return pytest.param(text, charge, act, id=id)


CHARGES = [
    row("accused-police-of-using-force", "Student leaders in Varrow accused the police of "
        "using force on students during the sit-in.", "accused", "using"),
    row("accused-of-shelling", "Belvania accused Tarsia of shelling border villages on "
        "Sunday.", "accused", "shelling"),
    row("accused-army-of-torturing", "Rights groups accused the army of torturing detainees "
        "in Kessel prison.", "accused", "torturing"),
    row("accused-no-actor-accuser", "The minister accused the rebels of attacking aid convoys "
        "near Dorlo.", "accused", "attacking"),
    row("blamed-for-burning", "Belvania blamed Tarsian militias for burning two villages "
        "near Kessel.", "blamed", "burning"),
    row("charged-with-beating", "Prosecutors in Lemmar charged three officers with beating a "
        "detainee.", "charged", "beating"),
    row("second-charge", "The opposition has accused the junta of selling the mines and of "
        "jailing its critics.", "accused", "jailing"),
    row("massing-troops", "The Ostrel government accused Kavaria of massing troops along the "
        "border.", "accused", "massing"),
    row("after-a-told-attack", "Ostrel's army shelled three villages on Sunday. Belvania "
        "accused Ostrel of killing civilians.", "accused", "killing"),
    row("pluperfect-accused", "Tarsia rejected the claims. Belvania had accused Tarsia's navy "
        "of seizing two trawlers.", "accused", "seizing"),
]


@pytest.mark.parametrize(("text", "charge", "act"), CHARGES)
def test_what_an_accusation_alleges_is_its_content(text: str, charge: str, act: str) -> None:
    ex = events(text)
    accusation, alleged = event_on(ex, charge), event_on(ex, act)
    assert alleged.content_of == accusation.id
    assert record_of(ex, alleged, contents=True) == accusation.id


@pytest.mark.parametrize(("text", "act"), [
    pytest.param("Belvania condemned Tarsia for bombing a bridge near Kessel.", "bombing",
                 id="condemned-for-a-told-act"),
    pytest.param("Belvania accused Tarsia on Monday after Tarsian jets bombed a bridge near "
                 "Kessel.", "bombed", id="after-clause"),
    pytest.param("Ostrel's army shelled three villages on Sunday, and Belvania accused it of "
                 "war crimes.", "shelled", id="told-before-the-accusation"),
])
def test_an_act_the_report_tells_is_its_own_record(text: str, act: str) -> None:
    ex = events(text)
    e = event_on(ex, act)
    assert e.content_of is None and record_of(ex, e, contents=True) == e.id


@pytest.mark.parametrize("text", [
    pytest.param("The opposition accused the junta of trading away the country's sovereignty "
                 "in the mining deal.", id="trading-away-sovereignty"),
    pytest.param("Critics said the government had bartered away the fishing rights of the "
                 "islands.", id="bartered-away"),
])
def test_giving_something_away_is_no_trade(text: str) -> None:
    assert not [e for e in events(text).events if e.type == "COOPERATE"]


def test_trade_itself_stays_trade() -> None:
    ex = events("Belvania will trade its surplus wheat for Tarsian fertiliser.")
    assert any(e.type == "COOPERATE" for e in ex.events)
