"""A casualty clause is the toll of the act it names, not an act of its own with no hand
(``events/once.py``): in "five people were killed *in the fighting between the army and the
rebels*" or "twelve civilians were killed *after* army jets bombed a market", the fighting
and the bombing are the event (their doers named) and the killing is their toll, a mention
of it (``Event.retells``), so the record of the act keeps its doers. Near misses: a killing
told with an act of another kind ("were killed after the army *seized* power") or at a time
of its own stays its own. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import describe, event_on, events

TOLLS = [
    ("At least five people were killed in the fighting between the army and the Kessel "
     "Front near Lenk.", "killed", "fighting"),
    ("Three villagers were wounded in the clashes between Ostrian troops and Brask militias "
     "on Sunday.", "wounded", "clashes"),
    ("Twelve civilians were killed after Vellmar army jets bombed a market in Lenk.",
     "killed", "bombed"),
    ("Four traders were injured after gunmen opened fire on a bus near Kessel.", "injured",
     "opened fire"),
]


@pytest.mark.parametrize(("text", "toll", "act"), TOLLS, ids=[r[0][:40] for r in TOLLS])
def test_a_casualty_clause_is_the_toll_of_the_act_with_hands(text: str, toll: str,
                                                             act: str) -> None:
    ex = events(text)
    hurt, done = event_on(ex, toll, "ASSAULT"), event_on(ex, act, "ASSAULT")
    assert done.source and done.retells is None, describe(ex)
    assert hurt.retells == done.id, describe(ex)


def test_a_killing_after_another_kind_of_act_is_its_own() -> None:
    text = "Two protesters were killed after the army seized power in Vellmar."
    ex = events(text)
    assert event_on(ex, "killed", "ASSAULT").retells is None, describe(ex)
