"""A definite noun that tells again an act of its report is folded into that act, and only
into the act its own words fit (``events.retellings``, ``events.marks``).

A noun may name the place of the act it tells, or what the act hit, by a phrase or a name
of its own ("the shelling *of Elwak*", "the talks *in Wellington*", "the *Arica* meeting"): it
tells the act whose sentence names that place, wherever the parser put it, even when the same
noun named another act before ("their first meeting in Lima ... met again in Arica ... the Arica
meeting"), not one its report placed elsewhere ("their first round of talks *in Suva*"). A
noun dated by its own words on another day than the latest act ("*last Monday's* ambush") is
another act; and an agreement to meet is not the meeting it agrees to.

Every report is our own wording (Kenya and Somalia, Peru and Chile, Fiji and New Zealand,
Saudi Arabia, Colombia, Mali, Nigeria, Uganda). A row names the word of the act (``act``, with the
number of its occurrence, from 0) and the word of the mention (``again``); a fold must put the
two in one PLOVER record (through any chain of retellings); a near miss keeps them apart.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, record_of


def row(id: str, text: str, act: str | tuple[str, int], again: str | tuple[str, int]):
    return pytest.param(text, act, again, id=id)


FOLDED = [
    row("place-of-the-noun-names-the-act-hit",
        "Kenyan police said on Monday that Somali militants had crossed the border into Mandera "
        "county, a day after a mortar attack on the village of Elwak left two traders dead.\n\n"
        "A police spokesman, Peter Njoroge, said the militants had advanced several kilometres "
        "before dawn on Sunday and that the shelling of Elwak began soon afterwards.",
        "mortar attack", "shelling of Elwak"),
    row("place-name-after-the-same-noun-of-another-meeting",
        "Four weeks after their first meeting in Lima, the trade ministers of Peru and Chile "
        "met again on Thursday, this time in Arica.\n\n"
        "The two ministers agreed to cut port fees for fruit exports by a fifth.\n\n"
        "That the Arica meeting took place at all was a success, diplomats in Santiago said.",
        "met again", "Arica meeting"),
    row("talks-in-the-city-of-the-latest-meeting",
        "Fiji's foreign minister, Losana Vuki, met New Zealand's trade minister at Parliament "
        "in Wellington on Tuesday, a month after their first round of talks in Suva.\n\n"
        "The two signed a memorandum on seasonal work permits.\n\n"
        "Vuki said the talks in Wellington had been frank and useful.",
        "met", "talks in Wellington"),
    row("town-named-by-both",
        "Gunmen attacked a police station in the Colombian town of Tame on Tuesday, killing two "
        "officers.\n\nThe army sent 300 more soldiers to Arauca province on Wednesday.\n\n"
        "Nobody has claimed the attack on Tame.", "attacked", "attack on Tame"),
    row("country-named-by-both",
        "Houthi forces fired three missiles at Saudi Arabia on Friday, the coalition said.\n\n"
        "The attack on Saudi Arabia drew condemnation from Egypt and Jordan.",
        "fired", "attack on Saudi Arabia"),
    row("denied-role-in-the-act",
        "Armed men abducted three aid workers near Kidal on Monday, the United Nations said.\n\n"
        "A local militia denied any role in the abduction.", "abducted", "abduction"),
]

NEAR_MISSES = [
    row("another-day-by-its-possessive",
        "Nigeria's air force said on Sunday that its jets had bombed a camp near Damboa on "
        "Saturday, killing fighters blamed for last Monday's ambush of an army convoy.",
        "bombed", "ambush"),
    row("earlier-talks-in-another-city",
        "Fiji's foreign minister, Losana Vuki, met New Zealand's trade minister at Parliament "
        "in Wellington on Tuesday, a month after their first round of talks in Suva.\n\n"
        "Vuki said the talks in Wellington had been frank and useful.",
        "round of talks", "talks in Wellington"),
    row("agreement-to-meet-vs-the-meeting",
        "Ugandan and Kenyan police chiefs met in Busia on Thursday and agreed to meet again in "
        "Kisumu next month.\n\nOfficials said the Kisumu meeting would review a joint patrol "
        "plan.", ("met", 0), "Kisumu meeting"),
]


@pytest.mark.parametrize(("text", "act", "again"), FOLDED)
def test_a_retelling_is_folded_into_the_act_its_words_fit(text: str, act, again) -> None:
    ex = events(text)
    assert_folded(ex, act, again)


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_a_noun_of_another_act_stays_apart(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)


def test_a_denial_folded_stays_a_denial() -> None:
    """'denied any role in the abduction': the abduction told again, its act not asserted by
    the denier (the noun keeps the reading of its own clause)."""
    ex = events("Armed men abducted three aid workers near Kidal on Monday, the United Nations "
                "said.\n\nA local militia denied any role in the abduction.")
    noun = event_on(ex, "abduction")
    assert noun.retells == event_on(ex, "abducted").id
    assert noun.modality != "asserted"


def test_a_place_named_reaches_an_act_told_far_back() -> None:
    """'the Arica meeting' four paragraphs and seven acts after the meeting in Arica: the
    place its words name singles the act out however far back it was told."""
    text = ("The trade ministers of Peru and Chile met in Arica on Thursday.\n\n"
            "On Friday Bolivian truckers blocked the border crossing at Tambo Quemado, and "
            "police arrested six drivers. Lima protested, and La Paz denied any role.\n\n"
            "In Santiago, dockworkers struck for higher pay and marched to the port, and the "
            "government offered talks.\n\n"
            "That the Arica meeting took place at all was a success, diplomats said.")
    ex = events(text)
    assert record_of(ex, event_on(ex, "Arica meeting")) == record_of(ex, event_on(ex, "met"))


#: A definite noun after a sentence that tells an act and another act of its type it is set
#: after ("a week after a similar attack", "a month after their first round of talks") tells
#: the act the sentence tells, not the earlier one named in passing, whatever noun named it.
SET_AFTER = [
    row("attack-after-a-similar-attack",
        "Eritrean gunboats fired on a Yemeni fishing dhow near the Hanish islands on Monday, a "
        "week after a similar attack on a trawler off Zubair, Yemen's coast guard said.\n\n"
        "The attack came days after Sanaa warned Asmara to keep its navy out of Yemeni "
        "waters.", "fired", "attack came"),
    row("talks-after-an-earlier-round",
        "Fiji's foreign minister, Losana Vuki, met New Zealand's trade minister in Wellington "
        "on Tuesday, a month after their first round of talks in Suva.\n\n"
        "The two signed a memorandum on seasonal work permits.\n\n"
        "Vuki said the talks had been frank and useful.", "met", ("talks", 1)),
    row("detentions-after-an-earlier-arrest",
        "Police in Harare detained six activists on Friday, two weeks after the arrest of "
        "their leader in Bulawayo.\n\nThe arrest of the six was condemned by lawyers.",
        "detained", ("arrest", 1)),
]


@pytest.mark.parametrize(("text", "act", "again"), SET_AFTER)
def test_a_retelling_is_not_the_act_set_before(text: str, act, again) -> None:
    ex = events(text)
    assert_folded(ex, act, again)
