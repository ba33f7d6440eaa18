"""Accusations made by evaluating: naming or describing someone, or their act, in negative
terms ("described the move as illegal", "called the drills a provocation", "said Burhan was a
criminal") is an ACCUSE (CAMEO 111) by the speaker against the one evaluated.

Every sentence is our own wording. ACCUSE cases name the accuser and, when the sentence or the
one before names them, the accused; near misses are evaluations that accuse nobody: positive
or neutral ones ("described the talks as constructive", "called the meeting a first step"),
negative ones of a storm or a market, a speaker's words about themself, and a denial.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect, matching, problems

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.", "American")


def case(id: str, text: str, *, source: Names | None = None, target: Names | None = None):
    return pytest.param(text, source, target, id=id)


#: Describing or naming verbs with a negative evaluation of an actor or of an actor's act.
DESCRIBED = [
    case("described-sanctions-as-illegal", "Russia's foreign ministry described the sanctions "
         "imposed by the European Union as illegal.", source=RUSSIA, target="European Union"),
    case("called-drills-a-provocation", "Beijing called the Japanese naval drills near the "
         "disputed islands a provocation.", source=("China", "Beijing"), target="Japan"),
    case("dismissed-referendum-as-farce", "Ukraine dismissed the referendum organised by Moscow "
         "in the occupied regions as a farce.", source="Ukraine", target=RUSSIA),
    case("branded-group-terrorists", "The Nigerian government branded the separatist Indigenous "
         "People of Biafra a terrorist organisation.", source="Nigeria", target="Biafra"),
    case("labelled-rebels-terrorists", "Kinshasa has repeatedly labelled the M23 rebels "
         "terrorists.", source=("Kinshasa", "Congo", "DRC"), target="M23"),
    case("described-person-as-liar", "Venezuela's president Nicolas Maduro described the "
         "Colombian president as a liar.", source="Maduro", target="Colombia"),
    case("termed-arms-sale-a-violation", "China termed the American arms sale to Taiwan a "
         "serious violation of its sovereignty.", source="China", target=USA),
    case("described-war-as-senseless", "Putin described the 2011 NATO war in Libya as "
         "senseless.", source="Putin", target="NATO"),
    case("move-described-as-illegal-relative", "The RSF announced a parallel government in "
         "Nyala, a move the Sudanese army described as illegal.", source=("army", "SAF"),
         target=("RSF", "Rapid Support")),
    case("move-hung-on-the-clause", "Ethiopia began filling the reservoir of its Nile dam "
         "for a fifth time last week, a move Egypt described as illegal.", source="Egypt",
         target="Ethiopia"),
    case("move-of-previous-sentence", "Niger's junta expelled the French ambassador on "
         "Friday. The European Union described the decision as unacceptable.",
         source="European Union", target=("Niger", "junta")),
    case("called-election-a-sham-no-target", "The Cambodian opposition called the election a "
         "sham.", source="opposition"),
    case("described-strikes-as-war-crime", "Pakistan described the Indian missile strikes on "
         "Muzaffarabad as a war crime.", source="Pakistan", target="India"),
]

#: Said-that with a predicate of negative evaluation about an actor or an actor's act.
SAID = [
    case("told-channel-was-a-criminal", "Hemedti told a Saudi television channel that Burhan "
         "was a criminal who had forced the confrontation.", source="Hemedti",
         target="Burhan"),
    case("said-blockade-was-illegal", "Venezuela's foreign minister said the American naval "
         "blockade was illegal.", source="Venezuela", target=USA),
    case("said-were-terrorists", "Erdogan said the Kurdish militants of the PKK were "
         "terrorists.", source="Erdogan", target="PKK"),
    case("said-strikes-an-act-of-aggression", "Iran said the Israeli air strikes on its "
         "territory were an act of aggression.", source="Iran", target="Israel"),
    case("said-law-unacceptable", "Hungary said the European Parliament's resolution was "
         "unacceptable.", source="Hungary", target="European Parliament"),
]

#: Evaluations that accuse nobody.
NEAR_MISSES = [
    pytest.param("Beijing described the talks with Washington as constructive.",
                 id="positive-constructive"),
    pytest.param("The UN envoy described the situation in Goma as calm.", id="neutral-calm"),
    pytest.param("Macron called the meeting with Scholz a first step.", id="neutral-first-step"),
    pytest.param("Britain's weather service described the storm as dangerous.",
                 id="negative-of-weather"),
    pytest.param("Analysts described the collapse of the Argentine peso as a disaster.",
                 id="negative-of-market"),
    pytest.param("Imran Khan told reporters that he was not a traitor.", id="about-oneself"),
    pytest.param("The minister said the drought in Somalia was a catastrophe.",
                 id="said-of-natural-disaster"),
    pytest.param("The Kenyan president described the situation in Sudan as a tragedy.",
                 id="negative-of-situation"),
    pytest.param("Kenya said the victims of terrorism in Garissa would be compensated.",
                 id="evaluation-word-outside-predicate"),
    pytest.param("Asked whether the strikes were illegal, the Pakistani minister declined to "
                 "comment.", id="question-not-a-report"),
]


@pytest.mark.parametrize(("text", "source", "target"), DESCRIBED + SAID)
def test_negative_evaluation_is_an_accusation(text: str, source: Names | None,
                                              target: Names | None) -> None:
    event = expect(text, "ACCUSE", source=source, target=target)
    assert event.modality == "asserted", describe(events(text))
    assert not problems(events(text))


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_evaluation_that_accuses_nobody(text: str) -> None:
    ex = events(text)
    assert not matching(ex, "ACCUSE"), describe(ex)


def test_denied_evaluation_is_no_asserted_accusation() -> None:
    ex = events("The army said Burhan was not a criminal.")
    assert not matching(ex, "ACCUSE", modality="asserted", target="Burhan"), describe(ex)


def test_condemning_as_is_one_accusation() -> None:
    ex = events("Egypt condemned the attack on the Sudanese embassy as cowardly.")
    assert len(matching(ex, "ACCUSE", source="Egypt")) == 1, describe(ex)


def test_positive_description_is_praise() -> None:
    expect("Japan described the agreement with India as historic.", "SUPPORT",
           source="Japan", target="India")
