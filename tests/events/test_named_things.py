"""A thing named with the noun of its kind before its name ("the Russian trawler Kapitan
Belov", "the tanker Stena Impero", "the freighter Ocean Dawn") is of that kind: the parser
makes the name the object and hangs the kind on it, so the sense that fits the kind (a vessel
detained or seized: a seizure of property, CAMEO 1711) is read, not the one for people (an
arrest, 173). Our own sentences.

Near misses: a person named with a title or an occupation ("detained opposition leader Kizza
Ndugu", "arrested journalist Amina Sowe") is still arrested.
"""

from __future__ import annotations

import pytest

from .helpers import events

ROWS = [
    ("The Norwegian coast guard detained the Russian trawler Kapitan Belov near Bear Island "
     "on Tuesday.", "detained", "1711"),
    ("Iranian forces seized the Liberian tanker Stella Maris in the Gulf of Oman.", "seized",
     "1711"),
    ("Somali police detained the cargo ship Ocean Dawn at Bosaso.", "detained", "1711"),
    ("The Philippine navy impounded the Chinese trawler Yuan Hai 7 off Palawan.", "impounded",
     "1711"),
    # near misses: people named with an occupation or a title
    ("Police detained opposition leader Kizza Ndugu in Kampala on Monday.", "detained", "173"),
    ("Security forces arrested journalist Amina Sowe at her home in Banjul.", "arrested",
     "173"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), ROWS)
def test_a_named_thing_is_of_the_kind_its_noun_gives(text: str, trigger: str,
                                                     code: str) -> None:
    ex = events(text)
    at = text.index(trigger)
    found = [e for e in ex.events if e.start <= at < e.end]
    assert [e.cameo_code for e in found] == [code], [(e.type, e.cameo_code) for e in found]
