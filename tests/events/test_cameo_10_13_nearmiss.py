"""Near misses of the CAMEO 10-13 senses: sentences that look like a specific demand,
accusation, refusal or threat and are not one (or not that one).

The senses named by what is demanded, alleged, refused or threatened ("asked for a loan",
"accused of espionage", "threatened sanctions") and the reading of a demand, refusal or threat
by its content must not fire on the same words in another sense: time or an explanation asked
for is no aid, cheating is no crime of state, a campaign against a disease opposes nobody, a
stadium is no international mission, a "response" threatened is no attack. Every sentence is
our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, expect, expect_none

NO_EVENT_OF_TYPE = [
    pytest.param("The Indian government is campaigning against malaria in Bihar.", "ACCUSE",
                 id="campaign-against-a-disease"),
    pytest.param("Germany is liable for the damage to the Polish embassy.", "ACCUSE",
                 id="liable-is-no-finding"),
    pytest.param("The referee ruled against the Nigerian team.", "ACCUSE",
                 id="sports-ruling"),
    pytest.param("Ukraine's army will withdraw from Bakhmut if Russia keeps shelling it.",
                 "THREATEN", id="conditional-retreat"),
    pytest.param("If Russia attacked, Poland responded.", "THREATEN", id="past-condition"),
    pytest.param("Ethiopia will hold elections in June unless the rains delay them.", "THREATEN",
                 id="unless-weather"),
    pytest.param("Russia said it would attend the summit if Ukraine attended.", "THREATEN",
                 id="conditional-attendance"),
]


@pytest.mark.parametrize("text, kind", NO_EVENT_OF_TYPE)
def test_look_alike_is_no_event_of_this_type(text: str, kind: str) -> None:
    expect_none(text, kind)


NOT_THIS_CODE = [
    pytest.param("Argentina asked the International Monetary Fund for more time.", "REQUEST",
                 ("103", "1031"), id="time-is-no-aid"),
    pytest.param("The Philippines asked China for an explanation.", "REQUEST",
                 ("103", "101", "102"), id="explanation-is-no-aid"),
    pytest.param("The Brazilian coach accused the referee of cheating.", "ACCUSE",
                 ("1121", "1122", "1123", "1124", "1125"), id="cheating-is-no-crime"),
    pytest.param("Russia accused Ukraine of lying about the talks.", "ACCUSE",
                 ("1121", "1123", "1125"), id="lying-is-no-named-offence"),
    pytest.param("Police denied entry to the stadium to fans from Serbia.", "REJECT",
                 ("1245",), id="stadium-is-no-mission"),
    pytest.param("The European Union called for an end to the talks' deadlock.", "REQUEST",
                 ("1051", "1052", "1054", "1056"), id="deadlock-is-no-hostile-act"),
    pytest.param("Iran threatened Israel with a response.", "THREATEN",
                 ("138", "1384", "1383"), id="response-is-no-attack"),
    pytest.param("Israel threatened air strikes on Iran.", "THREATEN", ("133",),
                 id="air-strike-is-no-labour-strike"),
    pytest.param("Colombia's voters rejected the peace deal with the FARC.", "REJECT",
                 ("1211",), id="peace-deal-is-no-trade-deal"),
    pytest.param("Ghana called for closer ties with Nigeria.", "REQUEST", ("1011",),
                 id="ties-are-not-trade-ties"),
]


@pytest.mark.parametrize("text, kind, codes", NOT_THIS_CODE)
def test_look_alike_does_not_get_the_specific_code(text: str, kind: str,
                                                   codes: tuple[str, ...]) -> None:
    expect(text, kind)
    ex = events(text)
    assert not [e for e in ex.events if e.cameo_code in codes], describe(ex)
