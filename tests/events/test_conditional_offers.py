"""A concession or help offered on a condition is an offer (CAMEO 03x, AGREE).

"Canada would lift its sanctions if the prisoners were freed" lifts nothing: the lifting stays
hypothetical, and what is done is an offer, an intent to ease sanctions (0354), made by the
side that would act, with the act's own target (the CAMEO table mirrors 04-08 in 03:
release offered 0353, aid offered 033, a withdrawal offered 0356). Near misses: the act done
keeps its own type and no offer; a hostile act on a condition stays a threat; a
counterfactual ("would have withdrawn had ...") offers nothing.

Every sentence is our own wording, news style, with invented towns; states are real.
Rows: (text, offering side, CAMEO code prefix of the offer, a word of the act offered).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, expect_none, problems


def case(id: str, text: str, source: str, cameo: str, act: str):
    return pytest.param(text, source, cameo, act, id=id)


FIRES = [
    case("lift-sanctions-if", "Canada would lift its sanctions on Belarus if the political "
         "prisoners were freed, the foreign minister said.", "Canada", "035", "lift"),
    case("release-if", "Morocco said it would release the detained fishermen if Spain "
         "apologised.", "Morocco", "035", "release"),
    case("ease-restrictions-if", "The European Union would ease its visa restrictions on "
         "Georgia if the new media law were withdrawn.", "European Union", "035", "ease"),
    case("resume-aid-if", "Japan would resume aid to Myanmar if the junta freed the jailed "
         "lawmakers, the embassy in Yangon said.", "Japan", "033", "aid"),
    case("withdraw-troops-if", "The minister said Turkey would withdraw its troops from the "
         "Kessar valley if the militias there disarmed.", "Turkey", "035", "withdraw"),
    case("host-talks-if", "Norway would host new talks between the two sides if both "
         "agreed, the foreign minister said.", "Norway", "03", "host"),
    case("send-aid-unless", "Qatar would send food to the Sorrel camps unless Israel kept "
         "the crossings closed.", "Qatar", "03", "send"),
]

MISSES = [
    pytest.param("Canada lifted its sanctions on Belarus on Monday.", id="lifted-done"),
    pytest.param("Morocco released the detained fishermen after Spain apologised.",
                 id="released-done"),
    pytest.param("Russia would strike Kyiv if Ukraine attacked Belgorod, the general said.",
                 id="strike-if-is-threat"),
    pytest.param("The minister said Turkey would have withdrawn its troops if the militias "
                 "had disarmed.", id="would-have-withdrawn"),
]


@pytest.mark.parametrize("text, source, cameo, act", FIRES)
def test_conditional_offer(text: str, source: str, cameo: str, act: str) -> None:
    offer = expect(text, "AGREE", source=source, modality=("asserted", "reported"))
    assert (offer.cameo_code or "").startswith(cameo), offer
    ex = events(text)
    start = text.index(act)
    assert not [e for e in ex.events if e.start <= start < e.end and e.type != "AGREE"
                and e.modality in ("asserted", "reported")], "the act offered is not done"
    assert not problems(ex)


@pytest.mark.parametrize("text", MISSES)
def test_no_offer(text: str) -> None:
    expect_none(text, "AGREE")
