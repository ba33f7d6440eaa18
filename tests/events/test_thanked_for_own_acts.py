"""An act named inside thanks, praise or blame by its doer's possessive ("thanked Japan for
*its* emergency grant") is that doer's act (``retellings.owner``): told before by that doer,
the noun tells it again; told by no one before, it is an act of its own, the doer the
possessive names, not the latest act of its type by someone else ("Norway sent tents ...
thanked Japan for its grant": Japan's grant, no retelling of Norway's aid).

Every sentence is our own wording, with invented towns and people.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, names_match

OWN_ACTS = [
    pytest.param("Prime Minister Dela Suvo thanked Japan for its emergency grant to flood "
                 "victims in Kessa.", "grant", "AID", "Japan", id="thanked-for-its-grant"),
    pytest.param("Norway sent two cargo planes of tents to Kessa on Monday. Prime Minister "
                 "Dela Suvo thanked Japan for its emergency grant.", "grant", "AID", "Japan",
                 id="not-the-earlier-donors"),
    pytest.param("KESSA, June 3 (Wire) - The Kessan interior minister praised Oldavia on "
                 "Tuesday for its donation of two field hospitals.", "donation", "AID",
                 "Oldavia", id="wire-praised-for-its-donation"),
]

TOLD_BEFORE = [
    pytest.param("Japan gave Kessa a grant of $5 million on Monday. Kessa's president thanked "
                 "Japan for its grant.", "gave", "its grant", id="thanked-for-the-grant-told"),
    pytest.param("Brenn freed nine Oldavian fishermen on Tuesday. The Oldavian foreign "
                 "ministry welcomed the release.", "freed", "release",
                 id="welcomed-the-release-told"),
]


@pytest.mark.parametrize(("text", "noun", "kind", "doer"), OWN_ACTS)
def test_an_act_of_its_own_by_the_possessor(text: str, noun: str, kind: str,
                                            doer: str) -> None:
    ex = events(text)
    e = event_on(ex, noun, kind)
    assert e.retells is None and e.content_of is None
    assert names_match(ex, e.source, doer)


@pytest.mark.parametrize(("text", "act", "again"), TOLD_BEFORE)
def test_an_act_told_before_is_told_again(text: str, act: str, again: str) -> None:
    ex = events(text)
    assert_folded(ex, act, again)
