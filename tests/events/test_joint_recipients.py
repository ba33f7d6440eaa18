"""Material cooperation done together (``events/reciprocals.joint``): COOPERATE is mutual by
definition (PLOVER_NOTES: "mutual material cooperation", a recipient required), so parties of
two or more states that cooperate and name no one else each cooperate with the other: each is
a source and each a target. "Ghana and Togo held joint naval exercises" is Ghana with Togo and
Togo with Ghana; before, the target stayed empty. Our own sentences, several domains (military,
police, trade, intelligence, health).

Near misses: one side named, or a third party named, keeps its own target; a person handed
over is no act done to the handing states, nor is the thing shared ("shared *intelligence*",
which the actor nouns also read as an agency); a meeting (CONSULT) of parties with no host has no
recipient (PLOVER_NOTES); a gift (AID) is not mutual.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

_GT = ["Ghana", "Togo"]

#: Rows: (text, trigger, source, target): both sides cooperate with each other.
TOGETHER = [
    ("Ghana and Togo held joint naval exercises in the Gulf of Guinea last week.",
     "held joint naval exercises", _GT, ("Ghana", "Togo")),
    ("Morocco and Spain carried out a joint counter-terrorism operation in Ceuta.",
     "carried out a joint counter-terrorism operation", ["Morocco", "Spain"],
     ("Morocco", "Spain")),
    ("Egyptian and Saudi naval forces conducted joint drills in the Red Sea on Friday.",
     "conducted joint drills", ["Egypt", "Saudi"], ("Egypt", "Saudi")),
    ("Mexico and Guatemala are cooperating on a programme to vaccinate cattle in the south.",
     "cooperating", ["Mexico", "Guatemala"], ("Mexico", "Guatemala")),
    ("Uruguayan and Paraguayan police began joint patrols along the Parana river.",
     "patrols", ["Uruguay", "Paraguay"], ("Uruguay", "Paraguay")),
    ("Estonia and Finland have started sharing intelligence on sabotage plots in the Baltic.",
     "sharing", ["Estonia", "Finland"], ("Estonia", "Finland")),
    ("Kenya and Tanzania exchanged intelligence on poaching networks in the Serengeti.",
     "exchanged", ["Kenya", "Tanzania"], ("Kenya", "Tanzania")),
]

#: Near misses: (text, trigger, type, source, target it must not take).
OTHERS = [
    # a third party named: it is whom, the doers are not
    ("Ghana and Togo extradited three suspects to Benin on Monday.", "extradited",
     "COOPERATE", None, "Ghana"),
    # one side: the partner named is the target, the doer not its own
    ("Ghana held joint naval exercises with Nigeria in the Gulf of Guinea.",
     "held joint naval exercises", "COOPERATE", None, "Ghana"),
    # persons handed over are moved between states: no act done to the handing states
    ("Ghana and Togo handed over two fugitives wanted for fraud.", "handed", "COOPERATE",
     None, "Togo"),
    # a meeting of parties with no host has no recipient (PLOVER_NOTES)
    ("Ghana and Togo met in Lome to discuss piracy in the Gulf of Guinea.", "met",
     "CONSULT", None, "Ghana"),
    # what is shared is no party: "intelligence" names an agency only by chance
    ("Jordan shared intelligence on the smuggling cell on Sunday.", "shared", "COOPERATE",
     None, "intelligence"),
    ("Norway passed on intelligence about the sabotage plot, officials said.", "passed",
     "COOPERATE", None, "intelligence"),
    # a gift is not mutual
    ("France and Germany sent medical aid to flood victims on Tuesday.", "sent", "AID", None,
     "France"),
    # one state's two bodies cooperate with no other state
    ("Ghanaian police and the Ghanaian army held joint patrols in Accra.", "patrols",
     "COOPERATE", None, "Ghana"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), TOGETHER)
def test_parties_cooperating_together_are_each_others_target(
        text: str, trigger: str, source: list[str], target: tuple[str, ...]) -> None:
    expect_at(text, trigger, "COOPERATE", source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), OTHERS)
def test_acts_not_done_together_take_no_doer_as_target(
        text: str, trigger: str, type_: str, source: object, target: object) -> None:
    expect_none_with(text, trigger, type_, source=source, target=target)
