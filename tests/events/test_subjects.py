"""``events.subjects.by_phrase``: the doer a "by" phrase names on a passive verb or on a noun
of an act, the one test of it that ``bare``, ``nominals``, ``trips``, ``complaints`` and
``provoked`` share."""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.subjects import by_phrase
from actorgraph.pipeline import pipeline

from .helpers import expect_at, expect_none_with

CASES = [
    # (sentence, the word carrying the phrase, the doers it names)
    ("The depot was shelled by rebel gunners overnight.", "shelled", ["gunners"]),
    ("The detention of two reporters by the police drew protests.", "detention", ["police"]),
    ("A visit by the Chilean foreign minister was cancelled.", "visit", ["minister"]),
    # near misses: no "by" phrase, or "by" leading a clause rather than naming a doer
    ("The depot was shelled overnight.", "shelled", []),
    ("The detention of two reporters drew protests.", "detention", []),
    ("Soldiers took the bridge by storming it at dawn.", "took", []),
]


@pytest.mark.parametrize(("text", "word", "doers"), CASES)
def test_by_phrase_names_the_doer_of_a_passive_or_a_noun(text, word, doers) -> None:
    doc = pipeline(DEFAULT.model)(text)
    carrier = next(t for t in doc if t.text == word)
    assert [t.text for t in by_phrase(carrier)] == doers


#: Rows: (text, trigger, type, the witnesses): who hears, sees or reports an act told by a bare
#: gerund (one with no object of its own, which the parser reads as a clause of the verb)
#: witnessed it and did not do it (with no other doer named the act is, as any act with no
#: actor, not emitted).
WITNESSED = [
    ("Residents in Goma heard shelling overnight.", "shelling", "ASSAULT", "Residents"),
    ("Villagers near Kidal reported renewed fighting on Sunday.", "fighting", "ASSAULT",
     "Villagers"),
    ("Fishermen in Aden saw shooting near the port on Friday.", "shooting", "ASSAULT",
     "Fishermen"),
]
#: Near misses: (text, trigger, type, doer): a gerund with an object of its own is the
#: reporter's own act ("reported killing 20 militants"), and a verb of phase carries its act
#: ("continued shelling").
OWN_ACTS = [
    ("The Malian army reported killing 20 militants near Gao.", "killing", "ASSAULT",
     "army"),
    ("Russian forces continued shelling Kharkiv overnight.", "shelling", "ASSAULT",
     "Russian"),
    ("Houthi fighters resumed fighting near Marib on Sunday.", "fighting", "ASSAULT",
     "Houthi"),
    ("Eritrean tanks were seen moving towards the Ethiopian border.", "moving", "MOBILIZE",
     "Eritrea"),
]


@pytest.mark.parametrize(("text", "word", "type_", "witnesses"), WITNESSED)
def test_who_hears_or_reports_a_bare_gerund_act_did_not_do_it(text, word, type_,
                                                              witnesses) -> None:
    expect_none_with(text, word, type_, source=witnesses)


@pytest.mark.parametrize(("text", "word", "type_", "doer"), OWN_ACTS)
def test_a_gerund_with_its_own_object_or_after_a_phase_verb_is_the_subjects(text, word, type_,
                                                                             doer) -> None:
    expect_at(text, word, type_, source=doer)
