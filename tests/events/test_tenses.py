"""``events.tenses``: whether a verb's act is told as done — under a modal auxiliary
(``under_modal``), a to-infinitive (``to_infinitive``), either (``unasserted``) — and
``modal_on``, a modal in any relation, which also counts one the parser hangs as a clause of
its own ("as they should").

Rows: (sentence, the verb, under_modal, modal_on, to_infinitive, unasserted). Our own
sentences.
"""

from __future__ import annotations

import pytest

from actorgraph.config import DEFAULT
from actorgraph.events.tenses import modal_on, to_infinitive, unasserted, under_modal
from actorgraph.pipeline import pipeline

CASES = [
    pytest.param("Talks between Peru and Chile may be held in Lima next month.", "held",
                 True, True, False, True, id="may-be-held"),
    pytest.param("The Malian army will withdraw from Kidal on Friday.", "withdraw",
                 True, True, False, True, id="will-withdraw"),
    pytest.param("Norway agreed to host talks between the two sides.", "host",
                 False, False, True, True, id="agreed-to-host"),
    pytest.param("The truce in Aden is to start at dawn.", "start",
                 False, False, True, True, id="is-to-start"),
    # near misses: told as done; a modal the parser hangs as a clause of its own
    pytest.param("Ghanaian police arrested four men in Kumasi on Monday.", "arrested",
                 False, False, False, False, id="arrested"),
    pytest.param("The talks in Doha ended, as they should.", "ended",
                 False, True, False, False, id="ended-as-they-should"),
]


@pytest.mark.parametrize(("text", "word", "modal", "any_modal", "to", "not_told"), CASES)
def test_a_modal_or_an_infinitive_tells_an_act_not_done(
        text: str, word: str, modal: bool, any_modal: bool, to: bool, not_told: bool) -> None:
    doc = pipeline(DEFAULT.model)(text)
    verb = next(t for t in doc if t.text == word)
    assert (under_modal((verb,)), modal_on(verb), to_infinitive(verb), unasserted(verb)) == (
        modal, any_modal, to, not_told)
