"""What an actor's mentions (in one report) or documents' actors (in the corpus) make of it
(``actors.summary.summarise``): here, whether its country is only a guess from the report
(``country_basis`` "report"), one rule for a document's actors and for the corpus's.

Rows: (the countries its mentions give, those of them only guessed, the dictionary's country
or None, the country and basis summarised).
"""

from __future__ import annotations

import pytest

from actorgraph.actors.entries import Entry
from actorgraph.actors.summary import summarise

BASES = [
    pytest.param(["KEN"], ["KEN"], None, "KEN", "report", id="one-guess"),
    pytest.param(["PER", "PER"], ["PER", "PER"], None, "PER", "report", id="every-mention-guessed"),
    pytest.param(["VNM", "VNM"], ["VNM"], None, "VNM", None, id="one-mention-states-it"),
    pytest.param(["NOR", "NOR", "SWE"], ["SWE"], None, "NOR", None, id="guess-of-another-country"),
    # only the mentions of the country chosen count: another country's stated one does not
    pytest.param(["GHA", "GHA", "TGO"], ["GHA", "GHA"], None, "GHA", "report",
                 id="chosen-country-guessed-other-stated"),
    # the dictionary knows its country: no guess, whatever the mentions guessed
    pytest.param(["CHL"], ["CHL"], "ARG", "ARG", None, id="dictionary-country"),
    pytest.param(["ARG"], ["ARG"], "ARG", "ARG", "report", id="dictionary-agrees-with-guess"),
    pytest.param([], [], None, None, None, id="no-country"),
    pytest.param([None, "IDN"], ["IDN"], None, "IDN", "report", id="a-member-without-country"),
]


@pytest.mark.parametrize(("countries", "guessed", "known", "country", "basis"), BASES)
def test_a_country_is_a_guess_only_where_every_mention_giving_it_guessed_it(
        countries: list[str | None], guessed: list[str], known: str | None,
        country: str | None, basis: str | None) -> None:
    entry = Entry("P:test", "Test Person", "PERSON", known, None) if known else None
    got = summarise(entry, ["PERSON"] * len(countries), ["Test Person"], [], countries,
                    [], guessed)
    assert (got.country, got.country_basis) == (country, basis)
