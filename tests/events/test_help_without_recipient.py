"""Helping to make things worse is no aid (PLOVER AID: material help that benefits its
recipient, a recipient required). "accused the minister of *helping to inflame* the unrest"
names nobody helped and no benefit: the sense of "help" whose infinitive worsens a conflict,
a crisis or tension (``help_worsening`` in ``data/event_triggers.yaml``) codes nothing.
Near misses: help given to someone ("helped Vietnam rebuild its ports"), or help to build,
feed or rebuild, stays AID. Our own sentences."""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

#: (text, trigger): no AID at "help"
WORSENING = [
    pytest.param("Ecuador's president accused the mayor of Quito of helping to inflame the "
                 "protests.", "helping", id="inflame-accused"),
    pytest.param("Critics in Lusaka said the Chinese loans had helped deepen Zambia's debt "
                 "crisis.", "helped", id="deepen-bare-infinitive"),
    pytest.param("The Armenian opposition said the government's silence helped to fuel "
                 "tension along the border.", "helped", id="fuel-tension"),
    pytest.param("Observers in Dhaka say the curfew has only helped to escalate the "
                 "standoff.", "helped", id="escalate"),
    pytest.param("Analysts said the arms sales helped prolong the war in Yemen.", "helped",
                 id="prolong-war"),
]

#: (text, trigger, source, target): help that benefits someone stays AID
BENEFITING = [
    pytest.param("Japan helped Vietnam to rebuild its ports after the typhoon.", "helped",
                 "Japan", "Vietnam", id="recipient-named"),
    pytest.param("Norway helped to rebuild schools in Nepal after the earthquake.", "helped",
                 "Norway", None, id="rebuild-no-object"),
    pytest.param("Iran has supplied drones to Sudan's army, helping it push the RSF out of "
                 "Omdurman.", "supplied", "Iran", "Sudan", id="supply-then-help"),
]


@pytest.mark.parametrize(("text", "trigger"), WORSENING)
def test_helping_to_worsen_is_no_aid(text: str, trigger: str) -> None:
    expect_none_at(text, trigger, "AID")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), BENEFITING)
def test_help_that_benefits_stays_aid(text: str, trigger: str, source: str,
                                      target: str | None) -> None:
    expect_at(text, trigger, "AID", source=source, target=target)
