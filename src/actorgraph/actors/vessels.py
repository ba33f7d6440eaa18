"""Ships named in a report: vessels, not people or places.

In: the parse, its sentence numbers and the dictionary. Out: one ``Candidate`` per ship named
right after a vessel noun or after a ship prefix ("the tanker *Sea Falcon*", "the *MV Ruen*",
the frigate *Admiral Essen*), an organisation (kind ORG) with the sector of its noun
(``vessel_nouns`` of ``data/names.yaml``: a merchant ship's BUS, a warship's MIL, a fishing
boat's AGR) and the country of its flag: the state a word before the noun names, a flag first
("the *Liberian*-flagged tanker", "the *Togo*-flagged freighter"), else the owners' or the
ship's adjective ("the *Greek*-owned carrier", "the *Indian* trawler"), the noun set before the
name or apposed to it ("the MV Ruen, a *Maltese*-flagged bulk carrier"). The tagger reads such
names as people, places or nothing ("Marisol", "Essen", "Unaizah May"); a name of words the
dictionary knows as a state or people, or a day or a date, is no ship; a noun not followed by a
name names none ("tanker driver John Mensah", "the ship's captain").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate
from .dictionary import Dictionary
from .tables import word_list, word_table

#: Tags of the words of a ship's name.
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: Entity types of words that are no ship's name ("seized the tanker *Tuesday*").
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def vessel_noun(lemma: str) -> bool:
    """Whether the one word ``lemma`` is a noun of a ship or boat (a one-word key of
    ``vessel_nouns``: "tanker", "dhow"; not "tank")."""
    return lemma in word_table("names.yaml", "vessel_nouns") and " " not in lemma


def _sector(noun: Token) -> str | None:
    """The sector of a ship a vessel noun names ("frigate": MIL), read with its modifier
    first ("fishing boat": AGR, "supply boat": the boat's BUS); None for no vessel noun."""
    table = word_table("names.yaml", "vessel_nouns")
    before = noun.doc[noun.i - 1] if noun.i else None
    if before is not None and f"{before.lower_} {noun.lower_}" in table:
        return table[f"{before.lower_} {noun.lower_}"]
    return table.get(noun.lower_)


def _name_after(doc: Doc, i: int, d: Dictionary) -> Span | None:
    """The run of name words from token ``i`` on, when it is a ship's name: not a day, date,
    number, state or people, nor a name the dictionary knows."""
    j = i
    while j < len(doc) and doc[j].tag_ in _NAME_TAGS and doc[j].ent_type_ not in _NOT_NAMES:
        j += 1
    if j == i:
        return None
    span = doc[i:j]
    if d.lookup(span.text) is not None or d.country(span.text) or d.demonym(span.text):
        return None
    return span


def _described(noun: Token, name: Span) -> list[Token]:
    """The words a vessel noun's phrase sets before it ("the *Liberian-flagged* tanker"),
    also where the parser hung them on the name after it ("the Panamanian-flagged cargo ship
    Marisol": "flagged" on "Marisol")."""
    heads = [noun, *([name.root] if noun.i < name.start else [])]
    return sorted({t for h in heads for c in h.lefts for t in c.subtree if t.i < noun.i},
                  key=lambda t: t.i)


def _flag(noun: Token, name: Span, d: Dictionary) -> str | None:
    """The state a vessel noun's words before it name: a flag's ("Liberian-flagged") first,
    else any state's or people's ("Greek-owned", "the Indian trawler")."""
    found: list[tuple[bool, str]] = []
    for t in _described(noun, name):
        iso3 = d.demonym(t.text) or d.country(t.text)
        if iso3:
            flagged = t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "flagged"
            found.append((flagged, iso3))
    return max(found, key=lambda f: f[0])[1] if found else None


@dataclass(frozen=True, slots=True)
class Ship:
    """A ship's candidate and the character range of the words its vessel noun's phrase sets
    before the noun, which describe the ship (a flag's or owner's adjective is no party)."""

    candidate: Candidate
    described: tuple[int, int]


def ships(doc: Doc, sent_of: list[int], d: Dictionary) -> list[Ship]:
    """Each ship ``doc`` names (module docstring)."""
    prefixes = word_list("names.yaml", "vessel_prefixes")
    out: list[Ship] = []
    taken = -1
    for t in doc:
        if t.i <= taken:
            continue
        if t.text in prefixes:
            name = _name_after(doc, t.i + 1, d)
            span = doc[t.i:name.end] if name is not None else None
            nouns = [c for c in (span.root.children if span is not None else ())
                     if c.dep_ == "appos" and _sector(c)]
        elif t.pos_ == "NOUN" and _sector(t):
            span = _name_after(doc, t.i + 1, d)
            nouns = [t]
        else:
            continue
        if span is None:
            continue
        noun = nouns[0] if nouns else None
        sector = _sector(noun) if noun is not None else "BUS"
        country = _flag(noun, span, d) if noun is not None else None
        c = Candidate(span.start_char, span.end_char, span.text, "ORG", span.root.i,
                      sent_of[span.root.i], kind="ORG", country=country, sector=sector)
        words = _described(noun, span) if noun is not None else []
        described = (doc[words[0].i].idx, noun.idx) if words and noun is not None else (0, 0)
        out.append(Ship(c, described))
        taken = span.end - 1
    return out
