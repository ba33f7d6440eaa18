"""Whom an answer is aimed at (issue 12, class 2 of the fresh-text audit; ``events/answers``,
``events/endings``): rejecting, ignoring, declining or accepting an act addressed to one is
aimed at whoever made it, when the report names that maker: on the noun ("the offer *from*
Borvania") or in the act told just before ("Borvania offered to mediate. Kestria accepted
*the offer*"). And the demand or the call one dismisses stays its maker's, never the
dismisser's. Our own sentences, invented states, towns and people.

Rows: (text, trigger, type, source, target). Near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the answer is aimed at the maker of the act it answers.
ANSWERED = [
    ("The Veltrian opposition demanded a recount on Monday. President Orsk dismissed the "
     "demand on Tuesday.", "dismissed", "REJECT", "Orsk", "Veltrian opposition"),
    ("The Tavrin rebels called for a truce. President Halvek ignored the call.", "ignored",
     "REJECT", "Halvek", "Tavrin rebels"),
    ("Borvania offered to mediate between the two factions. Kestria accepted the offer.",
     "accepted the offer", "AGREE", "Kestria", "Borvania"),
    ("Korvath invited Lusania to join the customs pact. Lusania declined the invitation.",
     "declined", "REJECT", "Lusania", "Korvath"),
    ("Kestria accepted the offer from Borvania.", "accepted the offer", "AGREE", "Kestria",
     "Borvania"),
    ("Drelia proposed a ceasefire on Friday. Marnovia accepted the proposal on Sunday.",
     "accepted the proposal", "AGREE", "Marnovia", "Drelia"),
    ("Kestria invited Lusanian envoys to talks in Tamsk on Monday. Lusania accepted the "
     "invitation on Wednesday.", "accepted the invitation", "AGREE", "Lusania", "Kestria"),
    ("The Sarnish dockers demanded a pay rise on Monday. Port director Ilse Varn ignored the "
     "demand.", "ignored", "REJECT", "Varn", "dockers"),
]
#: Kept: answers already aimed at their maker stay so.
KEPT = [
    ("Kestria proposed joint patrols on the Ostrel river. Lusania turned down the proposal.",
     "turned down", "REJECT", "Lusania", "Kestria"),
    ("Tamria called on Drelia to reopen the border crossing. Drelia rejected the call on "
     "Friday.", "rejected", "REJECT", "Drelia", "Tamria"),
]
#: Near misses: an act of another kind, an offer of goods, or the dismisser as the maker.
NOT_MAKERS = [
    ("Drelia shelled a Marnovian outpost on Friday. Marnovia rejected the proposal.",
     "rejected", "REJECT", "Marnovia", "Drelia"),
    ("Borvania offered to mediate between the factions. Kestria accepted an offer of "
     "Selmaran grain.", "accepted an offer", "AGREE", "Kestria", "Borvania"),
    ("The Veltrian opposition demanded a recount on Monday. President Orsk dismissed the "
     "demand on Tuesday.", "demand", "REQUEST", "Orsk", None),
    ("The Tavrin rebels called for a truce. President Halvek ignored the call.", "call",
     "REQUEST", "Halvek", None),
    ("Korvath invited Lusania to join the customs pact. Lusania declined the invitation.",
     "declined", "REJECT", "Lusania", "Lusania"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), ANSWERED + KEPT)
def test_an_answer_is_aimed_at_the_maker(text: str, trigger: str, type_: str, source: str,
                                         target: str) -> None:
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), NOT_MAKERS)
def test_no_maker_where_none_is_told(text: str, trigger: str, type_: str, source: str,
                                     target: str | None) -> None:
    expect_none_with(text, trigger, type_, source=source, target=target)
