"""One act, one record: an act told again without a marker of its own (``events.passives``,
``events.restatements``, ``events.retellings``).

* a passive whose definite subject is the object of the act of its type told just before
  ("gunmen attacked a checkpoint ... *the checkpoint was attacked* by ten men");
* a definite noun that is the subject of the toll it took, after the act it names ("bombed the
  market ... *the attack killed* eleven");
* a definite noun with a day, a place or a party of its own ("*Friday's* attack", "the *Valo*
  meeting") tells the act of that day, place or party, not the latest of its type.

Every sentence is our own wording, with invented towns and people. A row names the word of
the act (``act``, with the number of its occurrence, from 0) and the word of the mention
(``again``); the mention must retell the act (through any chain of retellings), so that the
PLOVER export writes one record for the two. A near miss names two words that tell two acts.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, record_of


def row(id: str, text: str, act: str | tuple[str, int], again: str | tuple[str, int]):
    return pytest.param(text, act, again, id=id)


RESTATED = [
    row("wire-passive-with-hand", "KARVO, June 2 (Wire) - Gunmen attacked a checkpoint outside "
        "Narvo on Monday.\n\nThe checkpoint was attacked by the gunmen from two sides, a police "
        "spokesman said.", "attacked a", "was attacked"),
    row("passive-of-another-verb", "Soldiers killed three herders near Brev on Sunday. The "
        "herders were shot by soldiers at a well, relatives said.", "killed", "shot"),
    row("passive-by-the-group-named", "Fighters of the Kessel Front attacked an army post near "
        "Marn on Monday. The post was attacked by the Kessel Front at dawn, a spokesman said.",
        "attacked an", "was attacked"),
    row("live-blog-passive", "Live updates: fighting in Tarsk\n11:02 - Pro-government "
        "militiamen shelled the main hospital in Tarsk this morning, according to doctors.\n"
        "11:20 - The hospital was shelled by the militiamen from the hills east of the town, "
        "staff say.", "shelled the", "was shelled"),
    row("communique-abducted", "The interior ministry of Veldia said armed men abducted two "
        "engineers in the Osta district on Tuesday. The engineers were abducted from their car "
        "on the Osta road, the ministry said.", "abducted two", "were abducted"),
    row("arrest-passive", "Police arrested the editor of the Kesh Herald on Monday. The editor "
        "was arrested at his home, his lawyer said.", "arrested the", "was arrested"),
    row("ambush-passive", "Rebels ambushed an army convoy near Tolla on Wednesday. The convoy "
        "was ambushed by the rebels as it crossed a bridge, officials said.", "ambushed an",
        "was ambushed"),
    row("toll-noun-after-bombing", "Militants bombed the market in Pesk on 3 June. The attack "
        "killed eleven civilians.", "bombed", "attack killed"),
    row("communique-toll-noun", "The foreign ministry of Oldavia strongly condemns the bombing "
        "of the market in Pesk by the Free Army on 3 June. The attack killed eleven civilians.",
        "bombing", "attack killed"),
    row("day-of-the-first-attack", "Gunmen attacked a bus near Orsk on Friday. On Saturday "
        "militants attacked a school in Lemi. Friday's attack left six dead.", ("attacked", 0),
        "Friday's attack"),
    row("day-of-the-second-attack", "Gunmen attacked a bus near Orsk on Friday. On Saturday "
        "militants attacked a school in Lemi. Saturday's attack left six dead.",
        ("attacked", 1), "Saturday's attack"),
    row("place-of-the-first-meeting", "The presidents of Oldavia and Brenn met in Valo on "
        "Monday. Oldavia's foreign minister met the Kessan envoy on Tuesday. The Valo meeting "
        "focused on trade.", ("met", 0), "Valo meeting"),
    row("place-of-the-first-attack-toll", "Rebels attacked an army post in Marn on Monday. On "
        "Wednesday soldiers raided a village near Tolla. Officials said the Marn attack killed "
        "four soldiers.", "attacked", "Marn attack"),
]

#: The determiners by which the passive's subject names the act's object again
#: (``definite_determiners`` in data/grammar.yaml), one row each: each fails when its word
#: leaves the file.
RESTATED += [
    row(f"passive-{det.lower()}", f"Rebels ambushed {n} army {convoy} near Tolla on Wednesday. "
        f"{det} {convoy} {was} ambushed by the rebels at a bridge, officials said.",
        "ambushed", f"{was} ambushed")
    for det, n, convoy, was in (("The", "an", "convoy", "was"), ("This", "an", "convoy", "was"),
                                ("That", "an", "convoy", "was"),
                                ("These", "two", "convoys", "were"),
                                ("Those", "two", "convoys", "were"))
]

NEAR_MISSES = [
    row("passive-again-on-another-day", "Gunmen attacked a checkpoint outside Narvo on Monday. "
        "On Wednesday the checkpoint was attacked again by the gunmen.", "attacked a",
        "was attacked"),
    row("passive-by-another-hand", "Rebels attacked an army base near Tolla. Days later the "
        "base was bombed by Brennish jets.", "attacked", "bombed"),
    row("passive-of-another-type", "Police arrested five men in Kesh on Monday. The men were "
        "beaten by guards in custody, their families said.", "arrested", "beaten"),
    row("passive-of-someone-else", "Gunmen attacked a checkpoint outside Narvo on Monday. The "
        "driver of a truck was shot by a sniper in Kelm.", "attacked", "shot"),
    row("reprisal", "Rebels attacked an army base near Tolla on Monday. The army struck rebel "
        "positions in retaliation on Tuesday.", "attacked", "struck"),
    row("two-attacks-two-days", "Militants attacked a police station in Dravo on Friday. On "
        "Sunday they attacked another station in Kesh.", ("attacked", 0), ("attacked", 1)),
    row("second-meeting-a-week-later", "The foreign ministers of Oldavia and Brenn met in Valo "
        "on Monday. They met again a week later in Kest.", ("met", 0), ("met", 1)),
    row("the-other-day-not-the-first", "Gunmen attacked a bus near Orsk on Friday. On Saturday "
        "militants attacked a school in Lemi. Saturday's attack left six dead.",
        ("attacked", 0), "Saturday's attack"),
]


@pytest.mark.parametrize(("text", "act", "again"), RESTATED)
def test_a_mention_retells_the_act(text: str, act, again) -> None:
    ex = events(text)
    assert_folded(ex, act, again)


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_two_acts_stay_two_records(text: str, act, again) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)
