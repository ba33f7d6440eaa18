"""Conditional threats told with no verb of threatening (CAMEO 13x, THREATEN).

A side that "will not hesitate" to answer, defend itself or act against another if that
other acts threatens it, and so does one that says an act of the other "would be met with
force" or "would be answered decisively": the speaker (the subject that would respond, or
the side reported) threatens the party whose act is the condition or the provocation. "Met
with force" is no meeting (CONSULT), and a proposal "met with scepticism" is neither.
Not hesitating to help, to ask or to meet threatens nobody.

Every sentence is our own wording, news style, with invented towns; states are real.
Rows: (text, source, target or None). Near misses: (text, type that must not come).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, expect_none, problems


def case(id: str, text: str, source: str, target: str | None):
    return pytest.param(text, source, target, id=id)


FIRES = [
    case("not-hesitate-respond", "Georgia will not hesitate to respond if Russian jets cross "
         "the border again, its defence minister said.", "Georgia", "Russia"),
    case("not-hesitate-defend", "Ethiopia will not hesitate to defend itself if Egypt "
         "attacks the dam at Korrum, the prime minister said.", "Ethiopia", "Egypt"),
    case("not-hesitate-act-against", "Israel will not hesitate to act against Hezbollah, "
         "the defence minister told reporters in Tarvel.", "Israel", "Hezbollah"),
    case("would-not-hesitate-use-force", "Cambodia said it would not hesitate to use force "
         "if Thai troops crossed into the Dangrek hills.", "Cambodia", "Thai"),
    case("met-with-force-by", "Greece said any incursion by Turkish warships into its waters "
         "would be met with force.", "Greece", "Turk"),
    case("met-with-firm-response", "Venezuela said any aggression by Guyana would be met "
         "with a firm response.", "Venezuela", "Guyana"),
    case("answered-decisively", "Hamas said any attack on its positions near Sorrem would be "
         "answered decisively.", "Hamas", None),
    case("met-with-response-reporter-after", "Any attack on Polish territory would be met "
         "with a swift response, Poland's defence minister said.", "Pol", None),
]

MISSES = [
    pytest.param("The army will not hesitate to help flood victims in Tarvoy, the general "
                 "said.", "THREATEN", id="not-hesitate-help"),
    pytest.param("Greece will not hesitate to ask for help if the fires spread, the minister "
                 "said.", "THREATEN", id="not-hesitate-ask"),
    # "use" and "take" threaten only by their means (``means_verbs`` in data/modality.yaml):
    # each row fails when its word leaves the file
    pytest.param("Greece will not hesitate to use its ports to shelter refugees if the fires "
                 "spread, the minister said.", "THREATEN", id="not-hesitate-use-ports"),
    pytest.param("Greece will not hesitate to take in refugees if the fires spread, the "
                 "minister said.", "THREATEN", id="not-hesitate-take-in"),
    pytest.param("The minister said he would meet the Chinese envoy if the talks resumed.",
                 "THREATEN", id="meet-if"),
    pytest.param("Kenya will respond to the Ugandan letter next week.", "THREATEN",
                 id="respond-to-letter"),
    pytest.param("Poland's proposal was met with scepticism in Brussels.", "CONSULT",
                 id="met-with-scepticism"),
    pytest.param("Venezuela said any aggression by Guyana would be met with a firm response.",
                 "CONSULT", id="met-with-response-no-meeting"),
]


@pytest.mark.parametrize("text, source, target", FIRES)
def test_conditional_threat(text: str, source: str, target: str | None) -> None:
    expect(text, "THREATEN", source=source, target=target)
    assert not problems(events(text))


@pytest.mark.parametrize("text, type_", MISSES)
def test_no_threat(text: str, type_: str) -> None:
    expect_none(text, type_)


def test_meeting_with_counterparts_stays() -> None:
    expect("Kenyan ministers met with their Ugandan counterparts in Tororo on Monday.",
           "CONSULT", involving="Kenya")
