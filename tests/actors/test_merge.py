"""One corpus actor per real actor across reports (``actors/merge.py``).

Every name and sentence is ours. Each table has rows that must merge and near misses that
must not: one full personal name is one person whatever country each report placed him in,
but two people who only share a family name are two; a family name of several words used
alone ("Ould Mennou") is the one person whose full name ends with it, but not when two do;
a defined acronym is its body wherever the tagger read it as something else, but a word in
capitals no report defines is not; a name the corpus's acts are placed in ("fired into the
village of Ban Huai Sai") is that town where another report's tagger read it as a person or a
body ("the shelling of Ban Huai Sai"), but not a person the text gives a title, a country or
a name of his own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import actorgraph
from actorgraph.actors import get, merge
from actorgraph.records import Actor, Role, Span


def _local(doc: str, n: int, name: str, kind: str = "PERSON", country: str | None = None,
           aliases: tuple[str, ...] | None = None, key: str | None = None,
           named: bool = True, anonymous: bool = False) -> Actor:
    """A document's actor at ``doc`` (mention ``n``), as the actors stage makes them."""
    return Actor(id=f"{doc}#{n}", name=name, doc_id=doc, start=10 * n, end=10 * n + 5,
                 kind=kind, aliases=aliases if aliases is not None else (name,),
                 country=country, key=key, named=named, anonymous=anonymous,
                 mentions=(Span(doc, 10 * n, 10 * n + 5),))


def _groups(local: list[Actor]) -> list[set[str]]:
    """The local ids of each corpus actor with more than one member."""
    _, links = merge(local, get())
    by: dict[str, set[str]] = {}
    for a, c in links.items():
        by.setdefault(c, set()).add(a)
    return sorted((g for g in by.values() if len(g) > 1), key=sorted)


# -- 1. one full personal name is one person, whatever country a report gave him ------------
SAME_PERSON = [
    # (local actors, the local ids that must be one actor)
    ([_local("d1", 0, "Dragan Vukosavic", country="SRB"),
      _local("d2", 0, "Dragan Vukosavic", country="BGR")], {"d1#0", "d2#0"}),
    # two reports in one country and a third elsewhere: all three, not two and one
    ([_local("d1", 0, "Ksenija Dardanov", country="ROU"),
      _local("d2", 0, "Ksenija Dardanov", country="MDA"),
      _local("d3", 0, "Ksenija Dardanov", country="MDA")], {"d1#0", "d2#0", "d3#0"}),
    # the tagger read the full name as a body's in one report
    ([_local("d1", 0, "Ksenija Dardanov", country="MDA"),
      _local("d2", 0, "Ksenija Dardanov", kind="ORG")], {"d1#0", "d2#0"}),
    # ... or as a place's, a given name first and no place of the gazetteer
    ([_local("d1", 0, "Milena Vukosavic", country="SRB"),
      _local("d2", 0, "Milena Vukosavic", kind="LOCATION")], {"d1#0", "d2#0"}),
]


@pytest.mark.parametrize(("local", "same"), SAME_PERSON)
def test_one_full_name_is_one_person_across_countries(local: list[Actor],
                                                      same: set[str]) -> None:
    assert same in _groups(local)


def test_the_country_of_a_person_is_the_one_most_reports_give() -> None:
    local = [_local("d1", 0, "Ksenija Dardanov", country="ROU"),
             _local("d2", 0, "Ksenija Dardanov", country="MDA"),
             _local("d3", 0, "Ksenija Dardanov", country="MDA")]
    actors, _ = merge(local, get())
    assert [a.country for a in actors] == ["MDA"]


APART = [
    # two people who share a family name, in two countries
    [_local("d1", 0, "Dragan Vukosavic", country="SRB"),
     _local("d2", 0, "Milena Vukosavic", country="BGR")],
    # a courtesy title is no given name: two reports' "Mr Vukosavic" may be two men
    [_local("d1", 0, "Mr Vukosavic", country="SRB"),
     _local("d2", 0, "Mr Vukosavic", country="BGR")],
    # unnamed office holders of two countries ("the captain") are two
    [_local("d1", 0, "the captain", country="FIN", named=False),
     _local("d2", 0, "the captain", country="EST", named=False)],
    # a description is no person's name: "the Minister" of one report is no spelling of
    # another report's "the prime minister", nor "the president" of "the vice president"
    [_local("d1", 0, "The Minister", named=False),
     _local("d2", 0, "the prime minister", country="NOR", named=False)],
    [_local("d1", 0, "the President", named=False),
     _local("d2", 0, "the vice president", country="KEN", named=False)],
    # a place's name that opens with no given name stays a place, so does a gazetteer's
    [_local("d1", 0, "Fasht Kessely", country="BHR"),
     _local("d2", 0, "Fasht Kessely", kind="LOCATION")],
    [_local("d1", 0, "Victoria Kessely", country="KEN"),
     _local("d2", 0, "Victoria Kessely", kind="LOCATION", key="L:victoria-kessely")],
    # a body whose name is no person's is no person of another report
    [_local("d1", 0, "Velmar Holdings", kind="ORG", country="ROU"),
     _local("d2", 0, "Velmar", country="MDA")],
]


@pytest.mark.parametrize("local", APART)
def test_near_miss_names_that_are_no_one_full_name_stay_apart(local: list[Actor]) -> None:
    assert _groups(local) == []


# -- 2. a family name of several words used alone --------------------------------------------
TAILS = [
    ("Brahim Vall Ould Mennou", "Ould Mennou"),
    ("Pieter van der Hoek", "Van der Hoek"),
    ("Carmen Lucia de la Fuente", "de la Fuente"),
    ("Omar Salih Abu Rumman", "Abu Rumman"),
    ("Armel Nguema Obiang", "Nguema Obiang"),
]


@pytest.mark.parametrize(("full", "short"), TAILS)
def test_a_family_name_of_several_words_used_alone_is_the_person(full: str,
                                                                  short: str) -> None:
    local = [_local("d1", 0, full, country="MRT"), _local("d2", 0, short)]
    assert _groups(local) == [{"d1#0", "d2#0"}]


TAIL_NEAR_MISSES = [
    # two people end with it: which one is not said
    [_local("d1", 0, "Brahim Vall Ould Mennou"), _local("d2", 0, "Sidi Ould Mennou"),
     _local("d3", 0, "Ould Mennou")],
    # a given name first: "Jose Garcia" is someone else than "Maria Jose Garcia"
    [_local("d1", 0, "Maria Jose Pellegrin"), _local("d2", 0, "Jose Pellegrin")],
    # a place is no family name ("Abu Dhabi")
    [_local("d1", 0, "Omar Salih Abu Dhabi"),
     _local("d2", 0, "Abu Dhabi", kind="LOCATION", key="L:abu-dhabi")],
]


@pytest.mark.parametrize("local", TAIL_NEAR_MISSES)
def test_near_miss_a_family_name_that_is_not_one_persons(local: list[Actor]) -> None:
    groups = _groups(local)
    assert not any("d2#0" in g and "d1#0" in g for g in groups), groups
    assert not any("d3#0" in g for g in groups), groups


# -- 2b. a full name written after a title or a description ------------------------------
NAME_LAST = [
    # (the name, how another actor was written with it last)
    ("Tobias Marekau", "Chief Minister Tobias Marekau"),
    ("Tobias Marekau", "the commander of the port, Colonel Tobias Marekau"),
    ("Tobias Marekau", "09:35 - A local health officer, Tobias Marekau"),
]


@pytest.mark.parametrize(("name", "written"), NAME_LAST)
def test_a_name_after_a_title_or_a_description_is_that_person(name: str,
                                                              written: str) -> None:
    local = [_local("d1", 0, name, country="SLB"),
             _local("d2", 0, written, named=not written[0].islower() and ":" not in written)]
    assert _groups(local) == [{"d1#0", "d2#0"}]


def test_a_source_described_then_named_is_no_anonymous_source() -> None:
    """"A local health officer, Tobias Marekau": the description names him; also where the
    tagger read his name alone as a body's."""
    local = [_local("d1", 0, "Tobias Marekau", kind="ORG"),
             _local("d1", 1, "A local health officer, Tobias Marekau", named=False,
                    anonymous=True)]
    actors, links = merge(local, get())
    assert links["d1#0"] == links["d1#1"], actors
    assert [(a.name, a.kind) for a in actors] == [("Tobias Marekau", "PERSON")]


@pytest.mark.parametrize("written", [
    "the wife of Tobias Marekau",  # someone else, named by him
    "lawyers for Tobias Marekau",
    "Maria Tobias Marekau",  # another given name first: another person
])
def test_near_miss_a_name_after_other_words_is_someone_else(written: str) -> None:
    local = [_local("d1", 0, "Tobias Marekau"), _local("d2", 0, written, named=False)]
    assert _groups(local) == []


# -- 3. an acronym a report defines is its body in every report ------------------------------
def test_a_defined_acronym_is_its_body_whatever_the_tagger_read() -> None:
    local = [_local("d1", 0, "Rassemblement des Patriotes du Haut-Plateau", kind="ORG",
                    aliases=("Rassemblement des Patriotes du Haut-Plateau", "RPHP")),
             _local("d2", 0, "RPHP", kind="LOCATION"),
             _local("d3", 0, "RPHP", kind="ORG", country="CMR")]
    assert _groups(local) == [{"d1#0", "d2#0", "d3#0"}]


def test_near_miss_a_defined_acronym_is_no_country_of_its_letters() -> None:
    """"CAF" defined as a farmers' congress is not the Central African Republic's code."""
    local = [_local("d1", 0, "Congress of African Farmers", kind="ORG",
                    aliases=("Congress of African Farmers", "CAF")),
             _local("d2", 0, "CAF", kind="COUNTRY", country="CAF", key="C:CAF")]
    assert _groups(local) == []


# -- 4. a name the corpus's acts are placed in is that town ------------------------------------
def _placed(local: list[Actor], towns: set[str]) -> dict[str, str]:
    """The corpus actor of each local one that is a place, where the corpus's acts are placed
    in ``towns``."""
    actors, links = merge(local, get(), towns)
    places = {a.id for a in actors if a.kind == "LOCATION"}
    return {i: c for i, c in links.items() if c in places}


TOWN_NAMES = [
    # (local actors, the towns acts are placed in, the local ids that are places)
    # a name of several words the tagger read as a person's ("the shelling of Ban Huai Sai")
    ([_local("d1", 0, "Ban Huai Sai")], {"ban huai sai"}, {"d1#0"}),
    # ... or as a body's, and one word read as a group's
    ([_local("d1", 0, "Kasindi Lubiriha", kind="ORG")], {"kasindi lubiriha"}, {"d1#0"}),
    ([_local("d1", 0, "Mabanga", kind="GROUP")], {"mabanga"}, {"d1#0"}),
    # the town another report names as a place is one place with it
    ([_local("d1", 0, "Nerkin Hand", kind="LOCATION"), _local("d2", 0, "Nerkin Hand")],
     {"nerkin hand"}, {"d1#0", "d2#0"}),
    # near misses: no act is placed there; a person the text gives a title, or a country;
    # a name of his own besides ("Hand"); a dictionary's actor; an unnamed description
    ([_local("d1", 0, "Ban Huai Sai")], set(), set()),
    ([replace(_local("d1", 0, "Nerkin Hand"), roles=(Role("mayor", None, "d1", 0, 5),))],
     {"nerkin hand"}, set()),
    ([_local("d1", 0, "Santa Rosa Yaguas", country="PER")], {"santa rosa yaguas"}, set()),
    ([_local("d1", 0, "Nerkin Hand", aliases=("Nerkin Hand", "Hand"))], {"nerkin hand"},
     set()),
    ([_local("d1", 0, "Hamas", kind="GROUP", key="G:hamas")], {"hamas"}, set()),
    ([_local("d1", 0, "villagers", kind="GROUP", named=False)], {"villagers"}, set()),
]


@pytest.mark.parametrize(("local", "towns", "places"), TOWN_NAMES)
def test_a_name_the_corpus_places_acts_in_is_that_town(local: list[Actor], towns: set[str],
                                                       places: set[str]) -> None:
    placed = _placed(local, towns)
    assert set(placed) == places
    assert len(set(placed.values())) <= 1  # one town, however each report's tagger read it


# -- the same, from reports --------------------------------------------------------------------
def _corpus(texts: list[str]) -> list[Actor]:
    local = [a for n, text in enumerate(texts)
             for a in actorgraph.extract(text, doc_id=f"d{n}").actors]
    actors, _ = merge(local, get())
    return actors


def _holding(actors: list[Actor], alias: str) -> list[Actor]:
    return [a for a in actors if alias in a.aliases]


def test_reports_one_foreign_minister_placed_in_two_countries() -> None:
    actors = _corpus([
        "Serbian Foreign Minister Dragan Vukosavic arrived in Sofia on Monday.",
        "Dragan Vukosavic, Serbia's foreign minister, met students in Nis on Sunday.",
        "In Sofia, Bulgarian officials said Dragan Vukosavic had asked for more time.",
    ])
    [person] = _holding(actors, "Dragan Vukosavic")
    assert {m.doc_id for m in person.mentions} == {"d0", "d1", "d2"}
    assert person.country == "SRB"


def test_reports_a_family_name_of_several_words_used_alone() -> None:
    actors = _corpus([
        "Police in Atar detained opposition leader Brahim Vall Ould Mennou on Sunday.",
        "Ould Mennou was freed on bail two days later, his lawyer said.",
    ])
    [person] = _holding(actors, "Brahim Vall Ould Mennou")
    assert {m.doc_id for m in person.mentions} == {"d0", "d1"}, [a.aliases for a in actors]
