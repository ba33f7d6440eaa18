"""``events.implied.threat_content``: a verb that is what a threatening verb says carries no
threat of its own (``implied`` and ``veiled`` both ask it)."""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.implied import threat_content
from actorgraph.events.lexicon import get as lexicon
from actorgraph.pipeline import pipeline

CASES = [
    # (sentence, the verb, whether a threatening verb says it)
    ("The junta threatened to expel the envoys.", "expel", True),
    ("Farmers warned that they would block the motorway.", "block", True),
    # near misses: said, not threatened; a verb beside the warning, not its content
    ("The junta said it would expel the envoys.", "expel", False),
    ("Police warned the crowd and then closed the square.", "closed", False),
    ("The junta threatened to expel the envoys.", "threatened", False),
]


@pytest.mark.parametrize(("text", "word", "content"), CASES)
def test_what_a_threatening_verb_says_is_its_content(text, word, content) -> None:
    doc = pipeline(DEFAULT.model)(text)
    verb = next(t for t in doc if t.text == word)
    assert threat_content(verb, lexicon()) is content
