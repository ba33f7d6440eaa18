"""A noun set before or after an act of its own sentence is another act, not that one told
again (``events.retellings``).

"The raid came four days *after the abduction* of six miners", "Monday's ambush *followed the
kidnapping* of two traders", "the shooting came two days *after the attack* on a base": the
noun of the "after" or "before" phrase, or the object of "followed" or "preceded", names an act
of another time than the act the subject of its clause names, nor the act that subject tells
again ("the raid" told again from "raided"). It may still
tell again an act told before that sentence ("The governor visited the town a day *after the
attack*"), one told in a clause of its own beside the act set against ("gunmen attacked a
station, and troops raided a hideout ... the raid came after *the attack*"), and "since" sets
nothing apart: "fighting has continued *since the clashes*" may name the start of that very
fighting. A noun set after an act its clause tells as done before ("the gunmen holding
students *abducted* from a college ... three days after *the abduction*") tells that act; and
"their talks" set before a meeting takes that meeting's parties (``retellings.referred``).

Every report is our own wording (the Democratic Republic of Congo, Mali, Nigeria, Kenya,
Colombia, the Philippines). A row names the word of the act (``act``, with the number of its
occurrence, from 0) and the word of the mention (``again``); a fold must put the two in one
PLOVER record (through any chain of retellings); a near miss keeps them apart.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, record_of


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
    row("attack-of-its-own-clause-beside-the-raid",
        "Gunmen attacked a bus station in Garissa on Monday, and Kenyan troops raided a hideout "
        "near Dadaab hours later.\n\n"
        "The raid came hours after the attack, police said.", "attacked", "attack,"),
    row("clashes-the-fighting-goes-on-since",
        "Heavy fighting broke out between Congolese troops and M23 rebels near Sake on "
        "Saturday.\n\n"
        "Fighting has continued around the town since the clashes of Saturday, residents said.",
        "Heavy fighting", "clashes"),
    row("abduction-told-in-a-clause-on-the-kidnappers",
        "The gunmen holding nine students abducted from a college near Zaria have demanded a "
        "ransom, a school official said on Friday, three days after the abduction.",
        "abducted", "abduction."),
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
    row("attack-the-shooting-came-after",
        "Gunmen opened fire at a bus station in Maiduguri on Sunday, killing three people, "
        "Nigerian police said.\n\n"
        "The shooting came two days after the attack on an army base in Monguno.",
        "opened fire", "attack"),
    row("ambush-the-bombing-preceded",
        "A bomb exploded at a market in Jolo on Friday, wounding nine people, Philippine police "
        "said.\n\n"
        "The bombing preceded the ambush of a marine patrol in Basilan by a day.",
        "bombing", "ambush"),
]


@pytest.mark.parametrize(("text", "act", "again"), FOLDED)
def test_an_act_told_before_its_sentence_is_folded(text: str, act, again) -> None:
    ex = events(text)
    assert_folded(ex, act, again)


def test_the_parties_of_talks_set_before_a_meeting_are_its_own() -> None:
    """'met on Wednesday, a month after *their* talks in Suva': the earlier talks are another
    meeting of the same parties, who are named through "their"."""
    ex = events("Fiji's foreign minister, Losana Vuki, met New Zealand's trade minister, "
                "Tom Reid, in Wellington on Wednesday, a month after their talks in Suva.")
    talks, met = event_on(ex, "talks"), event_on(ex, "met")
    assert record_of(ex, talks) != record_of(ex, met)
    assert talks.source


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_an_act_set_before_or_after_its_sentence_stays_apart(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)
