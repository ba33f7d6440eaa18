"""A noun set before or after an act of its own sentence is another act, not that one told
again (``events.retellings``).

"The raid came four days *after the abduction* of six miners", "Monday's ambush *followed the
kidnapping* of two traders", "three were killed when gunmen opened fire, two days *after the
attack* on a base": the noun of the "after" or "before" phrase, or the object of "followed" or
"preceded", names an act of another time than the act of the clause it is set against, nor
the act that clause's noun tells again ("the raid" told again from "raided"). It may still
tell again an act told before that sentence ("The governor visited the town a day *after the
attack*").

Every report is our own wording (the Democratic Republic of Congo, Mali, Nigeria, Kenya,
Colombia, the Philippines). A row names the word of the act (``act``, with the number of its
occurrence, from 0) and the word of the mention (``again``); a fold must put the two in one
PLOVER record (through any chain of retellings); a near miss keeps them apart.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, act: str | tuple[str, int], again: str | tuple[str, int]):
    return pytest.param(text, act, again, id=id)


FOLDED = [
    row("attack-told-before-the-visit-it-came-after",
        "Gunmen attacked a bus station in Garissa on Monday, killing four travellers, Kenyan "
        "police said.\n\n"
        "The county governor visited the town on Wednesday, two days after the attack.",
        "attacked", ("attack", 1)),
    row("ambush-told-before-the-talks-set-after-it",
        "FARC dissidents ambushed an army patrol near Tumaco on Saturday, killing two "
        "soldiers, the Colombian army said.\n\n"
        "Provincial leaders met the defence minister in Bogota on Tuesday, three days after the "
        "ambush.", "ambushed", "ambush."),
    row("raid-told-again-in-its-own-sentence",
        "Gunmen raided the village of Lumbu in Ituri province on Thursday night, burning 30 "
        "houses, local officials said.\n\n"
        "The raid left hundreds of families without shelter, the officials said.",
        "raided", "raid left"),
]

NEAR_MISSES = [
    row("abduction-the-raid-came-after",
        "Gunmen raided the village of Lumbu in Ituri province on Thursday night, burning 30 "
        "houses, local officials said.\n\n"
        "The raid came four days after the abduction of six gold miners near Mongbwalu, the "
        "officials said.", "raided", "abduction"),
    row("kidnapping-the-ambush-followed",
        "Jihadists ambushed an army convoy near Ansongo on Monday, killing three soldiers, the "
        "Malian army said.\n\n"
        "Monday's ambush followed the kidnapping of two traders from Gao on 2 March.",
        "ambushed", "kidnapping"),
    row("attack-set-before-a-shooting-told-in-a-clause",
        "Three people were killed in Maiduguri on Sunday when gunmen opened fire at a bus "
        "station, two days after the attack on an army base in Monguno, Nigerian police "
        "said.", "opened fire", "attack"),
    row("ambush-the-bombing-preceded",
        "A bomb exploded at a market in Jolo on Friday, wounding nine people, Philippine police "
        "said.\n\n"
        "The bombing preceded the ambush of a marine patrol in Basilan by a day.",
        "bombing", "ambush"),
]


@pytest.mark.parametrize(("text", "act", "again"), FOLDED)
def test_an_act_told_before_its_sentence_is_folded(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, second) == record_of(ex, first)


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_an_act_set_before_or_after_its_sentence_stays_apart(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)
