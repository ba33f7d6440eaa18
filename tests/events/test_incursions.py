"""Incursions told by "entered" and "crossed" when the plain rows' words are missing (issues 11/12).

Every sentence is our own wording. Forces entering or crossing into another state's
territory make an incursion (ASSAULT, CAMEO 190, as the trigger table's "crossed into"; the
fusion gold also allows MOBILIZE). Reports name the state itself as what was entered
("Tarvian troops *entered Velmaria*"), give the doers as police or armed men as much as
troops ("Tarvian police entered its territory", "the gunmen crossed the Oska river"), and,
in denials and refusals to confirm, as part of a force ("*any of its soldiers* had
entered"). Near misses: refugees, smugglers, tourists and traders crossing or entering, a
force entering a building, police entering a town (their own beat).
Each row: (text, trigger word): an ASSAULT or MOBILIZE event at that word.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events

MOVED = ("ASSAULT", "MOBILIZE")

ENTERED = [
    ("Tarvian troops entered Velmaria on Sunday, the Velmari army said.", "entered"),
    ("DUNEK (Velm Wire) - Tarvian soldiers entered Ruvania overnight and withdrew at dawn, "
     "the governor of Dunek province said.", "entered"),
    ("Velmaria says Tarvian police entered its territory near Dunek on Monday.", "entered"),
    ("Tarvia's army declined to confirm that any of its units had entered Velmaria.",
     "entered"),
    ("Tarvia's defence ministry declined to confirm that any of its soldiers had entered "
     "Velmari territory.", "entered"),
    ("The interior ministry denied that Tarvian police officers had entered Velmari "
     "territory on Monday.", "entered"),
    ("The army said the gunmen had crossed the Oska river from Tarvia and returned there "
     "before dawn.", "crossed"),
    ("10:15 - Rebel fighters crossed the border from Tarvia overnight, the governor of Dunek "
     "says.", "crossed"),
]


@pytest.mark.parametrize(("text", "trigger"), ENTERED, ids=[r[0][:40] for r in ENTERED])
def test_forces_entering_another_state_make_an_incursion(text: str, trigger: str) -> None:
    ex = events(text)
    got = [e for e in ex.events if ex.document.text[e.start:e.end].endswith(trigger)
           and e.type in MOVED]
    assert got, describe(ex)


NOT_ENTERED = [
    ("Smugglers crossed the Oska river at night with fuel from Tarvia.", "crossed"),
    ("Thousands of refugees entered Velmaria from Tarvia this week.", "entered"),
    ("Tarvian tourists entered Velmaria through the Dunek crossing.", "entered"),
    ("Traders crossed the border from Tarvia to sell maize in Dunek.", "crossed"),
    ("Police entered the building and arrested two men.", "entered"),
    ("Velmari police entered Dunek on Monday to guard the polling stations.", "entered"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_ENTERED, ids=[r[0][:40] for r in NOT_ENTERED])
def test_civilians_crossing_and_police_on_their_beat_make_no_incursion(text: str,
                                                                       trigger: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if ex.document.text[e.start:e.end].endswith(trigger)
                and e.type in MOVED], describe(ex)


#: Civilians of any calling crossing *into* a place make no incursion either, however the
#: report names them ("crossed into" alone codes one, for forces and the unnamed): farmers,
#: journalists, students, fishermen, pilgrims. Nor, being no incursion, a riot.
CIVILIANS_INTO = [
    ("Hundreds of farmers crossed into Uganda to sell maize at the Busia market.", "crossed"),
    ("Two journalists crossed into the district on Monday to report on the floods.",
     "crossed"),
    ("A group of students crossed into Velmaria for the regional games.", "crossed"),
    ("Senegalese fishermen crossed into Gambian waters in search of bonga.", "crossed"),
    pytest.param("Reporters from three outlets crossed into the enclave with a UN escort.",
                 "crossed", marks=pytest.mark.xfail(strict=True, reason=(
                     "a subject that makes no actor ('Reporters from three outlets') is not "
                     "read against the sense's subject words"))),
]


@pytest.mark.parametrize(("text", "trigger"), CIVILIANS_INTO,
                         ids=[str(i) for i in range(len(CIVILIANS_INTO))])
def test_civilians_crossing_into_a_place_make_no_incursion_and_no_riot(text: str,
                                                                       trigger: str) -> None:
    ex = events(text)
    got = [e for e in ex.events if ex.document.text[e.start:e.end].endswith(trigger)
           and e.type in (*MOVED, "PROTEST")]
    assert not got, describe(ex)

