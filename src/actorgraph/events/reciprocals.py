"""Reciprocal acts: parties that do an act to each other are each its doer and its recipient.

In: the head of a verbal trigger, its sources and targets (``sides``) and the ``ActorMap``.
Out: the targets, the sources themselves where the act is told as done to each other:

* a reciprocal pronoun ("each other", "one another") as the verb's object, as the object of
  a preposition on it, or as the possessor of its object: "Veltria and Drosmark *accused each
  other*", "the navies *fired on one another*", "*expelled each other's* diplomats" (the
  diplomats of each are the other's; no party of their own);
* a verb of trading an act (``trading_verbs`` in ``data/arguments.yaml``) whose object is what
  the parties trade, with no other side named: "*traded accusations*", "*exchanged fire*";
  "exchanged fire *with* smugglers" keeps its target.

A single group that names both sides ("Kestrian and Lusanian troops") is its own target. No
sources, no reciprocal: "each other" with no doer named names no one.

Material cooperation (COOPERATE) is mutual by definition (PLOVER_NOTES: "mutual material
cooperation", a recipient required): parties of two sides or more that cooperate and name no
one else each cooperate with the other (``joint``: "Ghana and Togo held joint exercises",
"Kenya and Uganda began sharing intelligence"). Not one state's own bodies ("Ghanaian police
and the Ghanaian army"), nor people handed over ("extradited two suspects": moved between
states, for a recipient the sentence may not name), nor a meeting with no host (CONSULT has
no recipient then) or a gift (AID is not mutual).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .actormap import ActorMap
from .arguments import bare_mass
from .subjects import pobjs, words

#: The two words of a reciprocal pronoun, as the parser hangs them: "each" on "other", and
#: "another" on "one".
_PAIRS = {"other": "each", "one": "another"}
#: Where a reciprocal pronoun stands for whom the act is done to.
_OBJECTS = frozenset({"dobj", "dative", "iobj", "obj"})


def reciprocal(token: Token) -> bool:
    """Whether ``token`` heads a reciprocal pronoun ("each *other*", "*one* another")."""
    det = _PAIRS.get(token.lower_)
    return det is not None and any(c.dep_ == "det" and c.lower_ == det for c in token.children)


def _reciprocal_object(verb: Token) -> bool:
    """Whether the verb's object, a prepositional object on it, or its object's possessor is
    a reciprocal pronoun."""
    objs = [c for c in verb.children if c.dep_ in _OBJECTS]
    preps = [o for c in verb.children if c.dep_ == "prep" for o in pobjs(c)]
    owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
    each = any(d.dep_ == "det" and d.lower_ == "each" for c in verb.children
               if c.dep_ == "nsubj" for d in c.children)
    return any(reciprocal(t) or (each and t.lower_ == "other" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in t.children))
        for t in (*objs, *preps, *owners))


def _traded(verb: Token, targets: list[str]) -> bool:
    """Whether ``verb`` trades its object with no other side named: "traded accusations"."""
    return not targets and verb.lemma_.lower() in words("trading_verbs") and any(
        c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def mutual(verb: Token, amap: ActorMap, sources: list[str], targets: list[str]) -> list[str]:
    """``targets``, or ``sources`` when the act is told as done by them to each other."""
    if not sources or verb.pos_ not in ("VERB", "AUX"):
        return targets
    if _reciprocal_object(verb) or _traded(verb, targets):
        return list(sources)
    return targets


def joint(kind: str | None, verb: Token, amap: ActorMap, sources: list[str],
          targets: list[str]) -> list[str]:
    """``targets``, or ``sources`` when a COOPERATE with no target is done by two sides or
    more (by country, else by actor) and hands no person over (module docstring)."""
    if kind != "COOPERATE" or targets:
        return targets
    sides = {amap.country.get(a) or a for a in sources}
    lex = lexicon.get()
    handed = any(c.dep_ in _OBJECTS and not bare_mass(c) and (
        lex.is_a(c, "@human") or lex.is_a(c, "@suspect")) for c in verb.children)
    return list(sources) if len(sides) > 1 and not handed else targets
