"""A contradiction is between two accounts of one act: a denial of one kind of help (arms)
does not answer a report of another (food, tents, vaccines) that fusion placed in the same
cluster, while it answers a report of the help it denies; help CAMEO codes only by its root
(a general "aid") may be any of its kinds. Not acts of force, whose reports code one volley as
small arms or artillery as their words fall. A flip table over small
corpora of our own, as in ``test_contradictions_read``."""

from __future__ import annotations

import pytest

from actorgraph.fuse.contradictions import same_act

from .test_contradictions_read import linked
from .test_fusion import doc, exported_corpus

STORIES = [
    doc("azaz-food", "Anatolia Wire", "2025-03-04", "Turkey shipped food and medicine to Syria "
        "on Monday, a Turkish diplomat said."),
    doc("azaz-arms", "Levant Post", "2025-03-06", "Turkey denied on Wednesday that it had sent "
        "weapons to Syria."),
    doc("gedo-tents", "Rift Times", "2025-04-08", "Kenya sent tents and blankets to Somalia on "
        "Monday, the Kenyan foreign ministry said."),
    doc("gedo-rifles", "Horn Daily", "2025-04-10", "Kenya denied on Wednesday that it had "
        "supplied rifles to Somalia."),
    doc("sagaing-rice", "Delhi Ledger", "2025-05-06", "India delivered rice and vaccines to "
        "Myanmar on Monday, Indian officials said."),
    doc("sagaing-denial", "Yangon Post", "2025-05-08", "India denied on Wednesday that it had "
        "supplied artillery shells to the Myanmar army."),
    doc("sagaing-shells", "Bay Times", "2025-05-07", "India supplied artillery shells to the "
        "Myanmar army last week, a UN expert said on Tuesday."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "contradictions_acts", STORIES)


@pytest.mark.parametrize(("one", "other", "contradict"), [
    # humanitarian help against a denial of arms: two acts
    ("shipped food and medicine", "sent weapons to Syria", False),
    ("sent tents and blankets", "supplied rifles to Somalia", False),
    ("delivered rice and vaccines", "India denied on Wednesday", False),
    # the arms reported against the arms denied
    ("a UN expert said", "India denied on Wednesday", True),
])
def test_a_denial_answers_a_report_of_the_act_it_denies(corpus, one, other,
                                                        contradict) -> None:
    assert linked(corpus, one, other) is contradict, corpus["contradictions"]


@pytest.mark.parametrize(("told", "denied", "same"), [
    ({"072"}, {"072"}, True),
    ({"073"}, {"072"}, False),  # humanitarian aid is no military aid
    ({"070"}, {"072"}, True),  # aid in general may be any
    ({"071"}, {"075"}, False),  # money is no asylum
    (set(), {"072"}, True),  # a claim telling no coded act may be of any
    ({"073", "072"}, {"072"}, True),
])
def test_two_acts_are_one_where_their_cameo_codes_meet(told, denied, same) -> None:
    assert same_act(frozenset(told), frozenset(denied)) is same
