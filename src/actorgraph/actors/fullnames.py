"""A body's name whole, and the state a name holds.

In: a spaCy ``Doc``'s named entities, or one name's span, and the dictionary. Out: the
entities with a name the NER cut on its "of" joined to the name it is "of" (``rejoin``), and
the country a name contains (``country_inside``).

* The NER may end a body's name on its "of" and tag the state after it apart: "[the Ministry
  of Foreign Affairs of] [the Republic of Lithuania]", "[the Office of the President of]
  [the Republic of Cyprus]". A name does not end on "of": the two are one name, the body's.
* A state's name may run over several words ("New Zealand", "Burkina Faso", "Papua New
  Guinea"): inside a body's name it is that state, not what one of its words names alone
  ("Papua", a region of Indonesia; "Mexico" in "the University of New Mexico", a state of the
  United States). The longest name wins.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .dictionary import Dictionary

#: Labels of a name a cut name may be "of".
_OF_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})
#: The most words a place's name inside another name is looked up over ("Democratic Republic
#: of the Congo").
_LONGEST = 5


def _cut(ent: Span) -> int:
    """How many words of the "of" (and "of the") ``ent`` ends on; 0 when it does not."""
    words = [t.lower_ for t in ent[-2:]]
    if words[-1] == "of" and len(ent) > 2:
        return 1
    return 2 if words == ["of", "the"] and len(ent) > 3 else 0


def rejoin(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with an organisation's name the NER ended on "of" joined to the name right
    after it: one organisation."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ in _OF_LABELS \
                and prev.end == ent.start and _cut(prev) \
                and doc[prev.end - 1].whitespace_ and not doc[ent.start].is_sent_start:
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def country_inside(span: Span, d: Dictionary, places: bool = True) -> str | None:
    """The country a name contains ("Nigerian Union of Teachers", "Baghdad University",
    "Ministry of Justice of Burkina Faso"); ``places``: also by a big city or a region in it.
    A place of several words is read whole before its words ("New Mexico" is no Mexico)."""
    i = 0
    while i < len(span):
        token = span[i]
        if not (token.is_title or token.is_upper):
            i += 1
            continue
        longest = next((span[i:i + n] for n in range(_LONGEST, 1, -1) if i + n <= len(span)
                        and span[i + n - 1].is_title and (d.country_name(span[i:i + n].text)
                                                          or d.region(span[i:i + n].text))),
                       None)
        if longest is not None:
            iso3 = d.country_name(longest.text)
            if iso3 or places:
                return iso3 or d.region(longest.text)
            i += len(longest)  # a region of several words: none of its words is a country
            continue
        iso3 = d.demonym(token.text) or d.country_name(token.text)
        if iso3:
            return iso3
        if places and token.is_title and "." not in token.text and len(token.text) > 3:
            place = d.place(token.text, main_name=True)
            big = place is not None and place.population >= 200_000
            iso3 = place.country if big else d.region(token.text)  # type: ignore[union-attr]
            if iso3:
                return iso3
        i += 1
    return None
