"""A small town known to the gazetteer only by another town's other name does not set a
report's country (issue 12 part 5: a Cypriot village matched to a Polish town, a Portuguese
town to a Brazilian one). Our own sentences.

"Pyla" is a village of Cyprus and, in the gazetteer, only another name of Piła in Poland;
"Serpa" is a town of Portugal and only an old name of Itacoatiara in Brazil; "Geri" a
Cypriot suburb and another name of Gary in the United States. In a report whose dateline,
states or bodies point to one country and that names the town's gazetteer country nowhere
else, such a town is no place of that country (nor of its police). Near misses: the report
names the gazetteer's country; it names no country at all; a great city known by an older
English name ("Rangoon") and a country's own name ("Panama", in the gazetteer also Panama
City's other name) keep their country in a report about another.

Rows: (text, the town's name, its country, the country of the police, if any); an act the
report places in the town is placed in the same country (or none).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of


def case(id: str, text: str, town: str, country: str | None, police: str | None = None):
    return pytest.param(text, town, country, police, id=id)


ROWS = [
    case("pyla-cyprus-dateline", "NICOSIA, May 3 (Reuters) - Cypriot police arrested two men "
         "in the village of Pyla on Monday.", "Pyla", None, "CYP"),
    case("pyla-cyprus-police", "Cyprus police arrested two men in the village of Pyla on "
         "Monday. The police said the men had smuggled cigarettes.", "Pyla", None, "CYP"),
    case("serpa-portugal", "LISBON, July 2 (Reuters) - Portuguese police arrested three men "
         "near Serpa on Tuesday.", "Serpa", None, "PRT"),
    case("geri-cyprus", "NICOSIA, June 9 (Reuters) - A fire destroyed a warehouse in Geri on "
         "Sunday, Cypriot police said.", "Geri", None),
    # near misses
    case("pyla-poland-named", "Polish police said the suspect was arrested in Pyla on "
         "Monday.", "Pyla", "POL"),
    case("pyla-no-country", "Police in Pyla arrested two men on Monday.", "Pyla", "POL"),
    case("panama-a-country-name", "US officials said the navy would send two ships to "
         "Panama, the Pentagon said on Monday.", "Panama", "PAN"),
    case("rangoon-great-city", "Troops were deployed in Rangoon on Monday, Thai officials "
         "said.", "Rangoon", "MMR"),
]


@pytest.mark.parametrize(("text", "town", "country", "police"), ROWS)
def test_a_town_of_another_name_elsewhere_does_not_set_the_country(text, town, country,
                                                                      police) -> None:
    ex = actors_of(text)
    found = [a for a in ex.actors if a.name == town or town in a.aliases]
    assert len(found) == 1, ex.actors
    assert found[0].country == country, found[0]
    if police:
        forces = [a for a in ex.actors if a.sector == "COP"]
        assert forces and all(a.country == police for a in forces), forces
    there = [e.location for e in ex.events if e.location and e.location.name == town]
    assert all(x.country == country for x in there), there  # no act placed in Piła either
