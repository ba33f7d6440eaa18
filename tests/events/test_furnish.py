"""Giving someone something told as "provide/supply/equip/arm X *with* Y" (CAMEO 07 AID).

Every sentence is our own wording. The verb's direct object is the recipient and the "with"
phrase holds what is given, so the object classes of a sense (weapons 072, money 071, food and
medicine 073) are read in the "with" phrase too. What is given is no party. Near misses:
furnishing someone with words, evidence, a statement or a chance is no aid.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, find, matching


def case(id: str, text: str, code: str | None, *, source: Names | None = None,
         target: Names | None = None, not_target: Names | None = None):
    return pytest.param(text, code, source, target, not_target, id=id)


FURNISHED = [
    case("provided-with-weapons", "The United States provided Ukraine with weapons on "
         "Tuesday.", "072", source="United States", target="Ukraine"),
    case("provided-with-missiles-capital", "Washington provided Kyiv with air defence "
         "missiles last month.", "072", source=("United States", "Washington"),
         target=("Ukraine", "Kyiv")),
    case("supplied-with-drones", "Turkey supplied Azerbaijan with armed drones during the war.",
         "072", source=("Turkey", "Türkiye"), target="Azerbaijan", not_target="drones"),
    case("equipped-with-radars", "The European Union equipped Moldova's army with radar "
         "systems.", "072", source="European Union", target="Moldova"),
    case("armed-with-missiles", "France armed Kurdish fighters with anti-tank missiles in 2014.",
         "072", source="France", target="Kurd", not_target="missiles"),
    case("provided-with-loan", "The IMF provided Pakistan with a $3 billion loan.", "071",
         source=("IMF", "International Monetary Fund"), target="Pakistan"),
    case("provided-with-food", "Egypt provided Gaza's residents with food and medicine.", "073",
         source="Egypt", target=("Gaza", "residents")),
    case("provided-forces-with-drones", "Moscow agreed to provide the general's forces with "
         "attack drones.", "072", source=("Russia", "Moscow"), not_target="drones"),
    case("supplied-with-fuel-passive", "Lebanon was supplied with fuel by Iraq under a swap "
         "deal.", None, source="Iraq", target="Lebanon"),
]

NEAR_MISSES = [
    pytest.param("The ministry provided reporters with a statement on the talks.",
                 id="near-statement"),
    pytest.param("Police provided the court with evidence against the suspect.",
                 id="near-evidence"),
    pytest.param("The new rules provide farmers with certainty about prices.",
                 id="near-certainty"),
    pytest.param("The coach equipped his players with a new game plan.", id="near-sport"),
]


@pytest.mark.parametrize(("text", "code", "source", "target", "not_target"), FURNISHED)
def test_what_is_given_is_read_in_the_with_phrase(text, code, source, target,
                                                  not_target) -> None:
    ex = events(text)
    found = matching(ex, "AID", source=source, target=target)
    assert found, f"expected AID {code} source={source!r} target={target!r}\n{describe(ex)}"
    if code:
        assert any(e.cameo_code == code for e in found), f"expected CAMEO {code}\n{describe(ex)}"
    if not_target:
        assert not matching(ex, "AID", target=not_target), \
            f"what is given ({not_target!r}) is no party\n{describe(ex)}"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_furnishing_words_or_evidence_is_no_aid(text) -> None:
    ex = events(text)
    assert not find(ex, "AID"), describe(ex)
