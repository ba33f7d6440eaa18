"""People handed over to someone are released to that party, the recipient: "handed the
detainees *to the Red Cross*" is a release (RETREAT 0841) whose recipient is the Red Cross,
not the detainees, who are what is handed (``arguments._moved_thing``), as a suspect handed
over to a state is moved to it. Near miss: a person handed to the police is held for trial,
no release. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

ROWS = [
    ("The Vellmar army handed eleven detainees to the Red Cross on Friday.", "handed",
     "Vellmar", "Red Cross"),
    ("Kessel Front rebels handed over twelve captured soldiers to the International "
     "Committee of the Red Cross in Lenk.", "handed over", "Kessel Front",
     ("Red Cross", "ICRC")),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), ROWS,
                         ids=[r[0][:40] for r in ROWS])
def test_people_handed_over_are_released_to_the_recipient(text: str, word: str, source: str,
                                                           target: str | tuple[str, ...]) -> None:
    expect_at(text, word, "RETREAT", source=source, target=target)
    expect_none_with(text, word, "RETREAT", target=("detainees", "soldiers"))


def test_a_person_handed_to_the_police_is_no_release() -> None:
    text = "Villagers in Lenk handed the two cattle thieves to the police."
    expect_none_with(text, "handed", "RETREAT")
