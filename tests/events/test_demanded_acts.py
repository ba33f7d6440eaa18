"""What a crowd chants, shouts or clamours for is asked for, not done ("protesters chanted for
the release of the teachers": the release is requested); what a proposal, a plan, a bid or an
appeal would have done is not done either ("a proposal to let monitors patrol the border").
Near misses: the act itself told as done, and what a "move" or "decision" was to do. Our own
sentences."""

from __future__ import annotations

import pytest

from .helpers import events

ROWS = [
    ("Protesters chanted for the release of the jailed teachers in Bamako.", "release"),
    ("Demonstrators shouted for the resignation of the governor outside his office.",
     "resignation"),
    ("Villagers in Kamwenge clamoured for the withdrawal of the troops.", "withdrawal"),
    ("Farmers lobbied for the lifting of the export ban.", "lifting"),
    # the infinitive of a noun of intent or asking that is no trigger (events.clauses)
    ("Mali rejected a proposal to let UN monitors patrol the border.", "patrol"),
    ("Mali rejected a proposal to deploy UN monitors.", "deploy"),
    ("The junta ignored an appeal to free the jailed teachers.", "free"),
    ("Rebels foiled a bid to seize the airport in Goma.", "seize"),
    ("Benitez did not repeat her threat to expel Bolivian diplomats.", "expel"),
    ("Kigali's threat to close the border worried traders in Goma.", "close"),
]

NEAR_MISSES = [
    # an act decided or moved on is often done ("decision", "move" are no such nouns)
    ("Moscow's move to expel two Estonian diplomats angered Tallinn.", "expel"),
    ("The junta released the jailed teachers in Bamako on Friday.", "released"),
    ("UN monitors patrolled the border on Monday.", "patrolled"),
]


@pytest.mark.parametrize(("text", "word"), ROWS)
def test_an_act_asked_for_is_not_done(text: str, word: str) -> None:
    ex = events(text)
    start = text.index(word)
    done = [e for e in ex.events if e.start <= start < e.end and e.modality in (
        "asserted", "reported")]
    assert not done, [(text[e.start:e.end], e.type, e.modality) for e in ex.events]


@pytest.mark.parametrize(("text", "word"), NEAR_MISSES)
def test_the_act_itself_is_done(text: str, word: str) -> None:
    ex = events(text)
    start = text.index(word)
    assert [e for e in ex.events if e.start <= start < e.end and e.modality == "asserted"], \
        [(text[e.start:e.end], e.type, e.modality) for e in ex.events]
