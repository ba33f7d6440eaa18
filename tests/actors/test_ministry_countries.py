"""A ministry written as a name ("the Foreign Ministry") is the government of one country,
as the same words in lower case are (our own sentences; ``mentions.state_body_name``).

Two countries' foreign ministries in one report are two actors, each of its own country:
from its possessive or adjective ("Azerbaijan's Foreign Ministry", "the Armenian Foreign
Ministry"), else from the report's context as for "the foreign ministry"
(``placing.place_officials``): the place it speaks from ("the Foreign Ministry in Baku"), or
the government of the one minister of its own the report names ("Foreign Minister Ivan
Dolgov ... The Foreign Ministry said": his).

Rows: (text, the n-th use of "Ministry" (0-based), the country that use must have).
"""

from __future__ import annotations

import re

import pytest

from .helpers import actors_of

ROWS = [
    pytest.param("Armenia's Foreign Ministry accused Azerbaijan of shelling villages. "
                 "Azerbaijan's Foreign Ministry denied the charge.", 0, "ARM", id="poss-first"),
    pytest.param("Armenia's Foreign Ministry accused Azerbaijan of shelling villages. "
                 "Azerbaijan's Foreign Ministry denied the charge.", 1, "AZE", id="poss-second"),
    pytest.param("Armenia accused Azerbaijan of shelling villages, the Foreign Ministry said "
                 "in Yerevan. Azerbaijan's Foreign Ministry denied it.", 0, "ARM",
                 id="said-in-capital"),
    pytest.param("Armenia accused Azerbaijan of shelling villages, the Foreign Ministry said "
                 "in Yerevan. Azerbaijan's Foreign Ministry denied it.", 1, "AZE",
                 id="other-poss"),
    pytest.param("The Armenian Defence Ministry said two soldiers were wounded. The Azerbaijani "
                 "Defence Ministry said its positions came under fire.", 1, "AZE",
                 id="adjective-defence"),
    pytest.param("Pakistan's Interior Ministry said the border would stay shut. Afghanistan's "
                 "Interior Ministry called the closure illegal.", 0, "PAK", id="interior-pak"),
    pytest.param("Pakistan's Interior Ministry said the border would stay shut. Afghanistan's "
                 "Interior Ministry called the closure illegal.", 1, "AFG", id="interior-afg"),
    # the ministry of the one minister the report names: his government's
    pytest.param("Russian Foreign Minister Ivan Dolgov met his Turkish counterpart in Ankara "
                 "on Monday. The Foreign Ministry said the talks on Syria were useful.", 0,
                 "RUS", id="minister-ministry"),
    pytest.param("Kenyan Interior Minister Rose Wanjiru met Ugandan officials in Kampala on "
                 "Friday. The interior ministry later said the border would reopen.", 0,
                 "KEN", id="minister-ministry-lower"),
    pytest.param("Russian Foreign Minister Ivan Dolgov met his Turkish counterpart in Ankara "
                 "on Monday. Turkey's Foreign Ministry said the talks were useful.", 0, "TUR",
                 id="near-other-poss"),
]


def _country_at(text: str, nth: int) -> str | None:
    at = [m.start() for m in re.finditer(r"\b[Mm]inistry\b", text)][nth]
    ex = actors_of(text)
    found = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    assert found, f"no actor holds Ministry #{nth}"
    return found[0].country


@pytest.mark.parametrize(("text", "nth", "country"), ROWS)
def test_a_named_ministry_is_of_its_own_country(text: str, nth: int, country: str) -> None:
    assert _country_at(text, nth) == country


def test_two_countries_foreign_ministries_are_two_actors() -> None:
    text = ("Armenia accused Azerbaijan of shelling villages, the Foreign Ministry said in "
            "Yerevan. Azerbaijan's Foreign Ministry denied it. The Foreign Ministry in Baku "
            "said Armenian troops fired first.")
    ex = actors_of(text)
    at = [m.start() for m in re.finditer(r"\bMinistry\b", text)]
    holders = [next(a for a in ex.actors if any(m.start <= x < m.end for m in a.mentions))
               for x in at]
    assert holders[0].id not in (holders[1].id, holders[2].id)
    assert [a.country for a in holders] == ["ARM", "AZE", "AZE"]


def test_a_named_ministry_is_the_government() -> None:
    ex = actors_of("Armenia's Foreign Ministry accused Azerbaijan of shelling villages.")
    ministry = next(a for a in ex.actors if "Ministry" in a.name or any(
        "Ministry" in x for x in a.aliases))
    assert ministry.sector == "GOV"
