"""The trigger span of an act told by a light verb and its event noun reaches the noun.

"held *talks*", "imposed a *curfew*", "lodged a *protest*", "imposed *sanctions*": the noun
names the act, the verb only carries it (see ``light_verbs`` in data/event_triggers.yaml), so
the evidence span an analyst sees, and that other reports' "the curfew" or "the sanctions"
are matched against, runs from the verb to the noun ("imposed a night curfew", "held
talks"), also when the verb has a sense of its own for that object.
A verb that is not light keeps its span ("lifted the curfew", "expelled two diplomats").
Each row: (text, type, the first and the last word of the trigger span).
"""

from __future__ import annotations

import pytest

from .helpers import events, find

CASES = [
    ("Nigeria's army imposed a night curfew on Maiduguri on Thursday.", "COERCE", "imposed",
     "curfew"),
    ("Britain on Monday imposed sanctions on two Emirati shipping firms.", "SANCTION",
     "imposed", "sanctions"),
    ("Japan's foreign ministry lodged a protest with the Chinese embassy on Tuesday.",
     "ACCUSE", "lodged", "protest"),
    ("Ethiopia and Eritrea held talks in Djibouti on Friday.", "CONSULT", "held", "talks"),
    ("Colombia's government declared a state of emergency in Cauca on Sunday.", "COERCE",
     "declared", "state"),
    ("Kenya's police launched an investigation into the killing of a lawyer.", "ACCUSE",
     "launched", "investigation"),
    ("Chile and Argentina opened negotiations on the border in Mendoza on Monday.",
     "CONSULT", "opened", "negotiations"),
    ("Japan and South Korea held a telephone call between their foreign ministers on Friday.",
     "CONSULT", "held", "call"),
    # near misses: a verb with a sense of its own is the act
    ("Nigeria's army lifted the curfew on Maiduguri on Thursday.", "RETREAT", "lifted",
     "lifted"),
    ("Peru expelled two Bolivian diplomats on Monday.", "SANCTION", "expelled", "expelled"),
    ("The United States eased sanctions on Venezuela's oil sector.", "RETREAT", "eased", "eased"),
]


@pytest.mark.parametrize(("text", "type_", "first", "last"), CASES,
                         ids=[c[3] + ":" + c[0][:30] for c in CASES])
def test_the_span_of_a_light_verbs_act_runs_from_the_verb_to_its_noun(
        text: str, type_: str, first: str, last: str) -> None:
    ex = events(text)
    spans = [text[e.start:e.end].split() for e in find(ex, type_)]
    assert spans and (spans[0][0], spans[0][-1]) == (first, last), [
        (text[e.start:e.end], e.type) for e in ex.events]
