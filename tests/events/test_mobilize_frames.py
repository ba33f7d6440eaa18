"""MOBILIZE from the CAMEO 15 descriptions, read as frames rather than word by word.

CAMEO 150 "demonstrate military or police power", 152 "increase military alert status", 153
"mobilize or increase police power" and 154 "mobilize or increase armed forces". A news writer
tells forces moving in with any verb of directed motion and a preposition of direction
("armour *rumbled towards* the palace", "warships *steamed into* the strait"), an alert with a
verb that brings forces to a state ("*brought to* combat readiness"), and a show of power with
its own nouns ("a *show of force*", "a military *parade*"). The frames live in
``data/event_triggers.yaml`` (``frames``): verbs x prepositions x who moves, one definition.
Near misses use the same verbs and prepositions with no force moving, or forces going home.
Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, names_match, problems

# (text, type, CAMEO prefix, source)
CASES = [
    # 154 forces moving in: verbs of directed motion x direction, subject a force
    ("Russian tanks rumbled towards the Ukrainian border on Monday.", "MOBILIZE", "154",
     "Russia"),
    ("Serbian armoured vehicles were seen heading towards the Kosovo boundary.", "MOBILIZE",
     "154", "Serb"),
    ("Turkish troops advanced towards the Syrian town of Tal Rifaat.", "MOBILIZE", "154",
     "Turk"),
    ("Ethiopian soldiers marched into the border district overnight.", "MOBILIZE", "154",
     "Ethiopia"),
    ("Chinese warships steamed into the Taiwan Strait on Sunday.", "MOBILIZE", "154",
     "Chin"),
    ("A column of Rwandan troops was moving toward Goma, residents said.", "MOBILIZE", "154",
     "Rwanda"),
    ("Kenyan police units swept into the slum before dawn.", "MOBILIZE", "153", "Kenya"),
    ("Riot police were bussed into the capital ahead of the vote by the Georgian government.",
     "MOBILIZE", "153", "Georgia"),
    ("Peru trucked 500 soldiers to the southern border on Friday.", "MOBILIZE", "154", "Peru"),
    # 152 forces brought to a state of readiness
    ("Belarus brought its air defence units to full combat readiness on Tuesday.", "MOBILIZE",
     "152", "Belarus"),
    ("Moldova's army was brought to a heightened state of readiness, the ministry said.",
     "MOBILIZE", "152", "Moldova"),
    # 150 shows of power
    ("North Korea paraded its newest missiles through Pyongyang on Saturday.", "MOBILIZE",
     "150", "North Korea"),
    ("Egypt held a military parade in Cairo to mark the anniversary.", "MOBILIZE", "150",
     "Egypt"),
    ("China staged a show of force around Taiwan after the inauguration.", "MOBILIZE", "150",
     "China"),
    ("Serbia's army mounted a display of strength along the boundary.", "MOBILIZE", "150",
     "Serb"),
]

# (text, word whose event it must not be, type)
NEAR_MISSES = [
    ("Market forces pushed the shares towards record highs.", "pushed", "MOBILIZE"),
    ("Russian troops headed home after the exercise ended.", "headed", "MOBILIZE"),
    ("The Rwandan team rolled into the stadium car park.", "rolled", "MOBILIZE"),
    ("Kenyan students marched into the ministry to deliver a petition.", "marched", "MOBILIZE"),
    ("Thousands of pilgrims streamed towards the mosque.", "streamed", "MOBILIZE"),
    ("The ferry steamed into the harbour of Piraeus on time.", "steamed", "MOBILIZE"),
    ("The Kenyan athletes were bussed into the city for the marathon.", "bussed", "MOBILIZE"),
    ("The mayor brought the meeting to a close at noon.", "brought", "MOBILIZE"),
    ("Farmers paraded their cattle through the village square.", "paraded", "MOBILIZE"),
    ("The singer's show in Cairo drew a record crowd.", "show", "MOBILIZE"),
    ("The Indian prime minister flew over the flooded districts on Monday.", "flew",
     "MOBILIZE"),
    # forces advancing into a territory make an incursion (ASSAULT), not a move up
    ("Sudanese troops advanced into Chadian territory on Monday.", "advanced", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "type_", "cameo", "source"),
                         [pytest.param(*c, id=c[0][:45]) for c in CASES])
def test_force_frame_is_coded(text, type_, cameo, source) -> None:
    event = expect(text, type_, source=source)
    ex = events(text)
    codes = [e.cameo_code or e.cameo for e in ex.events if e.type == event.type
             and names_match(ex, e.source, source)]
    prefixes = (cameo,) if isinstance(cameo, str) else cameo
    assert any(c.startswith(prefixes) for c in codes), codes
    assert not problems(ex)


@pytest.mark.parametrize(("text", "word", "type_"), NEAR_MISSES,
                         ids=[c[0][:45] for c in NEAR_MISSES])
def test_same_motion_without_forces_is_not_coded(text, word, type_) -> None:
    ex = events(text)
    wrong = [e for e in ex.events if e.type == type_ and text[e.start:e.end].startswith(word)]
    assert not wrong, [(text[e.start:e.end], e.type, e.cameo_code) for e in ex.events]
