"""Whom a complaint or a protest handed over is aimed at.

In: the words of a complaint (the noun, the verb that lodges, files, hands or delivers it)
and the ``ActorMap``. Out: target actor ids, or none where the phrases name no one.

* ``accused``: a complaint lodged *against* a party with a body that hears it ("lodged a
  complaint with the UN *against Romania*", "submitted a complaint to the AU commission
  *against Togo*") accuses the party; the body it goes to (a "with", "to", "before" or "at"
  phrase) only hears it. The "against" phrase may hang on the noun, the verb or the body.
* ``handed_to``: whom a protest is handed, delivered or sent *to*, wherever the parser hangs
  the "to": on the verb, on the protest, or on the note that holds it ("handed a note *of
  protest to* the Russian ambassador"), or the first of its two objects ("handed *the
  Iranian ambassador* a note of protest").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actormap import ActorMap
from .doers import pobjs
from .lexicon import get as lexicon
from .phrasings import of_phrase

#: Prepositions of the body a complaint is lodged with or submitted to, which only hears it.
_FORUMS = frozenset({"with", "to", "before", "at"})


def _objects(tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    return [o for t in tokens for c in t.children if c.dep_ in ("prep", "dative")
            and c.lower_ in preps for o in pobjs(c)]


def is_complaint(noun: Token) -> bool:
    """Whether ``noun`` names an accusation (a complaint, a protest, a lawsuit: a noun sense
    of ACCUSE)."""
    return any(e.type == "ACCUSE" for e in lexicon().senses("noun", noun.lemma_.lower()))


def accused(heads: list[Token], amap: ActorMap, sources: list[str]) -> list[str]:
    """The parties ``heads`` (a complaint and the verb that lodges it) are *against*: the
    "against" phrases of the heads and of the bodies they go to; none when no party is
    named against (a matter, "against the decision", names no one)."""
    forums = _objects(heads, _FORUMS)
    return [a for a in amap.actors(_objects([*heads, *forums], frozenset({"against"})))
            if a not in sources]


def handed_to(noun: Token, verb: Token) -> list[Token]:
    """The "to" objects of the verb handing ``noun`` over, of ``noun`` and of the nouns
    between them or in its "of" phrase ("handed *a note* of *protest* to ..."), and an
    object before another one, whom it is handed ("handed *the envoy* a note")."""
    held, token = [noun, *of_phrase(noun)], noun
    for _ in range(4):
        if token == verb or token.head == token:
            break
        if token.pos_ in ("NOUN", "PROPN"):
            held.append(token)
        token = token.head
    # "handed *the Iranian ambassador* a note of protest": the first of two objects
    first = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < noun.i
             and c not in held and any(h.dep_ == "dobj" and h.i > c.i for h in verb.children)]
    return [*first, *_objects([verb, *dict.fromkeys(held)], frozenset({"to"}))]

