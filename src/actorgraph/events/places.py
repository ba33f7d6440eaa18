"""Where an event happened: a place named in the trigger's clause, resolved to coordinates.

In: the trigger's tokens and the actor dictionary. Out: a ``Location`` or None. Places are
the objects of "in/at/near/to/into..." on the trigger or its light verb ("fighting *in Sirte*",
"visited Moscow" for visits, "*to Moscow*"), or inside its object ("hit a market *in
Omdurman*", "shelled the outskirts *of Kharkiv*": "of" only after a noun of place), taken
from the named entities (GPE, LOC, FAC) or, where the parser labels a town otherwise, from a
proper name the dictionary knows as a place.
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
from ..actors.mentions import PLACE_NOUNS
from ..records import Actor, Event, Location
from .whereabouts import town_named

_PREPS = frozenset({"in", "at", "near", "to", "into", "inside", "outside", "across",
                    "around", "throughout", "within", "on"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _entity_in(token: Token, d: Dictionary) -> tuple[int, int] | None:
    """Token range of the first place entity in ``token``'s phrase ("the city *of Hebron*"),
    else of ``token`` itself when it is a proper name we know as a place, whatever label the
    parser gave it ("near Goma" tagged a person, "Kharkiv" untagged)."""
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
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # "on March 3": a month, not the English town
    if _place_noun(token):  # "the town of X"
        token = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), token)
    if token.pos_ == "PROPN":
        first = token
        while first.i > 0 and first.nbor(-1).dep_ == "compound" and \
                first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).head.i == token.i:
            first = first.nbor(-1)
        name = token.doc[first.i:token.i + 1].text
        if resolve(name, d) is not None and not d.demonym(name):
            return first.i, token.i + 1
    return None


def _place_noun(token: Token) -> bool:
    """Whether ``token`` is a noun of place ("town", "the outskirts"), as written or by
    lemma."""
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS


def _objects(head: Token, visit: bool, own: bool = False) -> list[Token]:
    """The tokens that may name where ``head``'s act happened: objects of its place
    prepositions, the place a place noun among them is "of" ("the outskirts *of Kharkiv*"),
    for the trigger itself (``own``) a town named before it ("the *Almaty* meeting"; not
    "violated the *Nairobi* ceasefire"), and, for a visit, its direct object."""
    found = [o for c in head.children if c.dep_ == "prep" and (
        c.lower_ in _PREPS or (c.lower_ == "of" and _place_noun(head)))
        for o in c.children if o.dep_ == "pobj"]
    towns = [c for c in head.children if town_named(c)] if own else []
    return ([c for c in head.children if c.dep_ == "dobj"] if visit else []) + found + towns


def spoken_after(token: Token, speech: set[int]) -> list[Token]:
    """The verb of speech a nominal act is told "after" ("said in Astana on Tuesday after a
    round of talks"): the words were spoken where the act had just taken place."""
    node = token
    for _ in range(6):
        head = node.head
        if head == node or node.dep_ not in ("pobj", "prep"):
            return []
        if node.dep_ == "prep" and node.lower_ == "after":
            return [head] if head.i in speech else []
        node = head
    return []


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
    naming it; ``visit`` events also take their direct object ("visited Moscow"). A town
    comes before a country or region ("burned the village of Kalaba *in northern Mali*")."""
    first: tuple[Location, Token] | None = None
    for n, head in enumerate(heads):
        for token in _objects(head, visit, own=n == 0):
            span = _entity_in(token, d)
            if span is None:
                continue
            name = token.doc[span[0]:span[1]].text
            if name.lower().startswith("the "):
                name = name[4:]
            name = name.removesuffix("'s").removesuffix("\u2019s")  # "in Burkina Faso's north"
            found = resolve(name, d)
            if found is not None and found.lat is not None:
                return found, token.doc[span[0]]  # a town before a country or region
            if found is not None and first is None:
                first = found, token.doc[span[0]]
    return first


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
