"""Word lists moved from the code into data/*.yaml: one row per word, each fails when its
word leaves the file (or when the file reads it as something else: YAML reads a bare ``on``
or ``no`` as a boolean, so these lists quote their words)."""

from __future__ import annotations

import pytest

from actorgraph.actors.tables import word_list

#: (data file, list): the words, as the code held them when they moved to data.
LISTS: dict[tuple[str, str], str] = {
    ('names.yaml', 'body_heads'): (
        'group militia movement faction party gang cartel paramilitary union association '
        'committee charity'),
    ('names.yaml', 'civic_heads'): (
        'union association committee'),
    ('names.yaml', 'arrangement_modifiers'): (
        'customs monetary currency banking economic fiscal political civil postal energy free'),
    ('names.yaml', 'site_words'): (
        'place square plaza piazza platz boulevard avenue street bridge roundabout market '
        'stadium airport crossing checkpoint'),
    ('grammar.yaml', 'scene_preps'): (
        'in at near outside around inside to into from across through toward towards on'),
    ('names.yaml', 'country_nouns'): (
        'country nation state government neighbour neighbor'),
    ('grammar.yaml', 'we_pronouns'): (
        'we us our ours'),
    ('names.yaml', 'common_words'): (
        'a an the may will rice hope bush ford grant king prince major president general chief '
        'amal page young long brown green white black kim lee'),
    ('grammar.yaml', 'act_place_preps'): (
        'in near across throughout around outside inside'),
    ('grammar.yaml', 'toward_preps'): (
        'to into toward towards onto'),
    ('grammar.yaml', 'aimed_at_preps'): (
        'against on upon for'),
    ('names.yaml', 'past_holder_modifiers'): (
        'former ex late then previous erstwhile'),
    ('grammar.yaml', 'office_place_preps'): (
        'of in from'),
    ('grammar.yaml', 'arrival_preps'): (
        'in to into at'),
    ('names.yaml', 'tie_words'): (
        'affiliate affiliated link linked loyal ally allied base based belong attach attached '
        'tie tied connect connected close'),
    ('grammar.yaml', 'inverted_condition_auxiliaries'): (
        'should had were'),
    ('grammar.yaml', 'force_owner_possessives'): (
        'his her its their our'),
    # -- end of LISTS --
}


@pytest.mark.parametrize("table,key,word", [(t, k, w) for (t, k), ws in LISTS.items()
                                            for w in ws.split()])
def test_list_keeps_its_word(table: str, key: str, word: str) -> None:
    assert word in word_list(table, key)


@pytest.mark.parametrize("table,key", list(LISTS))
def test_list_holds_only_words(table: str, key: str) -> None:
    assert all(isinstance(w, str) and w == w.strip() and w for w in word_list(table, key))
