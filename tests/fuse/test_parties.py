"""The parties a corpus actor stands for in an event: one office however its title is worded."""

from __future__ import annotations

import pytest

from actorgraph.actors import dictionary
from actorgraph.fuse import parties
from actorgraph.records import Actor, Role


def official(name: str, country: str, named: bool = False) -> Actor:
    return Actor("x#1", name, "x", 0, len(name), "PERSON", country=country, sector="GOV",
                 named=named)


@pytest.mark.parametrize(("description", "office"), [
    ("Ghana's top diplomat", "office:GHA:foreign minister"),
    ("Ghana's foreign secretary", "office:GHA:foreign minister"),
    ("Ghana's minister of foreign affairs", "office:GHA:foreign minister"),
    ("Ghana's foreign minister", "office:GHA:foreign minister"),
    ("Ghana's defense secretary", "office:GHA:defence minister"),
    ("Ghana's premier", "office:GHA:prime minister"),
    # near misses: other offices stay other offices
    ("Ghana's deputy foreign minister", "office:GHA:deputy foreign minister"),
    ("Ghana's president", "office:GHA:president"),
])
def test_an_unnamed_official_stands_for_the_office_however_it_is_worded(
        description: str, office: str) -> None:
    got = parties([official(description, "GHA")], dictionary.get())["x#1"]
    assert got == {office}


def test_a_named_holder_of_a_role_stands_for_the_same_office() -> None:
    ghana = Actor("x#0", "Ghana", "x", 0, 5, "COUNTRY", country="GHA", key="C:GHA")
    holder = Actor("x#1", "Ama Saro", "x", 10, 18, "PERSON", country="GHA", sector="GOV",
                   roles=(Role("Foreign Secretary", "x#0", "x", 20, 38),))
    got = parties([ghana, holder], dictionary.get())["x#1"]
    assert "office:GHA:foreign minister" in got and "x#1" in got
