"""The actors a token names, or reaches through its prepositions.

In: tokens of a parse and an ``ActorMap``. Out: actor ids (``reach``) or tokens
(``prep_targets``). A token naming no actor, or only the source, is looked through to the
objects of its own prepositions ("*commitment* to the Zambian people", "*calls* by Belarus's
rulers", "sanctions *on* the Taliban"), twice at most; a thing that names no one stands for
whoever has it by a participle of having (``owner_verbs``: "the licences *held by* two
firms", ``_holders``); a noun of information is not looked through to what it is *on* or
*about* ("intelligence *on* al-Shabaab cells": its topic, ``topic_free``). Every argument is
expanded over coordination ("Egypt and the UAE")
and over those an "including" phrase lists ("officials, *including* the foreign minister").
The source's own are no target ("withdraw *its troops*"), but a side of the last meeting the
source's pronoun owns is the other side ("thanked *his counterpart*").

Where is not whom: "at" a place names where ("at Merowe"); a town named before an event noun
is its venue, neither its doer nor whom it is aimed at (``where_named``: "the *Doha* talks",
"the *Kajuru* attack"); a town a phrase of where only locates the act in is no target ("a
rally *at the port of Mombasa*"; but "marched *on* the capital"), nor is a site no country
holds ("marched to *the Place de la Concorde*"). ``between`` gives the parties of "between A
and B".
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import dictionary
from ..actors.collectives import counted_conjuncts
from ..actors.tables import word_list
from . import lexicon
from .actormap import ActorMap
from .subjects import agent, pobjs
from .whereabouts import town_named, venue, where_only

#: Prepositions looked through to an actor behind a non-actor ("demands *from* the
#: government", "calls *by* Belarus's rulers", "a commitment *of* ...").
_THROUGH = word_list("grammar.yaml", "through_preps")
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions of where: their object, a place, is not whom ("at Merowe", "near Goma").
_WHERE = word_list("grammar.yaml", "where_preps")
#: Of these, the ones that only locate, never point ("outside Amritsar"; not "on the capital").
_LOCATIVE = word_list("grammar.yaml", "locating_preps")
INCLUDING = word_list("grammar.yaml", "including_words")
_TOPICS = word_list("grammar.yaml", "topic_preps")


def topic_free(token: Token, preps: frozenset[str]) -> frozenset[str]:
    """``preps`` less those of a topic when ``token`` is a noun of information
    (``information_nouns``): what intelligence is *on* is no party it goes to."""
    if token.lemma_.lower() in dictionary.word_list("arguments.yaml", "information_nouns"):
        return preps - _TOPICS
    return preps


def where_named(token: Token, amap: ActorMap) -> bool:
    """Whether ``token``, a name before an event noun, is the town the event happened in and
    so neither its doer nor whom it is aimed at ("the *Doha* talks", "the *Jos* bombing",
    "the *Kajuru* attack"): a venue or a town (``whereabouts``), a place actor, or a lone
    word the tagger read as a person whom the text never names in full and the actor
    dictionary does not know (news names a person in full before a surname alone). Not a
    people, a group or a known person ("the *Russian* attack", "the *Hamas* attack", "the
    *Putin* visit")."""
    if token.dep_ not in ("compound", "amod", "nmod") or not lexicon.get().senses(
            "noun", token.head.lemma_.lower()):
        return False  # (the tagger may read a town before a noun as an adjective: "*Lamu* raid")
    actor = amap.direct(token)
    if venue(token) or town_named(token) or amap.kind.get(actor or "") == "LOCATION":
        return True
    return (token.dep_ == "compound" and token.pos_ == "PROPN" and actor is not None
            and amap.kind.get(actor) == "PERSON"
            and len(amap.name.get(actor, "").split()) == 1
            and dictionary.get().lookup(token.text) is None)


def prep_targets(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions in ``preps``; "at" a place is where, not whom."""
    return [o for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in pobjs(c) if c.lower_ != "at" or o.ent_type_ not in _PLACES]


def between(token: Token, amap: ActorMap) -> list[str]:
    """The parties of "between A and B"."""
    return amap.actors(o for c in token.children if c.dep_ == "prep" and c.lower_ == "between"
                       for o in pobjs(c))


def reach(tokens: Iterable[Token], amap: ActorMap, preps: frozenset[str], exclude: list[str],
           depth: int = 2) -> list[str]:
    """Actors of ``tokens``; a token naming none (or only the source) is looked through, to
    the objects of its own prepositions ("*commitment* to the Zambian people", "*calls* by
    Belarus's rulers", "sanctions *on* the Taliban")."""
    out: list[str] = []
    for token in tokens:
        # the source's own are not targets: "withdraw *its troops*", "recalled *its
        # ambassador* to Turkey" (but what they are sent to may be), also when "its" is
        # read as part of an unnamed group of the source's country
        mine = {amap.country.get(a) for a in exclude} - {None}
        # but a side of the last meeting the source's pronoun owns is the other side ("thanked
        # *his counterpart*", "praised *his host*")
        side = amap.pointed(token)
        # (a pronoun with an antecedent of its own that is not the source is another's: "the
        # army said bandits attacked *its* troops"; "their" on the object of doers named
        # together, with none, is theirs: "India and China pulled back *their* troops")
        own = side in (None, *exclude) and any(c.dep_ == "poss" and (amap.actor(c) in exclude or (
            c.tag_ == "PRP$" and amap.direct(token) not in amap.named
            and not amap.told_apart(amap.direct(c), token)
            and (amap.country.get(amap.direct(token) or "") in mine
                 or (c.lower_ == "their" and len(exclude) > 1)))) for c in token.children)
        hits = [] if own else where_only(token, amap, amap.actors([token]), exclude)
        if amap.direct(token) is None:  # "condemned the *Goma* massacre": where, not whom
            towns = {amap.direct(c) for c in token.children if where_named(c, amap)}
            hits = [a for a in hits if a not in towns]
        where = _where_phrase(token)
        if where is not None:
            # "at Merowe", "at the port *of Mombasa*": where; and a site no country holds
            # ("marched to *the Place de la Concorde*") is only where, whatever the preposition
            hits = [a for a in hits if amap.kind.get(a) != "LOCATION" or (
                where not in _LOCATIVE and amap.country.get(a))]
        # "officials, *including* the foreign minister, Sergey Lavrov, and ..."
        listed = [o for c in token.children if c.dep_ == "prep" and c.lower_ in INCLUDING
                  for o in pobjs(c)]
        hits += [a for a in [*amap.actors(listed), *map(amap.direct, counted_conjuncts(token))]
                 if a and a not in exclude and a not in hits]  # "and *two banks* owned by"
        if not hits and depth:
            hits = reach([*prep_targets(token, topic_free(token, preps | _THROUGH)),
                          *_holders(token)], amap, preps, exclude, depth - 1)
        out += [a for a in hits if a not in out]
    return out


def _holders(thing: Token) -> list[Token]:
    """Who has a thing, by a participle of having on it (``owner_verbs``): its by-phrase or
    its "to" phrase ("the licences *held by* two firms", "a house *belonging to* a
    prisoner", "the wharf *used by* the navy")."""
    verbs = dictionary.word_list("arguments.yaml", "owner_verbs")
    return [o for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in verbs
            for o in agent(c) or prep_targets(c, frozenset({"to"}))]


def _where_phrase(token: Token) -> str | None:
    """The preposition of where whose phrase holds ``token``, itself or through "of" ("at the
    port *of Mombasa*", "on the outskirts *of Goma*"); None when there is none."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head
    return token.head.lower_ if token.dep_ == "pobj" and token.head.lower_ in _WHERE else None
