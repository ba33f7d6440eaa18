"""``events.answers.answering``: whether a verb answers what is done to it (a verb of
``answer_verbs``, read with its particle), the one test ``answers``, ``endings`` and
``recipients`` share."""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.answers import answering
from actorgraph.events.lexicon import get as lexicon
from actorgraph.pipeline import pipeline

CASES = [
    # (sentence, the verb, whether it answers)
    ("The council rejected the union's demand.", "rejected", True),
    ("The mayor turned down the petition from the traders.", "turned", True),
    # near misses: the verb without the particle that makes it an answer; no answer at all
    ("The driver turned the truck around at the gate.", "turned", False),
    ("The council discussed the union's demand.", "discussed", False),
]


@pytest.mark.parametrize(("text", "word", "answers"), CASES)
def test_an_answering_verb_is_read_with_its_particle(text, word, answers) -> None:
    doc = pipeline(DEFAULT.model)(text)
    verb = next(t for t in doc if t.text == word)
    assert bool(answering(verb, lexicon())) is answers
