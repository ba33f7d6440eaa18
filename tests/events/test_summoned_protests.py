"""Diplomatic protests are ACCUSE, street protests PROTEST (PLOVER notes): an envoy
summoned, or "called in", is complained to (CAMEO 114), and the protest the summons is made
for (``crowds.diplomatic``) is that complaint, told once with the summons ("summoned the
envoy *to protest*": one ACCUSE whose evidence runs over both words, ``restatements``, as
"phoned Modi *to discuss*" is one call). Near misses: people summoned by a union to protest,
crowds protesting, reinforcements called in, workers called out stay what they were.

Every sentence is our own wording (wire, live blog, headline styles).
"""

from __future__ import annotations

import pytest

from .helpers import events, events_over

DIPLOMATIC = [
    pytest.param("Peru summoned Bolivia's ambassador to protest the detention of two Peruvian "
                 "truckers.", "protest", id="summoned-to-protest"),
    pytest.param("14:10 - Seoul has summoned the Japanese envoy to protest against the "
                 "textbook revisions.", "protest", id="liveblog-summoned-to-protest"),
    pytest.param("Lithuania summoned the Belarusian charge d'affaires on Monday to protest "
                 "against the balloons flown over the border.", "protest",
                 id="charge-to-protest"),
    pytest.param("Latvia's ambassador was called in by the Russian foreign ministry on "
                 "Tuesday.", "called", id="called-in-passive"),
    pytest.param("The Georgian envoy was called in by the Armenian foreign ministry over the "
                 "border incident.", "called", id="called-in-over"),
    pytest.param("Ecuador's foreign ministry called in the Colombian charge d'affaires on "
                 "Friday.", "called", id="called-in-active"),
    pytest.param("Warsaw calls in Hungarian ambassador over asylum ruling", "calls",
                 id="headline-calls-in"),
    pytest.param("Peru summoned Bolivia's ambassador to protest the detention of two Peruvian "
                 "truckers.", "summoned", id="summons-stays"),
]

NOT_DIPLOMATIC = [
    pytest.param("The union summoned its members to protest outside the ministry on Friday.",
                 "protest", "PROTEST", id="members-summoned"),
    pytest.param("Hundreds of diplomats' drivers protested outside the ministry over unpaid "
                 "wages.", "protested", "PROTEST", id="drivers-protest"),
    pytest.param("The union called workers out to protest against the pay freeze.", "protest",
                 "PROTEST", id="called-out"),
    pytest.param("Thousands of students protested in Accra against fee increases.",
                 "protested", "PROTEST", id="street-protest"),
]


@pytest.mark.parametrize(("text", "word"), DIPLOMATIC)
def test_diplomatic_protest_is_accuse(text: str, word: str) -> None:
    over = events_over(text, word)
    assert any(e.type == "ACCUSE" for e in over) and not any(e.type == "PROTEST" for e in over), [
        (e.type, text[e.start:e.end]) for e in events(text).events]


@pytest.mark.parametrize(("text", "word", "kind"), NOT_DIPLOMATIC)
def test_other_protests_keep_their_type(text: str, word: str, kind: str) -> None:
    assert not any(e.type == "ACCUSE" for e in events(text).events), [
        (e.type, text[e.start:e.end]) for e in events(text).events]
    assert any(e.type == kind for e in events_over(text, word))


def test_reinforcements_called_in_are_no_summons() -> None:
    text = "Police called in reinforcements as crowds protested outside parliament."
    assert not any(e.type == "ACCUSE" for e in events(text).events)
