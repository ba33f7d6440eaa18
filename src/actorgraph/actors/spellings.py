"""When two written names are one person's: the comparison form of a surname, and spelling variants.

``surname(text)`` is the last word of a name in comparison form (``dictionary.norm``), without
an Arabic article glued to it ("Al-Sisi", "el-Sisi" and "Sisi" all give "sisi").

``same_person_names(a, b)`` holds for two spellings of one person's name: surnames of four
letters or more, with the same first letter, at least 85 % alike ("Ishchenko", "Ischenko"),
and given names that agree: either name has none (a bare surname, or "Mr Quintero", whose
courtesy title is no given name: ``dictionary.honorific``), or they share the first letter
and are at least 60 % alike.

``variant_pairs(names)`` gives each pair of distinct spellings among ``names`` that
``same_person_names`` joins, comparing only names whose surnames share the first letter.
Both the grouping of one document's mentions (``local``) and the corpus merge (``merge``)
use them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz

from .dictionary import honorific, norm

#: Arabic articles written before a surname ("Al-Sisi").
_PARTICLES = ("al-", "el-", " al ", "el ")


@functools.lru_cache(maxsize=100_000)
def surname(text: str) -> str:
    """The comparison form of a person's last name ("Al-Sisi" → "sisi")."""
    last = norm(text.split()[-1]) if text.split() else ""
    for particle in _PARTICLES:
        if last.startswith(particle.strip()) and len(last) > len(particle):
            last = last[len(particle):].lstrip(" -")
    return last


def _first(text: str) -> str | None:
    """The given name, if the text has one ("Mr Quintero" has none)."""
    words = text.split()
    if len(words) < 2 or honorific(words[0]):
        return None
    return norm(words[0])


@functools.lru_cache(maxsize=200_000)
def same_person_names(a: str, b: str) -> bool:
    """Spelling variants of one person's name: close surnames, and first names that agree."""
    sa, sb = surname(a), surname(b)
    if len(sa) < 4 or len(sb) < 4 or sa[0] != sb[0] or fuzz.ratio(sa, sb) < 85:
        return False
    fa, fb = _first(a), _first(b)
    return fa is None or fb is None or (fa[0] == fb[0] and fuzz.ratio(fa, fb) >= 60)


def variant_pairs(names: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Pairs of distinct spellings that name one person (``same_person_names``), compared
    only within blocks sharing the surname's first letter (variants always do)."""
    blocks: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        blocks.setdefault(surname(name)[:1], []).append(name)
    for block in blocks.values():
        for n, a in enumerate(block):
            for b in block[n + 1:]:
                if same_person_names(a, b):
                    yield a, b
