"""Who pays or incurs a fine is fined: the target of the SANCTION (CAMEO 160), whose source is
whoever imposed the fine or is paid it, never the payer. Every sentence is our own wording,
with invented names and places."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Goldcrest Mining paid a fine imposed by the Kestrian environment ministry.",
     "Kestrian environment ministry", "Goldcrest Mining"),
    ("Acme Foods paid the fine to Norway's data authority.", "data authority", "Acme Foods"),
    ("The Drevan bank paid a fine of 2 million dollars to the Norvanian regulator.",
     "Norvanian", "Drevan"),
    # near misses: the fining authority as the subject keeps its place
    ("Norway's data authority fined Acme Foods 2 million crowns.", "data authority",
     "Acme Foods"),
    ("The Kestrian court imposed a fine on the Velmar newspaper.", "Kestrian court", "Velmar"),
]


@pytest.mark.parametrize(("text", "source", "target"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_payer_of_a_fine_is_fined(text: str, source: str, target: str) -> None:
    ex = events(text)
    names = {a.id: a.name for a in ex.actors}
    got = [([names[a] for a in e.source], [names[a] for a in e.target]) for e in ex.events
           if e.type == "SANCTION"]
    assert len(got) == 1 and any(source in n for n in got[0][0]) and any(
        target in n for n in got[0][1]), got
