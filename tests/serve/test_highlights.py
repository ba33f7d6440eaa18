"""The reader's highlights: spans become nested marks whose text is always their own span,
crossing spans are cut (a quote's content never), links never nest, anchors are unique."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actorgraph.serve.highlights import Excerpt, Mark, Span, excerpt, nest, spans

TEXT = "“We will not withdraw,” the foreign minister Musalia Mudavadi said on Tuesday."


def text_of(node: Mark | str) -> str:
    return node if isinstance(node, str) else "".join(text_of(c) for c in node.children)


def walk(nodes: list[Mark | str], depth: int = 0) -> Iterator[tuple[Mark, int]]:
    for n in nodes:
        if isinstance(n, Mark):
            yield n, depth
            yield from walk(n.children, depth + 1)


def at(text: str, piece: str, kind: str, href: str | None = None) -> Span:
    start = text.index(piece)
    return Span(kind, start, start + len(piece), f"{kind} {piece}", href)


def test_nested_spans_become_nested_marks_over_the_whole_text() -> None:
    found = [at(TEXT, "We will not withdraw", "quote"), at(TEXT, "We", "mention"),
             at(TEXT, "withdraw", "event"), at(TEXT, "said", "cue"),
             at(TEXT, "the foreign minister Musalia Mudavadi", "speaker", "/actors/A1"),
             at(TEXT, "Musalia Mudavadi", "mention")]
    tree = nest(TEXT, found)
    assert "".join(text_of(n) for n in tree) == TEXT
    marks = list(walk(tree))
    assert sorted((m.kind, text_of(m)) for m, _ in marks) == sorted(
        (s.kind, TEXT[s.start:s.end]) for s in found)
    depth = {(m.kind, text_of(m)): d for m, d in marks}
    assert depth[("quote", "We will not withdraw")] == 0
    assert depth[("mention", "We")] == depth[("event", "withdraw")] == 1
    assert depth[("mention", "Musalia Mudavadi")] == 1
    inner = next(m for m, _ in marks if text_of(m) == "withdraw")
    assert inner.title == "event withdraw; quote We will not withdraw"


CROSSING = "A source said that Ethiopia had threatened to close the border."


@pytest.mark.parametrize(("first", "second", "whole"), [
    # a claim from the cue on that ends inside a quote: the quote stays whole
    (("claim", "said that Ethiopia"), ("quote", "Ethiopia had threatened"), "second"),
    # a mention running out of a quote: the mention is cut at the quote's end
    (("quote", "had threatened"), ("mention", "threatened to"), "first"),
    # two quotes crossing: the later one is cut
    (("quote", "said that Ethiopia"), ("quote", "Ethiopia had threatened"), "first"),
])
def test_crossing_spans_cut_the_lighter_one(first: tuple[str, str], second: tuple[str, str],
                                            whole: str) -> None:
    a, b = at(CROSSING, first[1], first[0]), at(CROSSING, second[1], second[0])
    kept, cut = (a, b) if whole == "first" else (b, a)
    tree = nest(CROSSING, [a, b])
    assert "".join(text_of(n) for n in tree) == CROSSING
    marks = [m for m, _ in walk(tree)]
    assert all(text_of(m) == CROSSING[m.start:m.end] for m in marks)
    assert [(m.start, m.end) for m in marks if m.span is kept] == [(kept.start, kept.end)]
    pieces = sorted((m.start, m.end) for m in marks if m.span is cut)
    assert len(pieces) == 2 and pieces[0][1] == pieces[1][0]
    assert (pieces[0][0], pieces[1][1]) == (cut.start, cut.end)


def test_a_link_inside_a_link_is_dropped() -> None:
    text = "the Kenyan foreign minister said"
    outer = at(text, "the Kenyan foreign minister", "speaker", "/actors/A1")
    inner = at(text, "Kenyan foreign minister", "speaker", "/actors/A2")
    marks = [m for m, _ in walk(nest(text, [outer, inner]))]
    assert [m.href for m in marks] == ["/actors/A1", None]


def test_each_start_is_anchored_once_on_its_outermost_mark() -> None:
    text = "Mudavadi denied it."
    found = [at(text, "Mudavadi", "mention"), at(text, "Mudavadi", "speaker"),
             at(text, "denied it", "claim"), at(text, "denied", "cue")]
    marks = [m for m, _ in walk(nest(text, found))]
    assert [(m.kind, m.anchor) for m in marks] == [
        ("speaker", True), ("mention", False), ("claim", True), ("cue", False)]


def test_spans_outside_the_text_are_clipped_and_empty_ones_dropped() -> None:
    text = "short"
    marks = [m for m, _ in walk(nest(text, [Span("quote", 2, 99, "q"),
                                            Span("cue", 3, 3, "c"),
                                            Span("mention", -4, 1, "m")]))]
    assert [(m.kind, m.start, m.end) for m in marks] == [("mention", 0, 1), ("quote", 2, 5)]


def test_one_speaker_of_two_quotes_is_one_mark_with_both_labels() -> None:
    text = "“Yes,” and “no,” she said."
    quotes = [{"start": text.index(w), "end": text.index(w) + len(w), "kind": "direct",
               "speaker": "A1", "speaker_name": "Jane Doe", "speaker_text": "she",
               "speaker_start": text.index("she"), "speaker_end": text.index("she") + 3,
               "cue": "said", "cue_start": text.index("said"),
               "cue_end": text.index("said") + 4, "anonymous": False} for w in ("Yes", "no")]
    doc = {"text": text, "mentions": [], "events": [], "quotes": quotes, "claims": []}
    found = spans(doc)
    speaker = [s for s in found if s.kind == "speaker"]
    assert len(speaker) == 1 and speaker[0].href == "/actors/A1"
    assert speaker[0].label == ("speaker of a direct quote: Jane Doe; "
                                "speaker of a direct quote: Jane Doe")
    assert len([s for s in found if s.kind == "cue"]) == 1
    assert len([s for s in found if s.kind == "quote"]) == 2


def test_anonymous_and_unresolved_speakers_say_so() -> None:
    text = "“Over,” an unnamed diplomat said."
    q = {"start": 1, "end": 5, "kind": "indirect", "speaker": "A9",
         "speaker_name": "unnamed diplomat", "speaker_text": "an unnamed diplomat",
         "speaker_start": 8, "speaker_end": 27, "cue": "said", "cue_start": 28,
         "cue_end": 32, "anonymous": True}
    unresolved = {**q, "speaker": None, "speaker_name": None, "anonymous": False}
    doc = {"text": text, "mentions": [], "events": [], "claims": []}
    labels = {s.kind: s for s in spans({**doc, "quotes": [q]})}
    assert labels["speaker"].label == "speaker of an indirect quote (anonymous source)"
    assert labels["quote"].label == "indirect quote by unnamed diplomat, anonymous source"
    labels = {s.kind: s for s in spans({**doc, "quotes": [unresolved]})}
    assert labels["speaker"].label == "speaker of an indirect quote (not identified)"
    assert labels["speaker"].href is None


KINDS = ("claim", "quote", "speaker", "cue", "mention", "event")


@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 40), st.integers(1, 12),
                          st.booleans()), max_size=12))
@settings(max_examples=300, deadline=None)
def test_any_spans_render_as_a_tree_covering_each_span_exactly(
        drawn: list[tuple[str, int, int, bool]]) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(45))
    found = [Span(kind, start, start + length, f"{kind}{i}", f"/x/{i}" if link else None)
             for i, (kind, start, length, link) in enumerate(drawn)]
    tree = nest(text, found)
    assert "".join(text_of(n) for n in tree) == text
    marks = list(walk(tree))
    assert all(text_of(m) == text[m.start:m.end] and m.start < m.end for m, _ in marks)
    for s in found:
        pieces = sorted((m.start, m.end) for m, _ in marks if m.span is s)
        clipped = (s.start, min(s.end, len(text)))
        assert pieces[0][0] == clipped[0] and pieces[-1][1] == clipped[1], (s, pieces)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces)), (s, pieces)
        if s.kind == "quote" and not any(o.kind == "quote" and o is not s for o in found):
            assert len(pieces) == 1, (s, pieces)  # only another quote can cut a quote

    def no_link_in_link(nodes: list[Mark | str], linked: bool) -> bool:
        return all(isinstance(n, str) or (not (linked and n.href)
                                          and no_link_in_link(n.children, linked or bool(n.href)))
                   for n in nodes)

    assert no_link_in_link(tree, False)
    anchors = [m.start for m, _ in marks if m.anchor]
    assert len(anchors) == len(set(anchors)) and set(anchors) == {m.start for m, _ in marks}


SENTENCE = "An RSF spokesman said no such request was ever sent."


@pytest.mark.parametrize(("start", "end", "expected"), [
    (117, 121, Excerpt("An RSF spokesman ", "said", " no such request was ever sent.")),
    (95, 102, Excerpt("", "An", " RSF spokesman said no such request was ever sent.")),
    (147, 200, Excerpt("An RSF spokesman said no such request was ever ", "sent.", "")),
    (None, None, Excerpt("", SENTENCE, "")),
])
def test_excerpt_cuts_the_span_out_of_its_sentence(start: int | None, end: int | None,
                                                   expected: Excerpt) -> None:
    # the sentence starts at offset 100 of its document
    cut = excerpt(SENTENCE, 100, start, end)
    assert cut == expected and cut.before + cut.span + cut.after == SENTENCE
