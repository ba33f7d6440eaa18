"""bench/cluster_why.py names the first clustering check that keeps two reports of one event
apart; here on reports made up for the test, one check at a time."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from ..conftest import REPO
from .test_clusters_recall import PARTY, D, key

_SPEC = importlib.util.spec_from_file_location("cluster_why", REPO / "bench" / "cluster_why.py")
assert _SPEC is not None and _SPEC.loader is not None
sys.path.insert(0, str(REPO / "bench"))
why = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(why)

MAY_3 = D(2025, 5, 3)
CASES = [
    ("type", key("a#e0", ("KENYA",), (), MAY_3, "CONSULT", published=D(2025, 5, 4)),
     key("b#e0", ("KENYA",), (), MAY_3, "AGREE", published=D(2025, 5, 5))),
    ("time", key("a#e0", ("KENYA",), (), MAY_3, "CONSULT", published=D(2025, 5, 4)),
     key("b#e0", ("KENYA",), (), D(2025, 6, 20), "CONSULT", published=D(2025, 6, 21))),
    ("noparty", key("a#e0", ("KENYA",), (), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
     key("b#e0", ("CROWD",), (), MAY_3, "ASSAULT", published=D(2025, 5, 5))),
    ("admissible", key("a#e0", ("KENYA",), (), MAY_3, "CONSULT", published=D(2025, 5, 4)),
     key("b#e0", ("KENYA",), (), MAY_3, "CONSULT", published=D(2025, 5, 5))),
]


@pytest.mark.parametrize(("want", "a", "b"), CASES)
def test_the_first_check_that_fails_is_named(want: str, a, b) -> None:
    links = {x: x for e in (a, b) for x in e.source + e.target}
    assert why.reason(a, b, links, PARTY)[0] == want


def test_a_held_out_split_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["cluster_why.py", "--split", "blind26"])
    with pytest.raises(SystemExit, match="held out"):
        why.main()


def test_the_corpus_floors_hold_out_the_splits_cluster_why_refuses() -> None:
    from .test_cluster_corpus import HELD_OUT

    assert HELD_OUT == why.HELD_OUT
