"""What an actor is called and coded as, from what its mentions say: one rule for a
document's actors and for the corpus's.

In: the dictionary entry of the actor's identity (if any), the kinds, proper names,
descriptions, countries and sectors its mentions (or its documents' actors) carry, and which
of those countries were only guessed from the report. Out: its name, kind, country, sector and
the basis of its country.

The dictionary wins where it knows the actor (a place's entry names the place, not the
actor). A person is a person if any mention says so; else the most frequent kind. The name is
the fullest well-formed proper name (for a person the most words, else the longest); an
actor known only by descriptions takes the plainest ("Libyan forces") of the noun most of its
mentions use, its sector's word when they use several and none most ("people", "civilians",
"women": civilians), one owned by the speaker ("our soldiers", said by a ministry) only when
no other describes it. Country and
sector are the most frequent ones given. The country is a guess (``Actor.country_basis``
"report") only where every mention or actor giving that country guessed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .dictionary import Entry, honorific, word_list
from .tables import word_table


@dataclass(frozen=True, slots=True)
class Summary:
    name: str
    kind: str
    country: str | None
    sector: str | None
    country_basis: str | None  # ``Actor.country_basis``: "report" for a guess, else None


def summarise(entry: Entry | None, kinds: Iterable[str], names: Sequence[str],
              descriptions: Sequence[str], countries: Iterable[str | None],
              sectors: Iterable[str | None], guessed: Iterable[str | None] = ()) -> Summary:
    """The summary of one actor; ``guessed`` holds, once per mention or actor that gave it,
    each of ``countries`` that was only guessed from the report."""
    countries = list(countries)
    seen = Counter(kinds)
    kind = (entry.kind if entry and entry.kind != "LOCATION" else None) or (
        "PERSON" if "PERSON" in seen else seen.most_common(1)[0][0] if seen else "ORG")
    country = (entry.country if entry and entry.country else None) or _most(countries)
    sector = (entry.sector if entry and entry.sector else None) or _most(sectors)
    if entry is not None and kind != "LOCATION":
        name = entry.name
    elif names:
        def fullness(text: str) -> tuple[bool, bool, int, str]:
            words = text.split()
            well_formed = all(w[:1].isupper() or minor(w) for w in words)
            given = not (words and honorific(words[0]))  # "Luis Quintero" over "Mr Quintero"
            return (well_formed, given, len(words) if kind == "PERSON" else len(text), text)
        name = max(names, key=fullness)
    else:
        name = _described(descriptions, sector)
    return Summary(name, kind, country, sector, _basis(country, countries, guessed))


def _basis(country: str | None, countries: list[str | None],
           guessed: Iterable[str | None]) -> str | None:
    """"report" when ``country`` is given and every one of ``countries`` that names it was a
    guess (is in ``guessed`` as often), else None."""
    given = countries.count(country) if country else 0
    return "report" if given and list(guessed).count(country) == given else None


def minor(word: str) -> bool:
    """Whether a name may leave ``word`` in lower case and its acronym leave it out ("of",
    "des", "del", "y": ``data/names.yaml``)."""
    return word.lower() in word_list("names.yaml", "minor_words")


def _described(descriptions: Sequence[str], sector: str | None) -> str:
    """The name of an actor told only by descriptions: the shortest of those whose noun most
    of its mentions use ("the protesters", "protesters", "demonstrators": "protesters"); when
    no noun does and the descriptions name it by several, the word of its sector (``labels``
    of ``data/sectors.yaml``: "people", "civilians", "women" are civilians, no subset of
    them), else the shortest description. One owned by the speaker ("our soldiers") counts
    only when no other describes it."""
    descriptions = [t for t in descriptions if not _first_person(t)] or descriptions
    heads = Counter(t.split()[-1].lower() for t in descriptions if t.split())
    ranked = heads.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        label = word_table("sectors.yaml", "labels").get(sector or "")
        if label:
            return label
    elif ranked:
        descriptions = [t for t in descriptions if t.split() and
                        t.split()[-1].lower() == ranked[0][0]] or descriptions
    return min(descriptions, key=lambda t: (len(t.split()), len(t), t))


def _first_person(text: str) -> bool:
    """Whether a description is owned by the speaker ("*our* soldiers", ``first_person_owners``
    in ``data/names.yaml``): whose they are from inside a quote, no name of the actor."""
    words = text.split()
    return bool(words) and words[0].lower() in word_list("names.yaml", "first_person_owners")


def _most(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
