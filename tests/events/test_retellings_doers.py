"""An act told again by another word of its report is folded into it (``events.retellings``,
``events.told_nouns``, ``events.passives``).

* A definite noun carried by a verb of doing ("*carried out* the attack", "*conducted* the
  raid", "*staged* the walkout") names the act its report told before and says who did it:
  the doer named for that act, not another act, whether a verb of speech holds it or not.
* A noun whose possessive names whom the act was done to ("*Besigye's* arrest", "the
  *mayor's* killing"), a party of an act told before, tells that act again; a possessive of
  someone else ("*Kyagulanyi's* arrest in 2020") is another act.
* A passive whose definite subject is whom an expulsion or a sanction told before was done
  to ("Ecuador expelled two diplomats ... *the diplomats were ordered to leave*") tells that
  act again, as it does for force and coercion.

Near misses stay apart: a definite noun of its own day ("*On Friday* they carried out the
deadliest attack"), a superlative or "another" ("the *deadliest* attack of the year",
"*another* raid"), a second round, a threat and the act it threatened, an agreement to meet
and the meeting held on a day of its own, an expulsion of other people. A denial of the act
told again is folded as a denial.

Every report is our own wording (Niger, the Philippines, Peru, Ecuador, Lithuania, Mali,
Somalia and Kenya, Uganda, Colombia, Mexico, Chad). A row names the word of the act (``act``,
with the number of its occurrence, from 0) and the word of the mention (``again``); a fold
must put the two in one PLOVER record (through any chain of retellings); a near miss keeps
them apart.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, record_of


def row(id: str, text: str, act: str | tuple[str, int], again: str | tuple[str, int]):
    return pytest.param(text, act, again, id=id)


FOLDED = [
    row("doer-named-for-the-attack",
        "Gunmen attacked a police post in Diffa on Monday, killing two officers.\n\n"
        "Fighters of a Boko Haram faction carried out the attack, according to the army.",
        "attacked", "carried out the attack"),
    row("unit-that-conducted-the-raid",
        "Philippine soldiers raided a rebel camp in the hills above Marawi on Saturday, "
        "seizing rifles and radios.\n\n"
        "A special forces unit conducted the raid before dawn, according to the army.",
        "raided", "conducted the raid"),
    row("federation-that-staged-the-march",
        "Thousands of miners marched through Lima on Tuesday to demand the repeal of a mining "
        "law.\n\nA federation of small miners from Arequipa staged the march, according to "
        "police.", "marched", "staged the march"),
    row("claimed-under-a-verb-of-speech",
        "Armed men abducted four engineers near Gao on Sunday, Malian officials said.\n\n"
        "A jihadist group said its fighters had carried out the kidnapping.",
        "abducted", "carried out the kidnapping"),
    row("expelled-diplomats-ordered-to-leave",
        "Ecuador expelled two Peruvian diplomats on Monday.\n\n"
        "The diplomats were ordered to leave within 72 hours, the foreign ministry in Quito "
        "said.", "expelled", "ordered"),
    row("expelled-consul-told-again-in-the-passive",
        "Lithuania expelled a Belarusian consul in Vilnius on Tuesday.\n\n"
        "The consul was expelled for activities incompatible with his status, a ministry "
        "spokesman said.", "expelled", ("expelled", 1)),
    row("possessive-of-the-arrested-leader",
        "Ugandan police arrested the opposition leader Kizza Besigye in Kampala on Monday, his "
        "lawyers said.\n\nThe European Union condemned Besigye's arrest and called for his "
        "release.", "arrested", "arrest and"),
    row("possessive-of-the-mayor-shot",
        "Gunmen shot dead the mayor of the Mexican town of Taxco, Jorge Salgado, outside his "
        "home on Friday, police said.\n\nThe state governor condemned the mayor's killing.",
        "shot", "killing"),
    row("possessive-of-the-aid-worker-taken",
        "Armed men abducted a Chadian aid worker, Moussa Hamani, near Bol on Sunday, the UN "
        "said.\n\nChad's government condemned Hamani's abduction on Monday.",
        "abducted", "abduction"),
]

NEAR_MISSES = [
    row("deadliest-attack-on-a-day-of-its-own",
        "Jihadists attacked an army post near Menaka on Monday, the Malian army said.\n\n"
        "On Friday they carried out the deadliest attack of the year on a market in Ansongo, "
        "killing 30 people.", "attacked", "carried out the deadliest attack"),
    row("another-raid",
        "Philippine soldiers raided a rebel camp above Marawi on Saturday.\n\n"
        "On Tuesday the same unit conducted another raid on a village in Lanao del Sur.",
        "raided", "conducted another raid"),
    row("second-round-of-talks",
        "Colombian government negotiators met ELN commanders in Caracas on Monday.\n\n"
        "The two sides will hold a second round of talks in Havana in March.",
        "met", "round of talks"),
    row("threat-and-the-attack-it-threatened",
        "Al-Shabaab threatened on Monday to attack Kenyan army bases in Gedo.\n\n"
        "On Wednesday the group carried out the attack on a base near Bardera, killing four "
        "soldiers.", "attack", "carried out the attack"),
    row("agreement-to-meet-and-the-meeting-held",
        "Ugandan and Kenyan police chiefs agreed on Monday to meet in Busia.\n\n"
        "On 3 March the two chiefs held the meeting at the border post.",
        "meet", "held the meeting"),
    row("other-people-expelled",
        "Ecuador expelled two Peruvian diplomats on Monday.\n\n"
        "Three Colombian traders were expelled from Tulcan on Thursday for working without "
        "permits.", "expelled", ("expelled", 1)),
    row("possessive-of-someone-else",
        "Ugandan police arrested the opposition leader Kizza Besigye in Kampala on Monday, his "
        "lawyers said.\n\nThe arrest recalled Robert Kyagulanyi's arrest in Arua in 2018.",
        "arrested", ("arrest", 2)),
    row("possessive-of-talks-set-before-the-reception",
        "* Chile's president met Schialer on Tuesday, Lima says\n\n"
        "Chile's president received Peru's foreign minister, Elmer Schialer, on Tuesday, a day "
        "after Schialer's talks with Foreign Minister Alberto van Klaveren.\n\n"
        "The two ministers signed an accord on border crossings.", "received", "talks"),
    row("possessive-of-another-victim",
        "Gunmen shot dead the mayor of the Mexican town of Taxco, Jorge Salgado, on Friday.\n\n"
        "Residents said the attack revived memories of the judge's killing in Iguala in 2019.",
        "shot", "killing"),
]


@pytest.mark.parametrize(("text", "act", "again"), FOLDED)
def test_an_act_told_again_by_another_word_is_folded(text: str, act, again) -> None:
    ex = events(text)
    assert_folded(ex, act, again)


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_another_act_of_the_type_stays_apart(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)


def test_a_denied_doing_of_the_act_is_folded_as_a_denial() -> None:
    """'denied carrying out the abduction': the abduction told again, not asserted of the
    denier."""
    ex = events("Gunmen abducted three Ugandan traders near Nimule on Monday, police said.\n\n"
                "A local militia denied carrying out the abduction.")
    noun = event_on(ex, "abduction")
    assert record_of(ex, noun) == record_of(ex, event_on(ex, "abducted"))
    assert noun.modality != "asserted"
