"""What information is *on* or *about* is its topic, not whom it is shared with (CAMEO 064,
"share intelligence or information": the recipient is the side it is shared with). Before,
the party named in the topic of the intelligence, data or evidence shared was read as the
recipient ("shared intelligence *on al-Shabaab cells*": al-Shabaab). Now a noun of
information (``information_nouns`` of ``arguments.yaml``) is not looked through its topic
phrase (``topic_preps`` of ``grammar.yaml``): two sides sharing it share with each other
(``reciprocals.joint``), one side with whoever its "with/to" phrase names. Our own
sentences: counter-terrorism, organised crime, maritime, health, cyber.

Near misses: a measure *on* a party is aimed at it ("imposed sanctions *on*", "a ban *on*",
"strikes *on*"); information handed *to* a party goes to it.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: (text, trigger, source, target it must take).
SHARED_WITH = [
    ("Kenya and Uganda began sharing intelligence on al-Shabaab cells along their border.",
     "sharing", ["Kenya", "Uganda"], ("Kenya", "Uganda")),
    ("Nigeria and Chad swapped data on Boko Haram movements around Lake Chad.", "swapped",
     ["Nigeria", "Chad"], ("Nigeria", "Chad")),
    ("Colombia and Ecuador exchanged information about Los Lobos smugglers last week.",
     "exchanged", ["Colombia", "Ecuador"], ("Colombia", "Ecuador")),
    ("Peru and Chile exchanged intelligence on Tren de Aragua gangs.", "exchanged",
     ["Peru", "Chile"], ("Peru", "Chile")),
    ("Estonia handed evidence on the Russian hackers over to Finland.", "handed", "Estonia",
     "Finland"),
    ("Senegal and Gambia will share information on Hezbollah financiers, officials said.",
     "share", ["Senegal", "Gambia"], ("Senegal", "Gambia")),
]

#: Rows: (text, trigger, type, target the topic must not be taken as).
TOPIC_NOT_TARGET = [
    ("Kenya and Uganda began sharing intelligence on al-Shabaab cells along their border.",
     "sharing", "COOPERATE", "Shabaab"),
    ("Nigeria and Chad swapped data on Boko Haram movements around Lake Chad.", "swapped",
     "COOPERATE", "Boko Haram"),
    ("Jordan shared intelligence on Islamic State fighters on Sunday.", "shared", "COOPERATE",
     "Islamic State"),
    ("Colombia and Ecuador exchanged information about Los Lobos smugglers last week.",
     "exchanged", "COOPERATE", "Lobos"),
]

#: Near misses: (text, trigger, type, target it must still take).
AIMED_AT = [
    ("The European Union imposed sanctions on Hezbollah financiers on Monday.",
     "imposed sanctions", "SANCTION", "Hezbollah"),
    ("Israeli jets carried out strikes on Hezbollah positions overnight.",
     "carried out strikes", "ASSAULT", "Hezbollah"),
    ("Jordan passed intelligence to Israel on smuggling routes.", "passed", "COOPERATE",
     "Israel"),
    ("Washington imposed a ban on Chinese drone makers.", "imposed a ban",
     ("COERCE", "SANCTION"), "Chin"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), SHARED_WITH)
def test_information_is_shared_with_the_other_side(
        text: str, trigger: str, source: object, target: object) -> None:
    expect_at(text, trigger, "COOPERATE", source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "target"), TOPIC_NOT_TARGET)
def test_what_information_is_about_is_no_target(
        text: str, trigger: str, type_: str, target: str) -> None:
    expect_none_with(text, trigger, type_, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "target"), AIMED_AT)
def test_a_measure_on_a_party_is_still_aimed_at_it(
        text: str, trigger: str, type_: object, target: str) -> None:
    expect_at(text, trigger, type_, target=target)
