"""'The two sides', 'both sides', 'the two ministers' after a meeting: the parties are the ones
who met ("X held talks with Y ... the two sides signed"), when no coordination names them."""

from __future__ import annotations

import pytest

from .helpers import expect, expect_at, expect_none_with

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


# A bare "the two", with no noun, stands for the two parties named together or met just
# before it, as "the two sides" does ("X held talks with Y. *The two* agreed ..."), in its
# sentence or the two before; never for two of a noun counted nearer ("two protesters ...
# the two"), nor for parties named farther back.
BARE_TWO = [
    ("Kenyan Foreign Minister Amina Wekesa held talks in Nairobi on Monday with her Ugandan "
     "counterpart, Peter Okello. The two agreed to meet again in Kampala in May.",
     "agreed", "AGREE", ["wekesa", "okello"]),
    ("Amina Wekesa met Peter Okello in Nairobi on Monday, a month after the two met in "
     "Arusha.", "met", "CONSULT", ["wekesa", "okello"]),
    ("Kenya and Uganda held talks in Nairobi on Tuesday. The two signed a memorandum on "
     "cross-border trade.", "signed", "SUPPORT", ["kenya", "uganda"]),
    ("10:40 - Amina Wekesa and Peter Okello arrive at State House. 10:55 - The two are now "
     "holding talks behind closed doors, an aide says.", "holding talks", "CONSULT",
     ["wekesa", "okello"]),
    ("Tonga's foreign minister, Sione Latu, held talks with his Fijian counterpart, Ratu "
     "Naivalu, in Nuku'alofa on Tuesday. The two also agreed to hold the next "
     "consultations in Suva.", "agreed", "AGREE", ["latu", "naivalu"]),
    ("Estonia and Finland had quarrelled for weeks over the ferry tariffs, and on Friday the two "
     "agreed to refer the matter to a joint commission.", "agreed", "AGREE",
     ["estonia", "finland"]),
    ("Amina Wekesa held talks with Peter Okello in Kampala on Friday. The two had last met "
     "in Arusha in March.", "met", "CONSULT", ["wekesa", "okello"]),
    ("Vietnamese Prime Minister Tran Van Ha hosted Laotian Prime Minister Somsack Vong in "
     "Hanoi. The two pledged to finish the Vientiane-Vung Ang railway by 2030.", "pledged",
     "AGREE", ["tran van ha", "somsack"]),
]


@pytest.mark.parametrize(("text", "word", "type_", "source"), BARE_TWO,
                         ids=[c[0][:40] for c in BARE_TWO])
def test_bare_two_is_the_pair_named_before(text: str, word: str, type_: str,
                                           source: list[str] | None) -> None:
    expect_at(text, word, type_, source=source)


# near misses: "the two" takes up two of a noun counted nearer, not the parties
BARE_TWO_NOT = [
    ("Kenya and Uganda held talks in Nairobi. Police later arrested two protesters outside "
     "the venue, and the two were released on bail on Wednesday.", "released", "RETREAT",
     ["kenya", "uganda"]),
    ("Amina Wekesa held talks with Peter Okello in Nairobi. Two journalists covering the "
     "meeting were detained by police, and the two later accused the police of beating them.",
     "accused", "ACCUSE", ["wekesa", "okello"]),
]


@pytest.mark.parametrize(("text", "word", "type_", "parties"), BARE_TWO_NOT,
                         ids=[c[0][:40] for c in BARE_TWO_NOT])
def test_bare_two_after_two_counted_things(text: str, word: str, type_: str,
                                           parties: list[str]) -> None:
    expect_none_with(text, word, type_, source=parties)
    expect_none_with(text, word, type_, target=parties)
