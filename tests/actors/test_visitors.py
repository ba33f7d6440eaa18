"""An official the report names with his title but no country is not a national of the
country his own visit takes him to (our own sentences; ``generic.travelled_to``): a verb of
travel ("arrived in Moscow", "visited Turkey") or a noun of it ("returned from a visit to
Japan", "during a trip to India", "cut short his tour of Brazil") whose doer he is.

The one he travels to hold talks with serves the country of the place he arrives in.

Rows: (text, name, the country he must not be given).
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of

VISITORS = [
    pytest.param("Prime Minister Tovo Rakel returned on Wednesday from a three-day visit to "
                 "Japan, where he met business leaders.", "Tovo Rakel", "JPN", id="returned-visit"),
    pytest.param("President Ilo Mavar flew home on Friday after a state visit to Brazil.",
                 "Ilo Mavar", "BRA", id="after-state-visit"),
    pytest.param("Foreign Minister Sela Horu is on a four-day trip to India to discuss rice "
                 "exports.", "Sela Horu", "IND", id="on-a-trip"),
    pytest.param("During a visit to Turkey, Defence Minister Amil Rasov signed a deal for "
                 "twelve drones.", "Amil Rasov", "TUR", id="during-a-visit"),
    pytest.param("Interior Minister Dana Kors cut short her visit to Germany on Tuesday.",
                 "Dana Kors", "DEU", id="cut-short-visit"),
    pytest.param("Trade Minister Oleg Varis ended a week-long tour of Kenya on Sunday.",
                 "Oleg Varis", "KEN", id="ended-tour"),
    pytest.param("Prime Minister Tovo Rakel arrived in Japan on Monday for talks on fishing.",
                 "Tovo Rakel", "JPN", id="near-arrived-in"),
]


@pytest.mark.parametrize(("text", "name", "not_country"), VISITORS)
def test_a_visitor_is_no_national_of_where_he_goes(text: str, name: str,
                                                   not_country: str) -> None:
    assert actor_named(actors_of(text), name).country != not_country


HOSTS = [
    # the one a visitor comes for talks with serves the country of the capital he arrives in
    pytest.param("Norway's fisheries minister, Eva Lund, arrived in Reykjavik on Tuesday for "
                 "talks with Foreign Minister Kari Tomasdottir.", "Kari Tomasdottir", "ISL",
                 id="talks-with-host"),
    pytest.param("Japan's trade minister, Ken Oda, arrived in Lima on Monday for talks with "
                 "Foreign Minister Rosa Garcia on copper.", "Rosa Garcia", "PER",
                 id="talks-with-host-surname"),
    pytest.param("India's trade minister, Ravi Menon, flew to Lisbon on Monday for talks with "
                 "Economy Minister Ana Costa.", "Ana Costa", "PRT", id="flew-for-talks-with"),
    # a host is a national of where the visit takes place; the visitor's noun is not his
    pytest.param("Japan welcomed the visit. Prime Minister Kenji Sato said the visit to Japan "
                 "by the Fijian leader was a success.", "Kenji Sato", "JPN", id="host-says"),
]


@pytest.mark.parametrize(("text", "name", "country"), HOSTS)
def test_a_host_keeps_his_country(text: str, name: str, country: str) -> None:
    assert actor_named(actors_of(text), name).country == country


UNNAMED_HOSTS = [
    # an unnamed host receiving a foreign visitor serves the country of the place of the
    # visit, not the visitor's ("received by the king" in Amman is Jordan's king)
    pytest.param("The Kenyan foreign minister, Amina Odhiambo, was received by the king in "
                 "Amman on Sunday.", "the king", "JOR", id="received-by-king-in"),
    pytest.param("Saudi Foreign Minister Faisal Rahman arrived in Rabat on Monday and was "
                 "received by the king.", "the king", "MAR", id="arrived-then-received"),
    pytest.param("In Amman, the king welcomed the Kenyan foreign minister on Sunday.",
                 "the king", "JOR", id="king-welcomed"),
    # near miss: a host the text gives a country keeps it
    pytest.param("The Kenyan foreign minister was received by the Jordanian king in Nairobi "
                 "on Sunday.", "the Jordanian king", "JOR", id="host-with-nationality"),
]


@pytest.mark.parametrize(("text", "host", "country"), UNNAMED_HOSTS)
def test_an_unnamed_host_serves_the_place_of_the_visit(text: str, host: str,
                                                       country: str) -> None:
    ex = actors_of(text)
    at = text.index(host)
    found = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    assert found and found[0].country == country
