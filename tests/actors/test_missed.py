"""Persons' names the tagger missed (``actors/missed.py``).

Every sentence and name is ours. Rows that must hold: a person's name the tagger left
untagged, or cut after the given name, is a person's mention, and the act done to him is
done to him, not to the title apposed to him. Near misses: a body's name opening with a
given name ("Grace Foundation"), a place after a locative preposition, and names the tagger
found whole stay as they were.
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of


@pytest.mark.parametrize(("text", "name", "acted_on"), [
    # untagged: the arrest was of him, not of "secretary"
    ("Police arrested Kwame Ofori, secretary-general of the Amalgamated Metal Workers' Union, "
     "at his home in Tema on Thursday night.", "Kwame Ofori", True),
    # cut after the given name
    ("Police released Kwame Ofori on bail on Monday.", "Kwame Ofori", False),
])
def test_a_persons_name_the_tagger_missed_is_a_person(text: str, name: str,
                                                      acted_on: bool) -> None:
    ex = actors_of(text)
    person = actor_named(ex, name)
    assert person.kind == "PERSON", [(a.name, a.kind) for a in ex.actors]
    assert not acted_on or any(person.id in e.target for e in ex.events), ex.events


@pytest.mark.parametrize(("text", "name"), [
    ("Grace Foundation volunteers handed out food in Tema on Monday.", "Grace Foundation"),
    ("Gendarmes detained Yaw Mensah, a teacher, outside the court in Kessely on Friday.",
     "Yaw Mensah"),
])
def test_near_miss_names_found_or_no_persons_keep_their_kind(text: str, name: str) -> None:
    ex = actors_of(text)
    kinds = {a.kind for a in ex.actors if name in a.aliases}
    assert kinds == ({"PERSON"} if name == "Yaw Mensah" else {"ORG"}), ex.actors


def test_near_miss_a_place_after_a_locative_is_no_person() -> None:
    ex = actors_of("Hundreds of mourners gathered at Mount Kessely on Sunday.")
    assert not [a for a in ex.actors if a.kind == "PERSON"], ex.actors
