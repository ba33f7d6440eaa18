"""One diplomatic complaint, one record: a government that summons an envoy and lodges a
protest, or sends a protest note calling the act unacceptable, complains once (``once``).

PLOVER codes a diplomatic protest as ACCUSE (CAMEO 114, complaining officially): the
summons, the note and the protest lodged in one sentence by one government are one démarche,
and an evaluation of the act complained of in that sentence ("describing the incursion as
unacceptable") says what the complaint is, the complaint told again. Near misses stay two
records: a complaint and a description days later, a complaint and another government's
words, a condemnation and a summons (criticism and an official complaint, CAMEO 111 and 114).
Every sentence is our own wording, with invented towns.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of
from .test_one_act_lines import row

ONE = [
    row("summoned-and-lodged", "Vietnam's foreign ministry summoned the Chinese envoy and lodged "
        "a formal protest over the detention of fishermen near the Harsk reef.", "summoned",
        "lodged"),
    row("note-describing", "Colombia's foreign ministry sent a protest note to Venezuela, "
        "describing the incursion as unacceptable.", "sent", "describing"),
    row("communique-note-handed", "The foreign ministry of Kenya summoned Uganda's high "
        "commissioner on Friday and handed him a protest note over the arrest of Kenyan "
        "fishermen on Lake Lannet.", "summoned", "handed"),
    row("lodged-describing", "Armenia lodged a protest with Azerbaijan on Sunday over the "
        "shelling of Lannet, describing Azerbaijan's shelling as a deliberate provocation.",
        "lodged", "describing"),
]

TWO = [
    row("days-apart", "Poland summoned Belarus's ambassador on Monday. On Thursday, Poland "
        "described Belarus's new border fence as a provocation.", "summoned", "described"),
    row("other-government", "Armenia lodged a protest with Azerbaijan, while Russia described "
        "Azerbaijan's move as illegal.", "lodged", "described"),
    row("condemned-and-summoned", "Lithuania condemned the Russian drills near its border and "
        "summoned the Russian envoy.", "condemned", "summoned"),
]


@pytest.mark.parametrize(("text", "act", "again"), ONE)
def test_one_complaint_told_twice_in_a_sentence_is_one_record(text: str, act: str,
                                                               again: str) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.type == second.type == "ACCUSE"
    assert record_of(ex, first) == first.id
    assert record_of(ex, second) == first.id


@pytest.mark.parametrize(("text", "act", "again"), TWO)
def test_two_complaints_stay_two_records(text: str, act: str, again: str) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert record_of(ex, first) != record_of(ex, second)
