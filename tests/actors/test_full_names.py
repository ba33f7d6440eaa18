"""A state body's name is whole and coded to the state it names (issue 12, class 5:
truncated organisation names). The NER may end a body's name on its "of" and tag the state
after it apart ("[the Ministry of Foreign Affairs of] [the Republic of Lithuania]"): the actor
is the whole name. And a name holding a state of several words ("... of New Zealand", "... of
Burkina Faso", "... of Papua New Guinea") is that state's, not that of one of its words
("Papua", a region of Indonesia) or of none (``actors/fullnames``). Our own sentences.

Rows: (text, name, country): the actor of that name (or alias) is coded to that country.
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of

#: Rows: a name cut on its "of" is joined to the state it is "of".
CUT = [
    ("The Ministry of Foreign Affairs of the Republic of Lithuania expressed concern over the "
     "detentions.", "Ministry of Foreign Affairs of the Republic of Lithuania", "LTU"),
    ("The Ministry of Foreign Affairs of the Republic of Tajikistan rejected the statement.",
     "Ministry of Foreign Affairs of the Republic of Tajikistan", "TJK"),
    ("The State Border Service of the Republic of Azerbaijan detained two men near Astara.",
     "State Border Service of the Republic of Azerbaijan", "AZE"),
    ("The Office of the President of the Republic of Cyprus rejected the claim on Monday.",
     "Office of the President of the Republic of Cyprus", "CYP"),
    ("The Ministry of Foreign Affairs of the Republic of Moldova summoned the Russian "
     "ambassador.", "Ministry of Foreign Affairs of the Republic of Moldova", "MDA"),
]
#: Rows: a state of several words inside a name codes it.
INSIDE = [
    ("The Ministry of Foreign Affairs and Trade of New Zealand welcomed the ruling.",
     "Ministry of Foreign Affairs and Trade of New Zealand", "NZL"),
    ("The Ministry of Defence of North Macedonia sent troops to the border.",
     "Ministry of Defence of North Macedonia", "MKD"),
    ("The Ministry of Justice of Burkina Faso ordered an inquiry into the killings.",
     "Ministry of Justice of Burkina Faso", "BFA"),
    ("The Foreign Ministry of Papua New Guinea summoned the Indonesian envoy.",
     "Foreign Ministry of Papua New Guinea", "PNG"),
]
#: Near misses: a name that is whole stays as it is, and a region of several words is not
#: the country one of its words names.
KEPT = [
    ("The Ministry of Defence of the Czech Republic sent two planes.",
     "Ministry of Defence of the Czech Republic", "CZE"),
    ("The Supreme Court of Costa Rica annulled the decree.", "Supreme Court", "CRI"),
    ("The University of New Mexico hosted the talks.", "University of New Mexico", "USA"),
    ("The Embassy of Saudi Arabia in Sanaa was closed on Friday.", "Embassy of Saudi Arabia",
     "SAU"),
]


@pytest.mark.parametrize(("text", "name", "country"), CUT + INSIDE + KEPT)
def test_a_body_is_named_whole_and_coded_to_its_state(text, name, country) -> None:
    assert actor_named(actors_of(text), name).country == country


@pytest.mark.parametrize(("text", "name", "country"), CUT)
def test_no_actor_is_named_by_a_cut_name(text, name, country) -> None:
    ex = actors_of(text)
    assert not [a for a in ex.actors if a.name.endswith((" of", " of the"))], ex.actors
