"""An actor stands for the body the text makes it part of: an official for the body his role
is of (a government, a ministry, a movement, a union), and a place the dictionary knows for
its state however the tagger labelled it. Each rule has its near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.actors import dictionary
from actorgraph.fuse.clusters import cluster
from actorgraph.fuse.parties import parties
from actorgraph.records import Actor, EventKey, Role


def body(id_: str, name: str, kind: str, country: str | None, sector: str | None,
         key: str | None = None, named: bool = False) -> Actor:
    return Actor(id_, name, "x", 0, len(name), kind, country=country, sector=sector,
                 key=key, named=named)


def person(id_: str, name: str, country: str | None, sector: str, title: str,
           of: str | None) -> Actor:
    return Actor(id_, name, "x", 50, 50 + len(name), "PERSON", country=country, sector=sector,
                 roles=(Role(title, of, "x", 70, 70 + len(title)),))


GOVT = body("x#0", "the government", "GROUP", "CAF", "GOV", key="N:CAF:GOV")
MINISTRY = body("x#0", "Ministry of Defence", "ORG", "NAM", "GOV", named=True)
ARMY = body("x#0", "the army", "GROUP", "MLI", "MIL", key="N:MLI:MIL")
MOVEMENT = body("x#0", "Houthis", "GROUP", "YEM", "REB", key="G:houthis", named=True)
UNION = body("x#0", "Teachers' Union of Zimbabwe", "ORG", "ZWE", "LAB", named=True)
PARTY = body("x#0", "Movement for Change", "ORG", "ZWE", "OPP", named=True)
TOWN = body("x#0", "Dorvale", "LOCATION", None, None, named=True)


@pytest.mark.parametrize(("bodies", "official", "want", "unwanted"), [
    # an official the text makes serve a state's body acts for that state, as one the text
    # makes serve the country does ("a government spokesman, Ange Koyassoum, said")
    ([GOVT], person("x#1", "Ange Koyassoum", "CAF", "GOV", "spokesman", "x#0"),
     {"country:CAF"}, set()),
    ([MINISTRY], person("x#1", "Selma Nujoma", "NAM", "GOV", "permanent secretary", "x#0"),
     {"country:NAM"}, set()),
    ([ARMY], person("x#1", "Oumar Diarra", "MLI", "MIL", "spokesman", "x#0"),
     {"country:MLI"}, set()),
    # ... and one serving a movement, a union or any body of its own name stands for it
    ([MOVEMENT], person("x#1", "Yahya Amir", "YEM", "REB", "chief negotiator", "x#0"),
     {"x#0"}, {"country:YEM"}),
    ([UNION], person("x#1", "Tendai Moyo", "ZWE", "LAB", "secretary-general", "x#0"),
     {"x#0"}, {"country:ZWE"}),
    # near misses: an opposition party's spokesman is not the state; nor is an official
    # the text ties to no body; nor one of a town (a mayor, a governor: a town stands for
    # its state only as the place of an act)
    ([PARTY], person("x#1", "Rudo Chari", "ZWE", "OPP", "spokesman", "x#0"),
     {"x#0"}, {"country:ZWE"}),
    ([GOVT], person("x#1", "Ange Koyassoum", "CAF", "GOV", "spokesman", None),
     set(), {"country:CAF", "x#0"}),
    ([TOWN], person("x#1", "Ines Varga", "HUN", "GOV", "mayor", "x#0"),
     set(), {"x#0", "country:HUN"}),
])
def test_an_official_acts_for_the_body_the_text_makes_him_serve(
        bodies: list[Actor], official: Actor, want: set[str], unwanted: set[str]) -> None:
    got = parties([*bodies, official], dictionary.get())["x#1"]
    assert want <= got and not unwanted & got
    assert "x#1" in got


@pytest.mark.parametrize(("actor", "country"), [
    # a town the dictionary knows stands for its state however the tagger labelled it
    # ("gunfire near Birgunj", tagged a person)
    (body("x#1", "Birgunj", "PERSON", "NPL", None, key="L:birganj", named=True), "NPL"),
    (body("x#1", "Kasese", "ORG", "UGA", None, key="L:kasese", named=True), "UGA"),
    # near misses: a person or a body of that country is not the state
    (body("x#1", "Ram Thapa", "PERSON", "NPL", "BUS", named=True), None),
    (body("x#1", "Kasese Traders", "ORG", "UGA", "BUS", named=True), None),
])
def test_a_known_place_stands_for_its_state_whatever_its_tag(
        actor: Actor, country: str | None) -> None:
    got = parties([actor], dictionary.get())["x#1"]
    assert got == ({f"country:{country}"} if country else {"x#1"})


D = dt.date


def event(id_: str, kind: str, source: tuple[str, ...], target: tuple[str, ...],
          day: dt.date, *, mode: str | None = None) -> EventKey:
    return EventKey(id_, id_.split("#")[0], kind, source, target, None, day, "day",
                    published=day + dt.timedelta(1), date_basis="text", mode=mode,
                    sentence_start=0)


def clusters(actors: list[Actor], events: list[EventKey]) -> list[set[str]]:
    """Clusters of ``events``, their actors given as corpus actors ``actors``."""
    party = parties(actors, dictionary.get())
    links = {a.id: a.id for a in actors}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, party)),
                  key=sorted)


JUNE_3 = D(2025, 6, 3)
CAR = body("car", "Central African Republic", "COUNTRY", "CAF", None, key="C:CAF", named=True)
CAR_GOVT = body("govt", "the government", "GROUP", "CAF", "GOV", key="N:CAF:GOV")
SPOKESMAN = person("koy", "Ange Koyassoum", "CAF", "GOV", "spokesman", "govt")
RIVALS = body("mpc", "Mouvement Patriotique du Centre", "ORG", None, "UAF", named=True)
CHAD_GOVT = body("tgov", "the Chadian government", "GROUP", "TCD", "GOV", key="N:TCD:GOV")
CHAD_SPOKESMAN = person("ali", "Ali Mahamat", "TCD", "GOV", "spokesman", "tgov")


def test_a_government_spokesman_blaming_a_group_is_his_states_blame() -> None:
    """One report gives the words to the government's spokesman, the next to the state."""
    got = clusters([CAR, CAR_GOVT, SPOKESMAN, RIVALS],
                   [event("a#e0", "ACCUSE", ("koy",), ("mpc",), JUNE_3),
                    event("b#e0", "ACCUSE", ("car",), ("mpc",), JUNE_3)])
    assert got == [{"a#e0", "b#e0"}]


def test_near_miss_another_governments_spokesman_is_another_accuser() -> None:
    got = clusters([CAR, CHAD_GOVT, CHAD_SPOKESMAN, RIVALS],
                   [event("a#e0", "ACCUSE", ("ali",), ("mpc",), JUNE_3),
                    event("b#e0", "ACCUSE", ("car",), ("mpc",), JUNE_3)])
    assert got == [{"a#e0"}, {"b#e0"}]


def test_near_miss_a_movements_negotiator_is_not_the_state_he_fights() -> None:
    """The Houthis' negotiator blaming the Saudis is the Houthis' blame, not Yemen's
    government's on the same day."""
    yemen = body("yem", "Yemen", "COUNTRY", "YEM", None, key="C:YEM", named=True)
    houthis = body("hou", "Houthis", "GROUP", "YEM", "REB", key="G:houthis", named=True)
    saudi = body("sau", "Saudi Arabia", "COUNTRY", "SAU", None, key="C:SAU", named=True)
    negotiator = person("neg", "Yahya Amir", "YEM", "GOV", "negotiator", "hou")
    got = clusters([yemen, houthis, saudi, negotiator],
                   [event("a#e0", "ACCUSE", ("neg",), ("sau",), JUNE_3),
                    event("b#e0", "ACCUSE", ("yem",), ("sau",), JUNE_3),
                    event("c#e0", "ACCUSE", ("hou",), ("sau",), JUNE_3)])
    assert got == [{"a#e0", "c#e0"}, {"b#e0"}]


GHANA = body("gha", "Ghana", "COUNTRY", "GHA", None, key="C:GHA", named=True)
FM = person("fm", "Ama Saro", "GHA", "GOV", "Foreign Minister", "gha")
DM = person("dm", "Kofi Boateng", "GHA", "GOV", "Defence Minister", "gha")
PRESIDENT = person("pres", "John Mensah", "GHA", "GOV", "President", "gha")
ENVOY_A = person("ea", "Lena Holm", "SWE", "GOV", "envoy", None)
ENVOY_B = person("eb", "Marc Duval", "FRA", "GOV", "envoy", None)


def test_near_miss_two_ministers_meeting_two_envoys_on_two_days_are_two_meetings() -> None:
    got = clusters([GHANA, FM, DM, ENVOY_A, ENVOY_B],
                   [event("a#e0", "CONSULT", ("fm",), ("ea",), JUNE_3),
                    event("b#e0", "CONSULT", ("dm",), ("eb",), JUNE_3 + dt.timedelta(3))])
    assert got == [{"a#e0"}, {"b#e0"}]


def test_near_miss_a_minister_and_his_president_acting_on_two_days_are_two_acts() -> None:
    rivals = body("mpc", "Mouvement Patriotique du Centre", "ORG", None, "UAF", named=True)
    got = clusters([GHANA, FM, PRESIDENT, rivals],
                   [event("a#e0", "ACCUSE", ("fm",), ("mpc",), JUNE_3),
                    event("b#e0", "ACCUSE", ("pres",), ("mpc",), JUNE_3 + dt.timedelta(3))])
    assert got == [{"a#e0"}, {"b#e0"}]


def test_a_minister_and_his_state_reported_the_same_day_are_one_act() -> None:
    rivals = body("mpc", "Mouvement Patriotique du Centre", "ORG", None, "UAF", named=True)
    got = clusters([GHANA, FM, rivals],
                   [event("a#e0", "ACCUSE", ("fm",), ("mpc",), JUNE_3),
                    event("b#e0", "ACCUSE", ("gha",), ("mpc",), JUNE_3)])
    assert got == [{"a#e0", "b#e0"}]


def test_a_town_no_dictionary_places_in_a_state_is_a_place_not_a_side() -> None:
    """A town the gazetteer lacks, which the text places in no state ("the shelling of
    Dorvale"), tells where the act was, not who it was done to."""
    got = parties([body("x#1", "Dorvale", "LOCATION", None, None, named=True)],
                  dictionary.get())["x#1"]
    assert got == {"town:dorvale"}


SAUDI = body("sau", "Saudi Arabia", "COUNTRY", "SAU", None, key="C:SAU", named=True)
YEMEN = body("yem", "Yemen", "COUNTRY", "YEM", None, key="C:YEM", named=True)
DORVALE = body("dor", "Dorvale", "LOCATION", None, None, named=True)
KESTREL = body("kes", "Kestrel Ford", "LOCATION", None, None, named=True)


def test_shelling_a_town_of_no_known_state_is_shelling_the_state_reported_there() -> None:
    got = clusters([SAUDI, YEMEN, DORVALE],
                   [event("a#e0", "ASSAULT", ("sau",), ("dor",), JUNE_3),
                    event("b#e0", "ASSAULT", ("sau",), ("yem",), JUNE_3)])
    assert got == [{"a#e0", "b#e0"}]


def test_near_miss_shelling_two_such_towns_is_two_attacks() -> None:
    got = clusters([SAUDI, DORVALE, KESTREL],
                   [event("a#e0", "ASSAULT", ("sau",), ("dor",), JUNE_3),
                    event("b#e0", "ASSAULT", ("sau",), ("kes",), JUNE_3)])
    assert got == [{"a#e0"}, {"b#e0"}]


def test_near_miss_nor_one_such_town_and_another_town_the_report_places_it_in() -> None:
    placed = event("b#e0", "ASSAULT", ("sau",), (), JUNE_3)
    placed = EventKey(*[getattr(placed, f) for f in ("id", "doc_id", "type", "source", "target",
                                                     "attributed_to", "date",
                                                     "date_precision")],
                      published=placed.published, date_basis="text", place="kestrel ford",
                      place_kind="town")
    got = clusters([SAUDI, DORVALE], [event("a#e0", "ASSAULT", ("sau",), ("dor",), JUNE_3),
                                      placed])
    assert got == [{"a#e0"}, {"b#e0"}]
