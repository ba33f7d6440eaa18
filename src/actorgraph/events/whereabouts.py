"""Places that only say where: actors an argument names that are not whom the act is aimed at.

In: an argument token (an object, a passive subject, a prepositional object of a trigger),
the actors ``ActorMap.actors`` found for it, the actors to leave out (the sources) and the
``ActorMap``. Out: those actors less the places that only locate the thing the token names.
Two constructions, each where and not whom by the PLOVER sense of a recipient (the one acted
upon):

* a place no state holds in the "in" phrase of a noun that is no actor itself: "hijacked a
  vessel *in the Gulf of Aden*", "seized a boat *in the Aegean Sea*". A sea, a gulf or a
  strait is never an actor; the thing is hit, the place is only where it is. A city or a
  province of a known country stays ("hit an oil depot *in Belgorod*": coded by country, a
  place attacked stands for its state; leaving cities out too lowered the PLOVER dev
  target-code accuracy). Not a place the noun belongs to ("the town *of* Goma");
* a place in a phrase of where of a noun of an act of force or protest ("condemned the
  violence *in Nyala*", "traded accusations over the shelling *in Kashmir*"): where the act
  judged or told was, not whom the judging is aimed at (an act done to a place still reaches
  it when its own type is aimed at places: the events stage reads the event's location; and
  aid delivered "in Baghdad" goes to Baghdad);
* a city in the "in" phrase of a noun of a meeting or an agreement ("signed a pact *in
  Djibouti*", "suspended the negotiations *in Doha*"): the venue, for every type of act
  done to that noun;
* a city that names an event ("the *Doha* talks", "the *Istanbul* talks"): the venue, not a
  party, unlike a country's name ("the *Iran* talks");
* the name in a phrase of where that opens its sentence and hangs on its main verb ("*At
  Kassala,* fighters detained ...", "*Near Tal Afar,* militants kidnapped ..."): the scene
  of the whole clause, never whom, whatever label the tagger gives a town it does not know;
* the state across a border where the act happened ("arrested four men *near the border
  with Somalia*", ``actors/homonyms.neighbour``): the parser often hangs the "with" on the
  verb, but the neighbour is neither party nor place (``beyond_border``). A border that is
  itself acted on stays its neighbour's ("closed its border with Somalia").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import dictionary
from ..actors.homonyms import neighbour
from ..actors.tables import word_list
from .actormap import ActorMap
from .lexicon import get as lexicon
from .triggers import sense

#: Actor kinds that are places only, not the states they stand for.
_PLACE = "LOCATION"
#: Prepositions of where that, opening a sentence, set the scene of its clause.
_SCENE = word_list("grammar.yaml", "scene_setting_preps")
#: Prepositions of where before a border noun ("*near* the border with Somalia").
_BORDER_PREPS = word_list("grammar.yaml", "border_preps")
#: Types of acts held somewhere, never done to it (meetings, agreements): a city in their
#: noun's "in" phrase is the venue.
_HELD = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: Types of acts done at a scene: a place in their phrase of where only locates them.
_SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def where_only(token: Token, amap: ActorMap, hits: list[str], exclude: list[str]) -> list[str]:
    """``hits`` (the actors found for ``token``) less ``exclude`` and the places that only
    say where the thing ``token`` names is."""
    hits = [a for a in hits if a not in exclude]
    if hits and (scene(token) or beyond_border(token)):
        return []
    if not hits or amap.direct(token) is not None:
        return hits  # "the Houthis in Yemen": an actor named with its place
    # "condemned the violence *in Nyala*": the scene of an act of force, of any place, is
    # not whom (but aid delivered *in Baghdad* goes to Baghdad)
    # and the city an agreement is signed or talks are held *in* is their venue ("signed a
    # pact *in Djibouti*"; but "hit a depot *in Odesa*", "lifted the curfew *in Kano*")
    held = sense(lexicon(), token) if event_noun(token) else None
    told = held is not None and held.type in _HELD
    act = event_noun(token) and any(e.type in _SCENE_TYPES
                                    for e in lexicon().senses("noun", token.lemma_.lower()))
    located = {a for c in token.children if c.dep_ == "prep" and (
                   c.lower_ == "in" or (act and c.lower_ in _SCENE))
               for o in c.children if o.dep_ == "pobj"
               for a in amap.actors([o], sides=False)
               if amap.kind.get(a) == _PLACE and (act or told or amap.country.get(a) is None)}
    venues = {a for c in token.children if venue(c) for a in [amap.direct(c)] if a}
    return [a for a in hits if a not in located and a not in venues]


def scene(token: Token) -> bool:
    """Whether ``token`` is the object of a phrase of where that opens its sentence and hangs
    on the sentence's main verb ("*At Kassala*, fighters detained ..."): where the clause
    happens."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in _SCENE and prep.i == prep.sent.start \
        and prep.head.dep_ == "ROOT" and prep.head.i > token.i


def beyond_border(token: Token) -> bool:
    """Whether ``token`` names the state across a border that only says where an act was:
    the border is the object of a preposition of where ("*near* the border with Somalia",
    "*along* the frontier with Venezuela"), not the thing acted on."""
    if not neighbour(token):
        return False
    border = token.doc[token.head.i - 1]
    return border.dep_ == "pobj" and border.head.lower_ in _BORDER_PREPS


def venue(token: Token) -> bool:
    """Whether ``token`` is a city naming where the event it modifies is held ("the *Doha*
    talks", "the *Paris* summit"): neither a party nor the one who holds it."""
    return token.dep_ == "compound" and _city(token) and event_noun(token.head)


def town_named(token: Token) -> bool:
    """Whether ``token`` names the town or region an event noun it modifies happened in,
    whatever label the parser gave it other than a person's: the *Almaty* meeting (read as
    an organisation), the *Mombasa* raid (as a people), the *Kaduna* bombing (a town that
    also names its state). Where, and not who; a country stays a party ("the Iran talks")."""
    if token.dep_ != "compound" or token.pos_ != "PROPN" or token.ent_type_ == "PERSON" \
            or not event_noun(token.head):
        return False
    d = dictionary.get()
    entry = d.lookup(token.text)
    if entry is not None and entry.kind != "LOCATION":
        return False  # "the *UN* arms embargo": a body the dictionary knows, not a town "Un"
    return not d.demonym(token.text) and not d.country(token.text) and (
        d.place(token.text) is not None or d.region(token.text) is not None)


def event_noun(token: Token) -> bool:
    """Whether a noun names an event (it has a noun sense in the lexicon: "talks", "accords")."""
    return token.pos_ == "NOUN" and bool(lexicon().senses("noun", token.lemma_.lower()))


def _city(token: Token) -> bool:
    """Whether a name is a city's and not a country's ("Doha", not "Iran" nor "US")."""
    d = dictionary.get()
    return token.ent_type_ == "GPE" and d.place(token.text) is not None and not (
        d.country(token.text) or d.region(token.text))
