"""Argument faults of news sentences: instruments as doers, resultatives in targets, visitors
taking their host's country, and the dates of acts a noun leads.

Every sentence is our own wording. A weapon or vehicle that is the grammatical subject ("the
drone hit a depot", "a missile struck a hospital") is what was used, not who acted: the
operator the text names on it ("a *Russian* drone") is the source, else there is none. A
resultative adjective ("shot *dead*", "burned *alive*") tells what became of the target and is
no part of it. An unnamed visitor received by a host is not of the host's country. A date in
the sentence of an act led by its noun ("the drone strike killed eleven *on Saturday*") dates
that act. Near misses: people and bodies whose name holds a weapon word ("the tank
commander", "the ship's captain", "a think tank"), a named target of "shot dead", a visitor
who is of the host's country, a date of another act about the noun.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import Names, describe, events, expect, find, known, names, names_match

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday: Saturday is 9 March, Sunday 10 March

_ACTORS = "actors stage (actors/): the mention's span or country, not an event argument"


def _sources(text: str, type_: str) -> list[set[str]]:
    ex = events(text, PUBLISHED)
    return [names(ex, e.source) for e in find(ex, type_)]


#: A weapon or vehicle as subject: (text, type, source names wanted or None for no source).
#: A source that is the instrument itself ("Russian drone") must be coded for its operator.
INSTRUMENTS = [
    pytest.param("Ukraine said the drone had hit an oil depot near Bryansk.", "ASSAULT", None,
                 id="the-drone-hit"),
    pytest.param("The missile struck a fuel depot in the port of Hodeidah on Monday.",
                 "ASSAULT", None, id="the-missile-struck"),
    pytest.param("Officials in Sderot said the rocket hit a house on the edge of town.",
                 "ASSAULT", None, id="the-rocket-hit"),
    pytest.param("The shells destroyed a mosque in Idlib province overnight.", "ASSAULT", None,
                 id="the-shells-destroyed"),
    pytest.param("The warplanes bombed a crowded market in El Fasher.", "ASSAULT", None,
                 id="the-warplanes-bombed"),
    pytest.param("The drones attacked a power station in Kharkiv before dawn.", "ASSAULT",
                 None, id="the-drones-attacked"),
    pytest.param("A car bomb killed six soldiers at a checkpoint in Mogadishu.", "ASSAULT",
                 None, id="a-car-bomb-killed"),
    pytest.param("The tanks shelled the village of Kfar Kila on Sunday.", "ASSAULT", None,
                 id="the-tanks-shelled"),
    pytest.param("A Russian drone hit an apartment block in Odesa on Tuesday.", "ASSAULT",
                 ("Russia", "RUS"), id="russian-drone"),
    pytest.param("An Israeli tank shelled a school in Khan Younis.", "ASSAULT", "Israel",
                 id="israeli-tank"),
    pytest.param("A Houthi missile struck a cargo ship in the Red Sea.", "ASSAULT", "Houthi",
                 id="houthi-missile"),
    pytest.param("Azerbaijani shells hit two villages in Armenia's Tavush region.", "ASSAULT",
                 "Azerbaijan", id="azerbaijani-shells"),
    pytest.param("A Pakistani drone struck a compound in Afghanistan's Khost province.",
                 "ASSAULT", ("Pakistan", "PAK"), id="pakistani-drone"),
    # near misses: people and bodies whose names hold a weapon word do act
    pytest.param("The tank commander shot a protester in Khartoum.", "ASSAULT", "commander",
                 id="near-tank-commander"),
    pytest.param("The ship's captain condemned the Houthi attack on his vessel.", "ASSAULT",
                 "Houthi", id="near-ships-captain"),
    pytest.param("Drone operators from the Ukrainian army attacked a Russian convoy.",
                 "ASSAULT", ("operators", "Ukrain"), id="near-drone-operators"),
    pytest.param("A Washington think tank accused Beijing of hacking its servers.", "ACCUSE",
                 ("think tank", "Washington"), id="near-think-tank"),
    pytest.param("Missile troops of the Russian army shelled Kramatorsk.", "ASSAULT",
                 ("troops", "Russia"), id="near-missile-troops"),
    pytest.param("Nigeria's air force said its drone unit had bombed a camp in Borno.",
                 "ASSAULT", ("unit", "air force", "Nigeria"), id="near-drone-unit"),
]


@pytest.mark.parametrize(("text", "type_", "source"), INSTRUMENTS)
def test_an_instrument_is_no_doer(text: str, type_: str, source: Names | None) -> None:
    ex = events(text, PUBLISHED)
    found = find(ex, type_)
    assert found, f"expected a {type_}\n{describe(ex)}"
    weapons = ("drone", "missile", "rocket", "shell", "warplane", "bomb", "tank")
    codes = {a.id: a.country for a in ex.actors}
    for event in found:
        have = names(ex, event.source)
        if source is None:
            assert not have, f"expected no source\n{describe(ex)}"
            continue
        assert names_match(ex, event.source, source), describe(ex)
        operator = source[-1] if isinstance(source, tuple) and source[-1].isupper() else None
        if operator is not None:  # the instrument stands for its operator's state
            assert all(codes[a] == operator for a in event.source), describe(ex)
        elif not names_match(ex, event.source, ("think tank", "commander", "operators")):
            assert not any(name.split()[-1].rstrip("s") in weapons for name in have), \
                describe(ex)


#: Resultatives: (text, type, target names wanted). The target's name holds no "dead",
#: "alive", "to death".
RESULTATIVES = [
    pytest.param("Police shot dead two students near the university on Sunday.",
                 "ASSAULT", "students", id="shot-dead-students"),
    pytest.param("Gunmen shot dead three teachers in Balochistan on Friday.", "ASSAULT",
                 "teachers", id="shot-dead-teachers"),
    pytest.param("Villagers burned alive two suspected kidnappers in Haiti.", "ASSAULT",
                 "kidnappers", id="burned-alive"),
    pytest.param("Soldiers beat to death two fishermen in Rakhine state.", "ASSAULT",
                 "fishermen", id="beat-to-death"),
    pytest.param("Police beat a student to death in Dhaka.", "ASSAULT", "student",
                 id="near-beat-him-to-death"),
    # near misses: a named target, the resultative after it
    pytest.param("Police shot dead Kenyan protester Rex Masai in Nairobi.", "ASSAULT", "Masai",
                 id="near-shot-dead-named"),
    pytest.param("Gunmen shot two Colombian soldiers dead in Cauca.", "ASSAULT", "soldiers",
                 id="near-shot-them-dead"),
]


@pytest.mark.parametrize(("text", "type_", "target"), RESULTATIVES)
def test_a_resultative_is_no_part_of_the_target(text: str, type_: str, target: Names) -> None:
    ex = events(text, PUBLISHED)
    got = [e for e in find(ex, type_) if names_match(ex, e.target, target)]
    assert got, f"expected a {type_} on {target!r}\n{describe(ex)}"
    for event in got:
        have = names(ex, event.target)
        assert not any(w in name.split() for name in have for w in ("dead", "alive", "death")), \
            describe(ex)


#: Visitors: (text, the visitor's words, the country code the visitor must not have, or must
#: have for a near miss).
VISITORS = [
    pytest.param("The minister was received by the Kenyan president on Wednesday.",
                 "minister", "KEN", False, id="minister-received-by-kenyan"),
    known(pytest.param("The delegation was welcomed by the Indonesian foreign minister in "
                       "Jakarta.", "delegation", "IDN", False, id="delegation-welcomed"),
          _ACTORS),
    known(pytest.param("The envoy was received by the Ghanaian president at his residence.",
                       "envoy", "GHA", False, id="envoy-received"), _ACTORS),
    # near misses: a visitor who is of the host's country
    pytest.param("The Kenyan minister was received by the Kenyan president on Wednesday.",
                 "minister", "KEN", True, id="near-kenyan-minister"),
    pytest.param("Peru's foreign minister was received by the Peruvian president in Lima.",
                 "minister", "PER", True, id="near-peruvian-minister"),
]


@pytest.mark.parametrize(("text", "visitor", "code", "same"), VISITORS)
def test_a_visitor_takes_not_the_hosts_country(text: str, visitor: str, code: str,
                                               same: bool) -> None:
    ex = events(text, PUBLISHED)
    meet = [e for e in find(ex, "CONSULT")]
    assert meet, f"expected a CONSULT\n{describe(ex)}"
    by_id = {a.id: a for a in ex.actors}
    sides = [by_id[i] for e in meet for i in (*e.source, *e.target)
             if visitor in by_id[i].name.lower()]
    assert sides, describe(ex)
    assert all((a.country == code) == same for a in sides), describe(ex)


#: Dates of acts: (text, type, the date wanted, or None where no date of the text may be
#: given, for an act another act of the sentence is about).
DATES = [
    pytest.param("The drone strike killed eleven civilians at the market on Saturday.",
                 "ASSAULT", dt.date(2024, 3, 9), id="drone-strike-killed-on-saturday"),
    pytest.param("An air strike on Saturday killed eleven civilians in Tigray.", "ASSAULT",
                 dt.date(2024, 3, 9), id="air-strike-on-saturday-killed"),
    pytest.param("A suicide bombing killed nine people in Kabul on Sunday.", "ASSAULT",
                 dt.date(2024, 3, 10), id="suicide-bombing-killed"),
    pytest.param("Shelling wounded four children in Kherson on Saturday.", "ASSAULT",
                 dt.date(2024, 3, 9), id="shelling-wounded"),
    pytest.param("The attack on the convoy killed three peacekeepers on 4 March, the UN said.",
                 "ASSAULT", dt.date(2024, 3, 4), id="attack-killed-on-4-march"),
    pytest.param("Artillery fire destroyed a bridge near Bakhmut on Sunday.", "ASSAULT",
                 dt.date(2024, 3, 10), id="artillery-fire-destroyed"),
    pytest.param("Militants killed five police officers in Dera Ismail Khan on Saturday.",
                 "ASSAULT", dt.date(2024, 3, 9), id="near-verb-led"),
    # near misses: a date of another act about the noun is not the act's
    pytest.param("Egypt condemned the air strike on Gaza on Sunday.", "ASSAULT", None,
                 id="near-condemned-the-strike"),
    pytest.param("The bombing of the embassy drew protests from Pakistan on Sunday.",
                 "ASSAULT", None, id="near-drew-protests"),
]


@pytest.mark.parametrize(("text", "type_", "when"), DATES)
def test_a_noun_led_act_takes_its_sentences_date(text: str, type_: str,
                                                 when: dt.date | None) -> None:
    ex = events(text, PUBLISHED)
    found = find(ex, type_)
    assert found, f"expected a {type_}\n{describe(ex)}"
    if when is None:
        assert all(e.date_basis != "text" for e in found), describe(ex)
    else:
        assert any(e.date == when for e in found), describe(ex)


def test_the_lead_probe_still_reads_a_target() -> None:
    expect("The drone strike killed eleven civilians at the market on Saturday.", "ASSAULT",
           target="civilians", published=PUBLISHED)
