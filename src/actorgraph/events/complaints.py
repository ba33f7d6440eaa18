"""Whom a complaint, a protest handed over or an act judged is aimed at.

In: the words of a complaint (the noun, the verb that lodges, files, hands or delivers it)
and the ``ActorMap``. Out: target actor ids, or none where the phrases name no one.

* ``accused``: a complaint lodged *against* a party with a body that hears it ("lodged a
  complaint with the UN *against Romania*", "submitted a complaint to the AU commission
  *against Togo*") accuses the party; the body it goes to (a "with", "to", "before" or "at"
  phrase) only hears it. The "against" phrase may hang on the noun, the verb or the body.
* ``handed_to``: whom a protest is handed, delivered or sent *to*, wherever the parser hangs
  the "to": on the verb, on the protest, or on the note that holds it ("handed a note *of
  protest to* the Russian ambassador"), or the first of its two objects ("handed *the
  Iranian ambassador* a note of protest");
* ``act_doers``: an act a verb judges, asks for or answers (its object, an act noun) is
  aimed at through its doer the by-phrase names, on the noun or, as the parser often hangs
  it, on the active verb ("protested the detention of its fishermen *by Ecuador*": Ecuador,
  not the fishermen), or, as it may hang it too, on the noun of its "of" phrase, whom it
  was done to ("condemned the arrest of two journalists *by Tajik police*");
* ``makers``: a thing a verb judges that names no party of its own (a statement, a map,
  results, efforts) stands for whoever its participle says made it ("condemned the
  statements *made by* the Afghan foreign minister", "rejected the results *announced by*
  the electoral council"); not where the participle sends it somewhere ("the food collected
  by churches *to Somalia*", the parser's hanging of the verb's own "to").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from .actormap import ActorMap
from .lexicon import get as lexicon
from .phrasings import of_phrase
from .subjects import by_phrase, pobjs

#: Prepositions of where a thing is sent: a participle carrying one is a misparse of the
#: verb's own phrase, not a maker's ("the food collected by churches *to* Somalia").
_DIRECTIONS = word_list("grammar.yaml", "direction_preps")

#: Prepositions of the body a complaint is lodged with or submitted to, which only hears it.
_FORUMS = word_list("grammar.yaml", "forum_preps")


def _objects(tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    return [o for t in tokens for c in t.children if c.dep_ in ("prep", "dative")
            and c.lower_ in preps for o in pobjs(c)]


def is_complaint(noun: Token) -> bool:
    """Whether ``noun`` names an accusation (a complaint, a protest, a lawsuit: a noun sense
    of ACCUSE) or a case at law (``case_nouns``: "a *case* brought by the union")."""
    lemma = noun.lemma_.lower()
    return lemma in word_list("arguments.yaml", "case_nouns") or any(
        e.type == "ACCUSE" for e in lexicon().senses("noun", lemma))


def accused(heads: list[Token], amap: ActorMap, sources: list[str]) -> list[str]:
    """The parties ``heads`` (a complaint and the verb that lodges it) are *against*: the
    "against" phrases of the heads, of the bodies they go to and of their filers, where the
    parser hangs it on the filer ("a complaint by the opposition *against the commission*"),
    or of the ruling whose case they are ("ruled *against the ministry* in a case brought by
    the union"); none when no party is named against (a matter, "against the decision",
    names no one)."""
    forums = _objects(heads, _FORUMS)
    filers = [*_objects(heads, frozenset({"by"})), *(o for t in heads for c in t.children
                                                    if c.dep_ == "agent" for o in pobjs(c))]
    rulings = [h.head.head for h in heads if h.dep_ == "pobj" and h.head.lower_ == "in"
               and h.head.head.pos_ == "VERB"]
    return [a for a in amap.actors(_objects([*heads, *forums, *filers, *rulings],
                                            frozenset({"against"}))) if a not in sources]


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


def act_doers(verb: Token, objects: list[Token], amap: ActorMap,
              exclude: list[str]) -> list[str]:
    """The doers named by "by" of the acts among ``objects`` (nouns of an act that name no
    actor themselves: "the detention", "the shelling"), on the noun, on the noun of its "of"
    phrase or on ``verb`` when it is active (a passive's by-phrase is its own doer: "was
    condemned *by Honduras*"); none when no object is an act or no doer is named."""
    acts = [o for o in objects if amap.direct(o) is None and any(
        e.type for e in lexicon().senses("noun", o.lemma_.lower()))]
    if not acts:
        return []
    active = not any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children)
    # "the arrest of two journalists *by police*", the by-phrase hung on whom it was done to
    found = [*(b for a in acts for t in (a, *of_phrase(a)) for b in by_phrase(t)),
             *(by_phrase(verb) if active else [])]
    return [a for a in amap.actors(found) if a not in exclude]


def makers(things: list[Token], amap: ActorMap, exclude: list[str]) -> list[str]:
    """The actors a passive participle on ``things`` names as their maker, for the things
    that name no actor themselves (module docstring); none elsewhere."""
    made = [c for t in things if amap.direct(t) is None for c in t.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and not any(
                p.dep_ == "prep" and p.lower_ in _DIRECTIONS for p in c.children)]
    return [a for a in amap.actors(o for c in made for o in by_phrase(c)) if a not in exclude]
