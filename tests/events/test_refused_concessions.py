"""Announcing that a concession will not be made is a refusal (issue 12: fresh-text audit).

Every sentence is our own wording. PLOVER codes refusals to yield as REJECT (CAMEO 124: refuse
to ease sanctions, to release persons, to de-escalate): "will not lift the ban", "will not
release the journalists", "will never hand back the villages" are a REJECT now, besides the
concession told as negated. Announcing the concession is a CONCEDE, not a REJECT; saying one
was not made in the past announces nothing.
Rows: (text, a word of the refused act) must give a REJECT by the announcer; near misses:
(text) must give no REJECT.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str):
    return pytest.param(text, id=id)


REFUSED = [
    case("will-not-lift-ban", "Kenya will not lift the ban on Ugandan poultry, the trade "
         "minister said."),
    case("will-not-release", "The junta will not release the detained journalists, a "
         "spokesman said."),
    case("will-not-withdraw", "Israel will not withdraw its troops from the buffer zone, the "
         "defence minister said."),
    case("will-not-reopen", "Tajikistan will not reopen the border crossing at Isfara, "
         "officials said."),
    case("will-not-ease-curfew", "The government will not ease the curfew in Kessala before "
         "Friday, the governor said."),
    case("will-never-hand-back", "Azerbaijan will never hand back the captured villages, the "
         "president said."),
    case("will-not-lift-sanctions", "Serbia will not lift the sanctions on Kosovo goods, the "
         "minister said."),
    case("will-not-release-unless", "The rebels will not release the hostages unless the army "
         "withdraws, a spokesman said."),
]

NOT_REFUSED = [
    case("did-not-lift-past", "Kenya did not lift the ban on Ugandan poultry last year."),
    case("will-lift-concedes", "Kenya will lift the ban on Ugandan poultry next month, the "
         "trade minister said."),
    case("will-release-concedes", "The junta will release the detained journalists on "
         "Friday, a spokesman said."),
]


@pytest.mark.parametrize("text", REFUSED)
def test_announced_refusal_to_concede_is_a_reject(text: str) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    assert any(e.type == "REJECT" and e.source for e in ex.events), describe(ex)


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_concession_made_or_past_is_no_reject(text: str) -> None:
    ex = events(text)
    assert not any(e.type == "REJECT" for e in ex.events), describe(ex)
