"""Where an event happened: a place named in the trigger's clause, resolved to coordinates.

In: the trigger's tokens and the actor dictionary. Out: a ``Location`` or None. Places are
the objects of "in/at/near/to/into..." on the trigger or its light verb ("fighting *in Sirte*",
"visited Moscow" for visits, "*to Moscow*"; a town an attack or a raid is done to, "shelled
*Kharkiv*", "the shelling *of Kharkiv*"), or inside its object ("hit a market *in
Omdurman*", "shelled the outskirts *of Kharkiv*": "of" only after a noun of place), taken
from the named entities (GPE, LOC, FAC) or, where the parser labels a town otherwise, from a
proper name the dictionary knows as a place; a crowd's "through/along the streets *of X*".
Each place has a kind. Cities ("city") resolve through geonames (most populous, capitals
first) with their coordinates; countries ("country") and regions ("region": "Kaduna *state*")
give their ISO3 code and no coordinates (a country has no single point). A town the gazetteer
lacks ("town": "kidnapped six traders *outside Mbalobo*") is kept, for it tells one event
from another, when it is a place entity (GPE, LOC) or the text makes it a place ("the village
*of* X", a name after near/outside with no person reading); it has no coordinates (never
invented) and the country of a region or country the clause names ("near Kagara *in Niger
state*"). Never a person, an owner ("St. Jude's school"), a facility, a sea, a month or a
demonym. A known city comes before a town, a town before a region or country.
A place in the phrase of another event is that event's, not this one's: under another event
noun ("expelled two diplomats in response to the expulsion of envoys *from Kampala*"), a
noun of answer or a preposition of sequence ("after talks *in Geneva*").

A meeting of two or more parties, each of a known country, in a place that is in none of
their countries is at a third location (CAMEO 044, PLOVER mode third-party): "Armenia and
Azerbaijan met in Prague". One party abroad is not: "Putin held talks in Beijing" is a visit
whose host the sentence leaves unnamed.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.dictionary import Dictionary, honorific, word_list
from ..actors.homonyms import elsewhere_only
from ..actors.mentions import PLACE_NOUNS
from ..records import Actor, Event, Location
from .whereabouts import event_noun, town_named

_PREPS = word_list("grammar.yaml", "event_place_preps")
#: Prepositions a crowd moves by: a place only as a part of a town ("through the streets of X").
_PASSING = frozenset({"through", "along"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Hyphens that join the two parts of one name ("Gorom-Gorom"): ASCII, Unicode, non-breaking.
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TOWN_LABELS = frozenset({"GPE", "LOC"})  # a facility (FAC) is never a town
#: Labels a town the parser does not know may get where the text makes it a place.
_MISREAD = frozenset({"", "GPE", "LOC", "ORG", "PERSON"})
_DAYS = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))


def _words(key: str) -> frozenset[str]:
    return word_list("places.yaml", key)


def _elsewhere(t: Token, token: Token) -> bool:
    """Whether ``t``, inside ``token``'s phrase, is in the phrase of another event: under an
    event noun below ``token`` ("the expulsion of two envoys *from Kampala*"), a noun of
    answer ("in response to ...") or a preposition of sequence ("after talks *in Geneva*")."""
    node = t
    while node.i != token.i and node.head.i != node.i:
        node = node.head
        if node.lower_ in _words("sequence_preps") or \
                node.lemma_.lower() in _words("answer_nouns"):
            return True
        if node.i != token.i and event_noun(node):
            return True
    return False


def _names_in(token: Token) -> list[Span]:
    """The names that may say where, in ``token``'s phrase: ``token``'s own proper name (with
    its compounds, "Wadi Kharsa"), the name a noun of place is "of" ("the village *of
    Kalaba*", "the streets *of Kyanzige*") or a region word names ("*Belgorod* region"), and
    the first place entity (GPE, LOC, FAC) in the phrase that is not another event's; a
    region word after a name goes with it ("Kaduna *state*")."""
    doc = token.doc
    if token.ent_type_ in ("DATE", "TIME"):
        return []  # "on March 3": a month, not the English town
    found: list[Span] = []
    region: list[Span] = []
    own = token
    if _place_noun(token) or token.lower_ in _words("town_parts"):  # "the town of X"
        own = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj"), token)
    if own.pos_ == "PROPN" or (own.lower_ in _words("region_nouns") and own.pos_ == "NOUN"):
        first = own
        while (before := _name_before(first, own)) is not None:
            first = before  # "San Pedro Sula", each compound to the next; "Gorom-Gorom"
        if first.pos_ == "PROPN":  # a region word's name after the entities ("Nigeria's
            # Borno state" is in Nigeria)
            (found if own.pos_ == "PROPN" else region).append(
                _with_region(doc[first.i:own.i + 1]))
    for t in token.subtree:
        if t.i > token.i + 8:
            break
        if t.ent_type_ in _PLACE_LABELS and not _elsewhere(t, token):
            first = last = t
            while first.i > 0 and first.nbor(-1).ent_iob_ == "I" and first.ent_iob_ == "I":
                first = first.nbor(-1)
            while last.i + 1 < len(doc) and last.nbor().ent_iob_ == "I":
                last = last.nbor()
            found.append(_with_region(doc[first.i:last.i + 1]))
            break
    return found + region


def _name_before(first: Token, own: Token) -> Token | None:
    """The word of a proper name ``own`` just before its word ``first``: a proper noun
    compound on the name ("*San* Pedro Sula") or, across a hyphen written with no space, the
    first part of a name of two ("*Gorom*-Gorom", "*Port*-Gentil": one town, not two); None
    when the name starts at ``first``. Towns a hyphen pairs for a road ("the Niamey-Zinder
    road") are no name of ``own``'s: their head is the road."""
    doc = first.doc
    if first.i == 0:
        return None
    prev = doc[first.i - 1]
    if prev.dep_ == "compound" and prev.pos_ == "PROPN" and first.i <= prev.head.i <= own.i:
        return prev
    if prev.text in _HYPHENS and not prev.whitespace_ and first.i > 1:
        part = doc[first.i - 2]
        if part.pos_ == "PROPN" and not part.whitespace_ and part.head.i == first.i:
            return part
    return None


def _with_region(span: Span) -> Span:
    """``span`` with the region word that follows it ("Kaduna *state*": the state, not the
    city)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _words("region_nouns") and \
            doc[span.end].pos_ == "NOUN":
        return doc[span.start:span.end + 1]
    return span


def _place_noun(token: Token) -> bool:
    """Whether ``token`` is a noun of place ("town", "the outskirts"), as written or by
    lemma."""
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS


def _objects(head: Token, visit: bool, struck: bool, own: bool = False) -> list[Token]:
    """The tokens that may name where ``head``'s act happened: objects of its place
    prepositions, the place a place noun among them is "of" ("the outskirts *of Kharkiv*"),
    a part of a town passed through or along ("marched through the streets *of X*"), for the
    trigger itself (``own``) a town named before it ("the *Almaty* meeting"; not "violated
    the *Nairobi* ceasefire"), for a visit its direct object, and for an act done to a place
    (``struck``) the name that is its direct object or the trigger noun's "of" phrase
    ("shelled *Kharkiv*", "the shelling *of Gao*"; not "arrested the mayor of Lviv")."""
    found = [o for c in head.children if c.dep_ == "prep" and (
        c.lower_ in _PREPS or (c.lower_ == "of" and _place_noun(head)))
        for o in c.children if o.dep_ == "pobj"]
    found += [o for c in head.children if c.dep_ == "prep" and c.lower_ in _PASSING
              for o in c.children if o.dep_ == "pobj" and (
                  _place_noun(o) or o.lower_ in _words("town_parts"))]
    towns = [c for c in head.children if town_named(c)] if own else []
    objects = [c for c in head.children if c.dep_ == "dobj"] if visit else []
    if struck and not visit:
        objects = [c for c in head.children if c.pos_ == "PROPN" and (c.dep_ == "dobj" or (
            own and head.pos_ == "NOUN" and c.dep_ == "pobj"))]
        objects += [o for c in head.children if own and head.pos_ == "NOUN"
                    and c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return objects + found + towns


def _after_title(span: Span, d: Dictionary) -> bool:
    """Whether ``span`` is a person's name, after a courtesy title or a title ("near *Mr*
    Kafanchan's house")."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and (honorific(before.text) or d.title(before.text) is not None)


def _owner(span: Span) -> bool:
    """Whether ``span`` is a possessor ("*St. Jude's* school", "*Kamara's* home"): of a name
    we do not know as a place, whose, not where."""
    doc = span.doc
    return span[-1].dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS")


def _town(span: Span, token: Token, d: Dictionary) -> bool:
    """Whether ``span``, a name the gazetteer and the dictionary do not know as a place, is
    still a town: a place entity (GPE, LOC), a name a noun of place is "of" ("the village of
    X", whatever label the parser gave it), or a name right after near/outside with no
    person reading ("outside *Mbalobo*", read by the parser as an organisation); never a
    facility (FAC: "at the Ras Amlouk", read as a facility, stays out), a sea, a range or a
    river ("the Gulf of Aden", "the Luapula river"), a building or a body ("outside the
    National Congress"), a month or weekday, a demonym, a country's word, or a name the
    dictionary knows as someone."""
    root = span[-1]
    label = root.ent_type_
    name = span.text
    of_place = root.head.head.i == token.i and root.head.lower_ == "of" and (
        _place_noun(token) or token.lower_ in _words("town_parts"))  # "the town of X"
    if (label not in _MISREAD and not of_place) or root.pos_ != "PROPN" or \
            not name[:1].isupper() or _owner(span) or d.demonym(name) or d.country(name) or \
            any(t.lower_ in _DAYS or t.lower_ in _words("features") or
                t.lower_ in _words("facility_words") for t in span) or _feature_named(span):
        return False
    entry = d.lookup(name)
    if entry is not None and entry.kind != "LOCATION":
        return False  # a body or a person the dictionary knows
    if label in _TOWN_LABELS or of_place or _placed_after(span, d) is not None:
        return True
    if token.i != root.i or token.dep_ != "pobj" or \
            token.head.lower_ not in _words("beside_preps"):
        return False
    return not (len(span) > 1 and d.gender(span[0].text) is not None)  # "near Juan Ortega"


def _feature_named(span: Span) -> bool:
    """Whether ``span`` names the natural feature the word after it is ("the *Luapula*
    river", "the *Ngozi* hills"): a river is no town."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _words("features") and (
        doc[span.end].pos_ in ("NOUN", "PROPN"))


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
    """A ``Location`` for a place name, or None when we do not know the place; its kind is
    "country", "city" (with coordinates) or "region" ("Niger state" is Nigeria's state,
    not the country)."""
    place = d.place(name)
    region = d.region(name)
    if region and name.rsplit(None, 1)[-1].lower() in _words("region_nouns"):
        return Location(name, region, None, None, "region")
    country = d.country_name(name) or d.country(name)
    if country and (place is None or not place.capital or country != place.country):
        # a country's name ("Georgia") beats a city that happens to share it
        return Location(name, country, None, None, "country")
    if place is not None:
        return Location(name, place.country, place.lat, place.lon, "city")
    return Location(name, region, None, None, "region") if region else None


def placed_as(found: tuple[Location, Token], country: str | None, d: Dictionary,
              unplaced: bool = False) -> tuple[Location, Token]:
    """The town ``found`` in ``country``, the country the actors stage placed its name in,
    where a town of that name lies there ("Tripoli" in a report from Beirut is Lebanon's,
    ``actors/homonyms``); a town the gazetteer lacks (kind "town", no coordinates) when that
    stage left ``unplaced`` a name the gazetteer knows only as another town's other name
    ("Pyla" in a Cypriot report: no Piła); else ``found`` as it is."""
    location, token = found
    if unplaced and location.kind == "city" and elsewhere_only(location.name, d):
        return Location(location.name, None, None, None, "town"), token
    if location.kind != "city" or country is None or country == location.country:
        return found
    place = d.place(location.name, country=country)
    if place is None or place.country != country:
        return found
    return Location(location.name, country, place.lat, place.lon, "city"), token


def _name(span: Span) -> str:
    name = span.text
    if name.lower().startswith("the "):
        name = name[4:]
    return name.removesuffix("'s").removesuffix("\u2019s")  # "in Burkina Faso's north"


def location(heads: list[Token], visit: bool, d: Dictionary, struck: bool = False
             ) -> tuple[Location, Token] | None:
    """The place of an event whose trigger (and light verb) are ``heads``, and the token
    naming it; a ``visit`` also takes its direct object ("visited Moscow"), an act done to a
    place (``struck``) the name that is its object ("shelled Kharkiv", "the shelling of
    Gao"). A city
    comes first, then a town the gazetteer lacks (kind "town", no coordinates, in the
    country of a region or country the clause names: "near Kagara *in Niger state*"), then
    a country or region ("burned the village of Kalaba *in northern Mali*")."""
    first: tuple[Location, Token] | None = None
    town: tuple[Span, Token] | None = None
    for n, head in enumerate(heads):
        for token in _objects(head, visit, struck, own=n == 0):
            for span in _names_in(token):
                if _after_title(span, d):
                    continue
                found = resolve(_name(span), d)
                if found is not None and found.kind == "city":
                    return found, span[0]  # a town before a country or region
                if found is not None:
                    first = first or (found, span[0])
                    break
                if _town(span, token, d):
                    town = town or (span, token)
                    break
    if town is None:
        return first
    # the token whose actor the place stands for (an attack "in" a place is aimed at it):
    # the known region or country the town is in, as before towns were kept
    after = _placed_after(town[0], d)
    country = first[0].country if first else after.country if after else _country_in(*town, d)
    return Location(_name(town[0]), country, None, None, "town"), (first[1] if first
                                                                   else town[0][0])


def _placed_after(span: Span, d: Dictionary) -> Location | None:
    """The known place a name is said to be in or near right after it ("at Wour*, in the
    Tibesti mountains*", "Kelewo*, in Ituri province*"), which makes the name a place."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or \
            doc[span.end + 1].lower_ not in ("in", "near"):
        return None
    for t in doc[span.end + 2:min(span.end + 7, len(doc))]:
        if t.pos_ == "PROPN" and (found := resolve(t.text, d)) is not None:
            return found
        if t.is_punct:
            break
    return None


def _country_in(town: Span, phrase: Token, d: Dictionary) -> str | None:
    """The country of a region or country named in the phrase ``phrase`` heads, where the
    town was named ("Kelewo, *in Ituri province*", "a school near Kagara *in Niger
    state*"), if any."""
    for token in phrase.subtree:
        if token.i >= phrase.i + 12:
            break
        if token.dep_ not in ("pobj", "appos") or town.start <= token.i < town.end:
            continue
        for span in _names_in(token):
            found = resolve(_name(span), d)
            if found is not None and found.kind != "city":
                return found.country
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
