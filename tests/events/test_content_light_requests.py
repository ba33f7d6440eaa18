"""What a request told by a light verb and its noun asks for is its content, no record of its
own (``events.content._on_light``): the parser hangs the "for" phrase of "made a request to
Tarsia *for the release* of the fishermen" on the light verb, not on the noun; it is still
what the request asks for, listed in the request's PLOVER record.

Every sentence is our own wording, with invented states and towns. A row names the request
(``asking``) and the act asked for (``act``). A near miss tells the act as done after the
request: it stays a record of its own.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, asking: str, act: str):
    return pytest.param(text, asking, act, id=id)


ASKED = [
    row("made-a-request-for-release", "Belvania made a request to Tarsia for the release of "
        "the fishermen.", "request", "release"),
    row("lodged-a-request-with", "Belvania lodged a request with Tarsia for the extradition of "
        "the two suspects.", "request", "extradition"),
    row("renewed-its-call-on", "Kavaria renewed its call on Ostrel for the release of the "
        "detained sailors.", "call", "release"),
    row("put-in-a-request", "The opposition put in a request to the council for a meeting with "
        "the mayor.", "request", "meeting"),
    row("sent-a-demand", "The rebels sent a demand to the government for the withdrawal of "
        "troops from Dorlo.", "demand", "withdrawal"),
    row("fresh-request-dated", "Lemmar made a fresh request to Ostra for military aid on "
        "Monday.", "request", "military aid"),
    row("noun-holds-its-for", "Belvania sent Tarsia a formal request for the extradition of "
        "the two suspects.", "request", "extradition"),
    row("verb-of-asking", "Belvania urged Tarsia to release the detained fishermen.", "urged",
        "release"),
]


@pytest.mark.parametrize(("text", "asking", "act"), ASKED)
def test_what_a_request_asks_for_is_its_content(text: str, asking: str, act: str) -> None:
    ex = events(text)
    asked, content = event_on(ex, asking, "REQUEST"), event_on(ex, act)
    assert content.content_of == asked.id
    assert record_of(ex, content, contents=True) == asked.id


def test_an_act_done_after_the_request_is_its_own_record() -> None:
    ex = events("Belvania made a request to Tarsia for talks, and the two sides met in Ostra "
                "on Friday.")
    met = event_on(ex, "met")
    assert met.content_of is None and record_of(ex, met, contents=True) == met.id
