"""A wire dateline names the town a report was filed from, in capitals ("PORT OF SPAIN, May 8
-", "PORT MORESBY -"): the whole run of capitals is one place, whatever words of it the
tagger took for names ("SPAIN" in "PORT OF SPAIN" is no country of the report), and the
report's officials are placed in that town's country (a capital, as anywhere, also stands for
its government). Our own sentences.

Rows: ``filed`` (the report's dateline is the town ``place`` of ``country``, and an
official the text places nowhere else is of ``country``).
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of


def filed(id: str, text: str, place: str, country: str):
    return pytest.param(text, place, country, id=id)


ROWS = [
    filed("of-in-the-name", "PORT OF SPAIN, May 8 - The energy minister warned strikers on "
          "Thursday.", "PORT OF SPAIN", "TTO"),
    filed("two-words-no-date", "PORT MORESBY - The interior minister said two men were "
          "arrested.", "PORT MORESBY", "PNG"),
    filed("outlet-in-brackets", "BANDAR SERI BEGAWAN, June 2 (Borneo Wire) - The foreign "
          "minister resigned on Monday.", "BANDAR SERI BEGAWAN", "BRN"),
    filed("saint-town", "ST. GEORGE'S, March 3 - The prime minister called an early "
          "election.", "ST. GEORGE'S", "GRD"),
    filed("a-capital-of-one-word", "NOUAKCHOTT, July 9 - The interior minister banned the "
          "march.", "NOUAKCHOTT", "MRT"),
]


@pytest.mark.parametrize(("text", "place", "country"), ROWS)
def test_a_dateline_is_one_place_that_places_the_report(text, place, country) -> None:
    ex = actors_of(text)
    town = actor_named(ex, place)
    assert town.kind in ("LOCATION", "COUNTRY") and town.country == country, town
    minister = [a for a in ex.actors if "minister" in a.name]
    assert minister and all(a.country == country for a in minister), ex.actors
    assert not [a for a in ex.actors if a.kind == "COUNTRY" and a.country != country], \
        ex.actors  # no country made of a word of the town's name


def test_words_in_capitals_before_a_dash_and_an_aside_are_no_dateline() -> None:
    ex = actors_of("NATO - the alliance said on Monday - would send more ships.")
    assert not [a for a in ex.actors if a.kind == "LOCATION"], ex.actors
