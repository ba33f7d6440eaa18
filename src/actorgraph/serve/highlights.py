"""The document reader's highlights: actor mentions, event triggers, quotes (content, speaker
and cue) and claims, as a tree of nested marks.

In: a document as ``Reader.document`` returns it. Out: a list of text pieces (``str``) and
``Mark`` nodes, each holding the pieces and marks inside it, so that a mark's text is always
``text[start:end]``. Spans that nest become nested marks; when two spans cross, the one of
lower weight is cut in two at the other's edge (a quote's content stays whole). The template
renders the tree with autoescaping: no markup is built here. ``excerpt`` cuts one span out
of its sentence, for the pages that show evidence outside the reader (clusters,
contradictions).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

#: At one start the longer span holds the shorter; for equal spans, the kind earlier here
#: holds the later.
ORDER = ("claim", "quote", "speaker", "cue", "mention", "event")
#: When two spans cross, the heavier stays whole and the other is cut (ties: the later one).
WEIGHT = {"quote": 3, "speaker": 2, "cue": 2, "claim": 1, "mention": 1, "event": 0}


@dataclass(frozen=True, slots=True)
class Span:
    kind: str  # one of ORDER; also the mark's CSS class
    start: int
    end: int
    label: str  # what the span is, for the mark's title
    href: str | None = None  # a page the span links to (a speaker's actor page)


@dataclass(slots=True, eq=False)
class Mark:
    """A highlighted stretch: one span, or the piece of one that a crossing span cut off."""

    span: Span
    start: int
    end: int
    title: str  # its own label, then those of the marks around it
    href: str | None = None  # unset inside another link
    anchor: bool = False  # the first mark at ``start``: the reader's ``#c{start}`` target
    children: list[Mark | str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.span.kind


def marks(doc: dict) -> list[Mark | str]:
    """The document's text with every span of ``doc`` as nested marks."""
    return nest(doc["text"], spans(doc))


def spans(doc: dict) -> list[Span]:
    """Every highlighted span of a document; identical spans of one kind become one."""
    found = [Span("mention", m["start"], m["end"], f"actor: {m['actor_name']} ({m['kind']})")
             for m in doc["mentions"]]
    found += [Span("event", e["start"], e["end"], f"event: {e['type']} ({e['modality']})")
              for e in doc["events"]]
    for q in doc["quotes"]:
        found += _quote_spans(q)
    found += [Span("claim", c["start"], c["end"],
                   f"claim ({c['stance']}) by {c['claimant_name'] or 'the author'}")
              for c in doc["claims"]]
    merged: dict[tuple[str, int, int], Span] = {}
    for s in found:
        key = (s.kind, s.start, s.end)
        if key in merged:
            first = merged[key]
            s = Span(s.kind, s.start, s.end, f"{first.label}; {s.label}", first.href or s.href)
        merged[key] = s
    return list(merged.values())


def _quote_spans(q: dict) -> list[Span]:
    """A quote's content, speaker and cue spans."""
    kind = f"{q['kind']} quote"
    a_kind = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
    who = (f"{q['speaker_name']}, anonymous source" if q["anonymous"] and q["speaker_name"]
           else q["speaker_name"] or q["speaker_text"] or "an unknown speaker")
    found = [Span("quote", q["start"], q["end"], f"{kind} by {who}")]
    if q["speaker_start"] is not None and q["speaker_end"] is not None:
        said = (" (anonymous source)" if q["anonymous"] else
                f": {q['speaker_name']}" if q["speaker_name"] else " (not identified)")
        href = f"/actors/{quote(q['speaker'], safe='')}" if q["speaker"] else None
        found.append(Span("speaker", q["speaker_start"], q["speaker_end"],
                          f"speaker of {a_kind}{said}", href))
    if q["cue_start"] is not None and q["cue_end"] is not None:
        found.append(Span("cue", q["cue_start"], q["cue_end"], f"cue of {a_kind}: {q['cue']}"))
    return found


def nest(text: str, found: Iterable[Span]) -> list[Mark | str]:
    """The text with the spans as a tree of marks (spans outside the text are clipped)."""
    root = Mark(Span("", 0, len(text), ""), 0, len(text), "")
    stack = [root]
    pending: list[tuple[int, int, int, int, Span]] = []  # (start, -end, order, seq, span)
    for s in found:
        start, end = max(0, s.start), min(len(text), s.end)
        if start < end:
            pending.append((start, -end, ORDER.index(s.kind), len(pending), s))
    heapq.heapify(pending)
    seq = len(pending)
    pos = 0

    def advance(to: int) -> None:
        """Add the text up to ``to``, closing the marks that end on the way."""
        nonlocal pos
        while True:
            top = stack[-1]
            stop = min(top.end, to)
            if pos < stop:
                top.children.append(text[pos:stop])
                pos = stop
            if top is root or top.end > to:
                return
            stack.pop()

    while pending:
        start, neg_end, order, _, span = heapq.heappop(pending)
        end = -neg_end
        advance(start)
        crossing = [m for m in stack[1:] if m.end < end]  # the top of the stack
        if crossing and all(WEIGHT[span.kind] > WEIGHT[m.kind] for m in crossing):
            # this span stays whole: the marks it crosses stop here and go on inside it
            for m in crossing:
                heapq.heappush(pending, (start, -m.end, ORDER.index(m.kind), seq, m.span))
                seq += 1
                m.end = start
            for depth in range(len(stack) - 1, len(stack) - len(crossing) - 1, -1):
                if stack[depth].start == start:  # opened here, still empty: drop it
                    stack[depth - 1].children.pop()  # (its parent's last child)
            del stack[len(stack) - len(crossing):]
        elif crossing:
            heapq.heappush(pending, (stack[-1].end, neg_end, order, seq, span))
            seq += 1
            end = stack[-1].end
        inside_link = any(m.href for m in stack)
        mark = Mark(span, start, end,
                    "; ".join([span.label, *(m.span.label for m in reversed(stack[1:]))]),
                    None if inside_link else span.href)
        stack[-1].children.append(mark)
        stack.append(mark)
    advance(len(text))
    _anchor(root.children, set())
    return root.children


def _anchor(nodes: list[Mark | str], anchored: set[int]) -> None:
    """Mark the outermost, first mark at each offset as its anchor."""
    for n in nodes:
        if isinstance(n, Mark):
            n.anchor = n.start not in anchored
            anchored.add(n.start)
            _anchor(n.children, anchored)


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A span in the sentence around it: the text before the span, the span, the text after;
    ``before + span + after`` is the sentence."""

    before: str
    span: str
    after: str


def excerpt(sentence: str, sentence_start: int | None, start: int | None,
            end: int | None) -> Excerpt:
    """The span ``start``..``end`` (document offsets) of ``sentence``, which begins at
    ``sentence_start``; clipped to the sentence (all of it when the offsets are missing)."""
    if sentence_start is None or start is None or end is None:
        return Excerpt("", sentence, "")
    a = min(max(start - sentence_start, 0), len(sentence))
    b = min(max(end - sentence_start, a), len(sentence))
    return Excerpt(sentence[:a], sentence[a:b], sentence[b:])
