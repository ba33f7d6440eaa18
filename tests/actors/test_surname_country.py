"""The country of a person known only by a surname a famous politician shares (our own
sentences; ``Dictionary.surname_country``, a fallback: "Bush" is a US president when nothing
else says who he is).

A full name the table does not list ("Elena Garcia", a given name and a family name) is
someone else's: a surname a politician of one country bears says little of where this person
serves, so the country the report places its officials in wins over it, where his own
sentences point to no other (a foreign visitor beside him); the surname's country stands
otherwise, and when the report names no country at all. A bare surname ("President Garcia",
"Mr Lopez") may be the famous one and keeps the surname's country; one with a title
("Police Commissioner Singh") is an official the report places.

Rows: ``has`` (an actor so named has this country).
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of


def has(id: str, text: str, name: str, country: str | None):
    return pytest.param(text, name, country, id=id)


CONTEXT_WINS = [
    has("mexico-garcia",
        "Mexico's security cabinet met on Tuesday after the ambush in Sinaloa. Security "
        "Minister Elena Garcia said the troops would stay.", "Elena Garcia", "MEX"),
    has("spain-lopez",
        "Spain's government tightened checks at the port of Algeciras. Interior Minister "
        "Pablo Lopez told reporters the patrols would double.", "Pablo Lopez", "ESP"),
    has("fiji-singh",
        "Fiji's police arrested four men in Lautoka overnight, Police Commissioner Ravin Singh "
        "said.", "Ravin Singh", "FJI"),
    has("kenya-mohamed",
        "Kenya closed two crossings near Mandera on Friday. Interior Minister Aden Mohamed "
        "said the closure would last a week.", "Aden Mohamed", "KEN"),
    has("chile-perez",
        "Chile sent more police to the south on Monday. Defence Minister Ana Perez said the "
        "army would not be deployed.", "Ana Perez", "CHL"),
    has("sudan-ali",
        "Sudan's government rejected the proposal. Foreign Minister Hamid Ali called it "
        "premature.", "Hamid Ali", "SDN"),
    has("peru-rodriguez",
        "Peru declared a state of emergency in Puno. Prime Minister Julio Rodriguez said "
        "the measure was temporary.", "Julio Rodriguez", "PER"),
    has("ecuador-flores",
        "Ecuador recalled its ambassador on Thursday. Foreign Minister Lucia Flores said "
        "relations would be reviewed.", "Lucia Flores", "ECU"),
]

FALLBACK_STANDS = [
    # no country in the report: the surname's is all there is
    has("no-context-full-name",
        "Security Minister Elena Garcia said the troops would stay in the valley.",
        "Elena Garcia", "PER"),
    has("no-context-bare", "President Garcia said on Tuesday that the troops would stay.",
        "Garcia", "PER"),
    # a foreign party beside him in his sentence is not his country
    has("host-of-a-visitor",
        "Japan's trade minister, Ken Oda, arrived in Lima on Monday for talks with Foreign "
        "Minister Rosa Garcia on copper.", "Rosa Garcia", "PER"),
    # what he says of another country is no sign of his own
    has("says-of-another-country",
        "SUVA, June 3 - Fiji's police arrested four men in Lautoka on Monday.\n\n"
        "Police Commissioner Ravin Singh said the suspects had flown in from Australia.",
        "Ravin Singh", "FJI"),
    has("titled-bare-surname",
        "Fiji's police arrested four men in Lautoka overnight. Police Commissioner Singh said "
        "more arrests would follow.", "Singh", "FJI"),
    # a bare surname may be the famous one
    has("bare-surname-keeps", "Mr Lopez told reporters in Caracas that talks would resume.",
        "Lopez", "VEN"),
]


@pytest.mark.parametrize(("text", "name", "country"), CONTEXT_WINS + FALLBACK_STANDS)
def test_the_country_of_a_surname(text: str, name: str, country: str | None) -> None:
    assert actor_named(actors_of(text), name).country == country
