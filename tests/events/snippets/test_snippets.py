"""The blind snippet set: its shape, floors on the coder's scores per half, a per-category report.

``cases_a.yaml`` and ``cases_b.yaml`` hold 110 news snippets each (1-3 sentences, real-news style,
our own wording), scored by ``tests.events.unseen.score`` (same format and definitions). Half A is
the half rules may be fixed from; half B is held out: nobody changes rules from it. The category
of a case is its id prefix (``protest-``, ``assault-``, ``coerce-``, ``coop-``, ``neg-``).
``cases_c.yaml`` (half C) holds 120 snippets of disasters, accidents and outbreaks (85 ``neg-``, no
violent gold event) and of political violence or coercion that looks like them (35 ``pos-``: a bomb
at a market, police firing on flood-relief protesters, a curfew after riots), written to give
rules more sentence shapes to be fixed from.
``cases_d.yaml`` (half D) holds 110 snippets: 45 protests as real news writes them, with no named
organiser (``pos-d-protest-``: "a sit-in", "a general strike", "thousands took to the streets",
riots, police dispersing a rally, protests announced or called off), 45 negatives told with
violent-sounding verbs (``neg-d-``: "the quake toppled", "a gas explosion ripped through", "the
All Blacks ambushed France", "the rupee was hammered", "the virus attacked", rescues) and 20
violent lookalikes (``pos-d-look-``: arson, a bomb in a market, sabotage, looters shot); rules
may be fixed from it, like A and C.
``cases_e.yaml`` (half E) holds 80 snippets in shapes unlike C and D: 60 disasters and accidents
(``neg-e-``) told in long wire sentences, casualty updates, quotes, rescues, aftermaths with no
disaster word, verbless headlines, tolls by region, effects only ("buildings swayed") and names
like an actor's ("Storm Daniel", "the Camp Fire"), and 20 violent lookalikes in the same shapes
(``pos-e-``); rules may be fixed from it, like A, C and D.

Besides the scorer's numbers, ``violent_on_negatives`` is the share of ``neg-`` cases (disasters,
accidents, outbreaks, sports, markets) with any predicted ASSAULT, COERCE, PROTEST or MOBILIZE, in
any modality ("the earthquake killed eight people" is no ASSAULT).

Floors are the scores measured when the set was written, less 0.02 (the two rates on negatives:
ceilings, plus 0.02); they only ever go up (ceilings down). Run
``python -m tests.events.snippets.test_snippets`` for the scores of each half and category.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from actorgraph.records import Extraction
from tests.events.helpers import events
from tests.events.unseen.score import Case, load_cases, score

HERE = Path(__file__).parent
HALVES: dict[str, Path] = {h: HERE / f"cases_{h}.yaml" for h in ("a", "b", "c", "d", "e")}
CATEGORIES: tuple[str, ...] = ("protest", "assault", "coerce", "coop", "neg", "pos")
VIOLENT: frozenset[str] = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})

#: Cases of each category in each half (A and B: protest 70, assault 45, coerce 30, coop 25,
#: neg 50; C: neg 85, pos 35; D: neg 45, pos 65 = 45 protests + 20 lookalikes; E: neg 60, pos 20).
CATEGORY_COUNTS: dict[str, dict[str, int]] = {
    "a": {"protest": 35, "assault": 22, "coerce": 15, "coop": 13, "neg": 25},
    "b": {"protest": 35, "assault": 23, "coerce": 15, "coop": 12, "neg": 25},
    "c": {"neg": 85, "pos": 35},
    "d": {"neg": 45, "pos": 65},
    "e": {"neg": 60, "pos": 20},
}

#: Measured less 0.02 (A: recall 0.960, precision 0.860; B: recall 0.886, precision 0.782;
#: C: recall 0.898, precision 0.803, after things and work against a disaster do no violence;
#: 0.857, 0.579 when written; precision 0.826 after gas blasts, rescuers, closures in an
#: outbreak and harm under a borrowed doer do no violence; D: recall 0.721, precision 0.880
#: after the same, 0.721 and 0.786 when written; 0.860 and 0.922 after protest senses as news
#: writes them, gunfire at protesters, called-off protests and weapons with no named doer;
#: E: recall 0.828, precision 0.750 when written; C and E after forces of weather and the earth
#: named or misparsed, a fire stranded on "after", warnings of hardships: C precision 0.891,
#: E precision 0.794, recalls unchanged; B, held out, scored only: recall 0.895, precision
#: 0.851; then 0.905 and 0.852 after abductions, sentences and searches as news tells them;
#: then, at 8c3acf5, A 0.9604 and 0.8425, B 0.9143 and 0.8483, C 0.9184 and 0.8806, D 0.8953
#: and 0.9159, E 0.8966 and 0.8108; then A precision 0.8483, B 0.8601; then B 0.9238 and
#: 0.8671 after civilians' blockades; then, at 968bfdc, A precision 0.8542, B 0.8732, C 0.8955
#: after military strikes, suspensions and non-act predicates; then, at e5166c7, B precision
#: 0.8803 after legal charges coded as legal action; then, at 4684350, A 0.9703 and 0.8630 after
#: donors and creditors as actors, E 0.9310 and 0.8158 as measured since; then, at 3e00182, B
#: precision 0.8865 after a verb with an object of its own no longer takes a coordinated verb's).
FLOORS: dict[str, dict[str, float]] = {
    "a": {"type_recall": 0.95, "type_precision": 0.843},
    "b": {"type_recall": 0.904, "type_precision": 0.866},
    "c": {"type_recall": 0.898, "type_precision": 0.875},
    "d": {"type_recall": 0.875, "type_precision": 0.90},
    "e": {"type_recall": 0.911, "type_precision": 0.796},
}
#: Measured plus 0.02 (A: false events 0.043, violent on neg- 0.0; B: 0.348, 0.28; C: 0.065,
#: 0.059 = 5 of 85 disaster and accident snippets, 0.312 and 0.235 when written; the target is
#: <= 0.05; 0.052 and 0.035 = 3 of 85 after the same; D: 0.0 and 0.0, 0.214 and 0.156 = 7
#: of 45 when written; E: 0.053 and 0.017 = 1 of 60 when written; after forces of weather:
#: C 0.013 and 0.012 = 1 of 85, E 0.018 and 0.0; B, scored only: 0.174 and 0.12).
CEILINGS: dict[str, dict[str, float]] = {
    "a": {"false_event_rate": 0.063, "violent_on_negatives": 0.02},
    "b": {"false_event_rate": 0.194, "violent_on_negatives": 0.14},
    "c": {"false_event_rate": 0.033, "violent_on_negatives": 0.032},
    "d": {"false_event_rate": 0.02, "violent_on_negatives": 0.02},
    "e": {"false_event_rate": 0.038, "violent_on_negatives": 0.02},
}


def category(case: Case) -> str:
    """The id prefix of ``case`` (``protest-a-lima-...`` -> ``protest``)."""
    return case.id.split("-", 1)[0]


def violent_on_negatives(cases: Sequence[Case], extractions: Sequence[Extraction]) -> float | None:
    """Share of ``neg-`` cases with any predicted event of a VIOLENT type (None if no such case)."""
    flags = [any(e.type in VIOLENT for e in ex.events)
             for case, ex in zip(cases, extractions, strict=True) if category(case) == "neg"]
    return round(sum(flags) / len(flags), 4) if flags else None


@cache
def coded(half: str) -> tuple[list[Case], list[Extraction]]:
    """The cases of ``half`` and the coder's extraction of each (coded once per run)."""
    cases = load_cases(HALVES[half])
    return cases, [events(c.text, c.published) for c in cases]


def half_scores(half: str) -> dict[str, Any]:
    """The scorer's numbers for ``half``, ``violent_on_negatives`` and ``by_category`` (each
    category's cases, type recall, type precision)."""
    cases, extractions = coded(half)
    result = score(cases, extractions)
    result["violent_on_negatives"] = violent_on_negatives(cases, extractions)
    result["by_category"] = {}
    for cat in (cat for cat in CATEGORIES if cat in CATEGORY_COUNTS[half]):
        pairs = [(c, ex) for c, ex in zip(cases, extractions, strict=True) if category(c) == cat]
        part = score([c for c, _ in pairs], [ex for _, ex in pairs])
        result["by_category"][cat] = {k: part[k] for k in ("cases", "type_recall",
                                                            "type_precision")}
    return result


@pytest.fixture(scope="module", params=sorted(HALVES))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return request.param, half_scores(request.param)


@pytest.mark.parametrize("half", sorted(HALVES))
def test_each_half_has_its_cases_balanced_by_category(half: str) -> None:
    counts = Counter(category(c) for c in load_cases(HALVES[half]))
    assert dict(counts) == CATEGORY_COUNTS[half]


def test_the_halves_share_no_id_and_no_text() -> None:
    halves = [load_cases(HALVES[h]) for h in sorted(HALVES)]
    for n, one in enumerate(halves):
        for other in halves[n + 1:]:
            assert not {c.id for c in one} & {c.id for c in other}
            assert not {c.text for c in one} & {c.text for c in other}


@pytest.mark.parametrize("half", sorted(HALVES))
def test_gold_of_a_negative_snippet_is_never_violent(half: str) -> None:
    bad = [c.id for c in load_cases(HALVES[half])
           if category(c) == "neg" and any(g.type in VIOLENT for g in c.events)]
    assert bad == []


def test_violent_on_negatives_counts_only_neg_cases_and_violent_types() -> None:
    from actorgraph.records import Document, Event

    def ex(*types: str) -> Extraction:
        return Extraction(Document("d", "x", "h"), events=tuple(
            Event(f"e{n}", "d", 0, 1, 0, 1, t, "18") for n, t in enumerate(types)))

    cases = [Case("neg-x", "x", "negative", ()), Case("neg-y", "x", "wire", ()),
             Case("protest-z", "x", "wire", ())]
    assert violent_on_negatives(cases, [ex("AID"), ex("ASSAULT"), ex("PROTEST")]) == 0.5
    assert violent_on_negatives(cases[2:], [ex("PROTEST")]) is None


def test_scores_stay_above_their_floors(scored: tuple[str, dict[str, Any]]) -> None:
    half, s = scored
    low = {m: s[m] for m, floor in FLOORS[half].items() if s[m] < floor}
    assert low == {}, f"half {half}: {low} below {FLOORS[half]}"


def test_rates_on_negatives_stay_below_their_ceilings(scored: tuple[str, dict[str, Any]]) -> None:
    half, s = scored
    high = {m: s[m] for m, ceiling in CEILINGS[half].items() if s[m] > ceiling}
    assert high == {}, f"half {half}: {high} above {CEILINGS[half]}"


if __name__ == "__main__":
    keys = ("cases", "gold_events", "predicted_events", "type_recall", "type_precision",
            "macro_f1", "source_accuracy", "target_accuracy", "modality_accuracy",
            "false_event_rate", "violent_on_negatives", "by_category")
    every = {h: half_scores(h) for h in HALVES}
    print(json.dumps({h: {k: every[h][k] for k in keys} for h in HALVES}, indent=2))
