"""Group nouns of an organisation's men (``actors/nominals``; issue 12, category 6: actors
coded from context): "fighters *of* X", "gunmen *from* X", "fighters *associated with* X",
where X is a named body of several words whose head the parser puts on another word of the
name ("Union of Forces for *Change*"), are X acting, as "X fighters" are; the people an
organisation's men are to ("relatives *of* the fighters") or civilians of it ("supporters of
X") are not X. Our own sentences.

Rows: (text, the group noun, a name of the organisation it is a mention of or None).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of

ROWS = [
    ("On Friday, fighters of the Union of Forces for Change in Chad attacked an army post at "
     "Wour, the group said in a statement.", "fighters", "Union of Forces for Change"),
    ("Militiamen of the Coalition of Patriots for Change attacked a customs post near Bouar "
     "on Tuesday.", "Militiamen", "Coalition of Patriots for Change"),
    ("Militants of the Allied Democratic Forces killed nine villagers near Beni on Sunday, "
     "local officials said.", "Militants", "Allied Democratic Forces"),
    ("Fighters of the Arakan Army seized a police outpost in Rakhine State on Monday.",
     "Fighters", "Arakan Army"),
    # "fighters *associated with* X", as "loyal to", "linked to" or "affiliated with" X
    ("Fighters associated with the M23 shelled Goma on Monday, the army said.", "Fighters",
     "M23"),
    ("Gunmen associated with the Arakan Army attacked a ferry on the Kaladan river.", "Gunmen",
     "Arakan Army"),
    ("Militiamen associated with the Coalition of Patriots for Change burned a market near "
     "Bouar.", "Militiamen", "Coalition of Patriots for Change"),
    # near misses: not the organisation's men acting
    ("Journalists associated with the Union for National Renewal were detained in Lome.",
     "Journalists", None),
    ("Relatives of the fighters of the Arakan Army gathered in Sittwe on Monday.",
     "Relatives", None),
    ("Supporters of the Union for National Renewal marched through Lome on Saturday.",
     "Supporters", None),
    ("Protesters were beaten by riot police in Union Hill on Saturday.", "police", None),
]


@pytest.mark.parametrize(("text", "noun", "organisation"), ROWS)
def test_an_organisations_fighters_are_the_organisation(text: str, noun: str,
                                                       organisation: str | None) -> None:
    ex = actors_of(text)
    at = text.index(noun)
    hits = [a for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)]
    names = {n for a in hits for n in (a.name, *a.aliases)}
    if organisation is None:
        assert not any("Union" in n or "Arakan" in n for n in names), hits
    else:
        assert any(organisation in n for n in names), hits


#: Rows: (text, organisation, its sector or None): a body of no one country whose men are
#: fighters is an armed group, no NGO; one whose members are no force stays an NGO.
KINDS = [
    ("On Friday, fighters of the Union of Forces for Change attacked an army post at Wour in "
     "northern Chad, the group said.", "Union of Forces for Change", {"UAF", "REB", "INS"}),
    ("Militiamen of the Coalition of Patriots for Change attacked a customs post near Bouar "
     "on Tuesday.", "Coalition of Patriots for Change", {"UAF", "REB", "INS"}),
    ("Rebels of the Alliance of Patriots for Renewal shelled a camp outside Goma on Monday.",
     "Alliance of Patriots for Renewal", {"UAF", "REB", "INS"}),
    # near miss: members of a body who are no force
    ("Members of the Association of Sahel Jurists met judges in Niamey on Monday.",
     "Association of Sahel Jurists", {"NGO"}),
]


@pytest.mark.parametrize(("text", "organisation", "sectors"), KINDS)
def test_a_body_whose_men_are_fighters_is_no_ngo(text: str, organisation: str,
                                                 sectors: set[str]) -> None:
    found = [a for a in actors_of(text).actors
             if any(organisation in n for n in (a.name, *a.aliases))]
    assert found
    assert found[0].sector in sectors, found[0]
    assert (found[0].country == "NGO") == (sectors == {"NGO"}), found[0]


#: A past-tense or present verb the parser takes for a modifier of the noun after it ("Several
#: *told* aid workers that ...": "told" read as an adjective of "workers") is no word of the
#: group's name: the name starts after it. Near misses keep their participles and adjectives.
NAMED_AFTER_A_VERB = [
    ("Thousands of families crossed into Uganda last week. Several told aid workers that "
     "soldiers had burned their village.", "aid workers"),
    ("Hundreds of herders fled into Kenya. Several told relief workers that militiamen had "
     "stolen their cattle.", "relief workers"),
    # near misses: a participle or an adjective is the group's own word
    ("Armed men stopped a bus near Gao on Monday.", "Armed men"),
    ("Displaced families reached Adre in Chad on Sunday.", "Displaced families"),
    ("Retired generals condemned the coup in Niamey.", "Retired generals"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_AFTER_A_VERB)
def test_a_verb_read_as_a_modifier_is_no_word_of_the_groups_name(text: str, name: str) -> None:
    names = [a.name for a in actors_of(text).actors]
    assert name in names and not [n for n in names if n != name and n.endswith(name)], names
