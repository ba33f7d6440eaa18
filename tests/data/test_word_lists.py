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
    ('events.yaml', 'exercise_nouns'): (
        'exercise game drill maneuver manoeuvre wargame'),
    ('grammar.yaml', 'party_preps'): (
        'with by against to between from for of'),
    ('grammar.yaml', 'counted_definites'): (
        'the these those'),
    ('grammar.yaml', 'party_search_preps'): (
        'of from in for by'),
    ('grammar.yaml', 'target_preps'): (
        'with to against on upon into toward towards onto between'),
    ('grammar.yaml', 'direction_preps'): (
        'to at into toward towards onto'),
    ('grammar.yaml', 'joined_event_preps'): (
        'for in into on'),
    ('grammar.yaml', 'forum_preps'): (
        'with to before at'),
    ('grammar.yaml', 'charge_preps'): (
        'of for with'),
    ('grammar.yaml', 'kind_determiners'): (
        'any every each'),
    ('grammar.yaml', 'disaster_context_preps'): (
        'by after in during amid following from as'),
    ('grammar.yaml', 'personal_pronouns'): (
        'he she it they we i'),
    ('grammar.yaml', 'first_person_words'): (
        'we i our my'),
    ('grammar.yaml', 'whoever_pronouns'): (
        'anyone anybody whoever whosoever'),
    ('grammar.yaml', 'any_pronouns'): (
        'any anybody anyone'),
    ('grammar.yaml', 'nonexistence_determiners'): (
        'no any such'),
    ('grammar.yaml', 'attack_place_preps'): (
        'in near on at outside around across inside into of over against'),
    ('grammar.yaml', 'possessive_pronouns'): (
        'its his her their'),
    ('grammar.yaml', 'no_one_pronouns'): (
        'nobody none noone nothing neither'),
    ('grammar.yaml', 'exception_words'): (
        'but except besides save'),
    ('grammar.yaml', 'own_possessives'): (
        'its their our'),
    ('grammar.yaml', 'cause_preps'): (
        'in by during amid'),
    ('grammar.yaml', 'back_words'): (
        'before earlier previous preceding'),
    ('grammar.yaml', 'event_place_preps'): (
        'in at near to into inside outside across around throughout within on'),
    ('grammar.yaml', 'through_preps'): (
        'by of from'),
    ('grammar.yaml', 'where_preps'): (
        'at to into near outside around inside in across through toward towards onto on'),
    ('grammar.yaml', 'locating_preps'): (
        'at near outside around inside in across through'),
    ('grammar.yaml', 'including_words'): (
        'including like notably among'),
    ('grammar.yaml', 'said_before_pronouns'): (
        'it this that which them these those'),
    ('grammar.yaml', 'pointing_preps'): (
        'since after before during following amid amidst into over under despite ahead'),
    ('grammar.yaml', 'unknown_determiners'): (
        'a an any no every each some another'),
    ('grammar.yaml', 'demonstratives'): (
        'this that these those'),
    ('grammar.yaml', 'relative_pronouns'): (
        'who whom which that'),
    ('events.yaml', 'instance_heads'): (
        'act incident case instance'),
    ('grammar.yaml', 'attended_preps'): (
        'after during from following'),
    ('events.yaml', 'event_heads'): (
        'effort campaign operation bid mission drive'),
    ('events.yaml', 'amount_words'): (
        'dozen dozens hundred hundreds thousand thousands any million millions billion billions '
        'score scores none'),
    ('grammar.yaml', 'warning_condition_marks'): (
        'if unless should'),
    ('grammar.yaml', 'scene_setting_preps'): (
        'at in near outside inside around'),
    ('grammar.yaml', 'border_preps'): (
        'near along at on across by outside beyond inside within from'),
    ('events.yaml', 'wishing_verbs'): (
        'welcome want wish hope seek need await desire'),
    ('possessors.yaml', 'asked_preps'): (
        'on upon to'),
    ('grammar.yaml', 'past_auxiliaries'): (
        'had has have did was were'),
    ('grammar.yaml', 'wh_words'): (
        'how why when what who where which'),
    ('speech_cues.yaml', 'wh_clause_verbs'): (
        'explain describe detail reveal disclose'),
    ('grammar.yaml', 'indefinite_determiners'): (
        'a an one two three several some many other another few multiple various numerous'),
    ('grammar.yaml', 'author_preps'): (
        'from by of'),
    ('grammar.yaml', 'office_preps'): (
        'of for to'),
    ('grammar.yaml', 'one_counting_determiners'): (
        'a an one'),
    ('grammar.yaml', 'not_acted_on_preps'): (
        'as like among'),
    ('grammar.yaml', 'group_place_preps'): (
        'of in from with to'),
    ('grammar.yaml', 'people_place_preps'): (
        'of in from'),
    ('grammar.yaml', 'ended_preps'): (
        'to of on'),
    ('grammar.yaml', 'told_before_determiners'): (
        'the this that'),
    ('grammar.yaml', 'weekday_marks'): (
        'last next this'),
    ('grammar.yaml', 'harm_clause_marks'): (
        'when after as'),
    ('grammar.yaml', 'single_determiners'): (
        'a an one single'),
    ('grammar.yaml', 'known_act_determiners'): (
        'the this these its their'),
    ('grammar.yaml', 'subject_relatives'): (
        'which that who'),
    ('grammar.yaml', 'unowned_determiners'): (
        'a an no any'),
    ('grammar.yaml', 'clause_pronouns'): (
        'it this that'),
    ('coref.yaml', 'predicate_verbs'): (
        'make find consider'),
    ('coref.yaml', 'predicate_object_verbs'): (
        'make find consider take'),
    ('grammar.yaml', 'split_prefixes'): (
        're co pre'),
    ('grammar.yaml', 'pair_nouns'): (
        'pair duo'),
    ('grammar.yaml', 'side_nouns'): (
        'side party country nation state government administration army force delegation '
        'minister leader chair neighbour neighbor capital camp both'),
    ('grammar.yaml', 'one_holder_offices'): (
        'minister leader chair'),
    ('arguments.yaml', 'reported_act_place_preps'): (
        'in at near inside'),
    ('arguments.yaml', 'reported_speaker_pronouns'): (
        'we i you'),
    # -- end of LISTS --
}


@pytest.mark.parametrize("table,key,word", [(t, k, w) for (t, k), ws in LISTS.items()
                                            for w in ws.split()])
def test_list_keeps_its_word(table: str, key: str, word: str) -> None:
    assert word in word_list(table, key)


@pytest.mark.parametrize("table,key", list(LISTS))
def test_list_holds_only_words(table: str, key: str) -> None:
    assert all(isinstance(w, str) and w == w.strip() and w for w in word_list(table, key))
