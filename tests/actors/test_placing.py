"""A state's forces and officials the text names without a country serve the country the
report is about (``actors.placing``), and the record says so (``country_basis``).

Police in a report datelined Dakar about Senegal are Senegal's police, though their sentence
names no country; the record shows the country is only the report's (``"report"``), not one
its words state. A country the text states is never overridden: foreign forces ("Rwandan
troops"), peacekeepers, forces called foreign, a minister named by another nationality, and a
report that names two countries alike or none keep theirs (or none).

Rows: (report, a word of the actor's mention, its country, its ``country_basis``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import actors_of, corpus_actor_records, holding

ROWS = [
    # a dateline and a report about one country
    pytest.param("DAKAR, March 4 - Police fired tear gas at students who marched on the "
                 "university on Tuesday.\n\nSecurity forces later arrested 12 people, and the "
                 "interior minister said order had been restored.",
                 "Security forces", "SEN", "report", id="dakar-security-forces"),
    pytest.param("DAKAR, March 4 - Students marched on the university on Tuesday.\n\n"
                 "Police fired tear gas, and the interior minister said order had been "
                 "restored.", "Police", "SEN", "report", id="dakar-police-singular"),
    pytest.param("DAKAR, March 4 - Students marched on the university on Tuesday.\n\n"
                 "Police fired tear gas, and the interior minister said order had been "
                 "restored.", "interior minister", "SEN", "report", id="dakar-minister"),
    pytest.param("Protesters blocked roads in several towns of Senegal on Monday, and the "
                 "opposition in Senegal called a strike.\n\nRiot police dispersed the crowds, "
                 "and soldiers were deployed near the capital.",
                 "soldiers", "SEN", "report", id="senegal-soldiers"),
    pytest.param("TEGUCIGALPA, Jan 9 - Lorry drivers blocked the main highway for a third "
                 "day.\n\nSoldiers cleared the barricades on Thursday, and the drivers' "
                 "leaders were detained.", "Soldiers", "HND", "report",
                 id="tegucigalpa-soldiers"),
    pytest.param("Kyrgyzstan's election commission annulled the vote in two districts on "
                 "Sunday.\n\nPolice officers detained dozens of supporters of the losing "
                 "candidate outside the commission's offices.",
                 "Police officers", "KGZ", "report", id="kyrgyzstan-police-officers"),
    pytest.param("HANOI, Oct 2 - Vietnam tightened checks on river traffic this week.\n\n"
                 "Troops were flown to Laos on Monday to help after floods there.",
                 "Troops", "VNM", "report", id="hanoi-troops-sent-abroad"),
    # its sentence names its country: no guess
    pytest.param("Ugandan police arrested two reporters in Kampala on Friday.\n\nPolice "
                 "officers in Kampala said the men were freed on bail.",
                 "Ugandan police", "UGA", None, id="uganda-stated"),
    # near misses: a country the text states is kept
    pytest.param("GOMA, Aug 3 - Rwandan troops crossed into Congo on Sunday, the Congolese "
                 "army said.\n\nCongo recalled its ambassador from Kigali.",
                 "Rwandan troops", "RWA", None, id="rwandan-troops-in-congo"),
    pytest.param("BANJUL, May 1 - Senegalese police arrested two Gambian traders at the "
                 "border on Monday.\n\nGambia protested the arrests.",
                 "Senegalese police", "SEN", None, id="senegalese-police-in-gambia"),
    pytest.param("The French foreign minister visited Mali on Monday for talks on the "
                 "security situation.\n\nMali's government thanked Paris for its support.",
                 "French foreign minister", "FRA", None, id="french-minister-in-mali"),
    # near misses: forces of no state of the report
    pytest.param("BANGUI, May 8 - The Central African Republic postponed local elections on "
                 "Friday.\n\nPeacekeepers patrolled the streets overnight.",
                 "Peacekeepers", None, None, id="peacekeepers"),
    pytest.param("KHARTOUM, July 2 - Sudan's army rejected an African Union plan for a "
                 "standby force.\n\nThe army warned that foreign troops would be treated as "
                 "hostile.", "foreign troops", None, None, id="foreign-troops"),
    pytest.param("JUBA, Feb 3 - South Sudan's army fought a rebel militia near Bor on Sunday.\n\n"
                 "Church leaders called on both forces to stop the fighting.", "forces", None,
                 None, id="both-forces"),
    pytest.param("Ghana and Togo agreed on Monday to reopen their border after talks in Lome "
                 "and Accra.\n\nSoldiers removed the barriers at the crossing on Tuesday.",
                 "Soldiers", None, None, id="two-countries-alike"),
    pytest.param("Police arrested three men after a robbery at a jewellery shop on Friday.\n\n"
                 "Soldiers guarded the bank the next day.", "Soldiers", None, None,
                 id="no-country"),
    pytest.param("DAKAR, March 4 - Mediators met the two parties on Tuesday.\n\nDiplomats "
                 "said the talks would resume next week.", "Diplomats", None, None,
                 id="diplomats-are-no-force"),
]


@pytest.mark.parametrize(("text", "word", "country", "basis"), ROWS)
def test_forces_serve_the_reports_country(text: str, word: str, country: str | None,
                                          basis: str | None) -> None:
    ex = actors_of(text)
    at = text.index(word)
    found = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    assert found, f"no actor holds {word!r}"
    assert (found[0].country, found[0].country_basis) == (country, basis)


def test_the_export_shows_the_basis(tmp_path: Path) -> None:
    """The exported corpus actor carries the basis of its country."""
    actors = corpus_actor_records(tmp_path, [
        {"id": "a", "text": "DAKAR, March 4 - Police fired tear gas at students on Tuesday."
                            "\n\nSecurity forces later arrested 12 people.",
         "published": "2026-03-04"}])
    forces = holding(actors, "Security forces")
    assert [(a["country"], a["country_basis"]) for a in forces] == [("SEN", "report")]
