"""A part of a name is no actor of its own (our own sentences; ``mentions._span``).

* A person's name that a hard-wrapped text breaks over two lines ("Finance Minister Kofi
  <line break> Mensah") is the whole name, not "Kofi";
* a surname alone after the full name is that person ("Mensah said" after "Kofi Mensah");
* a capitalised common word opening a sentence before a group noun ("*Riot* police") is no
  person (``test_force_sectors``).

The near miss: a blank line between two names is a paragraph's end, so the name before it
stays whole and alone.
"""

from __future__ import annotations

from .helpers import actor_named, actors_of


def test_a_name_broken_over_two_lines_is_one_name() -> None:
    ex = actors_of("The plan was backed by Finance Minister Kofi\nMensah on Monday, officials "
                   "in Accra said.")
    assert not [a for a in ex.actors if a.name == "Kofi"]
    assert [a for a in ex.actors if a.kind == "PERSON" and "Mensah" in a.name]


def test_an_apposed_name_broken_over_two_lines_is_one_name() -> None:
    ex = actors_of("Ghana's finance minister, Kofi\nMensah, said the plan would work.")
    assert [a for a in ex.actors if a.kind == "PERSON" and "Mensah" in a.name]


def test_a_surname_alone_is_the_person_named_before() -> None:
    ex = actors_of("Finance Minister Kofi Mensah opened the bridge in Accra. Officials said "
                   "Mensah had paid for it.")
    assert "Mensah" in actor_named(ex, "Kofi Mensah").aliases


def test_a_paragraph_break_ends_a_name() -> None:
    ex = actors_of("The plan was backed by Finance Minister Kofi Mensah\n\nAma Boateng, the "
                   "speaker, said on Monday that parliament would vote.")
    assert actor_named(ex, "Kofi Mensah").kind == "PERSON"
    assert actor_named(ex, "Ama Boateng").kind == "PERSON"
