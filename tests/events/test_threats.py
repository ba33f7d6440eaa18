"""Conditional threats: "X will do A unless Y ...", "if Y does not ..., X will A", "X threatened
to A if Y ...", "X warned it would A should Y ...".

PLOVER codes the act of speech: a hostile act announced on a condition that another party must
meet (or must not break) is a THREATEN by the one who would act, aimed at the party of the
condition, whose mode is the content of the threat (an attack: violence; sanctions: restrict;
cutting ties or talks: relations; expelling: expel). The act itself is only hypothetical: it is
never coded as done or as simply announced. A conditional offer of a cooperative act ("will
attend if invited") threatens nobody, and neither does an "unless" with no coercion in it.
Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import Names, events, expect, expect_none, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")


def case(id: str, text: str, *, source: Names, target: Names | None,
         mode: str | None = None):
    return pytest.param(text, source, target, mode, id=id)


THREATS = [
    case("will-unless", "Russia will strike Kyiv unless Ukraine withdraws its troops from "
         "Kursk.", source=RUSSIA, target="Ukraine", mode="violence"),
    case("if-not-will", "If Seoul does not halt the drills, Pyongyang will suspend talks with "
         "the South.", source="North Korea", target=("South Korea", "Seoul"),
         mode="relations"),
    case("threatened-if", "Turkey threatened to block Sweden's bid if Stockholm did not "
         "extradite the suspects.", source="Turkey", target="Sweden"),
    case("warned-would-should", "The Ugandan army warned it would attack rebel camps should the "
         "Allied Democratic Forces refuse to disarm.", source="Ugandan army",
         target="Allied Democratic Forces", mode="violence"),
    case("will-sanction-unless", "The European Union will impose new sanctions on Belarus "
         "unless Minsk frees its political prisoners.", source="European Union",
         target="Belarus", mode="restrict"),
    case("if-then-deterrent", "If Iran enriches uranium to weapons grade, Israel will attack "
         "its nuclear sites.", source="Israel", target="Iran", mode="violence"),
    case("threatened-cut-aid-if", "Washington threatened to cut aid to Kabul if the Taliban "
         "did not reopen girls' schools.", source=USA, target="Taliban", mode="relations"),
    case("said-would-expel-should", "Moscow said it would expel the Estonian ambassador should "
         "Tallinn remove the Soviet war memorial.", source=RUSSIA,
         target=("Estonia", "Tallinn"), mode="expel"),
    case("unless-first", "Unless Hamas frees the hostages by Friday, Israel will resume its "
         "bombardment of Gaza.", source="Israel", target="Hamas", mode="violence"),
    case("said-would-if-blockade", "China said it would impose a blockade on Taiwan if Taipei "
         "declared independence.", source="China", target="Taiwan", mode="restrict"),
    case("strike-unless", "Kenya's doctors' union will go on strike unless the health ministry "
         "pays their salary arrears.", source=("union", "doctors"), target="health ministry",
         mode="relations"),
]


@pytest.mark.parametrize("text, source, target, mode", THREATS)
def test_conditional_hostile_act_is_a_threat_against_the_condition_party(
        text: str, source: Names, target: Names | None, mode: str | None) -> None:
    event = expect(text, "THREATEN", source=source, target=target)
    if mode is not None:
        found = matching(events(text), "THREATEN", source=source, target=target)
        assert any(e.mode == mode for e in found), (mode, [e.mode for e in found])
    assert event.modality in ("asserted", "reported")


ACTS = [
    pytest.param("Russia will strike Kyiv unless Ukraine withdraws its troops from Kursk.",
                 "ASSAULT", id="strike"),
    pytest.param("Unless Hamas frees the hostages by Friday, Israel will resume its "
                 "bombardment of Gaza.", "ASSAULT", id="bombardment"),
    pytest.param("The European Union will impose new sanctions on Belarus unless Minsk frees "
                 "its political prisoners.", "SANCTION", id="sanctions"),
]


@pytest.mark.parametrize("text, kind", ACTS)
def test_threatened_act_is_only_hypothetical(text: str, kind: str) -> None:
    expect_none(text, kind, modality=("asserted", "future", "reported"))


NOT_THREATS = [
    pytest.param("Japan's prime minister will attend the summit in Jakarta if invited.",
                 id="attend-if-invited"),
    pytest.param("Germany will send more aid to Ukraine if the Bundestag approves the budget.",
                 id="aid-if-approved"),
    pytest.param("Britain will unfreeze the Iranian funds if Tehran releases the aid worker.",
                 id="conditional-offer"),
    pytest.param("Unless otherwise stated, the figures come from India's finance ministry.",
                 id="unless-otherwise-stated"),
    pytest.param("The leaders of Chile and Peru will meet again in June unless the talks "
                 "collapse.", id="meeting-unless"),
    pytest.param("The Indian team will play the final in Dubai unless rain intervenes.",
                 id="sport-unless"),
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_conditional_without_coercion_is_no_threat(text: str) -> None:
    expect_none(text, "THREATEN")
