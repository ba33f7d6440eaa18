"""Clean raw text into the text we store; every offset in actorgraph indexes the result.

In: any decoded string. Out: NFC text with one kind of line break, single spaces, paragraphs
separated by one blank line, invisible characters removed, and glued sentence boundaries
(``process?Haftar``, ``Army(LNA)``) given the space a writer forgot. A paragraph repeated
right after itself is kept once, and a short leading line that is a navigation trail followed by
the headline it repeats ("Home Reports Haftar hopes ..." then "Haftar hopes ...") is dropped, so
that a scraped page's headline is not read twice. Cleaning happens once, before any analysis, so
the stored text and all spans agree by construction.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that carry no text, plus C0/C1 controls except \t \n.
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]"
)
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029\u0085]")
_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but a newline
_BLANK_LINES = re.compile(r"\n{3,}")
_URLISH = re.compile(r"\S*(?:://|www\.|@)\S*")
#: A navigation trail before a repeated headline has at most this many words ("Home News").
_TRAIL_WORDS = 5
#: ... and the headline it repeats at least this many characters.
_HEADLINE_CHARS = 15

# A sentence end glued to the next sentence: "process?Haftar", "talks.The", "said.”Then".
# Two lower-case letters before the stop keep "Mr.Smith" and "U.S.Army" out.
_GLUED_END = re.compile(r"(?:(?<=[a-z]{2}[.?!])|(?<=[a-z][.?!][\"”’)]))(?=[A-Z][a-z])")
# An acronym in brackets glued to its expansion: "Army(LNA)".
_GLUED_ACRONYM = re.compile(r"(?<=[A-Za-z])(?=\([A-Z][A-Za-z&.\-]*[A-Z]s?\))")


def _unglue(line: str) -> str:
    def fix(piece: str) -> str:
        return _GLUED_ACRONYM.sub(" ", _GLUED_END.sub(" ", piece))

    # Leave URLs and e-mail addresses alone: "example.Com/Page" is not two sentences.
    out, pos = [], 0
    for m in _URLISH.finditer(line):
        out.append(fix(line[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(fix(line[pos:]))
    return "".join(out)


def normalize(raw: str, *, lines_are_paragraphs: bool = False) -> str:
    """Return the cleaned text of ``raw`` (possibly empty).

    ``lines_are_paragraphs``: each line break ends a paragraph (extracted HTML), so it becomes a
    blank line; otherwise single line breaks are kept as they are (hard-wrapped plain text).
    """
    text = _LINE_BREAK.sub("\n", raw)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = [_unglue(_HSPACE.sub(" ", line).strip()) for line in text.split("\n")]
    text = ("\n\n" if lines_are_paragraphs else "\n").join(lines)
    return _once("\n\n".join(_BLANK_LINES.sub("\n\n", text).strip().split("\n\n")))


def _once(text: str) -> str:
    """``text`` without a paragraph that repeats the next one, or that is a short trail of
    words followed by the next one when that one reads as a headline (capitalised, no closing
    stop or quote): a breadcrumb before the headline it repeats."""
    paragraphs = text.split("\n\n")
    kept: list[str] = []
    for p in reversed(paragraphs):
        after = kept[-1] if kept else None
        if after is not None and (p == after or (
                len(after) >= _HEADLINE_CHARS and p.endswith(" " + after)
                and after[0].isupper() and after[-1] not in ".:;,\"”'’"
                and "\n" not in p and len(p[:-len(after)].split()) <= _TRAIL_WORDS)):
            continue
        kept.append(p)
    return "\n\n".join(reversed(kept))
