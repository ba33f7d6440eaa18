"""Quotation marks paired into quoted passages, in one pass over the text.

In: a text. Out: ``Passage`` records, left to right, never overlapping. Which passages are
speech (and whose) is for ``direct`` to say; coreference and events only need where they are.

How marks pair, so that sloppy text never makes the rest of a document a quotation:

* A mark **opens** where it is left-flanking (after the start, a space, a bracket, a dash or
  punctuation, and before a non-space) and **closes** where it is right-flanking (after a
  non-space, and before a space, punctuation or the end). Where flanking cannot tell
  (``word“word``) a curly or angle mark says which it is; a straight one is skipped.
* Two families: double marks (``" “ ” „ ‟ « »``; any closes any, since writers mix them) and
  single curly marks (``‘ ’``; a straight ``'`` is an apostrophe too often to count). Single
  marks inside an open double passage are part of it; ``‘90s`` and ``it’s`` are apostrophes.
* A straight double mark after a digit while nothing is open is an inch or second sign
  (``5'11"``, ``a 12" screen``); a mark between two spaces is a ditto mark.
* An opening mark while a passage of its family is open means the earlier mark was stray:
  the passage starts again there. A closing mark with nothing open is stray and skipped.
* A paragraph ends at a paragraph break (``nlp.paragraph_ends``); a line break that is none
  (a hard wrap) is a space. An open passage goes on when the next paragraph starts with
  an opening mark of its family (the convention for quotes over several paragraphs); else it
  ends there, unclosed. A passage open for more than ``MAX_CHARS`` within one paragraph is
  dropped as stray, so the work and the damage of a stray mark stay bounded.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp import paragraph_ends_of

#: The longest stretch of one paragraph a quoted passage may cover.
MAX_CHARS = 4000

_MARKS = re.compile("[\"“”„‟«»‘’\n]")
_DOUBLE = frozenset("\"“”„‟«»")
_OPENERS = frozenset("“„‟«‘")
_CLOSERS = frozenset("”»’")
#: Characters after which a mark may open, and before which one may close.
_BEFORE_OPEN = frozenset("([{—–-/:;,")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…\"“”„‟«»‘’")
_TRIM = " \t\r\n\u00a0\u2009"
_STRONG = frozenset(",.;:!?…")


@dataclass(frozen=True, slots=True)
class Passage:
    """A quoted passage: marks at ``open`` and ``close - 1`` (``close`` is the end of the
    paragraph when ``closed`` is false); ``start``/``end`` is its content, trimmed of spaces
    and a trailing comma."""

    open: int
    close: int
    start: int
    end: int
    closed: bool

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking) for the mark at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    right = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    return left, right


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    return start, end


class _Scanner:
    def __init__(self, text: str, ends: Sequence[int]) -> None:
        self.text = text
        self.ends = ends  # where paragraphs end, in order
        self.ended = frozenset(ends)
        self.out: list[Passage] = []
        self.open: int | None = None  # the opening mark of the passage being read
        self.family = ""
        self.since = 0  # where the open passage's current paragraph began
        #: a single-mark passage holding the double one being read (British style), and
        #: the passages read inside it, kept only if it never closes
        self.outer: tuple[int, int] | None = None
        self.inner: list[Passage] = []

    def passage(self, close_mark: int | None, para_end: int) -> Passage | None:
        assert self.open is not None
        if close_mark is None:
            start, end = _content(self.text, self.open + 1, para_end)
            close = end
        else:
            start, end = _content(self.text, self.open + 1, close_mark)
            close = close_mark + 1
        return Passage(self.open, close, start, end, close_mark is not None) \
            if end > start else None

    def emit(self, close_mark: int | None, para_end: int) -> None:
        found = self.passage(close_mark, para_end)
        self.open = None
        if self.outer is not None:
            if found is not None:
                self.inner.append(found)
            self.open, self.since = self.outer
            self.family, self.outer = "single", None
        elif found is not None:
            self.out.append(found)

    def run(self) -> list[Passage]:
        text = self.text
        skip = -1  # a mark that reopens a passage in a new paragraph
        for m in _MARKS.finditer(text):
            i, ch = m.start(), m.group()
            if ch == "\n":
                if i in self.ended:
                    skip = self._paragraph_end(i)
                continue
            if i == skip:
                continue
            family = "double" if ch in _DOUBLE else "single"
            if self.open is not None and self.family == "double" and family == "single":
                continue  # single marks inside a double passage are part of it
            left, right = _flanks(text, i)
            if left and right:  # ",".", "word” " next to punctuation: the glyph decides
                left, right = (ch in _OPENERS, ch in _CLOSERS) if ch != '"' else (
                    self.open is None, self.open is not None)
            elif not left and not right:
                if ch in "\"‘’" or i == 0 or text[i - 1].isspace():
                    continue  # mid-word straight marks, apostrophes, ditto marks
                left, right = ch in _OPENERS, ch in _CLOSERS
            if family == "single" and left and i + 1 < len(text) and text[i + 1].isdigit():
                continue  # "‘90s"
            if ch == '"' and self.open is None and i > 0 and text[i - 1].isdigit():
                continue  # 5'11", a 12" screen
            if left and not right:
                if self.open is not None and self.family == "single" and family == "double" \
                        and self.outer is None:
                    self.outer = (self.open, self.since)  # ‘he called it “a pause”’
                self.open, self.family, self.since = i, family, i
            elif right and self.open is not None:
                if family != self.family or (family == "single" and self._possessive(i)):
                    continue
                if i - self.since > MAX_CHARS:
                    self.open, self.outer = None, None  # a stray mark long ago
                    continue
                if family == "single":
                    self.inner = []  # what was read inside is part of this passage
                self.emit(i, i)
        if self.open is not None:
            self._paragraph_end(len(text))
        return self.out

    def _possessive(self, i: int) -> bool:
        """"the generals’ promises" inside a single-mark passage: an apostrophe after "s",
        followed by a word, when a mark that can only be closing (next to punctuation) comes
        later in the paragraph."""
        text = self.text
        if text[i - 1] not in "sS" or i + 2 >= len(text) or text[i + 1] != " " \
                or not text[i + 2].isalpha():
            return False
        k = bisect.bisect_left(self.ends, i)
        end = min(self.ends[k], i + 400) if k < len(self.ends) else i + 400
        ahead = text[i + 1:end]
        return any(ch == "’" and (ahead[j - 1:j] in _STRONG or ahead[j + 1:j + 2] in _STRONG)
                   for j, ch in enumerate(ahead) if j)

    def _paragraph_end(self, at: int) -> int:
        """Close or carry the open passage over the line break at ``at``; returns the offset
        of a reopening mark to skip, or -1."""
        if self.open is None:
            return -1
        text = self.text
        j = at
        while j < len(text) and text[j].isspace():
            j += 1
        if self.outer is None and j < len(text) and text[j] in (
                _DOUBLE if self.family == "double" else "‘") \
                and _flanks(text, j)[0] and at - self.since <= MAX_CHARS:
            self.since = j
            return j
        if self.family == "double" and at - self.since <= MAX_CHARS:
            self.emit(None, at)  # unclosed at the paragraph's end (an outer one is restored)
        self.open, self.outer = None, None  # an unclosed single mark is an apostrophe
        self.out.extend(self.inner)
        self.inner = []
        self.out.sort(key=lambda p: p.open)
        return -1


def passages(text: str, ends: Sequence[int] | None = None) -> list[Passage]:
    """The quoted passages of ``text``, left to right; ``ends``: where its paragraphs end
    (``nlp.paragraph_ends`` of its parse, else read from ``text``)."""
    return _Scanner(text, paragraph_ends_of(text) if ends is None else ends).run()


def after_colon(text: str, at: int) -> bool:
    """Whether the last non-space character before ``at`` is a colon (``X said: “...”``)."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


def quote_spans(text: str, ends: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Character spans of quoted passages, marks included (``ends`` as for ``passages``)."""
    return [p.outer for p in passages(text, ends)]
