"""A definite noun that places its act in a sequence ("the first march", "the earlier meeting",
"the second attack") tells again the act of that place in its document's sequence, not the
latest act of its type: an ordinal counts the acts of its type in document order, and the
words of ``sequence_earlier`` (data/dates.yaml) name the first of them. A plain definite noun
("the march") still tells the latest."""

from __future__ import annotations

import pytest

import actorgraph

# (text, the retelling noun phrase (its last occurrence), the trigger of the act it must
# retell: its n-th occurrence in the text, counted from 0)
ROWS = [
    ("Police broke up a march by nurses in Eldoret on Monday. On Thursday the nurses marched "
     "again to the county offices. The union said the first march had been peaceful.",
     "first march", ("march", 0)),
    ("Gunmen attacked a bus near Mopti on Monday. On Wednesday they attacked a market in "
     "Djenne. The governor condemned the first attack.",
     "first attack", ("attacked", 0)),
    ("The two ministers met in Dakar on 3 May and met again in Banjul on 20 May. Both said the "
     "earlier meeting had been tense.", "earlier meeting", ("met", 0)),
    ("Gunmen attacked a bus near Mopti on Monday. On Wednesday they attacked a market in "
     "Djenne. On Friday they attacked a police post. The governor condemned the second attack.",
     "second attack", ("attacked", 1)),
    # near miss: no sequence word, the latest act is the one told again
    ("Police broke up a march by nurses in Eldoret on Monday. On Thursday the nurses marched "
     "again to the county offices. The union said the march had been peaceful.",
     "the march", ("marched", 0)),
]


def _at(text: str, word: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(word, at + 1)
    return at


@pytest.mark.parametrize(("text", "phrase", "told"), ROWS)
def test_a_noun_placed_in_a_sequence_retells_that_act(text: str, phrase: str,
                                                       told: tuple[str, int]) -> None:
    events = actorgraph.extract(text, published="2025-05-23").events
    noun = text.rindex(phrase) + len(phrase) - 1
    retelling = next(e for e in events if e.start <= noun < e.end)
    target = _at(text, *told)
    first = next(e for e in events if e.start <= target < e.end)
    assert retelling.retells == first.id


def test_a_first_act_set_against_its_own_sentence_retells_nothing_told_after_it() -> None:
    """'marched again, two weeks after police broke up the first march': the first march is
    not the one its sentence tells; with no march told before, it retells none."""
    text = ("Thousands of teachers marched through Kisumu again on Saturday, two weeks after "
            "police broke up the first march with tear gas.")
    events = actorgraph.extract(text, published="2025-05-23").events
    noun = text.index("first march") + len("first march") - 1
    assert all(e.retells is None for e in events if e.start <= noun < e.end)
