"""Where an event happened: a place named in the trigger's clause, resolved to coordinates.

In: the trigger's tokens and the actor dictionary. Out: a ``Location`` or None. Places are
the objects of "in/at/near/to/into..." on the trigger or its light verb ("fighting *in Sirte*",
"visited Moscow" for visits, "*to Moscow*"), taken from the named entities (GPE, LOC, FAC).
Cities resolve through geonames (most populous, capitals first) with their coordinates;
countries and regions give their ISO3 code and no coordinates (a country has no single point).

A meeting of two or more parties, each of a known country, in a place that is in none of
their countries is at a third location (CAMEO 044, PLOVER mode third-party): "Armenia and
Azerbaijan met in Prague". One party abroad is not: "Putin held talks in Beijing" is a visit
whose host the sentence leaves unnamed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.dictionary import Dictionary
from ..records import Actor, Event, Location

_PREPS = frozenset({"in", "at", "near", "to", "into", "inside", "outside", "across",
                    "around", "throughout", "within", "on"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _entity_in(token: Token) -> tuple[int, int] | None:
    """Token range of the first place entity in ``token``'s phrase ("the city *of Hebron*")."""
    for t in token.subtree:
        if t.ent_type_ in _PLACE_LABELS:
            first = last = t
            while first.i > 0 and first.nbor(-1).ent_iob_ == "I" and first.ent_iob_ == "I":
                first = first.nbor(-1)
            while last.i + 1 < len(t.doc) and last.nbor().ent_iob_ == "I":
                last = last.nbor()
            return first.i, last.i + 1
        if t.i > token.i + 8:
            break
    return None


def resolve(name: str, d: Dictionary) -> Location | None:
    """A ``Location`` for a place name, or None when we do not know the place."""
    place = d.place(name)
    country = d.country_name(name) or d.country(name)
    if country and (place is None or not place.capital or country != place.country):
        # a country's name ("Georgia") beats a city that happens to share it
        return Location(name, country, None, None)
    if place is not None:
        return Location(name, place.country, place.lat, place.lon)
    region = d.region(name)
    return Location(name, region, None, None) if region else None


def location(heads: list[Token], visit: bool, d: Dictionary) -> tuple[Location, Token] | None:
    """The place of an event whose trigger (and light verb) are ``heads``, and the token
    naming it; ``visit`` events also take their direct object ("visited Moscow")."""
    for head in heads:
        candidates = [o for c in head.children if c.dep_ == "prep" and c.lower_ in _PREPS
                      for o in c.children if o.dep_ == "pobj"]
        if visit:
            candidates = [c for c in head.children if c.dep_ == "dobj"] + candidates
        for token in candidates:
            span = _entity_in(token)
            if span is None:
                continue
            name = token.doc[span[0]:span[1]].text
            if name.lower().startswith("the "):
                name = name[4:]
            found = resolve(name, d)
            if found is not None:
                return found, token.doc[span[0]]
    return None


def third_party(event: Event, actors: Sequence[Actor]) -> Event:
    """``event`` as a meeting at a third location (mode third-party; a plain meeting's code
    040 becomes 044) when its place is in none of its parties' countries; else unchanged."""
    parties = [*event.source, *event.target]
    if event.mode is not None or event.location is None or len(parties) < 2:
        return event
    country = {a.id: a.country for a in actors if a.id in parties}
    where = event.location.country
    if where is None or any(country.get(p) in (None, where) for p in parties):
        return event
    return replace(event, mode="third-party",
                   cameo_code="044" if event.cameo_code == "040" else event.cameo_code)
