"""The toll told in the sentence after an attack is that attack told again (``episodes``).

"Gunmen attacked an army post near Kirrow on Sunday. Four soldiers were killed and six
wounded." reports one attack: the killing and the wounding are its toll, one record with it,
whatever way the toll is written (a passive with its auxiliary left out, "and six wounded";
an attribution between, "..., the army said. Five policemen were wounded"). A toll told with
a time or a place of its own ("On Tuesday, ... near Harsk"), or a doer of its own ("by a
roadside bomb"), is another act. Every sentence is our own wording, with invented towns.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of
from .test_one_act_lines import row

TOLLS = [
    row("gapped-passive", "Gunmen attacked an army post near Kirrow on Sunday. Four soldiers "
        "were killed and six wounded.", "attacked", "wounded"),
    row("gapped-passive-others", "Militants ambushed an army convoy outside Lannet on Friday. "
        "Two soldiers were killed and three others injured.", "ambushed", "injured"),
    row("attribution-between", "Militants stormed a checkpoint in Solbeck on Friday, the army "
        "said. Five policemen were wounded.", "stormed", "wounded"),
    row("attribution-between-killed", "Rebel fighters raided a border post near Drevno "
        "overnight, officials said. Three guards were killed.", "raided", "killed"),
]

NEAR_MISSES = [
    row("own-day-and-town", "Gunmen attacked an army post near Kirrow on Sunday. On Tuesday, "
        "four soldiers were killed near Harsk.", "attacked", "killed"),
    row("own-doer", "Gunmen attacked an army post near Kirrow on Sunday. Two days later four "
        "soldiers were killed by a roadside bomb in Harsk.", "attacked", "killed"),
]


@pytest.mark.parametrize(("text", "act", "again"), TOLLS)
def test_the_toll_after_an_attack_retells_it(text: str, act: str, again: str) -> None:
    ex = events(text)
    attack, toll = event_on(ex, act), event_on(ex, again)
    assert record_of(ex, attack) == attack.id
    assert record_of(ex, toll) == attack.id


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_harm_told_at_its_own_time_or_place_is_its_own_act(text: str, act: str,
                                                            again: str) -> None:
    ex = events(text)
    attack, harm = event_on(ex, act), event_on(ex, again)
    assert record_of(ex, harm) != record_of(ex, attack)


def test_a_passive_inside_another_speakers_words_takes_no_doer_from_the_raid() -> None:
    text = ("Soldiers raided a rebel camp near Kirrow on Monday. An officer in Harsk said "
            "troops were searching for the hostages seized a week earlier.")
    ex = events(text)
    raid, seized = event_on(ex, "raided"), event_on(ex, "seized")
    assert record_of(ex, seized) != record_of(ex, raid)
    assert not set(seized.source) & set(raid.source)
