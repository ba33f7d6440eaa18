"""A person held in custody, in prison, or without charge, trial or a lawyer is detained
(COERCE 173, mode arrest), the passive telling who underwent it; hostages held stay abducted
(ASSAULT 181). Near misses: a person held up in traffic, held in high regard or esteem, a post
held without interruption, a presidency held for months. Every sentence is our own wording,
with invented names and places. Rows: (text, type, target).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

DETAINED = [
    ("Two Ostravian journalists are still held in custody in Vendel, the press union says.",
     "COERCE", "journalists"),
    ("Tobias Renn told reporters he had been held for nine hours without a lawyer.", "COERCE",
     "Tobias Renn"),
    ("Six fishermen have been held without charge at a Velland naval base since March.",
     "COERCE", "fishermen"),
    ("KALVO, June 4 (Ostra Wire) - Opposition leader Karel Dusek is being held in solitary "
     "confinement, his lawyer said on Tuesday.", "COERCE", "Karel Dusek"),
    ("09:15 - Maria Vell has been held in Kalvo central prison since Friday, her family says.",
     "COERCE", "Maria Vell"),
    ("The Ministry informs that the citizen Rui Amaral is held in detention pending his "
     "trial.", "COERCE", "Rui Amaral"),
    ("Velland police held the two reporters without charge for 48 hours.", "COERCE",
     "reporters"),
    ("Ilse Marr was held without trial for two years before her release.", "COERCE",
     "Ilse Marr"),
    ("The hostages were held in a forest camp for three weeks.", "ASSAULT", "hostages"),
]


@pytest.mark.parametrize(("text", "type_", "target"), DETAINED,
                         ids=[r[0][:40] for r in DETAINED])
def test_a_person_held_in_custody_is_detained(text: str, type_: str, target: str) -> None:
    expect_at(text, "held", type_, target=target)


NOT_DETAINED = [
    "She was held in high regard by her colleagues for years.",
    "The minister was held up in traffic for an hour.",
    "Velland held the rotating presidency of the bloc for six months.",
    "Velland's president was held in high esteem in Kalvo.",
    "He has held the post without interruption since 2019.",
]


@pytest.mark.parametrize("text", NOT_DETAINED, ids=[t[:40] for t in NOT_DETAINED])
def test_held_in_another_sense_is_no_detention(text: str) -> None:
    expect_none_at(text, "held", "COERCE")


# A person held with no place of custody named is detained as well: a participle after the
# person ("the fourteen students held at the rally"), a headline's bare participle, a passive
# (also under a denial). An active "held" with a person is left alone: "the rebels held him"
# holds a hostage, "has held the chairmanship" an office. Rows: (text, target).
HELD_PEOPLE = [
    ("The fourteen students held at the rally in Dorvik were freed on bail on Tuesday.",
     "students"),
    ("Lawyers said three activists held since Friday remain at the central station in Marovia.",
     "activists"),
    ("The union leader Arno Kesk, held for nine days, was released on Thursday.", "Arno Kesk"),
    ("09:40 - Relatives say the two reporters held near the Orvan checkpoint have not been "
     "allowed visits.", "reporters"),
    ("The governor denied that any teachers had been held in Orvan.", "teachers"),
    ("The Ministry informs that the nationals Ilse Marr and Rui Amaral, held on the day of "
     "Sunday at the port of Velka, are in good health.", ("Ilse Marr", "Rui Amaral")),
    ("The ministry declined to confirm that two Kestran students had also been held.",
     "students"),
]


@pytest.mark.parametrize(("text", "target"), HELD_PEOPLE, ids=[r[0][:40] for r in HELD_PEOPLE])
def test_a_person_held_is_detained(text: str, target: str) -> None:
    expect_at(text, "held", "COERCE", target=target)


NOT_HELD_PEOPLE = [
    "The election held on Sunday in Dorvik was peaceful.",
    "The talks held in Velka ended without a deal.",
    "The seat held by Arno Kesk since 2010 went to the Greens.",
    "The man held responsible for the fire was a Kestran engineer.",
    "Arno Kesk has held the chairmanship of the committee since May.",
    "The striking drivers held up traffic in Velka for three hours.",
    "Ilse Marr held her daughter back as the convoy passed.",
    "The Red Hand rebels held the two engineers for eleven days before releasing them.",
    "Kestran police held the protesters back at the bridge.",
]


@pytest.mark.parametrize("text", NOT_HELD_PEOPLE, ids=[t[:40] for t in NOT_HELD_PEOPLE])
def test_a_thing_or_office_held_is_no_detention(text: str) -> None:
    expect_none_at(text, "held", "COERCE")
