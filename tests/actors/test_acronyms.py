"""Acronyms a report defines and the long names they abbreviate (``actors/acronyms.py``).

Every name and sentence is ours. Rows that must hold: a long name in any language, cut by
the tagger at a function word or not, is one actor with its acronym, used later alone; a
translated name with its original acronym; "ACR, the Long Name". Near misses: words in
parentheses that are no acronym ("(pictured)", "(AFP)" after a person, "(left)"), a country's
code after a country or a person, and capitals that spell another name.
"""

from __future__ import annotations

import pytest

from actorgraph.actors.acronyms import abbreviates, initials_match, translated_match

from .helpers import actor_named, actors_of, mention_texts

DEFINED = [
    # (text, long name, acronym): one actor, every use of the acronym its mention
    ("Gunmen of the Rassemblement des Patriotes du Haut-Plateau (RPHP) burned a lorry near "
     "Kessely on Monday. The RPHP denied it on Tuesday.",
     "Rassemblement des Patriotes du Haut-Plateau", "RPHP"),
    ("The Frente Popular de Resistencia del Valle (FPRV) seized a bridge on Friday. Soldiers "
     "said the FPRV had mined it.", "Frente Popular de Resistencia del Valle", "FPRV"),
    ("The Union of Fishermen of the Lower Delta (UFLD) called a strike. The UFLD said boats "
     "would stay in port.", "Union of Fishermen of the Lower Delta", "UFLD"),
    # a name translated from the language its acronym was made in
    ("The strike was called by the Federation of Andean Bus Drivers (FCTA) on Monday. The "
     "FCTA said drivers had not been paid.", "Federation of Andean Bus Drivers", "FCTA"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), DEFINED)
def test_a_defined_acronym_and_its_long_name_are_one_actor(text: str, name: str,
                                                           acronym: str) -> None:
    ex = actors_of(text)
    body = actor_named(ex, acronym)
    assert body.name == name, [(a.name, a.aliases) for a in ex.actors]
    assert mention_texts(ex, body).count(acronym) == 2
    assert body.kind in ("ORG", "GROUP")


@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("Police blamed the UFLD, the Union of Fishermen of the Lower Delta, for the blockade. The "
     "UFLD denied it.", "UFLD", "Union of Fishermen of the Lower Delta"),
    # the tagger cut the long name at "du"
    ("Police blamed the RPHP, the Rassemblement des Patriotes du Haut-Plateau, for the attack "
     "near Kessely. The RPHP denied it.", "RPHP", "Rassemblement des Patriotes du Haut-Plateau"),
])
def test_an_acronym_first_then_its_long_name_is_one_actor(text: str, acronym: str,
                                                          name: str) -> None:
    ex = actors_of(text)
    body = actor_named(ex, acronym)
    assert name in body.aliases, [(a.name, a.aliases) for a in ex.actors]
    assert body.name == name


@pytest.mark.parametrize(("name", "acronym", "body", "same"), [
    ("Rassemblement des Patriotes du Haut-Plateau", "RPHP", False, True),
    ("Frente Popular de Resistencia del Valle", "FPRV", False, True),
    ("United Nations", "UN", False, True),
    ("Union of Forces for Change in Tchadia", "UFCT", True, True),
    # near misses: no acronym, or another name's letters
    ("Dragan Vukosavic", "AFP", False, False),
    ("Federation of Andean Bus Drivers", "FCTA", False, False),  # no body: initials only
    ("Federation of Andean Bus Drivers", "AFP", True, False),  # not its initial
    ("South Kessely", "SKY", True, False),  # two words: too short to be translated
])
def test_what_an_acronym_abbreviates(name: str, acronym: str, body: bool, same: bool) -> None:
    assert abbreviates(name, acronym, body) is same


def test_near_miss_translated_matching_needs_an_acronym_in_capitals() -> None:
    assert initials_match("Nord Ouest", "NO")
    assert not translated_match("Federation of Andean Bus Drivers", "Fcta")
    assert not translated_match("Federation of Andean Bus Drivers", "pictured")


NOT_DEFINED = [
    # (text, a name that must stay an actor of its own, words that are no alias of it)
    ("Dragan Vukosavic (pictured) met the Union of Fishermen of the Lower Delta on Monday.",
     "Union of Fishermen of the Lower Delta", "pictured"),
    ("Dragan Vukosavic (AFP) met the Union of Fishermen of the Lower Delta.",
     "Dragan Vukosavic", "AFP"),
    ("Kenya (KEN) and Uganda (UGA) sent runners to the race in Kessely.", "Kenya", "KEN"),
    ("Milena Vukosavic (left) greeted the Union of Fishermen of the Lower Delta.",
     "Milena Vukosavic", "left"),
]


@pytest.mark.parametrize(("text", "name", "word"), NOT_DEFINED)
def test_near_miss_words_in_parentheses_that_define_nothing(text: str, name: str,
                                                            word: str) -> None:
    ex = actors_of(text)
    assert word not in actor_named(ex, name).aliases
    assert all(word not in a.name for a in ex.actors if len(a.aliases) > 1)


@pytest.mark.parametrize("text", [
    # a question or an exclamation ends the run of words a long name is sought in
    "Reporters asked who holds Kessely? Front Liberation (FKL) fighters said they did.",
    "Free Kessely! Liberation Front (KLF) supporters chanted outside the court.",
    # so does a parenthesis: an acronym in one is not the first word of another's long name
    "(LNA) NATO Russia? Russia (LNA)",
])
def test_near_miss_a_long_name_never_runs_across_a_sentence_end_or_a_parenthesis(
        text: str) -> None:
    ex = actors_of(text)
    names = [n for a in ex.actors for n in a.aliases]
    assert not [n for n in names if set(n) & set("?!") or n.find(")") < n.find("(")
                or (")" in n and "(" not in n)], names
