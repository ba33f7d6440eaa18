"""A capital named as the seat of an international body speaks for that body where the text
makes it the party (issue 12, class 7): "Hungary pressed *Brussels* to release frozen EU
funds" presses the European Union, not Belgium. Only where the report names the body; a
capital the report names as a place, or in a report that names no such body, stays its
state's (``actors/seats``, ``body_seats`` in ``data/names.yaml``). Our own sentences.

Rows: (text, mention, country, name): the actor of that mention is coded to that country
(and has a name or alias containing ``name``).
"""

from __future__ import annotations

import re

import pytest

from .helpers import actors_of


def _actor_of(text: str, mention: str):
    found = re.search(rf"\b{mention}\b", text)
    assert found, mention
    ex = actors_of(text)
    hits = [a for a in ex.actors if any(m.start == found.start() for m in a.mentions)]
    assert hits, ex.actors
    return hits[0]


#: Rows: the seat stands for the body the report names.
ROWS = [
    ("Hungary pressed Brussels to release frozen EU funds for its universities.", "Brussels",
     "IGO", "European Union"),
    ("Slovakia accused Brussels of meddling, a day after the EU froze part of its grants.",
     "Brussels", "IGO", "European Union"),
    ("Brussels warned Budapest on Monday that it would cut EU funding over the new law.",
     "Brussels", "IGO", "European Union"),
    ("Serbia asked Brussels for more help, the European Union's envoy in Belgrade said.",
     "Brussels", "IGO", "European Union"),
    ("The EU threatened Warsaw with fines. Poland rejected the demand and said Brussels was "
     "overstepping its powers.", "Brussels", "IGO", "European Union"),
    ("Romanian farmers blocked roads to press Brussels over EU grain imports.", "Brussels",
     "IGO", "European Union"),
    ("Montenegro's prime minister met European Commission officials and urged Brussels to "
     "speed up accession talks.", "Brussels", "IGO", ("European Commission", "European Union")),
    ("Kosovo criticised Brussels for the EU measures imposed after the unrest in the north.",
     "Brussels", "IGO", "European Union"),
]
#: Near misses: a report naming no such body, or the capital as a place.
KEPT = [
    ("Paris and Brussels signed a treaty on cross-border policing on Friday.", "Brussels",
     "BEL", "Belgium"),
    ("Congo recalled its ambassador from Brussels after the Belgian minister's remarks.",
     "Brussels", "BEL", ("Belgium", "Brussels")),
]


@pytest.mark.parametrize(("text", "mention", "country", "name"), ROWS + KEPT)
def test_a_seat_speaks_for_the_body_the_report_names(text, mention, country, name) -> None:
    actor = _actor_of(text, mention)
    names = {actor.name, *actor.aliases}
    wanted = (name,) if isinstance(name, str) else name
    assert actor.country == country and any(w in n for w in wanted for n in names), actor


def test_a_seat_named_as_a_place_stays_a_place() -> None:
    actor = _actor_of("EU ministers met in Brussels on Monday to discuss the sanctions.",
                      "Brussels")
    assert actor.kind == "LOCATION" and actor.country == "BEL", actor
