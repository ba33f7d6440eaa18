"""Ids that last: a group keeps the id its members had; merged groups retire one id."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from actorgraph.fuse.identity import stable_ids


def test_a_new_group_takes_its_proposed_id() -> None:
    final, retired = stable_ids({"P1": ["a", "b"]}, {}, {})
    assert final == {"P1": "P1"} and retired == {}


def test_a_group_keeps_its_old_id_whatever_is_proposed() -> None:
    final, retired = stable_ids({"NEW": ["a", "b", "c"]}, {"a": "OLD", "b": "OLD"}, {})
    assert final == {"NEW": "OLD"} and retired == {}


def test_two_groups_merged_keep_the_majority_id_and_retire_the_other() -> None:
    final, retired = stable_ids({"P": ["a", "b", "c"]}, {"a": "X", "b": "X", "c": "Y"}, {})
    assert final == {"P": "X"} and retired == {"Y": "X"}


def test_a_retired_id_follows_its_successor_when_that_retires_too() -> None:
    _, retired = stable_ids({"P": ["a", "b", "c"]}, {"a": "X", "b": "X", "c": "Y"},
                            {"W": "Y"})
    assert retired == {"W": "X", "Y": "X"}


def test_a_split_group_keeps_the_id_where_most_members_went() -> None:
    final, _ = stable_ids({"P": ["a", "b"], "Q": ["c"]}, {"a": "X", "b": "X", "c": "X"}, {})
    assert final["P"] == "X" and final["Q"] == "Q"


@given(st.permutations([("P", ["a", "b"]), ("Q", ["c"]), ("R", ["d", "e"])]))
def test_ids_do_not_depend_on_the_order_of_groups(order: list) -> None:
    previous = {"a": "X", "c": "X", "d": "Y", "e": "Z"}
    assert stable_ids(dict(order), previous, {}) == stable_ids(
        {"P": ["a", "b"], "Q": ["c"], "R": ["d", "e"]}, previous, {})
