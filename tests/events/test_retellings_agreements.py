"""An agreement told again by another word, or by a participle on its definite noun, is folded
into the act told before (``events.retellings.described``, ``retellings.retold``).

"The deal, *signed* by both delegations, takes effect on Friday": a participle clause on a
definite event noun it was done to describes the act the noun tells again, not another one;
so does "the strike, *called* by the federation,". And a definite agreement noun ("the deal",
"the settlement", "the accord") with no act of its own type told before tells the latest
agreement of another kind: a truce declared, a formal agreement signed.

Near misses: a participle with a day of its own other than the act's ("the deal, signed in
2019"), "a second agreement", a meeting held after an agreement to meet (the meeting is no
promise), a threat of a strike and the strike.

Every report is our own wording (Nepal, Colombia, Mozambique, Nigeria, Peru, Kenya and Somalia,
Uganda and Kenya, Chile). A row names the word of the act (``act``, with the number of its
occurrence, from 0) and the word of the mention (``again``); a fold puts the two in one PLOVER
record (through any chain of retellings and contents); a near miss keeps them apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import event_on, events, record_of

#: A Wednesday: "on Monday" is two days before.
PUBLISHED = dt.date(2026, 3, 11)


def row(id: str, text: str, act: str | tuple[str, int], again: str | tuple[str, int]):
    return pytest.param(text, act, again, id=id)


FOLDED = [
    row("deal-signed-after-a-truce-agreed",
        "Nepal's government and Maoist rebels agreed a ceasefire in Kathmandu on Monday.\n\n"
        "The deal, signed by both delegations at a hotel in the capital, takes effect on "
        "Friday.", "agreed", "signed"),
    row("accord-signed-after-a-ceasefire-signed",
        "Colombia's government and the ELN signed a ceasefire in Havana on Tuesday.\n\n"
        "The accord, signed after three weeks of talks, covers four provinces.",
        "signed a ceasefire", ("signed", 1)),
    row("agreement-signed-on-the-day-of-the-truce",
        "Mozambique's government and Renamo fighters agreed a truce in Gorongosa on Saturday, "
        "mediators said.\n\nThe agreement, signed on Saturday evening by the two commanders, "
        "sets up a joint monitoring team.", "agreed", ("signed", 0)),
    row("settlement-after-an-agreement-signed",
        "Nigeria's health ministry and the resident doctors' union signed a return-to-work "
        "agreement on Thursday, ending a three-week strike.\n\nThe settlement cost the "
        "government about 20 billion naira.", "signed", "settlement"),
    row("strike-called-by-the-federation",
        "Peruvian truck drivers struck on Monday over fuel prices.\n\nThe strike, called by "
        "the national haulage federation, halted traffic into Lima for a day.",
        "struck", "called"),
]

NEAR_MISSES = [
    row("deal-signed-in-another-year",
        "Kenya and Somalia agreed on Monday to reopen the border crossing at Mandera.\n\n"
        "The deal, signed in 2019 by the two interior ministers, was never applied.",
        "agreed", "signed"),
    row("a-second-agreement",
        "Chile and Argentina signed a fisheries agreement in Punta Arenas on Monday.\n\n"
        "A second agreement, signed in Santiago on Tuesday, covers pipeline gas.",
        "signed a fisheries", ("signed", 1)),
    row("meeting-held-after-an-agreement-to-meet",
        "Ugandan and Kenyan police chiefs agreed on Monday to meet in Kisumu.\n\n"
        "The meeting, held on Tuesday at the governor's office, ended without a statement.",
        "agreed", "meeting"),
    row("strike-after-a-threat-of-one",
        "Peru's truck drivers threatened on Monday to strike over fuel prices.\n\nThe strike, "
        "called by the national haulage federation on Tuesday, halted traffic into Lima.",
        "threatened", "called"),
]


@pytest.mark.parametrize(("text", "act", "again"), FOLDED)
def test_an_agreement_told_again_is_folded_into_the_act(text: str, act, again) -> None:
    ex = events(text, PUBLISHED)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, second, contents=True) == record_of(ex, first, contents=True)


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_another_agreement_stays_apart(text: str, act, again) -> None:
    ex = events(text, PUBLISHED)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first, contents=True) != record_of(ex, second, contents=True)
