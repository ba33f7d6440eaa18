"""Event clusters: meetings told in one sentence are one act ("arrived in Accra for talks
with ..."), but an act only asked for or imagined is never one that happened, even in the
sentence that tells it ("met in Lome on Monday, and the envoy urged them to meet again").
Small corpora of our own, in several countries; near misses stay one act.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

#: local actor -> corpus actor, and the parties they stand for
LINKS = {f"{d}#{n}": actor for d in "abcd" for n, actor in enumerate(
    ("GHANA", "TOGO", "CHILE", "PERU", "NEPAL", "INDIA"))}
PARTY = {"GHANA": frozenset({"country:GHA"}), "TOGO": frozenset({"country:TGO"}),
         "CHILE": frozenset({"country:CHL"}), "PERU": frozenset({"country:PER"}),
         "NEPAL": frozenset({"country:NPL"}), "INDIA": frozenset({"country:IND"})}
PAIR = {"GHA-TGO": (0, 1), "CHL-PER": (2, 3), "NPL-IND": (4, 5)}
D = dt.date
PUBLISHED = D(2025, 6, 11)


def key(id_: str, pair: str, date: dt.date | None, modality: str = "asserted",
        mode: str | None = None, sentence: int = 0) -> EventKey:
    """A meeting of document ``a``, ``b``... between the two parties of ``pair``, told in
    sentence ``sentence`` (all in the first by default)."""
    d = id_.split("#")[0]
    source, target = (f"{d}#{n}" for n in PAIR[pair])
    return EventKey(id_, d, "CONSULT", (source,), (target,), None, date,
                    "day" if date else None, modality=modality, published=PUBLISHED,
                    date_basis="text" if date else None, mode=mode, sentence_start=sentence)


def together(*events: EventKey) -> list[set[str]]:
    return sorted(({e.id for e in g.members} for g in cluster(events, LINKS, PARTY)),
                  key=lambda s: sorted(s))


ASKED = [
    ("GHA-TGO", "requested", "met in Lome on Monday, and the envoy urged them to meet again"),
    ("CHL-PER", "hypothetical", "met in Lima on Monday and would meet again if the talks went "
                                "well"),
    ("NPL-IND", "requested", "held talks on Monday, and Kathmandu asked for a second round"),
]


@pytest.mark.parametrize(("pair", "modality", "said"), ASKED)
def test_a_meeting_asked_for_or_imagined_is_not_the_one_its_sentence_tells(pair, modality,
                                                                           said) -> None:
    held = key("a#e0", pair, D(2025, 6, 9))
    asked = key("a#e1", pair, None, modality)
    assert together(held, asked) == [{"a#e0"}, {"a#e1"}], said


@pytest.mark.parametrize(("pair", "said"), [
    ("GHA-TGO", "Togo's minister arrived in Accra on Monday for talks with Ghana's"),
    ("CHL-PER", "Chile's minister visited Lima on Monday and met Peru's"),
    ("NPL-IND", "India's foreign secretary held talks in Kathmandu, his first visit since May"),
])
def test_meetings_told_in_one_sentence_are_still_one_act(pair, said) -> None:
    visit = key("a#e0", pair, D(2025, 6, 9), mode="visit")
    talks = key("a#e1", pair, None)
    assert together(visit, talks) == [{"a#e0", "a#e1"}], said


def test_two_meetings_asked_for_in_one_sentence_are_one_act() -> None:
    """"The envoy urged Ghana and Togo to resume talks and hold a summit": one wish."""
    first = key("a#e0", "GHA-TGO", None, "requested")
    second = key("a#e1", "GHA-TGO", None, "requested")
    assert together(first, second) == [{"a#e0", "a#e1"}]


REPORTS = [key("a#e0", "GHA-TGO", D(2025, 6, 9)), key("a#e1", "GHA-TGO", None, "requested"),
           key("b#e0", "GHA-TGO", D(2025, 6, 9), sentence=100),
           key("c#e0", "CHL-PER", D(2025, 6, 9)), key("c#e1", "CHL-PER", None, "hypothetical"),
           key("d#e0", "CHL-PER", None, "hypothetical")]


@given(st.permutations(REPORTS))
def test_clusters_of_one_sentence_do_not_depend_on_input_order(
        reports: list[EventKey]) -> None:
    assert together(*reports) == together(*REPORTS)
