"""Talks a meeting is held for, brokered by a third party, are that meeting told again
(``events/nominals``), our own wire-style sentences:

* "sat down in Havana *for talks brokered by* Cuba and Norway", "met in Doha, *in talks
  brokered by* Qatar": the brokers mediated (their own CONSULT 045, told by "brokered"); they
  are no doers of the talks, which are the meeting of the verb they hang on, not an act of
  their own;

Near misses: talks at another time stay apart ("a week *before* talks brokered by Norway":
told by their brokering, no retelling of the meeting), and the brokering is still told, by
its brokers.

Each row: (text, trigger, type, source); near misses: (text, trigger, type).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at, expect_none_with

#: Rows: the talks are the meeting told by the verb; the brokers broker.
FOLDED = [
    ("Delegations of Colombia's government and the ELN sat down in Havana on Monday for talks "
     "brokered by Cuba and Norway.", "talks", "CONSULT", "Cuba"),
    ("Israeli and Hamas negotiators met in Doha on Monday, in talks brokered by Qatar and "
     "Egypt.", "talks", "CONSULT", "Qatar"),
    ("Armenian and Azerbaijani envoys gathered in Washington on Thursday for talks mediated by "
     "the United States.", "talks", "CONSULT", "United States"),
]
#: Near misses: talks at another time are no meeting told again.
APART = [
    ("Serbian and Kosovar envoys met in Brussels on Monday, a week before talks brokered by "
     "Norway in Oslo.", "talks", "CONSULT"),
]


@pytest.mark.parametrize("text, trigger, type_, broker", FOLDED)
def test_brokered_talks_of_a_meeting_are_that_meeting(text, trigger, type_, broker):
    expect_none_with(text, trigger, type_, source=broker)
    start = text.index(trigger)
    ex = events(text)
    assert not [e for e in ex.events if e.start <= start < e.end and e.retells is None
                and not e.reference and text[e.start:e.end] == trigger], ex.events


@pytest.mark.parametrize("text, trigger, type_, broker", FOLDED)
def test_the_brokering_is_still_told_by_its_brokers(text, trigger, type_, broker):
    word = "mediated" if "mediated" in text else "brokered"
    expect_at(text, word, type_, broker)


@pytest.mark.parametrize("text, trigger, type_", APART)
def test_talks_at_another_time_stay_apart(text, trigger, type_):
    # the talks in Oslo are told by their brokering, an act of their own, not the meeting's
    start = text.index("brokered")
    ex = events(text)
    assert any(e.start <= start < e.end and e.type == type_ and e.retells is None
               for e in ex.events), ex.events
