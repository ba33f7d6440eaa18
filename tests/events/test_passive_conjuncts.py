"""A passive verb coordinated after another verb shares that verb's subject: "The Ouaddi
brothers came back anyway, were seized by border guards and ..." seizes the brothers, so the
sense of "seize" is the one for people (an arrest by the authorities, an abduction by armed
men), not the seizure of property. Our own sentences.

Near misses: a vessel seized in the same shape stays a seizure of property (1711), and a
passive with a subject of its own keeps it.
"""

from __future__ import annotations

import pytest

from .helpers import events

ROWS = [
    ("The Ouaddi brothers came back anyway, were seized by border guards and were handed "
     "back a week later.", "seized", "173"),
    ("Three fishermen set out from Kayar on Monday and were seized by the Gambian navy.",
     "seized", "173"),
    ("Two aid workers left the camp at dawn and were seized by gunmen.", "seized", "181"),
    ("The activists reached the square at noon but were seized by plainclothes police.",
     "seized", "173"),
    # near misses
    ("The freighter left Mombasa on Monday and was seized by pirates off Socotra.", "seized",
     "1711"),
    ("The farmers returned to the groves, but their tractors were seized by soldiers.",
     "seized", "1711"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), ROWS)
def test_a_passive_conjunct_is_done_to_the_subject_it_shares(text: str, trigger: str,
                                                            code: str) -> None:
    ex = events(text)
    at = text.index(trigger)
    found = [e for e in ex.events if e.start <= at < e.end]
    assert [e.cameo_code for e in found] == [code], [(e.type, e.cameo_code) for e in found]
