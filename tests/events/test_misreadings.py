"""Participles the parser misreads as adjectives of the noun after them
(``events.misreadings``): "..., *burning* tyres and ..." is a clause of the crowd's (they burn
tyres), not "tyres that burn"; "responded by *halting* exports" halts them. Our own sentences.
Rows: (text, type, CAMEO root, trigger word) must come; near misses: (text, type, trigger
word) must not.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events


def case(id: str, text: str, type_: str, root: str, trigger: str, known: str = ""):
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(text, type_, root, trigger, id=id, marks=marks)


CODED = [
    case("blocked-burning-tyres", "Traders blocked the road to the crossing on Friday, burning "
         "tyres and demanding that the market reopen.", "PROTEST", "14", "burning"),
    case("marched-burning-effigies", "Students marched to the governor's office in Bouaké, "
         "burning effigies of the minister.", "PROTEST", "14", "burning"),
    case("gathered-burning-flags", "Hundreds gathered outside the embassy in Valletta on "
         "Sunday, burning flags and chanting slogans.", "PROTEST", "14", "burning"),
    case("rallied-burning-tires", "Moto-taxi drivers rallied in Kindia, burning tires and "
         "blocking the highway.", "PROTEST", "14", "burning",
         known="the parser hangs 'tires' on 'rallied' as an adverbial noun (npadvmod): no "
         "trigger is read on an adjective of one"),
]

NOT_SO = [
    # a burning thing that is no protest prop, or a fire nobody set, is no protest
    case("burning-building", "Firefighters fought the flames for hours, burning buildings "
         "collapsing around them.", "PROTEST", "14", "burning"),
    case("burning-houses-assault", "Militiamen raided the village of Kouré, burning houses "
         "and granaries.", "PROTEST", "14", "burning"),
]


@pytest.mark.parametrize(("text", "type_", "root", "trigger"), CODED)
def test_participle_clause_is_an_act(text: str, type_: str, root: str, trigger: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type == type_ and (e.cameo_code or "").startswith(root)
             and text[e.start:e.end].lower() == trigger]
    assert found, describe(ex)
    assert not [e for e in ex.events if text[e.start:e.end].lower() == trigger
                and e.type != type_], describe(ex)


@pytest.mark.parametrize(("text", "type_", "root", "trigger"), NOT_SO)
def test_no_such_act(text: str, type_: str, root: str, trigger: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if e.type == type_
                and text[e.start:e.end].lower() == trigger], describe(ex)
