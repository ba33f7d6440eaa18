"""Denials that take up an act told before by a pro-form, not by words of their own (issue 11,
class 2): "the claim is false", "the reports are baseless", "did nothing of the kind". The
denial names no act; what it denies is the last act told as done before it, as for "denies
*it*" (``speech.claims``): the claim is ``denies`` and ``about`` that act, so fusion can set
the source that told the act against the one that denies it.

Rows: a definite noun of hearsay called false or baseless ("the claim", "these reports",
"the allegation"; what the account tells, not the complaint that told it), and "nothing of
the kind / sort" done or asked. Near misses: a claim called
false with no act told before it; a hearsay noun told as false about another matter in its own
words ("the claim that the dam had burst"): the act is its own; "did not expect the talks to
fail" denies no act; a false alarm with no act before; an answer that returns fire is no denial.
Our own sentences and places.
"""

from __future__ import annotations

import pytest

from .helpers import extraction

ROWS = [
    ("claim-false", "Farmers in Ostrel said Dravian soldiers burned two granaries on Monday. "
     "The Dravian army said the claim was false.", "ASSAULT"),
    ("reports-baseless", "Fishermen said a Velarian cutter rammed their trawler near Kesk. "
     "The Velarian navy called the reports baseless.", "ASSAULT"),
    ("allegation-untrue", "Teachers said police arrested four union leaders in Marrow on "
     "Tuesday. A police spokesman said the allegation was untrue.", "COERCE"),
    ("accusation-fabricated", "The Tarn Front said militiamen abducted two nurses near Sallet. "
     "The militia's commander said the accusation was fabricated.", "ASSAULT"),
    ("nothing-of-the-kind", "Villagers said Dravian troops shelled the hills above Kervo. "
     "\"Our troops did nothing of the kind,\" a Dravian army spokesman said.", "ASSAULT"),
    ("nothing-of-the-sort", "Traders said border guards seized forty lorries at the Orlen "
     "crossing. The customs service said its guards had done nothing of the sort.", "COERCE"),
    ("report-not-true", "Residents said gunmen looted the market in Velbo on Sunday. The "
     "governor of Velbo said the report was not true.", "COERCE"),
    # what the account tells, not the complaint that tells it
    ("account-not-complaint", "A nurse said soldiers beat her at a checkpoint near Velbo. On "
     "Monday her union filed a complaint against the army. The Dravian army rejected the "
     "account.", "ASSAULT"),
    ("account-not-condemnation", "A nurse said soldiers beat her at a checkpoint near Velbo. "
     "Her union condemned the army on Monday. The Dravian army rejected the account.",
     "ASSAULT"),
    ("account-nonsense", "Students said riot officers beat three marchers in Tessaly square. "
     "The interior ministry said the account was nonsense.", "ASSAULT"),
    # what the reports are called, after "as": no clause of their own
    ("dismissed-as-lies", "Herders said Velarian rangers burned their camp near Orlen. The "
     "Velarian park service dismissed the reports as lies.", "ASSAULT"),
    ("rejected-as-propaganda", "Dockers said guards beat two stewards at the Kesk gate. The "
     "port authority rejected the claims as propaganda.", "ASSAULT"),
]


@pytest.mark.parametrize("text,type_", [pytest.param(t, y, id=i) for i, t, y in ROWS])
def test_a_proform_denial_is_about_the_act_told_before(text: str, type_: str) -> None:
    ex = extraction(text)
    deny = [c for c in ex.claims if c.stance == "denies"]
    assert deny, ex.claims
    event = next((e for e in ex.events if e.id == deny[-1].about), None)
    assert event is not None and event.type == type_ and event.end <= deny[-1].start, (
        deny, ex.events)


NEAR = [
    # nothing told before: a claim called false denies no act we know
    ("nothing-before", "The Dravian army said the claim was false."),
    # the claim says what it is in its own words: not the act told before
    ("claim-of-its-own", "Villagers said soldiers burned two granaries in Ostrel. The governor "
     "said the claim that the Kervo dam had burst was false."),
    # an expectation, no act denied
    ("did-not-expect", "Mediators met both sides in Ostrel on Monday. \"We did not expect the "
     "talks to fail,\" the Tarn Front said."),
    # fire returned is no denial
    ("returned-fire", "Villagers said Dravian troops shelled the hills above Kervo. \"Our "
     "forces returned fire after an attack,\" the Dravian army said."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NEAR])
def test_no_act_told_before_is_denied(text: str) -> None:
    ex = extraction(text)
    told = {e.id for e in ex.events if e.end <= min(
        (c.start for c in ex.claims if c.stance == "denies"), default=0)}
    assert not [c for c in ex.claims if c.stance == "denies" and c.about in told], (
        ex.claims, ex.events)
