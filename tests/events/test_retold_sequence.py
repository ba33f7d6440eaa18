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


#: A noun in an "after" or "before" phrase or clause set against its sentence's own act is
#: another act of its type, earlier or later: "met Fiona Marsh on Wednesday, five weeks after
#: their talks in Port Vila" does not tell the Wednesday meeting again. Each row: (text, the
#: noun (its last occurrence)).
SET_AGAINST = [
    ("Vanuatu's foreign minister, Marcel Tari, met Fiona Marsh in Canberra on Wednesday, five "
     "weeks after their talks in Port Vila.", "talks"),
    ("The two ministers met in Suva on Monday, a month after their last meeting in Apia.",
     "meeting"),
    ("Police arrested six activists in Harare on Friday, two weeks after the arrest of their "
     "leader in Bulawayo.", "arrest"),
    ("Rebels attacked the garrison at Kamako again on Sunday, days after the attack on a "
     "convoy near Tshikapa.", "attack"),
    ("Lithuania expelled a Russian diplomat on Tuesday, a week before the expulsion of two "
     "Lithuanian consuls from Kaliningrad.", "expulsion"),
]


@pytest.mark.parametrize(("text", "noun"), SET_AGAINST)
def test_a_noun_set_against_its_sentence_act_does_not_retell_it(text: str, noun: str) -> None:
    events = actorgraph.extract(text, published="2025-05-23").events
    at = text.rindex(noun)
    told = [e for e in events if e.start <= at < e.end]
    main = [e for e in events if e.end <= at and e.type in {t.type for t in told}]
    assert told and main, [(text[e.start:e.end], e.type) for e in events]
    assert all(e.retells not in {m.id for m in main} for e in told)


def test_a_noun_after_a_dated_act_still_retells_an_act_told_before() -> None:
    """Near miss: the noun set against its sentence's act may still tell again an act its
    document told in an earlier sentence."""
    text = ("Tari and Marsh held talks in Port Vila on 3 September. On Wednesday the two met "
            "again in Canberra, five weeks after the talks.")
    events = actorgraph.extract(text, published="2025-10-09").events
    at = text.rindex("talks")
    told = next(e for e in events if e.start <= at < e.end)
    first = next(e for e in events if e.start <= text.index("talks") < e.end)
    assert told.retells == first.id
