"""A country known by an English name besides the one the ISO tables give ("Cape Verde" for
Cabo Verde, "St Lucia" for Saint Lucia) is that country, as the possessor of a force too:
"Cape Verde's coast guard" is a Cape Verdean actor, not a place, nor a person. Places named
with the same first word ("Cape Town", "Cape Coast") stay where they are. Rows are ours."""

from __future__ import annotations

import pytest

import actorgraph

ROWS = [
    ("Cape Verde's coast guard boarded a fishing vessel off Sal on Sunday.", "CPV"),
    ("Cape Verde expelled two Guinean diplomats on Monday.", "CPV"),
    ("St Lucia's police arrested four men at the port on Friday.", "LCA"),
]

NOT_THE_COUNTRY = [
    ("Cape Town's mayor met striking bus drivers on Monday.", "CPV"),
    ("Police in Cape Coast arrested four men on Friday.", "CPV"),
]


@pytest.mark.parametrize(("text", "iso3"), ROWS)
def test_an_english_country_name_is_the_country(text: str, iso3: str) -> None:
    ex = actorgraph.extract(text)
    by_id = {a.id: a for a in ex.actors}
    assert any(by_id[s].country == iso3 for e in ex.events for s in e.source), [
        (a.name, a.kind, a.country) for a in ex.actors]


@pytest.mark.parametrize(("text", "iso3"), NOT_THE_COUNTRY)
def test_a_place_sharing_the_first_word_is_not_the_country(text: str, iso3: str) -> None:
    ex = actorgraph.extract(text)
    assert not [a for a in ex.actors if a.country == iso3], text
