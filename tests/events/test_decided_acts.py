"""A decision to do a hostile act is no threat: the act is coded, in the future.

Every sentence is our own wording (invented towns). PLOVER's THREATEN is a threat or a
coercive warning made to someone; a government that "has decided" or "resolved" to expel an
envoy, close a border or send troops tells what it will do: the act itself, future (SANCTION,
COERCE, MOBILIZE), and no THREATEN at the word of deciding. Near misses: a threat
("threatened to", "warned it would"), a vow of revenge, and a modal announcement of a
hostile act ("will impose sanctions") stay THREATEN.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over

DECIDED = [
    pytest.param("The Latvian cabinet has decided to expel the Russian ambassador.", "decided",
                 "expel", "SANCTION", id="decided-to-expel"),
    pytest.param("Georgia has decided to close its border with Armenia from Friday.", "decided",
                 "close", "COERCE", id="decided-to-close-border"),
    pytest.param("The Chilean government decided to recall its envoy from Caracas.", "decided",
                 "recall", "SANCTION", id="decided-to-recall"),
    pytest.param("Kazakhstan decided to send troops to the northern province of Ulvaro.",
                 "decided", "send", "MOBILIZE", id="decided-to-send-troops"),
    pytest.param("Serbia has decided to impose a curfew on the town of Dravnik.", "decided",
                 "impose", "COERCE", id="decided-to-impose-curfew"),
    pytest.param("The Bolivian government decided on Monday to expel two Peruvian diplomats.",
                 "decided", "expel", "SANCTION", id="decided-monday-to-expel"),
    pytest.param("The Peruvian government resolved to close the Tarvel crossing.", "resolved",
                 "close", "COERCE", id="resolved-to-close"),
    pytest.param("Moldova's parliament resolved to suspend trade with the breakaway region.",
                 "resolved", "suspend", "SANCTION", id="resolved-to-suspend-trade"),
]

THREATS = [
    pytest.param("Georgia threatened to close its border with Armenia.", "threatened",
                 id="threatened-to-close"),
    pytest.param("Moldova warned it would expel three Russian diplomats.", "warned",
                 id="warned-it-would"),
    pytest.param("Kazakhstan will impose sanctions on the Ulvaro traders, the minister "
                 "said.", "will", id="will-impose"),
    pytest.param("The militia vowed to attack the town of Kastrel.", "vowed", id="vowed-to"),
]


@pytest.mark.parametrize("text, decision, act, type_", DECIDED)
def test_decision_is_no_threat(text: str, decision: str, act: str, type_: str) -> None:
    ex = events(text)
    assert not any(e.type == "THREATEN" for e in ex.events), describe(ex)
    assert any(e.type == type_ and e.modality == "future" for e in events_over(text, act)), \
        describe(ex)


@pytest.mark.parametrize("text, word", THREATS)
def test_threat_stays(text: str, word: str) -> None:
    assert any(e.type == "THREATEN" for e in events_over(text, word)), describe(events(text))
