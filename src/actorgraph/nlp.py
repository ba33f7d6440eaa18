"""spaCy: load the pipeline once, add our components, parse texts in batches.

Components we add to the packaged model (which ships its weights; nothing is downloaded):
- ``actorgraph_boundaries`` before the parser: a paragraph break (``paragraph_ends_of``, the one
  definition of where a paragraph ends, whatever the layout) always starts a sentence, and
  so does a capitalised sentence opener glued to the previous sentence without a stop
  ("in late June A report claimed"), and a wire dateline ends at its dash or its closing bar
  ("LAGOS, June 4 -", "NAIROBI (Coast Wire) -", "NAIROBI | 12 March 2026 |"), and a line of
  the head that gives a date ("Updated 14 May 2026" under a byline) at its line break, so
  that the report's first sentence is parsed, and dated, alone.
- ``actor_ruler`` (an ``entity_ruler``) before the NER: dictionary actors are labelled before
  the statistical NER runs, which then keeps them. The actors stage supplies its patterns.

And two we swap in: the model's ``attribute_ruler`` (tag → POS and morphology, plus a few
hundred exceptions) becomes ``actorgraph_attributes``, which applies the very same patterns
in the same order through table lookups instead of spaCy's general token matcher; it cost
15 % of the parse, and tests check that POS, morphology and lemmas come out identical. The
model's lemmatizer is asked once per distinct word form (``lemmatizer.FastLemmatizer``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import product

import spacy
from spacy import attrs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

from . import lemmatizer
from .actors.tables import word_list
from .config import Settings

RULER = "actor_ruler"
BOUNDARIES = "actorgraph_boundaries"
ATTRIBUTES = "actorgraph_attributes"
_GETTERS: dict[str, Callable[[Token], object]] = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.text, "POS": lambda t: t.pos_,
}
#: The attributes of ``_GETTERS`` that ``Doc.to_array`` gives for all tokens at once: a string's
#: key in the vocabulary's strings (``t.tag_`` is ``strings[t.tag]``), or a flag (``_FLAGS``).
_ARRAYED = {"TAG": attrs.TAG, "LOWER": attrs.LOWER, "DEP": attrs.DEP, "ORTH": attrs.ORTH,
            "IS_SPACE": attrs.IS_SPACE}
_FLAGS = frozenset({"IS_SPACE"})

# Words that open a sentence and, capitalised, rarely stand anywhere else.
_OPENERS = frozenset({"A", "An", "The", "He", "She", "They", "It", "We", "This", "These", "Those",
                      "His", "Her", "Their", "Its", "But", "However", "Meanwhile"})
_OPENER_KEYS = frozenset(map(get_string_id, _OPENERS))


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: How far into a text its head may reach, in characters: lines below are never top matter.
_HEAD_CHARS = 1500
#: Determiners by which a noun names something the text or the reader already knows ("the
#: talks", "this visit", "those troops"); uses that also count possessives or "such" add them.
DEFINITE = word_list("grammar.yaml", "definite_determiners")
#: The articles ("a", "an", "the"), which a name or a description may open with.
ARTICLES = word_list("grammar.yaml", "articles")


def definite(noun: Token, owned: bool = False) -> bool:
    """Whether a determiner of ``DEFINITE`` stands on ``noun`` ("*the* truce", "*this*
    visit"), or, with ``owned``, a possessor ("*Manila's* accusation")."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or (owned and c.dep_ == "poss")
               for c in noun.children)


#: The key of a document's text in its ``user_data`` (``text_of``).
_TEXT = "actorgraph.text"


def text_of(doc: Doc) -> str:
    """The text of ``doc``. spaCy's ``Doc.text`` joins the text of every token again at each
    call (a whole document's worth for one sentence's offsets); this joins it once per
    document and keeps it in the doc's ``user_data``. Not for our pipeline components, whose
    doc may still be one of the pieces ``parse`` joins (``Doc.from_docs`` would warn)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def word_at(doc: Doc, start: int, end: int) -> Token | None:
    """The first word of the characters ``start:end`` of ``doc`` (an event's evidence: its
    trigger), grown to whole tokens; None where they fall outside ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0] if span else None


def _in_capitals(t: Token) -> bool:
    """A word of a place in capitals ("LAGOS", "N'DJAMENA", "GEORGE'S")."""
    return t.text.isupper() and len(t.text) > 1 and (
        t.is_alpha or t.text.replace("'", "").replace("’", "").isalpha())


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the places of the wire datelines that open paragraphs
    (``_dateline_end``): "PORT OF SPAIN" of "PORT OF SPAIN, May 8 - ..."."""
    out = []
    for i in _paragraph_starts(doc):
        if _dateline_end(doc, i) is not None:
            out.append((i, _capitals_run(doc, i, len(doc))))
    return out


def dateline_heads(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of whole wire datelines that open paragraphs, place, date and outlet
    up to the text after the dash: "PORT OF SPAIN, May 8 -" of "PORT OF SPAIN, May 8 - ..."."""
    return [(i, end) for i in _paragraph_starts(doc)
            if (end := _dateline_end(doc, i)) is not None]


def _capitals_run(doc: Doc, start: int, end: int) -> int:
    """The token after the words in capitals from ``start`` (before ``end``)."""
    i = start
    while i < end and (_in_capitals(doc[i]) or (  # "ST. GEORGE'S"
            doc[i].text == "." and i > start and not doc[i - 1].whitespace_)):
        i += 1
    return i


def _paragraph_starts(doc: Doc) -> Iterator[int]:
    """The first token of each paragraph (``_opens_paragraph``)."""
    ends = paragraph_ends(doc)
    return (i for i in _after_space(doc) if _opens_paragraph(doc, i, ends))


def _after_space(doc: Doc) -> list[int]:
    """The first token and each token right after a token of white space, in order: the only
    ones that may open a paragraph or a line (read from one array, without a ``Token`` for
    every word)."""
    if not len(doc):
        return []
    spaces = doc.to_array(attrs.IS_SPACE).tolist()
    return [0, *(i + 1 for i, space in enumerate(spaces[:-1]) if space)]


#: The widths plain text is hard-wrapped at: a text with a longer line has no wraps (its lines
#: are its paragraphs), and one whose lines are all shorter tells no wrap width.
_WRAP_WIDTHS = range(40, 101)
#: A text is hard-wrapped when at least this many of its single line breaks read as wraps (one
#: alone may be a head line over the body, or a break someone typed).
_WRAPS = 2
#: The key of a document's paragraph ends in its ``user_data`` (``paragraph_ends``).
_ENDS = "actorgraph.paragraph_ends"


def paragraph_ends_of(text: str) -> tuple[int, ...]:
    """Where the paragraphs of ``text`` end: the offset of the first line break of each run of
    line breaks that separates two paragraphs, in order. The one definition of a paragraph,
    whatever the layout of the input (the stored text keeps its line breaks):

    * a blank line always separates paragraphs;
    * a single line break before a lower-case letter never does (a paragraph opens with a
      capital; the sentence goes on);
    * in a text with a line longer than any wrap width (``_WRAP_WIDTHS``), every single line
      break does (one paragraph per line, a headline over its body);
    * in a hard-wrapped text (its longest line a wrap width, and ``_WRAPS`` single breaks or
      more after which the next line's first word would not have fitted on the line), a
      single line break does where that word would have fitted: the line was ended, not
      wrapped;
    * any other single line break is a wrap inside a paragraph: it reads as a space. So is a
      lone break in a short text ("Finance Minister Kofi<line break>Mensah said"), where the
      layout shows nothing either way.
    """
    lines = text.split("\n")
    if len(lines) == 1:
        return ()
    blank = [not line.strip() for line in lines]
    width = max(map(len, lines))
    single = [k for k in range(len(lines) - 1) if not blank[k] and not blank[k + 1]]
    fits = {k: len(lines[k]) + 1 + len(lines[k + 1].split(None, 1)[0]) <= width
            for k in single}
    wrapped = width in _WRAP_WIDTHS and sum(not f for f in fits.values()) >= _WRAPS
    ends, at, before = [], 0, False
    for k in range(len(lines) - 1):
        at += len(lines[k])
        if k in fits:
            end = not lines[k + 1].lstrip()[0].islower() and (
                width > _WRAP_WIDTHS[-1] or (wrapped and fits[k]))
        else:
            end = blank[k] or blank[k + 1]
        if end and not (blank[k] and before):
            ends.append(at)  # the first line break of a run of them
        at, before = at + 1, end
    return tuple(ends)


def paragraph_ends(doc: Doc) -> tuple[int, ...]:
    """``paragraph_ends_of`` the text of ``doc``, read once per document (kept in its
    ``user_data``; like ``text_of``, not for our pipeline components)."""
    ends = doc.user_data.get(_ENDS)
    if ends is None:
        ends = doc.user_data[_ENDS] = paragraph_ends_of(text_of(doc))
    return ends


def paragraph_break(doc: Doc, start: int, end: int) -> int:
    """The offset of the last paragraph break (``paragraph_ends``) of ``doc`` between the
    character offsets ``start`` and ``end``, else -1."""
    ends = paragraph_ends(doc)
    k = bisect.bisect_left(ends, end) - 1
    return ends[k] if k >= 0 and ends[k] >= start else -1


def paragraph_breaks(doc: Doc, start: int, end: int) -> tuple[int, ...]:
    """The offsets of the paragraph breaks of ``doc`` between ``start`` and ``end``, in
    order."""
    ends = paragraph_ends(doc)
    return ends[bisect.bisect_left(ends, start):bisect.bisect_left(ends, end)]


def paragraph_start(doc: Doc, char: int) -> int:
    """The offset where the paragraph holding the character ``char`` begins (past the line
    breaks before it)."""
    at = paragraph_break(doc, 0, char)
    if at < 0:
        return 0
    text = text_of(doc)
    while at < char and text[at].isspace():
        at += 1
    return at


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether ``a`` and the later token ``b`` stand in one paragraph (no paragraph break
    between them): the one test of a paragraph after the parse."""
    return paragraph_break(a.doc, a.idx, b.idx) < 0


def _opens_paragraph(doc: Doc, i: int, ends: Sequence[int]) -> bool:
    """Whether token ``i`` opens a paragraph: the text's first word, or one after white space
    holding a paragraph break (``ends``, the doc's ``paragraph_ends``)."""
    if doc[i].is_space:
        return False
    if i == 0:
        return True
    prev = doc[i - 1]
    if not prev.is_space:
        return False
    k = bisect.bisect_left(ends, prev.idx)
    return k < len(ends) and ends[k] < prev.idx + len(prev.text)


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a wire dateline opening a paragraph at ``start``, else None.

    A dateline is a place in capitals ("LAGOS", "SAN SALVADOR", "N'DJAMENA"), then a comma
    part (a region, a date: "Ukraine, March 3", "Oct. 2") or an outlet in brackets, or both,
    then a dash; or the place alone and a dash when a capitalised word opens the text after it
    ("HARARE - Riot police ..."). A word in capitals before a dash that an aside follows ("NATO
    - the alliance - said") is not one.
    """
    end = min(len(doc), start + 16)
    i = _capitals_run(doc, start, end)
    if i == start:
        return None
    parts = 0
    while i < end and doc[i].text == ",":
        j = i + 1
        while j < end and (doc[j].like_num or doc[j].text == "." or doc[j].text[:1].isupper()):
            j += 1
        if j == i + 1:
            return None
        i, parts = j, parts + 1
    if i < end and doc[i].text == "(":
        close = next((j for j in range(i + 1, end) if doc[j].text == ")"), None)
        if close is None:
            return None
        i, parts = close + 1, parts + 1
    if i + 1 < len(doc) and doc[i].text in _DASHES and (
            parts or (doc[i - 1].whitespace_ and doc[i + 1].text[:1].isupper())):
        return i + 1
    if not parts and i < end and doc[i].text == "|":  # "NAIROBI | 12 March 2026 |"
        close = next((j for j in range(i + 1, end) if doc[j].text == "|"), None)
        if close is not None and close + 1 < len(doc) and any(
                doc[j].like_num for j in range(i + 1, close)):
            return close + 1
    return None


def _after_date_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a line, capitalised, right under a line of the report's head
    that gives a date (``ingest.dateline.date_line``: "Updated 14 May 2026" under a byline)."""
    from .ingest.dateline import HEAD_LINES, date_line  # ingest reads the actor tables

    prev = doc[i - 1]
    if not (prev.is_space and "\n" in prev.text and doc[i].text[:1].isupper()):
        return False
    lines = [line for line in doc[:prev.i].text.split("\n") if line.strip()]  # the head only
    return len(lines) <= HEAD_LINES and bool(lines) and date_line(lines[-1])


@Language.component(BOUNDARIES)
def mark_boundaries(doc: Doc) -> Doc:
    """Preset sentence starts the parser would otherwise miss."""
    ends = paragraph_ends_of(doc.text)  # this doc may be a piece of a text (``parse``)
    openers = [i for i, orth in enumerate(doc.to_array(attrs.ORTH).tolist() if len(doc) else ())
               if orth in _OPENER_KEYS]
    for i in sorted({*_after_space(doc), *openers}):  # the only tokens a rule below may start
        token = doc[i]
        prev = doc[i - 1] if i else None
        if token.is_space:
            continue
        if _opens_paragraph(doc, i, ends):
            if i:
                token.is_sent_start = True
            after = _dateline_end(doc, i)
            if after is not None:
                doc[after].is_sent_start = True
                if doc[after - 1].text == "|":  # the parser would cut it at its bars
                    for j in range(i + 1, after):
                        doc[j].is_sent_start = False
        elif i and token.idx < _HEAD_CHARS and _after_date_line(doc, i):
            token.is_sent_start = True
        elif (
            token.text in _OPENERS and not prev.is_punct and not prev.is_space
            and not prev.is_lower and i + 1 < len(doc) and doc[i + 1].text[:1].islower()
        ):
            # "... in late June A report claimed": a capitalised opener after a capitalised
            # word or number, followed by a lower-case word, starts a new sentence.
            token.is_sent_start = True
    return doc


def _test(spec: object) -> Callable[[object], bool]:
    """A test of one attribute's value by an attribute-ruler spec."""
    if isinstance(spec, dict):
        ((op, value),) = spec.items()
        if op == "IN":
            return frozenset(value).__contains__
        if op == "NOT_IN":
            values = frozenset(value)
            return lambda v: v not in values
        if op == "REGEX":
            rx = re.compile(value)
            return lambda v: bool(rx.search(str(v)))
        raise ValueError(f"unsupported attribute-ruler operator {op}")
    return lambda v: v == spec


#: A pattern of the ruler: its number, its length in tokens and the tests its index leaves,
#: each (offset of the token, column of the attribute, test of the value).
_Pattern = tuple[int, int, list[tuple[int, int, Callable[[object], bool]]]]


class FastAttributes:
    """An ``AttributeRuler``'s patterns applied by lookup: each pattern is indexed by the
    values its first token requires (TAG and LOWER, say, or TAG alone; patterns that require
    none are tried everywhere); matches are applied in pattern order, as the ruler does,
    through the same ``set_token_attrs``. Each attribute a pattern tests is read once per
    token, before any is set (the ruler, too, matches the whole document before it sets
    anything)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.columns: list[str] = []
        #: the columns a first token's required values fill -> those values -> patterns
        self.index: dict[tuple[int, ...], dict[tuple, list[_Pattern]]] = {}
        for n, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                required = {self._column(a): v for a, v in self._required(pattern[0])}
                tests = [(k, self._column(a), _test(v)) for k, spec in enumerate(pattern)
                         for a, v in spec.items() if k or self._column(a) not in required]
                table = self.index.setdefault(tuple(sorted(required)), {})
                for values in product(*(required[c] for c in sorted(required))):
                    table.setdefault(values, []).append((n, len(pattern), tests))

    def _column(self, attr: str) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    @staticmethod
    def _required(first: dict) -> Iterator[tuple[str, list]]:
        """The attributes a pattern's first token must have, each with its allowed values."""
        for attr, spec in first.items():
            if isinstance(spec, str | bool):
                yield attr, [spec]
            elif isinstance(spec, dict) and "IN" in spec:
                yield attr, list(spec["IN"])

    def __call__(self, doc: Doc) -> Doc:
        size = len(doc)
        cols = self._columns(doc)
        matches = set()
        for key, table in self.index.items():
            if not key:  # patterns that require nothing of their first token
                for n, length, tests in table[()]:
                    matches.update((n, i) for i in _passing(cols, range(size - length + 1),
                                                            tests))
                continue
            for i, values in enumerate(zip(*(cols[c] for c in key), strict=True)):
                for n, length, tests in table.get(values, ()):
                    if i + length <= size and all(test(cols[col][i + k])
                                                  for k, col, test in tests):
                        matches.add((n, i))
        for n, start in sorted(matches):  # later patterns win, as in the ruler
            set_token_attrs(doc[start + self.indices[n]], self.attrs[n])
        return doc

    def _columns(self, doc: Doc) -> list[list]:
        """The value of each column's attribute for every token, as ``_GETTERS`` reads it,
        read in one array (``Doc.to_array``) where the attribute has one: no ``Token`` is
        made, and each string is looked up once per document."""
        ids = [_ARRAYED[c] for c in self.columns if c in _ARRAYED]
        array = doc.to_array(ids).T.tolist() if ids and len(doc) else [[] for _ in ids]
        strings, arrayed = doc.vocab.strings, iter(array)
        cols: list[list] = []
        for column in self.columns:
            if column not in _ARRAYED:
                cols.append([_GETTERS[column](t) for t in doc])
            elif column in _FLAGS:
                cols.append([bool(v) for v in next(arrayed)])
            else:
                memo: dict[int, str] = {}
                cols.append([memo[v] if v in memo else memo.setdefault(v, strings[v])
                             for v in next(arrayed)])
        return cols


def _passing(cols: list[list], starts: Iterable[int],
             tests: list[tuple[int, int, Callable[[object], bool]]]) -> list[int]:
    """The ``starts`` at which a pattern passes all its ``tests``, each test asked once per
    value of its column (a pattern tried at every token tests few distinct values)."""
    out = list(starts)
    for k, col, test in tests:
        column, seen = cols[col], {}
        out = [i for i in out if (seen[v] if (v := column[i + k]) in seen
                                  else seen.setdefault(v, test(v)))]
    return out


@Language.factory(ATTRIBUTES)
def _make_attributes(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp.get_pipe("attribute_ruler"))


def load(model: str, patterns: Sequence[dict] = ()) -> Language:
    """A new pipeline of ``model`` with our components; ``patterns`` go to the actor ruler.

    A pattern is ``{"label", "pattern": str, "id"}``; with ``"exact": True`` it matches only
    as written (single-word names), otherwise case-insensitively. Both run as phrase
    matchers, which stay fast with thousands of names.
    """
    nlp = spacy.load(model)
    nlp.add_pipe(BOUNDARIES, before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    lemmatizer.swap_in(nlp)
    lemmas = [n for n in (lemmatizer.LEMMAS, "lemmatizer") if n in nlp.pipe_names][:1]
    exact = [{k: v for k, v in p.items() if k != "exact"} for p in patterns if p.get("exact")]
    loose = [p for p in patterns if not p.get("exact")]
    for name, attr, group in ((RULER, "LOWER", loose), (f"{RULER}_exact", "ORTH", exact)):
        if group:  # an empty ruler would only warn on every document
            ruler = nlp.add_pipe("entity_ruler", name=name, before="ner",
                                 config={"phrase_matcher_attr": attr, "overwrite_ents": False})
            with nlp.select_pipes(enable=["tok2vec", "tagger", ATTRIBUTES, *lemmas]):
                ruler.add_patterns(group)
    return nlp


#: Longer texts are parsed in pieces of at most this many characters (spaCy refuses texts
#: over ``nlp.max_length`` and its parser's memory grows with the length of a text).
PIECE = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int = PIECE) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, each ending after a paragraph
    break where possible (else a line break, a full stop, a space); joined, ``text`` again."""
    out = []
    while len(text) > limit:
        cut = next((i + len(b) for b in _BREAKS if (i := text.rfind(b, 0, limit)) > 0), limit)
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text] if text or not out else out


def parse(nlp: Language, texts: Iterable[str], settings: Settings,
          limit: int = PIECE) -> Iterator[Doc]:
    """Parse ``texts`` in order; a text longer than ``limit`` is parsed in pieces and joined
    back, with the same characters at the same offsets."""
    split = [pieces(t, limit) for t in texts]
    docs = nlp.pipe((p for ps in split for p in ps), batch_size=settings.batch_size,
                    n_process=settings.n_process)
    for ps in split:
        parts = [next(docs) for _ in ps]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        doc.user_data[_TEXT] = "".join(ps)  # ``text_of``: spaCy keeps every character
        yield doc
