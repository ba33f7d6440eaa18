"""An act a party disowns ("the ELN has nothing to do with the kidnapping of Carlos Ruiz",
"the army denied any role in the shelling of the market") names its doer by the denial: the
party that disowns it is the one it was laid on, so the event's source is that party and its
modality ``denied``. Our own sentences; rows: (id, text, type, source names, target names).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching, names


def row(id: str, text: str, type_, source, target):
    return pytest.param(text, type_, source, target, id=id)


ROWS = [
    row("nothing-to-do-with", "The ELN has nothing to do with the kidnapping of Carlos Ruiz.",
        "ASSAULT", "ELN", "Carlos Ruiz"),
    row("nothing-to-do-with-said", "The ministry said the Nigerian army had nothing to do with "
        "the bombing of the market in Maiduguri.", "ASSAULT", "army", None),
    row("denied-any-role", "Hamas denied any role in the abduction of the two Israeli "
        "soldiers.", "ASSAULT", "Hamas", None),
    row("denied-involvement", "Rwanda denied involvement in the shelling of Goma.", "ASSAULT",
        "Rwanda", None),
    # near misses: a doer the noun names stays; a denial of reports keeps no doer it lacks
    row("own-doer-stays", "Kyiv said it had nothing to do with the Russian strike on "
        "Odesa.", "ASSAULT", "Russia", "Odesa"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), ROWS)
def test_a_disowned_act_is_laid_on_who_disowns_it(text, type_, source, target) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source, target=target, modality="denied")
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "not_source"), [
    # a thing of a party's that has nothing to do with an act lays it on no one
    pytest.param("An aide said the Chadian minister's trip had nothing to do with the "
                 "shelling of Abeche.", "minister", id="a-thing-disowns-nothing"),
    pytest.param("Officials said the Sudanese army's convoy had nothing to do with the "
                 "attack on the camp.", "army", id="a-convoy-disowns-nothing"),
    # nor does a thing of a party's involved in no act; the act is only told of
    pytest.param("Officials said the Chadian army's convoy was not involved in the attack on "
                 "the camp.", "army", id="a-convoy-not-involved"),
    pytest.param("The Kenyan minister said the trip was not involved in the raid on the "
                 "offices.", "minister", id="a-trip-not-involved"),
])
def test_a_thing_that_disowns_an_act_is_no_doer(text, not_source) -> None:
    ex = events(text)
    assert not any(not_source in name for e in ex.events if e.type in ("ASSAULT", "COERCE")
                   for name in names(ex, e.source)), describe(ex)


# "no soldier was involved in the abduction", "its troops had no part in the shelling": a party
# said to have had no part in an act is the one it was laid on, and the act is negated; one
# said to have had a part is its doer, the act told as done
INVOLVED = [
    row("no-one-involved", "Army spokesman Colonel Juma Okello said no Ugandan soldier had "
        "been involved in the abduction of the traders.", "ASSAULT", "soldier", "traders"),
    row("not-involved", "Morocco's interior ministry said its officers were not involved in "
        "the beating of the migrants near Nador.", "ASSAULT", "officers", "migrants"),
    row("no-part-in", "Kigali said its troops had no part in the shelling of Goma.", "ASSAULT",
        "troops", "Goma"),
    row("not-implicated", "The prosecutor said no Serbian police officer was implicated in "
        "the killing of the activist.", "ASSAULT", "officer", "activist"),
    # the negation of the party its own words carry, as in no_such: "not a single", "neither"
    row("not-a-single-involved", "A spokesman in Tbilisi said not a single Georgian soldier had "
        "been involved in the abduction of the farmers.", "ASSAULT", "soldier", "farmers"),
    row("not-one-involved", "Officials in Yerevan said not one Armenian soldier had been "
        "involved in the beating of the students.", "ASSAULT", "soldier", "students"),
    row("neither-nor-involved", "Officials in Accra said neither the army nor the police had "
        "been involved in the killing of the journalist.", "ASSAULT", "army", "journalist"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), INVOLVED)
def test_a_party_with_no_part_in_an_act_is_its_doer_denied(text, type_, source, target) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source, target=target, modality=("negated", "denied"))
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "type_"), [
    # a part in it told: the act is told as done (a mediator is involved in a release too)
    pytest.param("The ombudsman said two Bolivian police officers were involved in the "
                 "beating of the student in Sucre.", "ASSAULT", id="involved"),
    pytest.param("Qatar played a key role in the release of the hostages held in Gaza.",
                 "RETREAT", id="a-role-played"),
])
def test_a_part_in_an_act_told_leaves_it_done(text, type_) -> None:
    ex = events(text)
    assert matching(ex, type_, modality=("asserted", "reported")), describe(ex)
