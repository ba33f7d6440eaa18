"""``events.carriers``: a verb whose subject does the act its object names ("*signed* a deal",
"*imposed* a curfew"), and verbs that only talk about an act.

Every sentence is our own wording. To *raise* an act with someone is to bring it up, as a topic
or a grievance: the one who raises the closure of a border did not close it, nor did the one who
raised the arrests make them. Rows: (text, trigger word, type, the source it must not take).
Near misses: verbs that carry the act keep its doer, and "raise" in a sense of its own (an alert
level raised) keeps its act.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with


def topic(id: str, text: str, word: str, type_: str, source: str):
    return pytest.param(text, word, type_, source, id=id)


RAISED = [
    topic("raised-closure", "Ghana's foreign minister raised the closure of the Aflao crossing "
          "with her Togolese counterpart.", "closure", "COERCE", "minister"),
    topic("raised-arrests", "At the talks in Abuja, Niger raised the arrests of its traders "
          "in Kano.", "arrests", "COERCE", "Niger"),
    topic("raised-expulsion", "The Malian envoy raised the expulsion of two Malian diplomats at "
          "Tuesday's meeting.", "expulsion", "SANCTION", "envoy"),
    topic("raised-blockade", "Armenia raised the blockade of the Lachin road at the Security "
          "Council.", "blockade", ("COERCE", "ASSAULT"), "Armenia"),
]


@pytest.mark.parametrize(("text", "word", "type_", "source"), RAISED)
def test_an_act_raised_is_not_done_by_who_raises_it(text: str, word: str, type_,
                                                    source: str) -> None:
    expect_none_with(text, word, type_, source=source)


CARRIED = [
    pytest.param("Togo imposed a curfew on Lome on Friday.", "curfew", "COERCE", "Togo",
                 id="imposed-curfew"),
    pytest.param("Ghana and Togo signed a deal on the border in Accra.", "deal",
                 ("AGREE", "SUPPORT"), ("Ghana", "Togo"), id="signed-deal"),
    pytest.param("The Kenyan army raised its alert level along the Somali border.", "raised",
                 "MOBILIZE", "army", id="raised-alert-level"),
]


@pytest.mark.parametrize(("text", "word", "type_", "source"), CARRIED)
def test_a_carrier_verbs_subject_does_the_act(text: str, word: str, type_: str,
                                              source) -> None:
    expect_at(text, word, type_, source=source)
