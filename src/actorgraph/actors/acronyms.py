"""Acronyms a report defines, and the long names they abbreviate.

In: a document's text, its parse and its named candidates. Out: the candidates with a long
name the tagger cut at a function word made one ("Rassemblement des Patriotes" and
"Haut-Plateau" before "(RPHP)": ``whole_long_names``), and the (candidate, acronym) pairs
the text defines (``definitions``):

- "Long Name (ACR)" and "Long Name ACR" ("Government of National Accord GNA");
- "ACR, the Long Name" ("the RPHP, the Rassemblement des Patriotes du Haut-Plateau, ...").

An acronym abbreviates a name when the initials of its major words spell it, minor words'
initials optional, in any of the languages news names bodies in (``initials_match``; minor
words in ``data/names.yaml``); or, for a body's name of three words or more in parentheses
right after it, when it starts with the name's initial and half its letters or more are
initials of the name's words: a name translated from the language its acronym was made in
("Union of Forces for Change in Chad (UFCT)"; ``abbreviates``). Words in parentheses that
are no acronym ("(pictured)", "(left)") or a person's or a country's code ("(KEN)" after a
country or a person) define nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from .candidates import Candidate
from .summary import minor

_ACRONYM = re.compile(r"\s?\(\s?([A-Z][A-Za-z]{1,9})\s?\)")
_BARE_ACRONYM = re.compile(r" ([A-Z]{2,6})\b")  # "Government of National Accord GNA"
_INSIDE = re.compile(r"\(\s?([A-Z][A-Za-z]{1,9})\s?\)")
_FIRST = re.compile(r"\b([A-Z][A-Za-z]{1,9}),\s+(?:the\s+)?")  # "the RPHP, the ..."
_WORD = re.compile(r"[^\s()]+")
_BODIES = ("ORG", "GROUP", "NORP", "FAC")  # what a translated name may be tagged as
_STOPS = ",;:.?!"  # a long name runs over none of these


def initials_match(name: str, acronym: str) -> bool:
    """True when ``acronym`` abbreviates ``name`` ("House of Representatives", "HoR"), minor
    words' initials optional ("Movement for the Actualization of the Sovereign State of
    Biafra", "MASSOB")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    letters = "".join(w[0] for w in words if not minor(w)).upper()
    capitals = "".join(ch for ch in acronym if ch.isupper())
    if len(capitals) < 2:
        return False
    if letters == capitals or sorted(letters) == sorted(capitals):
        return True
    majors_left = len(letters)
    at = 0  # in order: every major word's initial, and some minor ones
    for word in words:
        initial = word[0].upper()
        if not minor(word):
            if at >= len(capitals) or capitals[at] != initial:
                return False
            at, majors_left = at + 1, majors_left - 1
        elif at < len(capitals) and capitals[at] == initial and len(capitals) - at > majors_left:
            at += 1
    return at == len(capitals)


def translated_match(name: str, acronym: str) -> bool:
    """True when ``acronym`` may abbreviate ``name`` in the language it was made in: a name
    of three words or more, an acronym of three capitals or more that starts with the name's
    initial, half its letters or more initials of the name's words ("Union of Forces for
    Change in Chad", "UFCT")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    capitals = "".join(ch for ch in acronym if ch.isupper())
    if len(words) < 3 or len(capitals) < 3 or capitals != acronym or minor(words[0]):
        return False
    initials = {w[0].upper() for w in words}
    return capitals[0] == words[0][0].upper() and \
        2 * sum(ch in initials for ch in capitals) >= len(capitals)


def abbreviates(name: str, acronym: str, body: bool) -> bool:
    """Whether ``acronym`` abbreviates ``name`` (``initials_match``), or, for a body's name
    (``body``), its translation (``translated_match``)."""
    return initials_match(name, acronym) or (body and translated_match(name, acronym))


def _long_start(text: str, end: int, acronym: str, body: bool) -> int | None:
    """Where the long name that ``acronym`` abbreviates (``abbreviates``) starts, if the
    words before ``end`` hold one: the shortest run of them, capitalised or minor, with no
    punctuation (``_STOPS``, a parenthesis) between them, that opens with a capital."""
    words = [w for w in _WORD.finditer(text, max(0, end - 200), end)][-2 * len(acronym) - 4:]
    after = end
    for w in reversed(words):  # nearest first: the shortest long name that fits
        word = w.group()
        if not (word[:1].isupper() or minor(word)) or (word[-1] in _STOPS and w.end() < end) \
                or text[w.end():after].strip():  # a parenthesis between two words
            return None
        after = w.start()
        if word[:1].isupper() and abbreviates(text[w.start():end], acronym, body):
            return w.start()
    return None


def _long_end(text: str, start: int, acronym: str) -> int | None:
    """Where the long name that ``acronym`` abbreviates (``initials_match``) ends, if the
    words from ``start`` hold one: the shortest run of them, capitalised or minor, with no
    punctuation inside, that ends with a capital ("ACR, the Long Name, ...")."""
    words = list(_WORD.finditer(text, start, min(len(text), start + 200)))
    for w in words[:2 * len(acronym) + 4]:
        word = w.group().rstrip(_STOPS)
        if not (word[:1].isupper() or minor(word)):
            return None
        if word[:1].isupper() and initials_match(text[start:w.start() + len(word)], acronym):
            return w.start() + len(word)
        if word != w.group():
            return None
    return None


def _defined_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, translated) of each long name an acronym defines: "Long Name (ACR)"
    (``_long_start``; ``translated``: only as a translated body's name) and "ACR, the
    Long Name" (``_long_end``)."""
    for m in _INSIDE.finditer(text):
        acronym, end = m.group(1), m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = _long_start(text, end, acronym, False)
        if start is not None:
            yield start, end, False
        elif (start := _long_start(text, end, acronym, True)) is not None:
            yield start, end, True
    for m in _FIRST.finditer(text):
        if m.group(1).isupper() and (end := _long_end(text, m.end(), m.group(1))) is not None:
            yield m.end(), end, False


def whole_long_names(text: str, doc: Doc, sent_of: list[int],
                     candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` where the long name an acronym defines (``_defined_spans``:
    "Rassemblement des Patriotes du Haut-Plateau (RPHP)") is one candidate, a body's, where
    the tagger cut it or missed it (``sent_of``: the sentence of each token)."""
    for start, end, body in list(_defined_spans(text)):
        # a translated name only where the tagger saw a body in it
        inside = [c for c in candidates if c.is_name and c.end > start and c.start < end
                  and c.end <= end]
        bodies = [c for c in inside if c.kind in ("ORG", "GROUP")]
        if [(c.start, c.end) for c in inside] == [(start, end)] or (
                not bodies and (body or any(c.kind == "PERSON" for c in inside))):
            continue
        start = min([start, *(c.start for c in inside)])
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        model = (bodies or inside or [Candidate(start, end, "", "ORG", span.root.i,
                                                sent_of[span.root.i])])[0]
        whole = replace(model, start=start, end=end, text=text[start:end], head=span.root.i,
                        kind=model.kind if bodies else "ORG", label="ORG", roles=[],
                        key=model.key if bodies else None,
                        country=model.country if bodies else None)
        gone = {id(c) for c in inside}
        candidates = [c for c in candidates if id(c) not in gone] + [whole]
    return sorted(candidates, key=lambda x: (x.start, -x.end))


def definitions(text: str, candidates: list[Candidate]) -> list[tuple[Candidate, str]]:
    """(named candidate, acronym) for "Name (ACR)", "Name ACR" and "ACR, the Name"."""
    out = []
    starting = {c.start: c for c in candidates if c.is_name and len(c.text.split()) > 1}
    for c in candidates:
        if not c.is_name or len(c.text.split()) < 2:
            continue
        m = _ACRONYM.match(text, c.end)
        body = m is not None and c.kind in _BODIES
        if m is None:
            m = _BARE_ACRONYM.match(text, c.end)
        if m and abbreviates(c.text, m.group(1), body):
            out.append((c, m.group(1)))
    for m in _FIRST.finditer(text):
        c = starting.get(m.end())
        if c is not None and m.group(1).isupper() and initials_match(c.text, m.group(1)):
            out.append((c, m.group(1)))
    return out
