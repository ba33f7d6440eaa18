"""Acts negated by a negative party rather than by "not" (issue 12, class 6 of the fresh-text
audit; ``events/modality.no_such``): parties coordinated by "neither ... nor" ("*neither* the
army nor the police fired"), "neither" and "nothing" standing as the party themselves
("*neither* of the militias attacked", "*nothing* has been agreed"). The act did not happen.

Near misses: "not only ... but also", "both ... and", a pronoun with a word of exception
("arrested *nobody but* the organisers": they were arrested) and a "neither ... nor" of
another clause leave the act told as done.

Each row: (text, trigger, type).
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events

#: Rows: the act is negated.
NEGATED = [
    ("Neither the army nor the police fired on the marchers in Kessaly, the governor said.",
     "fired", "ASSAULT"),
    ("Neither Tovaria nor Merkland has recognised the new government in Ostrava.",
     "recognised", "SUPPORT"),
    ("The ministry said neither soldiers nor militiamen had attacked the Dunmore camp.",
     "attacked", "ASSAULT"),
    ("Police raided the Kolbe offices but arrested neither the editor nor his deputy.",
     "arrested", "COERCE"),
    ("Nothing has been agreed between Tovaria and Merkland, the envoy said.", "agreed",
     "AGREE"),
    ("Neither side has fired a shot since the truce in Marbeck took hold on Sunday.",
     "fired a shot", "ASSAULT"),
    ("Neither of the two militias attacked the Oruma convoy, the monitors said.", "attacked",
     "ASSAULT"),
    ("Neither the Halvor council nor the Tesk governor condemned the raid.", "condemned",
     "ACCUSE"),
]
#: Near misses: the act is told as done.
DONE = [
    ("Not only the army but also the police fired on the marchers in Kessaly.", "fired",
     "ASSAULT"),
    ("Both the army and the police fired on the marchers in Kessaly.", "fired", "ASSAULT"),
    ("Police seized nothing but a few hunting rifles from the Dorvan farm.", "seized",
     "COERCE"),
    ("Troops arrested nobody but the two organisers of the Velko march.", "arrested",
     "COERCE"),
    ("Police arrested the editor, and neither his deputy nor his lawyer was told why.",
     "arrested", "COERCE"),
]


def _modalities(text: str, trigger: str, type_: str) -> list[str]:
    ex = events(text)
    found = [e.modality for e in ex.events if at(text, e, trigger) and e.type == type_]
    assert found, describe(ex)
    return found


@pytest.mark.parametrize(("text", "trigger", "type_"), NEGATED)
def test_negative_party_negates_the_act(text: str, trigger: str, type_: str) -> None:
    assert set(_modalities(text, trigger, type_)) == {"negated"}, describe(events(text))


@pytest.mark.parametrize(("text", "trigger", "type_"), DONE)
def test_party_named_or_excepted_leaves_the_act_done(text: str, trigger: str,
                                                     type_: str) -> None:
    assert "negated" not in _modalities(text, trigger, type_), describe(events(text))
