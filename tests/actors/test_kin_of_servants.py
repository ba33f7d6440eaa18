"""One person named through his kin who serves the state ("the widow *of a police
officer*", "the son *of an army colonel*") is that person, a civilian, not the police or the
army (our own sentences; ``kin_nouns`` of ``persons.yaml``, ``generic.unnamed_people``).

What the kin does or suffers is hers: "The widow of a police officer ... demanded an
inquiry" is a civilian's demand, the officer killed in the blast stays an actor of his own.
The near misses: the officer named alone, and kin in the plural (already read so).

Rows: (text, the kin's word, the servant's word).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of

ROWS = [
    pytest.param("The widow of a police officer killed in the blast demanded an inquiry.",
                 "widow", "officer", id="widow-of-officer"),
    pytest.param("The son of an army colonel was arrested in Quito on Friday.", "son",
                 "colonel", id="son-of-colonel"),
    pytest.param("The brother of a Chilean senator was kidnapped near Santiago.", "brother",
                 "senator", id="brother-of-senator"),
    pytest.param("The daughter of the president of Ghana visited the school in Accra.",
                 "daughter", "president", id="daughter-of-president"),
    pytest.param("A lawyer for the family of a soldier killed in the raid filed a complaint.",
                 "family", "soldier", id="family-of-soldier"),
]


def _holder(ex, text: str, word: str):
    at = text.index(word)
    return next((a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)),
                None)


@pytest.mark.parametrize(("text", "kin", "servant"), ROWS)
def test_kin_of_a_servant_is_a_civilian_of_their_own(text: str, kin: str,
                                                      servant: str) -> None:
    ex = actors_of(text)
    holder = _holder(ex, text, kin)
    assert holder is not None and holder.sector == "CVL"
    assert holder is not _holder(ex, text, servant)


NEAR = [
    pytest.param("A police officer was killed in the blast in Lagos.", "officer", "COP",
                 id="officer-alone"),
    pytest.param("Relatives of police officers protested outside parliament in Lima.",
                 "Relatives", "CVL", id="plural-kin"),
]


@pytest.mark.parametrize(("text", "word", "sector"), NEAR)
def test_near_misses_keep_their_sector(text: str, word: str, sector: str) -> None:
    holder = _holder(actors_of(text), text, word)
    assert holder is not None and holder.sector == sector
