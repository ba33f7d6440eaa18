"""Where a trip named by a noun goes: the destination of a visit, trip or tour.

In: a noun trigger (a ``trip_nouns`` lemma of ``data/arguments.yaml``) and an ``ActorMap``.
Out: the tokens naming its destination, whom the visit is to (PLOVER CONSULT, mode visit: the
visitor is the source, the host the target). The noun's other arguments are read as for any
noun: its possessive, "by" or "of" phrase is the traveller.

A destination is

* a place name before the noun ("the *Cairo* trip", "his *Kremlin* visit", "the *New Delhi*
  visit"): a compound whose actor is a country or a place, not a person ("the *Xi* visit")
  nor a body ("the *IAEA* trip"), nor an adjective ("the *Russian* visit" says nothing of
  where);
* a "to" phrase the parser hung on the traveller ("the visit by Iran's president *to
  Moscow*");
* the place of a tour "of" it when the noun names its traveller otherwise ("Macron's tour *of
  Nigeria*"); with no other traveller the "of" phrase is the traveller ("the visit *of the
  Kenyan president*").

Not "abroad" nor a site no state holds ("his visit to the flooded district").

The traveller its possessive, "by" or "of" phrase names is read as for any noun; when they
name none, its "of" phrase ("the Cairo visit *of the Ethiopian prime minister*") or, for a
possessive pronoun the actors stage left unresolved, the speaker of the reported clause ("the
Finnish president said *his* Beijing trip would ..."), or the doer of the clause the trip is
the occasion of ("*during* the Moscow visit, the Indian minister signed ...", ``trip_times``),
unless he is of the country visited: the host ("during the Moscow visit, Putin said ..."); a
trip to no state there is no visit ("returned home after a *trip* at sea").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actormap import ActorMap
from .doers import doers, reporter
from .subjects import by_phrase, pobjs, words

#: Actor kinds of a place: a state or a place in one.
_PLACES = frozenset({"COUNTRY", "LOCATION"})
#: Entity labels of a place's name, for a name the tagger reads as an adjective.
_NAMED = frozenset({"GPE", "LOC", "FAC"})
#: How a place name hangs before the noun ("the *Kyiv* visit" is sometimes read as an
#: adjective; a real adjective, "the *Russian* visit", is no proper noun and says nothing of
#: where).
_BEFORE = frozenset({"compound", "nmod", "amod"})
#: Modifiers and phrases that name the traveller.
_TRAVELLERS = frozenset({"poss", "compound", "nmod", "amod"})


def is_trip(noun: Token) -> bool:
    """Whether ``noun`` names a trip (``trip_nouns``: "visit", "trip", "tour")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words("trip_nouns")


def _place(token: Token, amap: ActorMap) -> bool:
    """Whether ``token`` is a place's name: its own actor is a country or a place."""
    return (token.pos_ == "PROPN" or token.ent_type_ in _NAMED) and amap.kind.get(
        amap.direct(token) or "") in _PLACES


def destinations(noun: Token, amap: ActorMap) -> list[Token]:
    """The tokens naming where the trip ``noun`` goes (see the module docstring)."""
    before = [c for c in noun.children if c.dep_ in _BEFORE and c.i < noun.i and _place(c, amap)]
    by = by_phrase(noun)
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)]
    toured = [o for o in of if _place(o, amap)]
    named = by or [c for c in noun.children if c.dep_ in _TRAVELLERS and c not in before
                   and amap.actor(c) is not None]
    travellers = [*by, *(o for o in of if o not in toured)]
    sent = [o for t in travellers for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in pobjs(c) if _place(o, amap)]
    return [*before, *(toured if named else []), *sent]


def travellers(noun: Token, of: list[Token], amap: ActorMap) -> list[str]:
    """Who makes the trip ``noun`` when its possessive and "by" phrase name nobody: the actors
    of its "of" phrase ``of``, else the speaker a possessive pronoun on it stands for."""
    found = amap.actors(of) or [a for c in noun.children if c.dep_ == "poss"
                                and c.tag_ == "PRP$" and amap.direct(c) is None
                                for a in reporter(c, amap)]
    if found or any(c.dep_ == "poss" for c in noun.children):
        return found
    when = noun.head
    if noun.dep_ != "pobj" or when.lower_ not in words("trip_times") or when.head.pos_ != "VERB":
        return []
    hosts = {amap.country.get(a) for a in amap.actors(destinations(noun, amap))} - {None}
    if not hosts:
        return []  # "returned home after a three-day *trip* at sea": no one is received
    return [a for a in doers(when.head, amap) if amap.country.get(a) not in hosts]
