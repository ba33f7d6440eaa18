"""An office read as a body's name (``actors/local.py``, issue 12).

Every sentence is ours. A title with its "of" phrase that the tagger read as an
organisation's name ("the Catholic Bishop of Kessely"), apposed to a person who holds that
title, is that person's office: one actor, the person, named by the person's name. Near
misses: a body named in a person's title ("secretary-general of the Dockworkers Union") stays
a body of its own, and so does an organisation apposed to a person that holds none of his
titles.
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of, mention_texts

OFFICES = [
    # (text, the office as written, the person)
    ("Late on Sunday the Catholic Bishop of Kessely, Tobias Marekau, offered to mediate "
     "between the strikers and the government.", "Catholic Bishop of Kessely",
     "Tobias Marekau"),
    ("On Friday the Anglican Archbishop of Velmar, Tobias Marekau, called for calm in the "
     "port.", "Anglican Archbishop", "Tobias Marekau"),  # the tagger's span
]


@pytest.mark.parametrize(("text", "office", "person"), OFFICES)
def test_an_office_read_as_a_body_is_the_person_holding_it(text: str, office: str,
                                                           person: str) -> None:
    ex = actors_of(text)
    holder = actor_named(ex, person)
    assert holder.kind == "PERSON" and holder.name == person
    assert holder.roles, holder  # the office is his role
    assert office in mention_texts(ex, holder), [(a.name, a.kind) for a in ex.actors]
    assert not [a for a in ex.actors if a.name == office]


@pytest.mark.parametrize(("text", "body", "person"), [
    ("The Secretary-General of the Dockworkers Union, Tobias Marekau, called off the strike "
     "on Monday.", "Dockworkers Union", "Tobias Marekau"),
    ("Tobias Marekau, secretary-general of the Amalgamated Dockworkers Union, called off the "
     "strike on Monday.", "Amalgamated Dockworkers Union", "Tobias Marekau"),
])
def test_near_miss_a_body_in_a_persons_title_stays_a_body(text: str, body: str,
                                                          person: str) -> None:
    ex = actors_of(text)
    assert actor_named(ex, body).id != actor_named(ex, person).id
    assert actor_named(ex, body).kind == "ORG"
