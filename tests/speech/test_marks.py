"""Quotation marks paired into passages: the pairing rules, and sloppy text in bounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.speech.marks import MAX_CHARS, passages, quote_spans


def contents(text: str) -> list[str]:
    return [text[p.start:p.end] for p in passages(text)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("“We will stay,” she said.", ["We will stay"], id="curly-trailing-comma"),
    pytest.param('"We will stay," she said.', ["We will stay"], id="straight"),
    pytest.param("‘We will stay,’ she said.", ["We will stay"], id="british-single"),
    pytest.param("«Nous restons», a-t-il dit.", ["Nous restons"], id="guillemets"),
    pytest.param("“We will stay,\" she said.", ["We will stay"], id="mismatched-pair"),
    pytest.param("“A,” he said. “B.”", ["A", "B."], id="two-passages"),
    pytest.param("‘He called it “a pause”, not a truce,’ she said.",
                 ["He called it “a pause”, not a truce"], id="double-inside-single"),
    pytest.param("“He called it ‘a pause’, not a truce,” she said.",
                 ["He called it ‘a pause’, not a truce"], id="single-inside-double"),
    pytest.param("‘The generals’ promises mean nothing,’ she said.",
                 ["The generals’ promises mean nothing"], id="plural-possessive-inside"),
    pytest.param("It’s the ‘90s again, and they’re back.", [], id="apostrophes"),
    pytest.param("A 12\" screen and a man 5'11\" tall.", [], id="inches"),
    pytest.param("Rice 10kg\n  \"  \nBeans 5kg", [], id="ditto"),
    pytest.param("“First part.\n\n“Second part,” he said.",
                 ["First part.\n\n“Second part"], id="two-paragraphs-one-quote"),
    pytest.param("A stray “ mark here. Later “We won,” he said.", ["We won"],
                 id="stray-opening-restarts"),
    pytest.param("Unclosed “quote runs on\n\nNew paragraph “fine” here.",
                 ["quote runs on", "fine"], id="unclosed-ends-at-paragraph"),
    pytest.param("A stray ” closing mark. Then “real,” he said.", ["real"],
                 id="stray-closing-skipped"),
])
def test_marks_pair_into_passages(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_a_stray_mark_does_not_swallow_a_long_paragraph() -> None:
    filler = "The talks went on for days without a result. " * 200
    text = f"He said “ and left. {filler} Finally “we agreed,” she said."
    assert contents(text)[-1] == "we agreed"
    assert all(p.end - p.start <= MAX_CHARS for p in passages(text))


@given(st.text(alphabet=st.sampled_from(list("ab .,:\n\"“”‘’'5")), max_size=400))
def test_passages_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    found = passages(text)
    last = -1
    for p in found:
        assert 0 <= p.open < p.start <= p.end <= p.close <= len(text)
        assert p.open >= last
        last = p.close
    assert quote_spans(text) == [(p.open, p.close) for p in found]
