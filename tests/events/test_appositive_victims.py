"""Appositive victims (issue 12, class 4), our own wire-style sentences with invented people.

A past participle describing a noun set beside a name ("Tomas Ruiz, *a farmer killed* in the
raid") is an act done to the person named, whose doer only a by-phrase names
(``events/misreadings.described``, ``apposed_name``); so is one the tagger took for a plain
past ("the activist *detained* last week") and one the parser read as the verb of the
apposition's noun ("Dilip Rana, *the grocer shot dead* on Monday, had received ...":
``misreadings.appositive_victim``). Near misses: a described person who acts, with an object
of his own ("Joseph Kamau, a driver, shot dead a policeman"), stays the doer.

Rows: (text, trigger, type, source or None, target); near misses: (text, trigger, type,
source, target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the person named is whom the participle of the apposition is done to.
VICTIMS = [
    ("Dilip Rana, the grocer shot dead on Monday, had received threats from a local gang.",
     "shot", "ASSAULT", None, "Dilip Rana"),
    ("Maria Lenz, the activist detained last week, was released on bail on Friday.",
     "detained", "COERCE", None, "Maria Lenz"),
    ("Police identified the victim as Joseph Kamau, a driver shot dead near Nakuru on "
     "Monday.", "shot", "ASSAULT", None, "Joseph Kamau"),
    ("Relatives of Omar Diallo, the student abducted in Bamako last week, appealed for his "
     "release.", "abducted", "ASSAULT", None, "Omar Diallo"),
    ("Tomas Ruiz, a farmer killed in the raid, was buried on Sunday.", "killed", "ASSAULT",
     None, "Tomas Ruiz"),
    ("The funeral of Pedro Alves, a teacher stabbed outside his school, drew thousands.",
     "stabbed", "ASSAULT", None, "Pedro Alves"),
    ("Lena Varga, the lawyer detained by police on Friday, was freed on bail.", "detained",
     "COERCE", "police", "Lena Varga"),
    ("Mourners buried Kofi Asante, the miner beaten to death by guards in Obuasi.", "beaten",
     "ASSAULT", None, "Kofi Asante"),
    ("Sofia Marin, the reporter arrested in Chisinau on Sunday, denied the charges.",
     "arrested", "COERCE", None, "Sofia Marin"),
    # the noun opens with an article (``articles`` in data/grammar.yaml): with "the" and "a"
    # above, each article has a row that fails when it leaves the file
    ("Ivan Petrov, an engineer kidnapped near Kesh on Monday, was freed on Friday.",
     "kidnapped", "ASSAULT", None, "Ivan Petrov"),
]
#: Near misses: the victim is not the doer of what was done to him.
VICTIMS_NOT_DOERS = [
    ("Dilip Rana, the grocer shot dead on Monday, had received threats from a local gang.",
     "shot", "ASSAULT", "Dilip Rana", None),
    ("Maria Lenz, the activist detained last week, was released on bail on Friday.",
     "detained", "COERCE", "Maria Lenz", None),
    ("Relatives of Omar Diallo, the student abducted in Bamako last week, appealed for his "
     "release.", "abducted", "ASSAULT", "Omar Diallo", None),
    ("Relatives of Omar Diallo, the student abducted in Bamako last week, appealed for his "
     "release.", "abducted", "ASSAULT", None, "Mali"),
]
#: Near misses: a described person acting on someone else keeps his act.
DOERS = [
    ("Joseph Kamau, a driver, shot dead a policeman near Nakuru.", "shot", "ASSAULT",
     "Joseph Kamau", "policeman"),
    ("Dilip Rana, the gang leader, shot a trader dead on Monday.", "shot", "ASSAULT",
     "Dilip Rana", "trader"),
    ("Omar Diallo, the student leader, abducted two officials in Bamako last week.",
     "abducted", "ASSAULT", "Omar Diallo", "officials"),
    ("Maria Lenz, the activist who organised the march, was detained last week.",
     "detained", "COERCE", None, "Maria Lenz"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", VICTIMS + DOERS)
def test_a_participle_beside_a_name_is_done_to_the_person_named(text, trigger, type_,
                                                                 source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target", VICTIMS_NOT_DOERS)
def test_the_person_named_is_not_the_doer_of_what_befell_him(text, trigger, type_, source,
                                                             target):
    expect_none_with(text, trigger, type_, source, target)
