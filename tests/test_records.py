"""``records.root_general``: the one definition of a CAMEO root's general code, which the
events' content and retelling rules and fuse's contradictions read to let it cover any code of
its root."""

from __future__ import annotations

import pytest

from actorgraph.records import root_general


@pytest.mark.parametrize(("code", "general"), [
    ("100", True), ("180", True), ("020", True),  # "not specified below"
    ("195", False), ("173", False),  # a specific three-digit code
    ("1800", False), ("0201", False), ("04", False), ("", False),  # other lengths
])
def test_a_root_general_code_is_three_digits_ending_in_0(code: str, general: bool) -> None:
    assert root_general(code) is general
