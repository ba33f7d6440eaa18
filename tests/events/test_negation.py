"""``events.negation.no_such``: a noun its own words say does not exist ("*no* shots", "*not a
single* soldier", "*nobody*"), the one test modality, subjects and handless share.

Rows: (sentence, the noun, whether it is said not to exist).
"""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.negation import no_such
from actorgraph.pipeline import pipeline

CASES = [
    pytest.param("No shots were fired at the marchers in Tegucigalpa.", "shots", True,
                 id="no-shots"),
    pytest.param("Nobody was arrested after the rally in Lusaka.", "Nobody", True,
                 id="nobody"),
    pytest.param("Not a single Bolivian soldier crossed the border.", "soldier", True,
                 id="not-a-single"),
    pytest.param("Neither the army nor the police fired on the crowd in Dhaka.", "army", True,
                 id="neither-nor"),
    pytest.param("Nothing was seized during the search of the port in Mombasa.", "Nothing",
                 True, id="nothing"),
    # near misses: a quantity limited, an exception, an ordinary determiner
    pytest.param("Not all soldiers in Bamako left their posts.", "soldiers", False,
                 id="not-all"),
    pytest.param("Police in Quito arrested nobody but the organisers.", "nobody", False,
                 id="nobody-but"),
    pytest.param("The shots were fired near the Latvian border.", "shots", False,
                 id="definite"),
]


@pytest.mark.parametrize(("text", "word", "none"), CASES)
def test_a_noun_its_own_words_deny_is_no_such(text: str, word: str, none: bool) -> None:
    doc = pipeline(DEFAULT.model)(text)
    noun = next(t for t in doc if t.text == word)
    assert no_such(noun) is none
