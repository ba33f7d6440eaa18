"""Police who charge a crowd assault it; people beaten by police are their victims.

"Riot police charged the crowd" is crowd control (ASSAULT 180, mode crowd-control), not the
charge of a crime (ACCUSE 112), which a crowd, a march or a rally cannot be brought; police
who charge protesters *with* a crime still accuse or arrest them. Protesters beaten or
wounded by police are the target of an ASSAULT by police, not the doers of a riot: also
when a second participle shares the passive ("were beaten and *injured* by police": the
by-phrase names the doer of both, and the protesters do neither).

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over, expect, names_match

CHARGES = [
    pytest.param("Two demonstrators were wounded when riot police charged the crowd in "
                 "Dalmir.", id="charged-the-crowd"),
    pytest.param("Mounted police charged the march as it reached the bridge in Velka.",
                 id="charged-the-march"),
    pytest.param("Gendarmes charged a rally of farmers outside the Lenk prefecture.",
                 id="charged-a-rally"),
    pytest.param("Police charged the vigil in Tessin late on Friday.", id="charged-the-vigil"),
]


@pytest.mark.parametrize("text", CHARGES)
def test_a_crowd_charged_is_crowd_control(text: str) -> None:
    over = events_over(text, "charged")
    assert [e for e in over if e.type == "ASSAULT" and e.mode == "crowd-control"], \
        describe(events(text))
    assert not [e for e in over if e.type == "ACCUSE"], describe(events(text))


KEPT = [
    pytest.param("Police charged twelve protesters with arson in Velka.", "COERCE",
                 id="charged-with-arson"),
    pytest.param("The prosecutor charged the union leader with incitement.",
                 ("ACCUSE", "COERCE"), id="charged-with-incitement"),
]


@pytest.mark.parametrize("text, kind", KEPT)
def test_a_charge_of_a_crime_stays_legal(text: str, kind) -> None:
    over = events_over(text, "charged")
    kinds = (kind,) if isinstance(kind, str) else kind
    assert [e for e in over if e.type in kinds], describe(events(text))
    assert not [e for e in over if e.type == "ASSAULT"], describe(events(text))


BEATEN = [
    pytest.param("Protesters were beaten and injured by police in Velka on Saturday.",
                 "beaten", "police", "Protesters", id="beaten-and-injured-by-police"),
    pytest.param("Three students were detained and beaten by soldiers in Tessin.", "beaten",
                 "soldiers", "students", id="detained-and-beaten-by-soldiers"),
    pytest.param("Marchers were kicked and beaten by gendarmes outside the Lenk prefecture.",
                 "beaten", "gendarmes", "Marchers", id="kicked-and-beaten-by-gendarmes"),
]


@pytest.mark.parametrize("text, word, doer, victims", BEATEN)
def test_people_beaten_are_no_doers(text: str, word: str, doer: str, victims: str) -> None:
    ex = events(text)
    assert [e for e in events_over(text, word) if e.type == "ASSAULT"
            and names_match(ex, e.source, doer)], describe(ex)
    assert not [e for e in ex.events if e.type in ("ASSAULT", "PROTEST")
                and names_match(ex, e.source, victims)], describe(ex)


def test_an_active_conjunct_keeps_the_passive_subject() -> None:
    expect("The Kessel minister was indicted on Monday and resigned on Tuesday.", "RETREAT",
           source="Kessel")


def test_protesters_beaten_by_police_are_the_target() -> None:
    text = "Protesters were beaten by police in Velka on Saturday."
    expect(text, "ASSAULT", source="police", target="Protesters")
    assert not [e for e in events_over(text, "beaten") if e.type == "PROTEST"], \
        describe(events(text))
