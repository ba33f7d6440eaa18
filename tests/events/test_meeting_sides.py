"""'The two sides', 'both sides', 'the two ministers' after a meeting: the parties are the ones
who met ("X held talks with Y ... the two sides signed"), when no coordination names them."""

from __future__ import annotations

import pytest

from .helpers import expect

# (text, type, source, target)
CASES = [
    ("Ghana's foreign minister Ama Saro held talks with Nigeria's Yusuf Okafor in Abuja on "
     "Monday. The two sides signed a memorandum on visa-free travel.",
     "SUPPORT", ["ama saro", "yusuf okafor"], None),
    ("Chile's president met Argentina's president in Santiago. Both sides agreed to reopen "
     "the mountain border crossing.",
     "AGREE", None, None),
    ("Ama Saro met with Yusuf Okafor on Monday, and the two ministers agreed to meet again in "
     "Accra in June.",
     "AGREE", ["ama saro", "yusuf okafor"], None),
    ("Ama Saro's meeting with Nigeria's Yusuf Okafor in Abuja ran for three hours. The two "
     "sides signed a trade memorandum.",
     "SUPPORT", ["ama saro", "yusuf okafor"], None),
    ("Armenian troops clashed with Azerbaijani forces near the border overnight. Both sides "
     "accused each other of opening fire first.",
     "ACCUSE", ["armenian", "azerbaijani"], None),
    # near miss: a coordination nearer than the meeting names the pair
    ("Ama Saro held talks with Yusuf Okafor in Abuja. Ghana and Togo later signed a separate "
     "customs deal, and the two sides pledged to cut tariffs.",
     "AGREE", ["ghana", "togo"], None),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_two_sides_are_the_parties_who_met(text: str, type_: str, source: list[str] | None,
                                           target: list[str] | None) -> None:
    event = expect(text, type_, source=source, target=target)
    assert event.source, "the two sides are a doer"
