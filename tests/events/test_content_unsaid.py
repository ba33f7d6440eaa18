"""The content of a request, order or proposal told as not done is still its content
(``events.content``): an act asked or promised not to be done ("asked police *not to use* live
rounds"), the content of an order said never to have been given ("denied having ordered *any
attack*"), and what a rejected proposal or call would have done ("rejected a proposal *to
reopen* the crossing"). The PLOVER export lists such a content in the speech act's record, not
as an act of its own.

Every sentence is our own wording, with invented towns and people. A row names the speech act
(``act``) and its content (``content``); a near miss names an act told as done or denied in
words of its own, which stays a record of its own.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, act: str, content: str):
    return pytest.param(text, act, content, id=id)


CONTENTS = [
    row("asked-not-to-use", "The ombudsman of Veldia asked police not to use live rounds "
        "against the strikers in Kesh.", "asked", "use live rounds"),
    row("urged-not-to-attack", "KESH, May 4 (Wire) - The Tarvian foreign ministry urged Brenn "
        "on Monday not to attack the Dolsk crossing.", "urged", "attack"),
    row("promised-not-to-shell", "Oldavia promised not to shell the border villages of the "
        "Mirn valley during the talks.", "promised", "shell"),
    row("denied-having-ordered-an-attack", "General Omar Kast denied having ordered any attack "
        "on the village of Mirn.", "ordered", "attack"),
    row("denied-ordering-troops-to-seize", "The defence minister of Tarvia denied ordering "
        "troops to seize the Velsk airport.", "ordering", "seize"),
    row("rejected-a-proposal-to-reopen", "Tarvia rejected a Brennish proposal to reopen the "
        "Dolsk crossing on Friday.", "rejected", "reopen"),
    row("communique-rejected-calls-to-withdraw", "The Government of Oldavia categorically "
        "rejects the calls by Brenn to withdraw its forces from the Mirn valley.", "rejects",
        "withdraw"),
    row("ordered-troops-to-seize", "President Dorn ordered troops to seize the airport in "
        "Varga.", "ordered", "seize"),
]

NEAR_MISSES = [
    row("asked-and-police-fired", "The ombudsman of Veldia asked police to stay calm, but "
        "police fired on the strikers in Kesh.", "asked", "fired"),
    row("denied-shelling-no-order", "The Tarvian army denied that it had shelled the village "
        "of Mirn.", "denied", "shelled"),
    row("urged-and-freed", "Oldavia urged Brenn to free the fishermen, and Brenn released four "
        "of them on Tuesday.", "urged", "released"),
]


@pytest.mark.parametrize(("text", "act", "content"), CONTENTS)
def test_the_content_is_listed_in_the_speech_act(text: str, act: str, content: str) -> None:
    ex = events(text)
    speech, told = event_on(ex, act), event_on(ex, content)
    assert speech.id != told.id
    assert record_of(ex, told, contents=True) == record_of(ex, speech, contents=True)


@pytest.mark.parametrize(("text", "act", "content"), NEAR_MISSES)
def test_an_act_of_its_own_stays_a_record(text: str, act: str, content: str) -> None:
    ex = events(text)
    told = event_on(ex, content)
    assert told.content_of is None and told.retells is None
