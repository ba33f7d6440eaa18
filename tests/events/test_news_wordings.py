"""Acts told in the words news uses for them, without the act's own verb.

Detention told by what officers do ("taken away by officers", "picked up", "held for
questioning": COERCE 173); roads closed by troops (191) or by villagers (PROTEST 144),
barricades put up, buildings taken over in protest (144); visits told by place and time ("is
due in", "is expected in", "is heading to": CONSULT 042); a state that "reserves the right"
to go to court (THREATEN 130); a hostile act said of someone ("said Eritrea was trying to
destabilise the north": ACCUSE); deportees a state will not take (REJECT); sailors trained
and boats handed over (AID 072). Each row holds; each near miss (the same words in another
sense) does not. Every sentence is our own wording; the towns are invented.
"""

from __future__ import annotations

import pytest

from .helpers import Names, events, expect, expect_none, matching


def row(id: str, text: str, type_: str, mode: str | None = None, *,
        source: Names | None = None, target: Names | None = None,
        modality: str | tuple[str, ...] | None = None):
    return pytest.param(text, type_, mode, source, target, modality, id=id)


ROWS = [
    # detention (COERCE 173)
    row("taken-away-passive", "The journalist was taken away by plainclothes police officers "
        "outside the court in Drevlyansk.", "COERCE", "arrest"),
    row("took-away-active", "Ugandan police took away the opposition organiser from her home "
        "in the town of Kawempe-Nord.", "COERCE", "arrest", source=("Uganda", "police")),
    row("picked-up-active", "Algerian security agents picked up three student leaders in the "
        "town of Ouled Tamrit overnight.", "COERCE", "arrest"),
    row("picked-up-passive", "Two lawyers were picked up by the Syrian secret police in "
        "Tell Hasrun on Friday.", "COERCE", "arrest"),
    row("questioned-by-police", "The blogger was questioned by Iranian police for six hours "
        "in Qasr Firuzan.", "COERCE", "arrest"),
    row("held-for-questioning", "The Turkish reporter was held for questioning at the "
        "airport in Ankara.", "COERCE", "arrest"),
    # roads closed, barricades, buildings taken over
    row("army-closed-road", "The Pakistani army closed the main road to the border post at "
        "Garhi Lalan.", "COERCE", "restrict", source=("Pakistan", "army")),
    row("road-closed-by-troops", "The highway to Merv-Kala was closed by Turkmen troops on "
        "Sunday.", "COERCE", "restrict"),
    row("farmers-closed-road", "Angry farmers closed the highway between Lodz and Pabianice "
        "with their tractors.", "PROTEST", "obstruct"),
    row("erected-barricades", "Protesters erected barricades on the highway between Arequipa "
        "and Yanahuara.", "PROTEST", "obstruct"),
    row("set-up-barricades", "Farmers set up barricades outside the parliament in Warsaw.",
        "PROTEST", "obstruct"),
    row("police-put-up-roadblocks", "Kenyan police put up roadblocks around the town of "
        "Ol Kalau.", "COERCE", "restrict"),
    row("students-took-over", "Students took over the rectorate of the university in Novi "
        "Zagorje.", "PROTEST", "obstruct"),
    row("occupied-town-hall", "Demonstrators occupied the town hall in Bourg-Lastic for three "
        "days.", "PROTEST", "obstruct"),
    # visits told by place and time (CONSULT 042, still to come)
    row("due-in", "Japan's foreign minister is due in Beijing on Thursday.", "CONSULT",
        "visit", source="Japan", modality=("future", "asserted")),
    row("expected-in", "The Turkish president is expected in Baku next week.", "CONSULT",
        "visit"),
    row("heading-to", "The Indian prime minister is heading to Kathmandu for talks on "
        "river sharing.",
        "CONSULT", "visit"),
    # a right reserved (THREATEN 130)
    row("reserves-right-court", "Guyana reserves the right to take the border case to the "
        "International Court of Justice.", "THREATEN", None, source="Guyana"),
    row("said-reserved-right", "Belize said it reserved the right to take the dispute over "
        "the Sapodilla cays to an international tribunal.", "THREATEN", None,
        source="Belize"),
    # deportees refused (REJECT)
    row("would-not-accept-deportees", "Mali said it would not accept more deportees from "
        "Algeria.", "REJECT", None, source="Mali"),
    row("refused-to-accept-deportees", "Guinea refused to accept further deportees from "
        "Libya.", "REJECT", None, source="Guinea"),
    # a hostile act said of someone, without an accusing verb (ACCUSE)
    row("said-trying-to-destabilise", "Ethiopia said Eritrea was trying to destabilise the "
        "north.", "ACCUSE", None, source="Ethiopia", target="Eritrea"),
    row("believes-seeking-to-undermine", "Kyrgyzstan believes Tajikistan is seeking to "
        "undermine the border talks.", "ACCUSE", None, source="Kyrgyzstan",
        target="Tajikistan"),
    row("said-had-sabotaged", "The Malian junta said Algeria had sabotaged the peace "
        "process.", "ACCUSE", None, source=("Mali", "junta"), target="Algeria"),
    # training and equipping (AID 072)
    row("will-train-sailors", "The French navy will train forty Senegalese sailors.", "AID",
        None, source=("France", "French")),
    row("sailors-trained-by", "Sixty Somali sailors were trained by Turkish instructors.",
        "AID"),
    row("handed-over-boats", "The United States handed over six patrol boats to the Ghanaian "
        "navy.", "AID", None, source="United States"),
    row("boats-handed-over", "Two patrol vessels were handed over by Japan to the Philippine "
        "coast guard.", "AID"),
]


@pytest.mark.parametrize("text, type_, mode, source, target, modality", ROWS)
def test_news_wording_names_the_act(text: str, type_: str, mode: str | None,
                                    source: Names | None, target: Names | None,
                                    modality: str | tuple[str, ...] | None) -> None:
    expect(text, type_, source=source, target=target, modality=modality)
    if mode is not None:
        found = matching(events(text), type_, source=source, target=target)
        assert any(e.mode == mode for e in found), (mode, [e.mode for e in found])


NEAR_MISSES = [
    pytest.param("Rescuers picked up twelve fishermen from the sea off Tobruk.", "COERCE",
                 id="rescuers-picked-up"),
    pytest.param("The airline picked up the passengers' hotel bills.", "COERCE",
                 id="picked-up-bills"),
    pytest.param("The senator questioned the decision to close the base.", "COERCE",
                 id="questioned-decision"),
    pytest.param("The minister took over as chairman of the commission.", None,
                 id="took-over-as-chairman"),
    pytest.param("The company took over a rival bottler in Lagos.", None,
                 id="took-over-firm"),
    pytest.param("The road was closed for repairs.", None, id="road-closed-repairs"),
    pytest.param("The airport was closed because of fog.", None, id="closed-fog"),
    pytest.param("The governor is due to retire next year.", "CONSULT", id="due-to-retire"),
    pytest.param("The report is due in March.", None, id="due-in-month"),
    pytest.param("The storm heads to Florida.", None, id="storm-heads"),
    pytest.param("Thousands of migrants were heading to Mexico.", "CONSULT",
                 id="migrants-heading"),
    pytest.param("Local authorities closed the road to Vasilkovo after the flood.", "PROTEST",
                 id="authorities-closed-road"),
    pytest.param("A verdict is expected in Paris next week.", "CONSULT", id="verdict-expected"),
    pytest.param("The company reserves the right to refuse service.", None,
                 id="reserves-right-service"),
    pytest.param("Ethiopia said Eritrea was not trying to destabilise the north.", "ACCUSE",
                 id="said-not-destabilise"),
    pytest.param("The minister said the floods had undermined the harvest.", "ACCUSE",
                 id="floods-undermined"),
    pytest.param("Ethiopia said it would not destabilise the region.", "ACCUSE",
                 id="speaker-about-itself"),
    pytest.param("The club will train at the stadium on Sunday.", None, id="club-trains"),
    pytest.param("The mayor handed over the keys of the city to the singer.", None,
                 id="handed-over-keys"),
]


@pytest.mark.parametrize("text, type_", NEAR_MISSES)
def test_same_words_in_another_sense_are_no_such_act(text: str, type_: str | None) -> None:
    expect_none(text, type_)
