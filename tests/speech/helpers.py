"""Helpers for quote tests: the case records, one cached extraction per text, a lenient
matcher, scores over a whole table, and a readable dump.

A positive case (``case``) names the exact content span the spec's conventions give (see the
docstring of ``actorgraph.speech``) and what the quote must carry. A quote *matches* a case when
their spans overlap by at least half of the longer of the two; among matching quotes the one
that satisfies most of the other tests is judged. Speaker names (``speaker=``) are
case-insensitive substrings of the name or aliases of the actor the quote's ``speaker`` id
refers to, one string or a tuple of alternatives; ``speaker_text=`` and ``cue=`` are
case-insensitive substrings of the quote's ``speaker_text`` and ``cue``. A case that names a
speaker (either way) also requires a ``speaker`` id: the spec keeps every quote attributed,
unnamed sources included.

A negative case (``no_quote``) names a span that no quote's content may cover by more than half
of the span's length.

Every text must already be clean (``normalize(text) == text``), so that offsets found in the
text we wrote are offsets into ``extraction.document.text``; ``case`` and ``no_quote`` raise at
collection time when a text is not clean or does not contain its content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pytest

import actorgraph
from actorgraph.ingest.normalize import normalize
from actorgraph.records import QUOTE_KINDS, Extraction, Quote

OneOrMore = str | tuple[str, ...]

#: Every quotation mark the tests use, straight and curly, double and single.
MARKS = "\"'“”‘’«»"


@dataclass(frozen=True)
class Expected:
    """A quote the extractor must find: its exact content span and what it must carry."""

    id: str
    text: str
    content: str
    start: int
    end: int
    kind: str
    speaker: OneOrMore | None = None
    speaker_text: str | None = None
    cue: str | None = None
    anonymous: bool = False

    @property
    def attributed(self) -> bool:
        return self.speaker is not None or self.speaker_text is not None

    def show(self) -> str:
        tests = [f"{k}={v!r}" for k, v in (("speaker", self.speaker),
                                            ("speaker_text", self.speaker_text),
                                            ("cue", self.cue)) if v is not None]
        return (f"{self.kind} quote {self.content!r}@{self.start}:{self.end} "
                f"anonymous={self.anonymous} " + " ".join(tests))


@dataclass(frozen=True)
class NotQuote:
    """A stretch of text that no quote may cover (by more than half of its length)."""

    id: str
    text: str
    span: str
    start: int
    end: int

    def show(self) -> str:
        return f"no quote over {self.span!r}@{self.start}:{self.end}"


Item = Expected | NotQuote


def _locate(id: str, text: str, needle: str, occurrence: int) -> int:
    if normalize(text) != text:
        raise ValueError(f"{id}: the text is not clean; offsets would not index the document")
    if not needle or needle != needle.strip():
        raise ValueError(f"{id}: {needle!r} is empty or has surrounding spaces")
    start = -1
    for _ in range(occurrence + 1):
        try:
            start = text.index(needle, start + 1)
        except ValueError:
            raise ValueError(f"{id}: {needle!r} (occurrence {occurrence}) is not in "
                             f"{text!r}") from None
    return start


def _check_convention(id: str, content: str, kind: str) -> None:
    """Catch a table entry that breaks the spec's span conventions (our own typos)."""
    if kind not in QUOTE_KINDS:
        raise ValueError(f"{id}: unknown kind {kind!r}")
    if kind == "direct" and (content[0] in MARKS or content[-1] in f"{MARKS},"):
        raise ValueError(f"{id}: direct content goes without its marks and trailing comma")
    if kind == "indirect" and (content.lower().startswith("that ") or content[-1] in ".,;"):
        raise ValueError(f"{id}: indirect content goes without 'that' and closing punctuation")
    if kind == "mixed" and not any(mark in content for mark in MARKS):
        raise ValueError(f"{id}: mixed content keeps the speaker's quoted words, marks included")


def case(id: str, text: str, content: str, *, kind: str, speaker: OneOrMore | None = None,
         speaker_text: str | None = None, cue: str | None = None, anonymous: bool = False,
         occurrence: int = 0):
    """A quote ``text`` must yield; ``occurrence`` picks among repeats of ``content``."""
    _check_convention(id, content, kind)
    start = _locate(id, text, content, occurrence)
    expected = Expected(id, text, content, start, start + len(content), kind, speaker,
                        speaker_text, cue, anonymous)
    return pytest.param(expected, id=id)


def no_quote(id: str, text: str, span: str, occurrence: int = 0):
    """``span`` of ``text`` must not be (half) covered by any quote's content."""
    start = _locate(id, text, span, occurrence)
    return pytest.param(NotQuote(id, text, span, start, start + len(span)), id=id)


def unwrap(cases: Iterable[object]) -> list[Item]:
    """The records inside ``pytest.param`` entries (records pass through)."""
    return [c.values[0] if hasattr(c, "values") else c for c in cases]  # type: ignore[attr-defined]


@lru_cache(maxsize=1024)
def extraction(text: str) -> Extraction:
    """The extraction of ``text`` (run once per text)."""
    return actorgraph.extract(text)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def pieces(q: Quote) -> tuple[tuple[int, int], ...]:
    """The stretches of text a quote quotes: its parts when split by its attribution."""
    return q.parts or ((q.start, q.end),)


def best_overlap(q: Quote, start: int, end: int) -> int:
    return max(overlap(s, e, start, end) for s, e in pieces(q))


def exact(q: Quote, exp: Expected) -> bool:
    return (exp.start, exp.end) in pieces(q)


def matches(ex: Extraction, exp: Expected) -> list[Quote]:
    """Quotes with a piece overlapping the expected content by at least half of the longer
    of the two."""
    found = []
    for q in ex.quotes:
        if any(2 * overlap(s, e, exp.start, exp.end) >= max(e - s, exp.end - exp.start) > 0
               and overlap(s, e, exp.start, exp.end) for s, e in pieces(q)):
            found.append(q)
    return found


def names(ex: Extraction, actor_id: str | None) -> set[str]:
    """Lowercased name and aliases of the actor with this id."""
    found: set[str] = set()
    for actor in ex.actors:
        if actor.id == actor_id:
            found.add(actor.name.lower())
            found.update(alias.lower() for alias in actor.aliases)
    return found


def speaker_problems(ex: Extraction, exp: Expected, q: Quote) -> list[str]:
    wrong = []
    if exp.attributed and q.speaker is None:
        wrong.append("no speaker id")
    if exp.speaker is not None:
        options = (exp.speaker,) if isinstance(exp.speaker, str) else exp.speaker
        have = names(ex, q.speaker)
        if not any(o.lower() in n for o in options for n in have):
            wrong.append(f"speaker {sorted(have) or q.speaker!r} is not {exp.speaker!r}")
    if exp.speaker_text is not None and \
            exp.speaker_text.lower() not in (q.speaker_text or "").lower():
        wrong.append(f"speaker_text {q.speaker_text!r} lacks {exp.speaker_text!r}")
    if q.anonymous != exp.anonymous:
        wrong.append(f"anonymous={q.anonymous}, expected {exp.anonymous}")
    return wrong


def problems(ex: Extraction, exp: Expected, q: Quote) -> list[str]:
    """What is wrong with ``q`` as the quote ``exp`` describes (empty when all is well)."""
    wrong = []
    if q.kind != exp.kind:
        wrong.append(f"kind {q.kind!r}, expected {exp.kind!r}")
    wrong += speaker_problems(ex, exp, q)
    if exp.cue is not None and exp.cue.lower() not in (q.cue or "").lower():
        wrong.append(f"cue {q.cue!r} lacks {exp.cue!r}")
    return wrong


def best(ex: Extraction, exp: Expected) -> Quote | None:
    """The matching quote closest to ``exp``: fewest problems, then exact span, then overlap."""
    found = matches(ex, exp)
    if not found:
        return None
    return min(found, key=lambda q: (len(problems(ex, exp, q)),
                                     not exact(q, exp),
                                     -best_overlap(q, exp.start, exp.end)))


def offending(ex: Extraction, neg: NotQuote) -> list[Quote]:
    """Quotes covering more than half of the span that must not be quoted."""
    return [q for q in ex.quotes
            if 2 * best_overlap(q, neg.start, neg.end) > neg.end - neg.start]


def show_quote(ex: Extraction, q: Quote) -> str:
    text = ex.document.text
    who = ", ".join(sorted(names(ex, q.speaker))) or "-"
    return (f"{q.kind} {text[q.start:q.end]!r}@{q.start}:{q.end} speaker={q.speaker or '-'} "
            f"[{who}] speaker_text={q.speaker_text!r} cue={q.cue!r} anonymous={q.anonymous}")


def describe(ex: Extraction) -> str:
    """Everything the quote tests look at, one line per actor and per quote."""
    lines = [f"text: {ex.document.text!r}", f"actors ({len(ex.actors)}):"]
    for a in ex.actors:
        lines.append(f"  {a.id} {a.name!r} aliases=[{', '.join(a.aliases)}] {a.kind}")
    lines.append(f"quotes ({len(ex.quotes)}):" if ex.quotes else "quotes: none")
    lines += [f"  {show_quote(ex, q)}" for q in ex.quotes]
    return "\n".join(lines)


def failure(item: Item) -> str | None:
    """Why ``item`` fails (a readable dump), or None when it passes."""
    ex = extraction(item.text)
    if ex.document.text != item.text:
        return f"cleaning changed the text, so the expected offsets are off\n{describe(ex)}"
    if isinstance(item, NotQuote):
        bad = offending(ex, item)
        if not bad:
            return None
        shown = "\n".join(f"  {show_quote(ex, q)}" for q in bad)
        return f"expected {item.show()}, found:\n{shown}\n{describe(ex)}"
    q = best(ex, item)
    if q is None:
        return f"expected {item.show()}\nno quote overlaps it by half\n{describe(ex)}"
    wrong = problems(ex, item, q)
    if not wrong:
        return None
    return (f"expected {item.show()}\nbest match {show_quote(ex, q)}\nproblems: "
            f"{'; '.join(wrong)}\n{describe(ex)}")


def check(item: Item) -> None:
    """The per-case assertion: ``item`` passes, or the dump says why not."""
    why = failure(item)
    assert why is None, why


def score(cases: Iterable[object]) -> dict[str, float]:
    """Accuracies over a table (``pytest.param`` entries or records).

    Over the positive cases: ``exact`` (a quote with exactly the expected span exists),
    ``overlap`` (a quote matches by half), ``kind`` (the best match has the expected kind),
    ``speaker`` (over cases naming a speaker: the best match satisfies the speaker tests).
    Over the negative cases: ``negatives`` (no quote covers the span). Missing matches count as
    misses; a group with no case scores 1.0. ``positive_cases``/``negative_cases`` count them.
    """
    items = unwrap(cases)
    positives = [i for i in items if isinstance(i, Expected)]
    negatives = [i for i in items if isinstance(i, NotQuote)]
    exact_ = matched = kind = speaker = attributed = 0
    for exp in positives:
        ex = extraction(exp.text)
        exact_ += any(exact(q, exp) for q in ex.quotes)
        q = best(ex, exp)
        matched += q is not None
        kind += q is not None and q.kind == exp.kind
        if exp.attributed:
            attributed += 1
            speaker += q is not None and not speaker_problems(ex, exp, q)
    clean = sum(not offending(extraction(n.text), n) for n in negatives)

    def share(hits: int, total: int) -> float:
        return hits / total if total else 1.0

    return {
        "exact": share(exact_, len(positives)),
        "overlap": share(matched, len(positives)),
        "speaker": share(speaker, attributed),
        "kind": share(kind, len(positives)),
        "negatives": share(clean, len(negatives)),
        "positive_cases": len(positives),
        "negative_cases": len(negatives),
    }
