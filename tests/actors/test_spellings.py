"""``spellings``: when two written names are one person's."""

from __future__ import annotations

import pytest

from actorgraph.actors.spellings import same_person_names


@pytest.mark.parametrize(("a", "b", "same"), [
    # an honorific is no given name: "Mr Quintero" (as the NER may tag it) is Luis Quintero
    ("Luis Quintero", "Mr Quintero", True),
    ("Amina Bello", "Dr. Bello", True),
    ("Amina Bello", "Mrs Bello", True),
    # near misses: two given names, or two surnames
    ("Luis Quintero", "Ana Quintero", False),
    ("Mr Quintero", "Mr Bello", False),
])
def test_an_honorific_is_no_given_name(a: str, b: str, same: bool) -> None:
    assert same_person_names(a, b) is same
