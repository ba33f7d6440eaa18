"""A denial fusion left apart from the act it denies (their reports name the doer's unit one
way and its state another: "the FSB border directorate", "a Russian patrol boat") still
answers it: the one act of its type, in days that meet its own, whose doers' or victims'
states are those its own cluster names, and no other state in their place. Not an act of
another state, nor of other days, nor of another type, nor one of two that fit equally; and a
denial that answers someone in its own cluster looks no further."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.fuse.contradictions import Act, Position, find


def pos(item: str, polarity: int, speaker: str, cluster: str, day: int = 3) -> Position:
    return Position(cluster, polarity, item, True, speaker, f"doc-{item}", f"{speaker} Wire",
                    dt.date(2025, 9, day), 0, 10)


def act(type_: str, first: int, last: int, doers: set[str], targets: set[str]) -> Act:
    return Act(type_, (dt.date(2025, 9, first), dt.date(2025, 9, last)), frozenset(doers),
               frozenset(targets))


#: the charge: Russian shots at a Japanese boat (cluster "shots")
SHOTS = act("ASSAULT", 1, 3, {"RUS"}, {"JPN"})


@pytest.mark.parametrize(("denied", "contradict"), [
    # the FSB's denial, its doer's state the same, its own days meeting the charge's
    (act("ASSAULT", 2, 5, {"RUS"}, set()), True),
    # a denial naming the victim's state alone ("nobody fired into Bangladesh")
    (act("ASSAULT", 2, 5, set(), {"JPN"}), True),
    # Paraguay's request and Bolivia's "no request ever arrived" are of one type as well
    # (below); here: another state's denial (Georgia's police fired at nobody)
    (act("ASSAULT", 2, 5, {"GEO"}, set()), False),
    # the same state, but another victim (its shots at a Chinese trawler)
    (act("ASSAULT", 2, 5, {"RUS"}, {"CHN"}), False),
    # days that do not meet
    (act("ASSAULT", 20, 24, {"RUS"}, {"JPN"}), False),
    # another type (a seizure denied)
    (act("COERCE", 2, 5, {"RUS"}, {"JPN"}), False),
    # nothing in common but the type
    (act("ASSAULT", 2, 5, set(), set()), False),
])
def test_a_denial_apart_from_its_act_answers_the_one_act_it_fits(denied, contradict) -> None:
    pairs = find([pos("owner", 1, "OWNER", "shots"), pos("fsb", -1, "FSB", "denial", day=5)],
                 {"shots": SHOTS, "denial": denied})
    assert bool(pairs) is contradict
    if contradict:
        ((a, b),) = pairs
        assert (a.item, b.item, a.cluster) == ("owner", "fsb", "shots")


def test_a_request_denied_by_its_addressee_apart_from_it() -> None:
    pairs = find([pos("asked", 1, "PARAGUAY", "ask"), pos("never", -1, "BOLIVIA", "none", 6)],
                 {"ask": act("REQUEST", 1, 4, {"PRY"}, {"BOL"}),
                  "none": act("REQUEST", 3, 7, {"PRY"}, {"BOL"})})
    assert [(a.item, b.item) for a, b in pairs] == [("asked", "never")]


def test_of_two_acts_it_fits_equally_a_denial_answers_neither() -> None:
    pairs = find([pos("owner", 1, "OWNER", "shots"), pos("crew", 1, "CREW", "shots2"),
                  pos("fsb", -1, "FSB", "denial", day=5)],
                 {"shots": SHOTS, "shots2": act("ASSAULT", 2, 4, {"RUS"}, {"JPN"}),
                  "denial": act("ASSAULT", 2, 5, {"RUS"}, set())})
    assert not pairs


def test_a_denial_answering_someone_in_its_own_cluster_looks_no_further() -> None:
    pairs = find([pos("owner", 1, "OWNER", "shots"), pos("ngo", 1, "NGO", "denial"),
                  pos("fsb", -1, "FSB", "denial", day=5)],
                 {"shots": SHOTS, "denial": act("ASSAULT", 2, 5, {"RUS"}, set())})
    assert [(a.item, b.item) for a, b in pairs] == [("ngo", "fsb")]


def test_without_acts_a_denial_answers_only_its_own_cluster() -> None:
    assert not find([pos("owner", 1, "OWNER", "shots"), pos("fsb", -1, "FSB", "denial")])


@pytest.mark.parametrize(("modes", "contradict"), [
    (frozenset({"expel"}), False),  # "we did not expel them", against an arrest
    (frozenset({"arrest"}), True),
    (frozenset(), True),  # a denial telling no mode
])
def test_of_acts_whose_modes_are_acts_a_denial_answers_one_of_its_mode(modes,
                                                                       contradict) -> None:
    arrest = Act("COERCE", (dt.date(2025, 3, 2), dt.date(2025, 3, 3)), frozenset({"MNE"}),
                 frozenset({"BIH"}), frozenset({"arrest"}))
    denied = Act("COERCE", (dt.date(2025, 3, 2), dt.date(2025, 3, 9)), frozenset({"MNE"}),
                 frozenset({"BIH"}), modes)
    pairs = find([pos("consul", 1, "SARAJEVO", "arrest"), pos("no", -1, "PODGORICA", "none")],
                 {"arrest": arrest, "none": denied})
    assert bool(pairs) is contradict


def test_a_negated_warning_answers_no_warning_apart_from_it() -> None:
    """Words (a warning, a charge) are no deed: "failed to warn" is seldom of one report."""
    told = Act("THREATEN", (dt.date(2025, 4, 1), dt.date(2025, 4, 3)), frozenset({"LKA"}),
               frozenset({"IND"}))
    pairs = find([pos("warned", 1, "COLOMBO", "warning"), pos("no", -1, "UNION", "none")],
                 {"warning": told, "none": told})
    assert not pairs
