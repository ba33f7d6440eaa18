"""A promise names the act it promises (PLOVER: a cooperative act announced for the future is
an AGREE, a withdrawal announced a CONCEDE): the AGREE of "would *meet* her counterpart" is
told by the modal and the verb together, so its evidence runs from the modal over the act's
words, and a report pointing at the verb ("meet", "travel", "withdraw") finds the promise as
well as the future act. Near misses: an act done (no modal) is no promise; an attitude ("would
welcome") promises nothing; the future act itself keeps its own type and span.

Every sentence is our own wording (wire, live blog, communique, headline styles).
"""

from __future__ import annotations

import pytest

from .helpers import events, events_over

PROMISED = [
    pytest.param("Chile and Peru will hold their annual fisheries talks in Arica in May, the "
                 "two foreign ministries said.", "hold", "AGREE", id="will-hold-talks"),
    pytest.param("Estonia's prime minister, Kaja Tamm, said she would meet her Latvian "
                 "counterpart on Friday.", "meet", "AGREE", id="would-meet"),
    pytest.param("The Philippines is willing to resume talks with China on the shoal, its "
                 "envoy said.", "resume", "AGREE", id="willing-to-resume"),
    pytest.param("Serbia said it would withdraw its police from the northern crossings.",
                 "withdraw", "CONCEDE", id="would-withdraw"),
    pytest.param("The Government of the Republic of Ghana will receive, on Thursday, a "
                 "delegation of the Togolese Ministry of Trade.", "receive", "AGREE",
                 id="communique-will-receive"),
    pytest.param("Mongolia's foreign minister said he would travel to Seoul in the spring.",
                 "travel", "AGREE", id="would-travel"),
    pytest.param("16:20 - Ireland says it will host the next round of the fisheries talks in "
                 "Galway.", "host", "AGREE", id="liveblog-will-host"),
    pytest.param("Namibia's president would visit Luanda before the end of the month, his "
                 "spokesman told the state broadcaster.", "visit", "AGREE", id="would-visit"),
]

NOT_PROMISED = [
    pytest.param("Estonia's prime minister met her Latvian counterpart on Friday.", "met",
                 "AGREE", id="met-is-done"),
    pytest.param("Mongolia's foreign minister travelled to Seoul in the spring.", "travelled",
                 "AGREE", id="travelled-is-done"),
    pytest.param("Diplomats said Poland would welcome Ukrainian grain inspectors.", "welcome",
                 "AGREE", id="would-welcome-is-attitude"),
    pytest.param("Serbia withdrew its police from the northern crossings on Monday.",
                 "withdrew", "CONCEDE", id="withdrew-is-done"),
]

FUTURE_ACT = [
    pytest.param("Estonia's prime minister, Kaja Tamm, said she would meet her Latvian "
                 "counterpart on Friday.", "meet", "CONSULT", id="meet-stays-consult"),
    pytest.param("Serbia said it would withdraw its police from the northern crossings.",
                 "withdraw", "RETREAT", id="withdraw-stays-retreat"),
]


@pytest.mark.parametrize(("text", "word", "kind"), PROMISED)
def test_promise_covers_the_promised_verb(text: str, word: str, kind: str) -> None:
    over = events_over(text, word)
    assert any(e.type == kind for e in over), [(e.type, text[e.start:e.end]) for e in
                                               events(text).events]


@pytest.mark.parametrize(("text", "word", "kind"), NOT_PROMISED)
def test_no_promise_without_one(text: str, word: str, kind: str) -> None:
    assert not any(e.type == kind for e in events(text).events), [
        (e.type, text[e.start:e.end]) for e in events(text).events]
    assert not any(e.type == kind for e in events_over(text, word))


@pytest.mark.parametrize(("text", "word", "kind"), FUTURE_ACT)
def test_the_future_act_keeps_its_type(text: str, word: str, kind: str) -> None:
    over = [e for e in events_over(text, word) if e.type == kind]
    assert over and all(e.modality == "future" for e in over), [
        (e.type, text[e.start:e.end], e.modality) for e in events(text).events]
