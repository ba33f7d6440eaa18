"""A body of a state's own name (``data/institutions.csv``: "the Finnish Coast Guard", "Togo's
Ministry of the Interior", "Hungarian Border Police") is an agent of that state: its force or
its ministry acts for it, so in fusion's party checks it is the state, as the state's unnamed
forces ("Cambodian troops") and its described organs ("Romania's defence ministry") are. A
court, a parliament, a bank or a party of the same name list is not the state, nor is a body
its text places in no country."""

from __future__ import annotations

import pytest

from actorgraph.actors import dictionary
from actorgraph.fuse.parties import parties
from actorgraph.records import Actor

from .test_fusion import doc, events_of, exported_corpus


def body(name: str, country: str | None, sector: str, key: str) -> Actor:
    return Actor("x#1", name, "x", 0, len(name), "ORG", country=country, sector=sector,
                 key=key, named=True)


@pytest.mark.parametrize(("actor", "country"), [
    # a state's force of its own name, its text giving the state ("the Finnish Coast Guard",
    # "Hungarian Border Police", "Ukraine's National Guard")
    (body("Coast Guard", "FIN", "COP", "B:coast-guard:FIN"), "FIN"),
    (body("Border Police", "HUN", "COP", "B:border-police:HUN"), "HUN"),
    (body("National Guard", "UKR", "MIL", "B:national-guard:UKR"), "UKR"),
    (body("Republican Guard", "SYR", "MIL", "B:republican-guard:SYR"), "SYR"),
    # ... and a ministry of its own name ("Togo's Ministry of the Interior")
    (body("Ministry of Interior", "TGO", "GOV", "B:ministry-of-interior:TGO"), "TGO"),
    (body("Ministry of Health", "KEN", "GOV", "B:ministry-of-health:KEN"), "KEN"),
    # near misses: courts, parliaments, a central bank, an electoral commission, a party, an
    # opposition's government of the same name, and a force its text places in no country
    (body("Supreme Court", "KEN", "JUD", "B:supreme-court:KEN"), None),
    (body("Parliament", "HUN", "LEG", "B:parliament:HUN"), None),
    (body("Central Bank", "NGA", "GOV", "B:central-bank:NGA"), None),
    (body("Electoral Commission", "GHA", "GOV", "B:electoral-commission:GHA"), None),
    (body("Labour Party", "GBR", "PTY", "B:labour-party:GBR"), None),
    (body("National Unity Government", "MMR", "OPP", "B:national-unity-government:MMR"),
     None),
    (body("Coast Guard", None, "COP", "B:coast-guard"), None),
])
def test_a_states_body_of_its_own_name_acts_for_it(actor: Actor, country: str | None) -> None:
    got = parties([actor], dictionary.get())["x#1"]
    assert (f"country:{country}" in got) if country else not any(
        p.startswith("country:") for p in got)


AGENTS = [
    # Europe: a coast guard's boarding and the state's seizure of one tanker
    doc("fin-guard", "Daily Ledger", "2025-03-04", "The Finnish Coast Guard boarded a "
        "Russian-flagged tanker in the Gulf of Finland on Monday after an undersea cable was "
        "damaged."),
    doc("fin-state", "Coast Wire", "2025-03-05", "Finland seized a Russian-flagged tanker on "
        "Monday, suspecting its anchor had cut an undersea cable."),
    # West Africa: a ministry's ban and the state's ban of one march
    doc("tgo-ministry", "Daily Ledger", "2025-04-02", "Togo's Ministry of the Interior banned "
        "an opposition march in Lome on Tuesday."),
    doc("tgo-state", "Harbour Post", "2025-04-02", "Togo banned an opposition march in Lome on "
        "Tuesday, opposition leaders said."),
    # Central Europe: border police and the state detaining one group
    doc("hun-police", "Coast Wire", "2025-05-06", "Hungarian Border Police detained 40 "
        "migrants near Szeged on Monday."),
    doc("hun-state", "Harbour Post", "2025-05-06", "Hungary detained 40 migrants near Szeged "
        "on Monday, a government spokesman said."),
    # near miss: the state's agent on the other side: an accusation and the reply to it
    doc("phl-accuse", "Daily Ledger", "2025-06-03", "China accused the Philippine Coast Guard "
        "on Monday of ramming a Chinese vessel near Scarborough Shoal."),
    doc("phl-reply", "Coast Wire", "2025-06-03", "The Philippines accused China on Monday of "
        "ramming a Philippine vessel near Scarborough Shoal."),
    # near miss: a court is not the state that deports
    doc("ken-court", "Harbour Post", "2025-07-08", "Kenya's Supreme Court suspended the "
        "deportation of two Ugandan activists on Monday."),
    doc("ken-state", "Daily Ledger", "2025-07-08", "Kenya deported two Ugandan activists on "
        "Monday, their lawyers said."),
]


@pytest.fixture(scope="module")
def agents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "agents", AGENTS)


def cluster_of(corpus: dict[str, list[dict]], trigger: str, doc_id: str) -> str:
    return events_of(corpus, trigger, doc_id)[0]["cluster"]


@pytest.mark.parametrize(("a", "b"), [
    (("boarded", "fin-guard"), ("seized", "fin-state")),
    (("banned", "tgo-ministry"), ("banned", "tgo-state")),
    (("detained", "hun-police"), ("detained", "hun-state")),
])
def test_a_states_body_and_the_state_tell_one_act(agents, a, b) -> None:
    assert cluster_of(agents, *a) == cluster_of(agents, *b)


@pytest.mark.parametrize(("a", "b"), [
    (("accused", "phl-accuse"), ("accused", "phl-reply")),
    (("deportation", "ken-court"), ("deported", "ken-state")),
])
def test_a_states_body_on_the_other_side_or_its_court_is_another_act(agents, a, b) -> None:
    assert cluster_of(agents, *a) != cluster_of(agents, *b)


def member(name: str, country: str | None, sector: str | None) -> Actor:
    return Actor("x#1", name, "x", 0, len(name), "PERSON", country=country, sector=sector,
                 named=False)


@pytest.mark.parametrize(("actor", "country"), [
    # one unnamed member of a state's forces, the state given by its adjective, acts for it
    # as its forces do ("Thai soldiers")
    (member("Thai soldier", "THA", "MIL"), "THA"),
    (member("Iranian coastguard officer", "IRN", "MIL"), "IRN"),
    (member("an Israeli army officer", "ISR", "MIL"), "ISR"),
    (member("a Pakistani policeman", "PAK", "COP"), "PAK"),
    (member("a Kenyan police officer", "KEN", "COP"), "KEN"),
    (member("a Guinean gendarme", "GIN", "COP"), "GIN"),
    (member("an Ecuadorian intelligence officer", "ECU", "SPY"), "ECU"),
    # near misses: a grade (the master of a ship, one colonel of many), an officer the words
    # place in no force (of a consulate, or any service), a private person of
    # that country, a fighter of a group, a member of no known country, a named soldier
    (member("the tanker's Georgian captain", "GEO", "MIL"), None),
    (member("a Japanese consular officer", "JPN", "MIL"), None),
    (member("a Russian officer", "RUS", "MIL"), None),
    (member("a Chadian colonel", "TCD", "MIL"), None),
    (member("a Cambodian farmer", "KHM", "AGR"), None),
    (member("an Indian tourist", "IND", "CVL"), None),
    (member("a rebel fighter", "COD", "REB"), None),
    (member("a soldier", None, "MIL"), None),
    (Actor("x#1", "Somchai Boon", "x", 0, 12, "PERSON", country="THA", sector="MIL"), None),
])
def test_one_member_of_a_states_forces_acts_for_it(actor: Actor, country: str | None) -> None:
    got = parties([actor], dictionary.get())["x#1"]
    assert (f"country:{country}" in got) if country else not any(
        p.startswith("country:") for p in got)


MEMBERS = [
    # South America: one coastguard officer and his state detaining the same fishermen
    doc("ven-guard", "Daily Ledger", "2025-04-09", "A Venezuelan coastguard officer detained "
        "two Guyanese fishermen on Tuesday."),
    doc("ven-state", "Coast Wire", "2025-04-09", "Venezuela detained two fishermen from Guyana "
        "on Tuesday, Georgetown said."),
    # near miss: a ship's captain is no state; the police who held him are
    doc("fin-captain", "Harbour Post", "2025-06-03", "Finnish police detained the tanker's "
        "Georgian captain in Porvoo on Monday."),
    doc("fin-sailor", "Daily Ledger", "2025-06-03", "Finnish police detained a Georgian sailor "
        "in Porvoo on Monday."),
]


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "members", MEMBERS)


@pytest.mark.parametrize(("a", "b"), [
    (("detained", "ven-guard"), ("detained", "ven-state")),
    (("detained", "fin-captain"), ("detained", "fin-sailor")),
])
def test_one_member_of_a_states_forces_and_the_state_tell_one_act(members, a, b) -> None:
    assert cluster_of(members, *a) == cluster_of(members, *b)
