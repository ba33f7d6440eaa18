"""An organisation named by a head word of non-governmental bodies is an NGO
(``actors.mentions``, ``ngo_words`` in data/names.yaml): "the Velmar Rights *Foundation*".

One row a word of the list, each failing when its word leaves the file. Our own sentences,
with invented names.
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of

WORDS = ["Association", "Federation", "Society", "Foundation", "Institute", "Network",
         "Coalition", "Alliance", "League", "Union", "Movement", "Fund", "Trust", "Initiative",
         "Observatory", "Watch", "Centre", "Center"]


@pytest.mark.parametrize("word", WORDS)
def test_a_body_named_by_an_ngo_word_is_an_ngo(word: str) -> None:
    ex = actors_of(f"The Velmar Rights {word} condemned the arrest of four journalists in "
                   "Kesh.")
    assert actor_named(ex, f"Velmar Rights {word}").sector == "NGO"
