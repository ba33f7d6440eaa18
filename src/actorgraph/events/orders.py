"""An order told with its act is that act, done by whoever orders it.

In: a trigger (or an order verb), the actor map, the senses of the document's triggers and
the lexicon. Out: the order verb an act is told under, and the act's sides read through it.
CAMEO codes "ordered the arrest of" as the orderer's arrest (173), as it codes an expulsion
ordered as the orderer's (166): whoever orders it has it done by its own hands. So

* an act told as a participle on the order's object or as a bare clause ("the judge
  ordered the suspects *held*", "ordered him *detained*", "ordered the crossings
  *closed*", "ordered 40 prisoners *released*") is done by the orderer, to that object, and
  told as the order is told (asserted, reported...);
* so is an arrest or a detention (``ordered_own_modes`` in ``arguments.yaml``) that the
  order asks of the orderer's own police or soldiers ("ordered police *to arrest* the
  organisers"): they do it for the orderer (not a seizure of ground, "ordered troops to
  seize the airport", which stays a demand with its content);
* and the order itself is then no request (REQUEST 10) of its own: its word is the act's too,
  whose evidence runs from the order to the act ("*ordered* the crew *held*").

An order to another party ("ordered the government to release the activists", "ordered
Kessel to arrest him") stays a demand whose content is the act; so does an order to one's
forces to do something else than coerce ("ordered police to release the protesters").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..actors.tables import word_list
from .actormap import ActorMap
from .doers import doers
from .lexicon import Entry, Lexicon
from .undergoers import order_of


def forces_order(verb: Token, amap: ActorMap, lex: Lexicon) -> Token | None:
    """The order verb that asks the orderer's own police or soldiers to do ``verb``
    ("ordered police *to arrest* the organisers"); None otherwise."""
    order = verb.head
    if verb.dep_ != "xcomp" or order.lemma_.lower() not in word_list(
            "arguments.yaml", "ordering_verbs"):
        return None
    told = [c for c in order.children if c.dep_ == "dobj"]
    if not told or not all(lex.is_a(t, "@police") or lex.is_a(t, "@military") for t in told):
        return None
    home = {amap.country.get(a) for a in doers(order, amap)} - {None}
    theirs = {amap.country.get(a) for a in amap.actors(told)} - {None}
    return order if not (home and theirs - home) else None


def ordered(trigger_head: Token, entry: Entry, amap: ActorMap, lex: Lexicon) -> Token | None:
    """The order verb whose act the trigger ``trigger_head`` of sense ``entry`` is, done by
    the orderer (see the module), or None."""
    if entry.pos != "verb" or entry.type is None:
        return None
    order = order_of(trigger_head)
    if order is None and entry.mode in word_list("arguments.yaml", "ordered_own_modes"):
        order = forces_order(trigger_head, amap, lex)
    return order


def sides(order: Token, verb: Token, arguments: tuple[list[str], list[str]],
          amap: ActorMap) -> tuple[list[str], list[str]]:
    """The sources and targets of the act ``verb`` ordered by ``order``, from its own
    ``arguments``: the orderer does it, to the noun its participle tells done to ("ordered
    *the suspects* held", "ordered *him* detained") or to its own targets ("ordered police
    to arrest *the organisers*"), never to the orderer's forces that do it."""
    sources = doers(order, amap)
    if not sources:
        return arguments
    told = [c for c in order.children if c.dep_ == "dobj"]
    forces = set(amap.actors(told)) if verb.dep_ == "xcomp" else set()
    noun = [verb.head] if verb.dep_ == "acl" else [
        c for c in verb.children if c.dep_ == "nsubj"] if verb.dep_ == "ccomp" else []
    done_to = [a for a in (*amap.actors(noun), *arguments[1], *arguments[0])
               if a not in sources and a not in forces]
    return sources, list(dict.fromkeys(done_to))


def acts_ordered(order: Token, senses: Mapping[int, Entry], amap: ActorMap,
                 lex: Lexicon) -> bool:
    """Whether the order verb ``order`` is told with an act it has done (see the module):
    then it is no request of its own."""
    return any(c.i in senses and getattr(ordered(c, senses[c.i], amap, lex), "i", None)
               == order.i for t in (order, *(o for o in order.children if o.dep_ == "dobj"))
               for c in t.children)
