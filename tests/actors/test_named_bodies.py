"""A state body named in capitals ("the Government of Samoa", "the Tongan Government",
"Fiji's Ministry of Fisheries", "the Ministry of Labour") is coded by its head noun like the
same words in lowercase: the sector of "government", "ministry", "court", and where its words
or context name a country, that country; a government so named acts for its state (the
party of "the Government of Samoa" is Samoa). Near miss: a plural head names no one body
("the Courts of Justice building").
Our own sentences.

Rows: ``coded`` (the actor so named has this sector and country; None: none).
"""

from __future__ import annotations

import pytest

from .helpers import actor_named, actors_of


def coded(id: str, text: str, name: str, sector: str | None, country: str | None):
    return pytest.param(text, name, sector, country, id=id)


ROWS = [
    coded("government-of-x", "The Government of Samoa demanded the return of the boat.",
          "Government of Samoa", "GOV", "WSM"),
    coded("x-government", "The Tongan Government rejected the demand on Friday.",
          "Tongan Government", "GOV", "TON"),
    coded("ministry-of-x-possessive", "Fiji's Ministry of Fisheries suspended the licences.",
          "Ministry of Fisheries", "GOV", "FJI"),
    coded("ministry-of-labour", "Guyana's Ministry of Labour offered to host the talks.",
          "Ministry of Labour", "GOV", "GUY"),
    coded("supreme-court-of-x", "The Supreme Court of Malawi ruled the detention unlawful.",
          "Supreme Court", "JUD", "MWI"),
    coded("cabinet-of-x", "The Cabinet of Lesotho approved the border deal.",
          "Cabinet", "GOV", "LSO"),
    # near misses
    coded("plural-head", "The Courts of Justice building in Accra was closed.",
          "Courts of Justice", None, None),
]


@pytest.mark.parametrize(("text", "name", "sector", "country"), ROWS)
def test_a_named_state_body_is_coded_by_its_head_noun(text, name, sector, country) -> None:
    a = actor_named(actors_of(text), name)
    assert (a.sector, a.country) == (sector, country), a
