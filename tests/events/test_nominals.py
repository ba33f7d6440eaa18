"""Doers of a nominal trigger (``events.nominals``). The agent of a participle on the noun
does its act ("the peace talks *led by the UN*"), but a mediator is a third party (PLOVER
CONSULT, mode third-party; CAMEO 045 mediate): "talks *mediated by Oman*" are the parties'
talks, not Oman's, and Oman's mediation is an act of its own. Our own sentences.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: (text, the mediator): the talks are not the mediator's, the mediation is
MEDIATED = [
    pytest.param("Delegates of Yemen's government and the Houthis met in Muscat for talks "
                 "mediated by Oman.", "Oman", id="met-for-talks-mediated"),
    pytest.param("Envoys of Armenia and Azerbaijan sat down in Geneva on Monday for talks "
                 "brokered by Switzerland.", "Switzerland", id="sat-down-brokered"),
    pytest.param("Officials of Serbia and Kosovo held talks mediated by the European Union "
                 "in Brussels on Thursday.", ("European Union", "EU"), id="held-talks-mediated"),
]
#: (text, the leader): a participle that is no mediation keeps its agent as the doer
LED = [
    pytest.param("The peace talks led by the United Nations resumed in Geneva on Monday.",
                 "United Nations", id="talks-led-by"),
]


@pytest.mark.parametrize(("text", "mediator"), MEDIATED)
def test_talks_a_mediator_brokers_are_not_the_mediators(text: str, mediator) -> None:
    expect_none_with(text, "talks", "CONSULT", source=mediator)


@pytest.mark.parametrize(("text", "leader"), LED)
def test_talks_led_by_an_actor_are_its(text: str, leader) -> None:
    expect_at(text, "talks", "CONSULT", source=leader)
