"""A denial names the act by a general word of force ("no raid took place", "there was no
attack", "no boat was attacked"), where a report of it types the act another way: PLOVER
splits force on a place between COERCE (a raid, a seizure, an occupation) and ASSAULT (an
attack), and CAMEO's roots 17 and 19 hold acts of both. Such a denial meets the one asserted
act of the other type of its story when none of its own type fits, so that the two
contradict; a denial naming a specific act ("nobody was beaten") answers no act of another type
("police detained four fishermen"), nor one in another town. Of several acts it could deny, a
denial naming no doer meets the one done by the side its speaker stands for: a denier speaks
for the accused. A denial words what was asked its own way ("nobody asked Mogadishu to delay
anything", after a request to postpone the talks): of the requests of its days, it meets the
one asking what it names, else the one request there is. Small corpora of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.fuse.acts import Mention
from actorgraph.fuse.denials import join_denials
from actorgraph.fuse.groups import Group
from actorgraph.records import EventKey

from .test_fusion import doc, exported_corpus, one

STORIES = [
    # an attack on a camp, denied as a raid (Sri Lanka)
    doc("mannar-camp", "Lanka Wire", "2025-04-02", "Fishermen in Mannar said a Sri Lankan navy "
        "patrol attacked their camp on the beach on Tuesday night, wounding two men."),
    doc("mannar-denial", "Colombo Herald", "2025-04-03", "No raid took place in Mannar, navy "
        "spokesman Captain Nuwan Perera said."),
    # a seizure of boats, denied as an attack (Eritrea, Yemen)
    doc("hanish-seizure", "Gulf Courier", "2025-06-10", "Eritrean naval forces seized three "
        "Yemeni fishing boats near the Hanish islands on Sunday, their owners said."),
    doc("hanish-denial", "Asmara Wire", "2025-06-11", "No Yemeni boat was attacked by our "
        "navy, Eritrea's information minister Yemane Gebre said."),
    # an occupation, denied as an attack (Uganda, Kenya)
    doc("migingo-occupied", "Lake Times", "2025-08-16", "Ugandan soldiers occupied Migingo "
        "island in Lake Victoria on Friday, Kenyan officials said."),
    doc("migingo-denial", "Kampala Monitor", "2025-08-17", "There was no attack on Migingo, "
        "Uganda's army spokesman Felix Kulayigye said."),
    # near miss: a denial of a specific act of another type (Cameroon)
    doc("bakassi-arrests", "Gulf of Guinea Post", "2025-09-06", "Cameroonian gendarmes "
        "detained four Nigerian fishermen at Idabato on Friday."),
    doc("bakassi-denial", "Yaounde Tribune", "2025-09-07", "Nobody was beaten at Idabato, "
        "Cameroon's defence ministry said."),
    # near miss: a general denial of an act in another town (Bolivia)
    doc("oruro-raid", "Altiplano Daily", "2025-10-07", "Bolivian police attacked a miners' "
        "camp in Oruro on Monday, wounding five miners, the miners' union said."),
    doc("potosi-denial", "Radio Andina", "2025-10-08", "No raid took place in Potosi, "
        "Bolivia's interior minister Marco Quispe said."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "denial_kinds", STORIES)


@pytest.mark.parametrize(("told", "denied", "sides"), [
    (("attacked", "mannar-camp"), ("raid", "mannar-denial"),
     ("Lanka Wire (2 April 2025)", "Nuwan Perera (Colombo Herald, 3 April 2025)")),
    (("seized", "hanish-seizure"), ("attacked", "hanish-denial"),
     ("Gulf Courier (10 June 2025)", "Yemane Gebre (Asmara Wire, 11 June 2025)")),
    (("occupied", "migingo-occupied"), ("was no attack", "migingo-denial"),
     ("Lake Times (16 August 2025)", "Kulayigye (Kampala Monitor, 17 August 2025)")),
])
def test_a_general_denial_meets_the_act_of_the_other_type(corpus, told, denied, sides) -> None:
    act, denial = one(corpus, *told), one(corpus, *denied)
    assert denial["modality"] in ("negated", "denied"), denial
    assert denial["type"] != act["type"], (act, denial)
    assert act["cluster"] == denial["cluster"], (act, denial)
    found = [c for c in corpus["contradictions"] if c["cluster"] == act["cluster"]]
    assert found, corpus["contradictions"]
    # one sentence of reason naming both sources
    assert any(all(s in c["reason"] for s in sides) for c in found), found


@pytest.mark.parametrize(("told", "denied"), [
    (("detained", "bakassi-arrests"), ("beaten", "bakassi-denial")),
    (("attacked", "oruro-raid"), ("raid", "potosi-denial")),
])
def test_a_specific_or_distant_denial_meets_no_act_of_another_type(corpus, told,
                                                                   denied) -> None:
    act, denial = one(corpus, *told), one(corpus, *denied)
    assert act["cluster"] != denial["cluster"], (act, denial)
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]


JULY = dt.date(2024, 7, 1)


def _group(id_: str, type_: str, cameo: str, modality: str, sources: set[str],
           speaker: str | None = None) -> Group:
    """A cluster of one mention of ``id_``'s document, in the first fortnight of July."""
    window = (JULY, JULY + dt.timedelta(14))
    e = EventKey(id_, id_.split("#")[0], type_, (), (), speaker, None, None, modality,
                 published=JULY + dt.timedelta(14), cameo=cameo)
    g = Group(type_, window, None)
    g.add(Mention([e], frozenset(sources), frozenset({"VILLAGERS"}), window, None))
    return g


def _members(groups: list[Group]) -> list[list[str]]:
    return sorted(sorted(e.id for e in g.members) for g in groups)


TOLD = {d: {"country:NPL", "country:IND", "VILLAGERS"}
        for d in ("raid", "attack", "shots", "other", "denial")}


def test_a_general_denial_meets_the_act_of_its_own_type_first() -> None:
    # "no raid took place": the raid (COERCE), not the attack (ASSAULT) told of the same days
    raid = _group("raid#e0", "COERCE", "170", "reported", {"country:IND"})
    attack = _group("attack#e0", "ASSAULT", "180", "reported", {"country:IND"})
    denial = _group("denial#e0", "COERCE", "170", "negated", set())
    assert _members(join_denials([raid, attack, denial], {}, {}, TOLD)) == [
        ["attack#e0"], ["denial#e0", "raid#e0"]]


def _shots_denied_by(office: str) -> list[list[str]]:
    """The clusters of shots Nepal's police lay on India, a shooting laid on Nepal and a
    denial of a shooting naming no doer, said by a speaker holding ``office``."""
    shots = _group("shots#e0", "ASSAULT", "193", "reported", {"country:IND"})
    other = _group("other#e0", "ASSAULT", "193", "reported", {"country:NPL"})
    denial = _group("denial#e0", "ASSAULT", "193", "negated", set(), speaker="speaker")
    links, party = {"speaker": "A1"}, {"A1": frozenset({office})}
    return _members(join_denials([shots, other, denial], links, party, TOLD))


def test_of_several_acts_a_denial_naming_no_doer_meets_the_one_of_its_speakers_side() -> None:
    # "our men did not fire a single round", an Indian border officer said: the shots Nepal's
    # police lay on India, not a shooting nobody names a doer of, nor one by another side
    assert _shots_denied_by("office:IND:general") == [["denial#e0", "shots#e0"], ["other#e0"]]


def test_of_several_acts_a_denial_by_a_third_side_meets_none() -> None:
    # a Bangladeshi official denies the shooting: India's and Nepal's acts are not his side's
    assert _shots_denied_by("office:BGD:official") == [
        ["denial#e0"], ["other#e0"], ["shots#e0"]]


def _request(id_: str, modality: str, theme: str, sources: set[str],
             targets: set[str]) -> Group:
    """A cluster of one REQUEST of ``id_``'s document asking for ``theme``, in July's first
    fortnight."""
    window = (JULY, JULY + dt.timedelta(14))
    e = EventKey(id_, id_.split("#")[0], "REQUEST", (), (), None, None, None, modality,
                 published=JULY + dt.timedelta(14), cameo="100", theme=theme)
    g = Group("REQUEST", window, None)
    g.add(Mention([e], frozenset(sources), frozenset(targets), window, None))
    return g


ASKED = {d: {"country:KEN", "country:SOM"} for d in ("postpone", "release", "denial")}


@pytest.mark.parametrize(("denied", "joined"), [
    # "nobody in Nairobi asked Mogadishu to delay anything": the one request of its days,
    # whatever the words for what was asked (to postpone the talks)
    ("delay", [["denial#e0", "postpone#e0"]]),
    ("postpone", [["denial#e0", "postpone#e0"]]),
])
def test_a_denial_meets_the_request_it_words_its_own_way(denied, joined) -> None:
    asked = _request("postpone#e0", "reported", "postpone", {"country:KEN"}, {"country:SOM"})
    denial = _request("denial#e0", "negated", denied, set(), {"country:SOM"})
    assert _members(join_denials([asked, denial], {}, {}, ASKED)) == joined


def _two_requests_denied_as(denied: str) -> list[list[str]]:
    """The clusters of Kenya's two requests to Somalia made the same week (to postpone talks,
    to release fishermen) and a denial of a request worded ``denied``."""
    postpone = _request("postpone#e0", "reported", "postpone", {"country:KEN"},
                        {"country:SOM"})
    release = _request("release#e0", "reported", "release", {"country:KEN"}, {"country:SOM"})
    denial = _request("denial#e0", "negated", denied, set(), {"country:SOM"})
    return _members(join_denials([postpone, release, denial], {}, {}, ASKED))


def test_of_two_requests_a_denial_meets_the_one_of_its_words_first() -> None:
    # "Kenya never asked Mogadishu to release anyone": the request to free the fishermen, not
    # the one to postpone the talks made the same week
    assert _two_requests_denied_as("release") == [["denial#e0", "release#e0"], ["postpone#e0"]]


def test_of_two_requests_a_denial_worded_like_neither_meets_none() -> None:
    assert _two_requests_denied_as("slow") == [["denial#e0"], ["postpone#e0"], ["release#e0"]]
