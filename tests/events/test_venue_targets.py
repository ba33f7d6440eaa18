"""A city in the "in" phrase of an act's noun is where the act was, not whom it is aimed at
(target grid: "met in Paris" has no target Paris; "talks in Geneva with Iran" have Iran).

PLOVER's recipient is the one acted upon. An agreement signed, talks held or suspended, a
summit hosted "in Addis Ababa" happen there; the city is their venue, for every type. A place
still reaches an act aimed at it: a depot "in Odesa" is struck (the thing hit stands for its
state), a curfew "in Kano" is imposed on Kano (the events stage reads such a place as the
target of the types aimed at places when nothing else is).

Every sentence is our own wording, written before the rule.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, matching


def row(id: str, text: str, type_: OneOrMore, source: Names | None, target: Names | None):
    return pytest.param(text, type_, source, target, id=id)


PRESENT = [
    row("talks-in-with", "Swiss diplomats held talks in Geneva with Iran on Monday.",
        "CONSULT", ("Swiss", "Switzerland"), "Iran"),
    row("depot-in-city-struck", "Russian drones hit an oil depot in Odesa overnight.",
        "ASSAULT", "Russia", ("Odesa", "Ukrain")),
    row("curfew-in-city", "The army imposed a curfew in Kano after the riots.",
        "COERCE", "army", "Kano"),
]

ABSENT = [
    row("agreement-signed-in", "Ghana and Togo signed a border agreement in Addis Ababa on "
        "Monday.", ("SUPPORT", "AGREE", "COOPERATE"), None, "Addis"),
    row("pact-concluded-in", "Kenya and Somalia signed a security pact in Djibouti.",
        ("SUPPORT", "AGREE", "COOPERATE"), None, "Djibouti"),
    row("talks-resumed-in", "Iran and Saudi Arabia held a new round of talks in Baghdad.",
        "CONSULT", None, "Baghdad"),
    row("negotiations-suspended-in", "Israel suspended the negotiations in Doha on Sunday.",
        ("REJECT", "SANCTION"), None, "Doha"),
    row("deal-reached-in", "Armenia and Azerbaijan initialled a peace deal in Washington.",
        ("SUPPORT", "AGREE"), None, "Washington"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PRESENT)
def test_a_place_acted_on_or_a_party_beside_a_venue_is_the_target(
        text: str, type_: OneOrMore, source: Names | None, target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "source", "target"), ABSENT)
def test_the_venue_of_an_act_is_not_its_target(text: str, type_: OneOrMore,
                                                source: Names | None,
                                                target: Names | None) -> None:
    ex = events(text)
    assert not matching(ex, type_, source=source, target=target), describe(ex)
