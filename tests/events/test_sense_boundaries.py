"""Words whose sense the rest of the clause decides, read on the side PLOVER puts them
(issue 12, class 2: wrong senses).

Every sentence is our own wording. A warship or a coast guard that *blocks* a vessel at sea
restricts its movement (COERCE 191), as forces blocking a road do: no REJECT. Jets or ships
that *violate* or *breach* a state's airspace, territory or waters make an incursion (ASSAULT
190), as those that enter or penetrate it: no REJECT of a rule. An airline or an airport that
*suspends*, *halts* or *cancels* its flights sanctions no one: only a government's suspension
of flights or trade is a SANCTION. Aid a people *needs* or *wants* is not given (no AID told as
done). Conceding *that* something is so admits it in speech (no CONCEDE). A force's own move
announced for later ("would send 500 more soldiers", "will deploy two battalions") is a
MOBILIZE to come, not a THREATEN, unless it hangs on a condition.
Rows: (text, the trigger word, the type it must not carry). Near misses: (text, trigger word,
type it keeps).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at, expect_none_at, expect_not_done, has_event


def wrong(id: str, text: str, word: str, type_: str):
    return pytest.param(text, word, type_, id=id)


WRONG = [
    wrong("frigate-blocked-patrol-boat", "A Turkish frigate blocked a Greek patrol boat near "
          "the islet of Kardak on Tuesday.", "blocked", "REJECT"),
    wrong("warships-blocked-fishing-vessels", "Chinese warships blocked two Philippine fishing "
          "vessels from entering the lagoon.", "blocked", "REJECT"),
    wrong("jets-violated-airspace", "Armenia said Azerbaijani jets had violated its airspace "
          "twice on Sunday.", "violated", "REJECT"),
    wrong("drones-violated-airspace", "Russian drones violated Romanian airspace on Sunday, "
          "the defence ministry in Bucharest said.", "violated", "REJECT"),
    wrong("ships-breached-waters", "Two Venezuelan ships breached Guyana's territorial waters "
          "near the Essequibo coast.", "breached", "REJECT"),
    wrong("airline-suspended-flights", "Middle East Airlines suspended all flights to Baghdad "
          "because of the fighting.", "suspended", "SANCTION"),
    wrong("airport-suspended-flights", "Kyiv's Zhuliany airport suspended all flights on "
          "Monday after the explosion.", "suspended", "SANCTION"),
    wrong("carrier-halted-flights", "The Kenyan carrier halted flights to Juba for a week, a "
          "spokeswoman said.", "halted", "SANCTION"),
    wrong("privately-concede-that", "Ukrainian officers privately concede that the "
          "counteroffensive has stalled.", "concede", "CONCEDE"),
    wrong("would-send-soldiers", "Poland would send 500 more soldiers to the Belarusian border "
          "and would keep the crossing closed, its defence minister said.", "would send",
          "THREATEN"),
    wrong("will-deploy-battalions", "Lithuania will deploy two more battalions to its eastern "
          "frontier next week.", "will deploy", "THREATEN"),
]

#: Aid a people needs or wants, told as not given.
NEEDED = [
    pytest.param("About 40,000 people in Darfur need food assistance, the agency said.",
                 "assistance", id="people-need-food-assistance"),
    pytest.param("Thousands of families in Sindh still need humanitarian aid after the "
                 "floods.", "aid", id="families-need-aid"),
    pytest.param("The Somali government needs military aid from Turkey to fight al-Shabaab.",
                 "aid", id="government-needs-military-aid"),
    pytest.param("Haiti wants more police assistance from Kenya, its prime minister said.",
                 "assistance", id="wants-police-assistance"),
]

KEPT = [
    pytest.param("The Sudanese army blocked the road to the camp at Zamzam.", "blocked",
                 "COERCE", id="army-blocked-road"),
    pytest.param("Fishermen blocked a ferry in the port of Piraeus for six hours.", "blocked",
                 "PROTEST", id="fishermen-blocked-ferry"),
    pytest.param("Russia vetoed the draft and blocked the resolution on Gaza.", "blocked",
                 "REJECT", id="blocked-resolution"),
    pytest.param("Hamas violated the ceasefire on Sunday, Israel said.", "violated", "ASSAULT",
                 id="violated-ceasefire"),
    pytest.param("Serbia violated the 2013 agreement, Kosovo said.", "violated", "REJECT",
                 id="violated-agreement"),
    pytest.param("Russia suspended all flights to Georgia in 2019.", "suspended", "SANCTION",
                 id="state-suspended-flights"),
    pytest.param("Lithuania suspended trade with Belarus on Monday.", "suspended", "SANCTION",
                 id="state-suspended-trade"),
    pytest.param("The World Food Programme delivered food assistance to 40,000 people in "
                 "Darfur.", "delivered", "AID", id="delivered-aid"),
    pytest.param("Poland would send troops to the border if Belarus pushed more migrants "
                 "across, the minister warned.", "warned", "THREATEN",
                 id="conditional-send-threatens"),
]


@pytest.mark.parametrize("text, word, type_", WRONG)
def test_word_does_not_take_the_wrong_sense(text: str, word: str, type_: str) -> None:
    expect_none_at(text, word, type_)


@pytest.mark.parametrize("text, word", NEEDED)
def test_aid_needed_is_not_given(text: str, word: str) -> None:
    expect_not_done(text, word)


@pytest.mark.parametrize("text, word, type_", KEPT)
def test_sense_kept(text: str, word: str, type_: str) -> None:
    expect_at(text, word, type_)


def test_blocked_vessel_is_restricted_movement() -> None:
    text = "A Turkish frigate blocked a Greek patrol boat near the islet of Kardak on Tuesday."
    assert has_event(events(text), "COERCE", modality="asserted")


def test_violated_airspace_is_an_incursion() -> None:
    text = "Russian drones violated Romanian airspace on Sunday, the defence ministry said."
    assert has_event(events(text), "ASSAULT", source=("Russia",))


def test_announced_deployment_stays_a_mobilization_to_come() -> None:
    text = "Lithuania will deploy two more battalions to its eastern frontier next week."
    assert has_event(events(text), "MOBILIZE", modality="future", source="Lithuania")
