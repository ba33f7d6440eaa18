"""Patrols stopped, and patrols a side says it will not stop.

Every sentence is our own wording (invented seas and valleys). Halting, stopping, ending or
suspending one's patrols de-escalates (RETREAT, CAMEO 087), as halting an offensive does. A
side that says it will not halt them, or refuses to, rejects the demand to (REJECT); the halt
is negated, and the patrols, under way, are no MOBILIZE begun by the refusal: nothing at the
verb of stopping is coded as done. Near misses: patrols halted on a day are a RETREAT done.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over, expect_done

REFUSED = [
    pytest.param("The Estonian navy would not halt its patrols in the Sorvik Strait, the "
                 "admiral said.", "halt", id="would-not-halt"),
    pytest.param("Latvia's border guard will not stop its patrols along the Velna river.",
                 "stop", id="will-not-stop"),
    pytest.param("The rebels said they would not stop their patrols near Tarvask.", "stop",
                 id="said-would-not-stop"),
    pytest.param("The army refused to end its patrols in the Kharvo valley.", "end",
                 id="refused-to-end"),
    pytest.param("The coast guard has refused to suspend its patrols off Marnesk.", "suspend",
                 id="refused-to-suspend"),
]

DONE = [
    pytest.param("The Greek coast guard halted its patrols near Kelvros on Monday.", "halted",
                 id="halted-patrols"),
    pytest.param("The army ended its patrols in the Kharvo valley last week.", "ended",
                 id="ended-patrols"),
    pytest.param("The navy suspended its patrols off Marnesk after the storm.", "suspended",
                 id="suspended-patrols"),
]


@pytest.mark.parametrize("text, word", REFUSED)
def test_refused_stop_is_a_rejection(text: str, word: str) -> None:
    ex = events(text)
    assert any(e.type == "REJECT" for e in ex.events), describe(ex)
    assert not [e for e in events_over(text, word) if e.modality in ("asserted", "reported")
                and e.type in ("MOBILIZE", "RETREAT")], describe(ex)


@pytest.mark.parametrize("text, word", DONE)
def test_patrols_halted_are_a_retreat(text: str, word: str) -> None:
    expect_done(text, word, "RETREAT")
