"""Who acts on whom in a court's ruling and in the case before it (``events/complaints.py``,
``events/arguments.py``): a complaint or a case is its filer's, aimed at whoever it is
*against*, also where the parser hangs "against" on the filer ("a complaint *by the
opposition against the electoral commission*") or on the ruling ("the court ruled *against
the ministry* in a case brought by the union"); a court that upholds it rules against that
party, never against the filer; a court that finds a party guilty or liable acts on that
party ("found *the army* guilty"); a law struck down is its makers' ("passed by
parliament"). Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

ROWS = [
    ("The Vellmar High Court upheld a complaint by the opposition against the electoral "
     "commission.", "upheld", "ACCUSE", "High Court", "electoral commission"),
    ("The labour court ruled against the Ministry of Labour in a case brought by the Kessel "
     "Workers Union.", "brought", "ACCUSE", "Kessel Workers Union", "Ministry of Labour"),
    ("The Supreme Court of Ostria dismissed a petition filed by the Brask Party against "
     "President Tavora.", "petition", "ACCUSE", "Brask Party", "Tavora"),
    ("The military tribunal found the army guilty of torturing detainees in Lenk.", "found",
     "SANCTION", "tribunal", "army"),
    ("The Constitutional Court struck down the media law passed by the Vellmar parliament.",
     "struck down", "ACCUSE", "Constitutional Court", "parliament"),
]


@pytest.mark.parametrize(("text", "word", "kind", "source", "target"), ROWS,
                         ids=[r[0][:40] for r in ROWS])
def test_a_ruling_and_its_case_act_on_the_party_named_against(
        text: str, word: str, kind: str, source: str, target: str) -> None:
    expect_at(text, word, kind, source=source, target=target)


def test_the_filer_is_not_whom_the_ruling_is_against() -> None:
    expect_none_with("The Vellmar High Court upheld a complaint by the opposition against "
                     "the electoral commission.", "upheld", "ACCUSE", target="opposition")
