"""``events.repeats.once_more``: a word on a verb that tells its act once more, the one test
``once``, ``passives`` and ``repeats`` share."""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.lexicon import get as lexicon
from actorgraph.events.repeats import once_more
from actorgraph.pipeline import pipeline

CASES = [
    # (sentence, the verb, whether a word on it tells the act once more)
    ("Gunboats shelled the harbour again on Friday.", "shelled", True),
    ("Customs officers also seized two trucks.", "seized", True),
    # near misses: a word of time or manner that repeats nothing
    ("Gunboats shelled the harbour on Friday.", "shelled", False),
    ("Customs officers quickly seized two trucks.", "seized", False),
]


@pytest.mark.parametrize(("text", "word", "repeated"), CASES)
def test_a_repetition_word_tells_the_act_once_more(text, word, repeated) -> None:
    doc = pipeline(DEFAULT.model)(text)
    verb = next(t for t in doc if t.text == word)
    assert once_more(verb, lexicon()) is repeated
