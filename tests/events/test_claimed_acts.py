"""A claim of responsibility tells the act again (``retellings``): CLAIM is no PLOVER type.

"The Solbeck Front said its fighters had carried out the assault" after the assault was told
is the assault, named by a definite noun whose doer is only said to be the group: no second
ASSAULT. Near misses: an act of the type the speaker says it did, named as a new one ("a
counter-attack on Monday"). Every sentence is our own wording, with invented names.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of
from .test_one_act_lines import row

CLAIMS = [
    row("said-carried-out", "Gunmen attacked an army post near Kirrow on Sunday, killing four "
        "soldiers. The Solbeck Front said its fighters had carried out the assault.",
        "attacked", "assault"),
    row("admitted-carrying-out", "Unidentified men abducted two engineers near Lannet on "
        "Tuesday. A day later the Kirrow Movement admitted carrying out the kidnapping.",
        "abducted", "kidnapping"),
    row("live-blog-says-conducted", "09:40 - Drones struck an oil depot in Solbeck overnight.\n"
        "10:15 - The Harsk Liberation Army says it conducted the strike.", "struck", "strike"),
]

NEAR_MISSES = [
    row("a-new-act-claimed", "Rebels attacked a convoy near Kirrow on Sunday. The army said its "
        "troops had carried out a counter-attack on Monday.", "attacked", "counter-attack"),
]


@pytest.mark.parametrize(("text", "act", "again"), CLAIMS)
def test_a_claim_of_responsibility_retells_the_act(text: str, act: str, again: str) -> None:
    ex = events(text)
    first, claim = event_on(ex, act), event_on(ex, again)
    assert claim.type == first.type == "ASSAULT"
    assert record_of(ex, claim) == record_of(ex, first) == first.id


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_a_new_act_told_by_its_doer_is_its_own(text: str, act: str, again: str) -> None:
    ex = events(text)
    assert record_of(ex, event_on(ex, again)) != record_of(ex, event_on(ex, act))
