"""Arguments the sentence or its neighbours name when the trigger's own phrase names none.

Four classes, each with near misses that must not fire:

1. A wished, welcomed or hoped-for act with no target of its own is for whoever wishes it
   ("Nepal would welcome Chinese aid": China -> Nepal), when that one is not its source.
2. A definite noun of a standing measure with a target but no source ("the embargo on Iran")
   takes the source of the latest earlier event of its type aimed at the same target.
3. "we", "us", "our" in a quotation are the speaker's side, the speaker found by the
   reporting verb before or after the quote.
4. Coordinated parties in one argument are all kept ("soldiers from Ghana and Senegal",
   "both forces" after "the army and the RSF").
"""

from __future__ import annotations

import pytest

from .helpers import Names, events, expect, matching

# (text, type, source, target); None: not tested
WISHED = [
    ("Nepal would welcome Chinese aid to rebuild its mountain roads, the prime minister "
     "said.", "AID", "China", "Nepal"),
    ("The junta in Niger wants Russia to supply more weapons.", "AID", "Russia",
     ("junta", "Niger")),
    ("Somalia hopes for Turkish military assistance this year.", "AID", "Turk", "Somalia"),
    ("Kyiv wants Berlin to deliver more air-defence systems.", "AID", "Germany", "Ukraine"),
    ("Yerevan would welcome French military support.", "AID", "France", "Armenia"),
    ("Cuba wants Washington to lift the embargo.", ("RETREAT", "CONCEDE"), "United States",
     "Cuba"),
]
# near misses: (text, type, the actor that must not be the target)
WISHED_NOT = [
    # the act names its own recipient
    ("Japan would welcome Indian aid to Sri Lanka.", "AID", "Japan"),
    # whoever hopes is the giver, not the receiver
    ("India hopes to send more aid.", "AID", "India"),
    # a withdrawal is not for whoever wants it
    ("The UN wants Israel to withdraw its troops.", "RETREAT", "United Nations"),
    # saying is not wishing
    ("Nepal said Chinese aid would arrive next week.", "AID", "Nepal"),
]

RETOLD = [
    ("The EU imposed an oil embargo on Iran in 2012. Since then the embargo on Iran has cut "
     "its exports by half.", "SANCTION", "European Union", "Iran", "embargo"),
    ("Israel imposed a blockade on Gaza in 2007. The blockade of Gaza has left most residents "
     "dependent on food handouts.", "COERCE", "Israel", "Gaza", "blockade"),
    ("Washington imposed sanctions on Caracas in 2019. The sanctions against Venezuela have "
     "hit its oil industry.", "SANCTION", "United States", "Venezuela", "sanctions"),
    ("The UN Security Council imposed an arms embargo on Somalia in 1992. The arms embargo on "
     "Somalia has done little to stop weapons reaching al-Shabaab.", "SANCTION",
     "Security Council", "Somalia", "arms embargo"),
]
# near misses: (text, type, trigger word, the actor that must not be its source)
RETOLD_NOT = [
    # another target: another measure
    ("The EU imposed an oil embargo on Iran in 2012. The embargo on Syria has lasted "
     "longer.", "SANCTION", "embargo", "European Union"),
    # not definite: new measures, not the old ones
    ("The EU imposed sanctions on Iran in 2012. New sanctions on Iran are being discussed.",
     "SANCTION", "sanctions", "European Union"),
    # a source of its own
    ("The EU imposed sanctions on Russia in 2014. The US sanctions on Russia followed a month "
     "later.", "SANCTION", "sanctions", "European Union"),
]

QUOTED = [
    ("“They asked us to send advisers,” a Russian diplomatic source said.", "REQUEST",
     None, "Russia"),
    ("“They threatened us for weeks,” said Maria Lopez, a farmer in Oaxaca.", "THREATEN",
     None, "Maria Lopez"),
    ("“We have sent two more battalions to the border,” a Pakistani army spokesman said.",
     "MOBILIZE", "Pakistan", None),
    ("Egypt's foreign ministry issued a statement on Sunday. “We condemn the raid on the "
     "convoy,” it said.", "ACCUSE", "Egypt", None),
    ("A senior Iranian official told reporters: “They have attacked us twice this month.”",
     "ASSAULT", None, "Iran"),
    ("Chile's president spoke in Santiago. “Bolivia has never consulted us on the water "
     "deal,” Gabriel Boric said.", "CONSULT", "Bolivia",
     ("Gabriel Boric", "Chile")),
]
# near misses: (text, type) whose events must have no actor: "we" stands for no one named
QUOTED_NOT = [
    ("We believe the world must send more aid.", "AID"),  # an editorial "we"
    ("“They attacked us at dawn,” read a message posted online.", "ASSAULT"),
    ("They attacked us at dawn and burned the granary.", "ASSAULT"),
]

PARTIES = [
    ("Soldiers from Ghana and Senegal attacked the rebel camp.", "ASSAULT",
     ["Ghana", "Senegal"], None),
    ("The foreign ministers of Japan and South Korea met in Seoul on Monday.", "CONSULT",
     None, None),
    ("The army and the RSF agreed to a truce on Friday, but both forces resumed shelling on "
     "Sunday.", "ASSAULT", ["army", "Rapid Support"], None),
    ("The US and France imposed sanctions on Mali.", "SANCTION", ["United States", "France"],
     "Mali"),
    ("Troops from India and China clashed in Ladakh. The two armies had not fought since "
     "1975.", "ASSAULT", ["India", "China"], None),
    ("Ethiopia accused Eritrea and Sudan of arming rebels.", "ACCUSE", "Ethiopia",
     ["Eritrea", "Sudan"]),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), WISHED,
                         ids=[c[0][:40] for c in WISHED])
def test_a_wished_act_is_for_whoever_wishes_it(text: str, type_: str, source: Names,
                                               target: Names) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "wrong"), WISHED_NOT,
                         ids=[c[0][:40] for c in WISHED_NOT])
def test_a_wished_act_keeps_its_own_recipient(text: str, type_: str, wrong: str) -> None:
    ex = events(text)
    assert not matching(ex, type_, target=wrong), ex.events


@pytest.mark.parametrize(("text", "type_", "source", "target", "word"), RETOLD,
                         ids=[c[0][:40] for c in RETOLD])
def test_a_standing_measure_retold_takes_its_source(text: str, type_: str, source: str,
                                                    target: str, word: str) -> None:
    ex = events(text)
    retold = [e for e in matching(ex, type_, source=source, target=target)
              if e.start > text.index(". ") and text[e.start:e.end] == word]
    assert retold, ex.events


@pytest.mark.parametrize(("text", "type_", "word", "wrong"), RETOLD_NOT,
                         ids=[c[0][:40] for c in RETOLD_NOT])
def test_another_measure_keeps_its_own_source(text: str, type_: str, word: str,
                                              wrong: str) -> None:
    ex = events(text)
    later = [e for e in matching(ex, type_, source=wrong)
             if e.start > text.index(". ") and text[e.start:e.end] == word]
    assert not later, ex.events


@pytest.mark.parametrize(("text", "type_", "source", "target"), QUOTED,
                         ids=[c[0][:40] for c in QUOTED])
def test_we_in_a_quote_is_the_speakers_side(text: str, type_: str, source: Names | None,
                                            target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_"), QUOTED_NOT, ids=[c[0][:40] for c in QUOTED_NOT])
def test_we_with_no_speaker_is_no_one(text: str, type_: str) -> None:
    ex = events(text)
    assert not any(e.source or e.target for e in matching(ex, type_)), ex.events


@pytest.mark.parametrize(("text", "type_", "source", "target"), PARTIES,
                         ids=[c[0][:40] for c in PARTIES])
def test_coordinated_parties_are_all_kept(text: str, type_: str, source: Names | None,
                                          target: Names | None) -> None:
    if type_ == "CONSULT":
        expect(text, type_, involving=["Japan", "South Korea"])
    else:
        expect(text, type_, source=source, target=target)
