"""``events.subjects.by_phrase``: the doer a "by" phrase names on a passive verb or on a noun
of an act, the one test of it that ``bare``, ``nominals``, ``trips``, ``complaints`` and
``provoked`` share."""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.subjects import by_phrase
from actorgraph.pipeline import pipeline

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
