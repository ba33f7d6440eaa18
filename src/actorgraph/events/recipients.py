"""Recipients of acts whose sentence names them outside the trigger's own arguments.

In: a ``Trigger`` whose arguments (``arguments``) found no target, its sources and the
``ActorMap``. Out: the target actor ids the sentence names elsewhere, or none. Three
constructions, each a PLOVER recipient by the act's own meaning:

* an act answered by the verb that holds it: whoever answers a request, an accusation, a
  threat or an offer was its addressee ("*Tokyo* granted Manila's request", "*Iran* rejected
  the US accusations", "the offer was turned down *by Kyiv*"), unless the answerer is the
  doer ("Albania renewed its accusations");
* a joint act agreed with a partner before its infinitive: the partner is the other side
  ("agreed *with Ankara* to hold talks", "arranged *with Poland* to meet"); only for acts
  done together (meetings, cooperation), not "worked with Germany to impose sanctions";
* a benefit asked for: whoever asks ("*Ukraine* asked Germany to deliver air defence
  systems", ``wishers.asker``);
* a demand whose clause names who must act ("its demand that *Ethiopia* stop ...");
* the other side named on a noun the doer's possessive owns: "held talks with *his Gambian*
  counterpart", "consulted *its Qatari* ally" (the noun alone stands for its owner, the
  doer; the state its modifier names is whom the act reaches);
* a show of force (MOBILIZE) along a border: the state across it ("massed troops along the
  border *with Ethiopia*"; CAMEO 15 shows power toward someone);
* a reaction told after another party's act: that party ("lodged a protest *after Chinese
  ships entered* its waters", ``provoked``);
* a participle's object after "at", the parser's reading of a participle before its noun:
  "fired tear gas at protesting *farmers*", "shot at fleeing *migrants*".

Word lists: ``answer_verbs`` and ``settle_verbs`` in ``data/modality.yaml``, ``peer_nouns``
in ``data/arguments.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.homonyms import neighbour
from .actormap import ActorMap
from .answers import answering
from .arguments import TARGET_PREPS, agent
from .clauses import for_to
from .doers import doers
from .lexicon import get as lexicon
from .provoked import provoker
from .reached import prep_targets
from .subjects import pobjs, words
from .triggers import Trigger
from .wishers import asker

_FROM = frozenset({"from"})
#: Types of acts addressed to someone who may answer them.
_ANSWERED = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AID"})
#: Acts done together: the partner they were settled with is the other side.
_JOINT = frozenset({"CONSULT", "COOPERATE"})
#: Acts done for a party (PLOVER_NOTES: aid "benefits the recipient"), asked for by it.
_BENEFITS = frozenset({"AID", "SUPPORT", "COOPERATE"})
#: Reactions, aimed at whoever did the act they follow (``provoked``); a protest too, whether
#: a crowd's or, as ``crowds.diplomatic`` reads it later, a state's complaint.
_REACTIONS = frozenset({"ACCUSE", "SANCTION", "THREATEN", "REJECT", "PROTEST"})
#: How an act hangs below the settling verb: its infinitive, the infinitive's object.
_BELOW = frozenset({"xcomp", "advcl", "dobj"})


def recipients(trigger: Trigger, amap: ActorMap, sources: list[str]) -> list[str]:
    """The targets the sentence names for ``trigger`` beyond its own arguments."""
    kind = trigger.entry.type
    if not sources or kind is None:
        return []
    found: list[str] = []
    if kind in _ANSWERED and trigger.entry.pos == "noun":
        found = answerer(trigger.head, amap)
    if not found and kind in _JOINT:
        found = partner(trigger.clause, amap)
    if not found and kind in _BENEFITS and trigger.entry.pos == "verb":
        found = asker(trigger.head, amap, sources)  # "Ukraine asked Germany to deliver ..."
    if not found and kind == "REQUEST" and trigger.entry.pos == "noun":
        found = amap.actors(s for c in trigger.head.children if c.dep_ == "acl"
                            for s in c.children if s.dep_ == "nsubj")
    if not found and kind == "REQUEST" and trigger.entry.pos == "verb":
        # "called *for Ethiopia* to withdraw": whoever the for-to clause asks to act
        found = amap.actors(s for c in trigger.head.children if for_to(c)
                            for s in c.children if s.dep_ == "nsubj")
    if not found:
        found = peer(trigger, amap, sources)
    if not found and trigger.entry.pos == "verb":
        found = amap.actors(o for c in trigger.head.children if c.dep_ == "prep"
                            and c.lower_ == "at" for p in c.children
                            if p.dep_ == "pcomp" and p.tag_ == "VBG"
                            for o in p.children if o.dep_ == "dobj")
    if not found and kind == "MOBILIZE":  # "massed troops along the border *with Ethiopia*"
        # (the parser may read the verb as a modifier of its object: "massed troops along")
        heads = [trigger.head, *([trigger.light] if trigger.light is not None else []),
                 *([trigger.head.head] if trigger.head.dep_ == "amod" else [])]
        found = amap.actors(t for h in heads for t in h.subtree if neighbour(t))
    if not found and kind in _REACTIONS:  # "lodged a protest *after Chinese ships entered*"
        found = provoker(trigger.light if trigger.light is not None else trigger.head, amap,
                         sources)
    return [a for a in found if a not in sources]


def peer(trigger: Trigger, amap: ActorMap, sources: list[str]) -> list[str]:
    """The state named on a ``peer_nouns`` argument the doer's possessive owns ("talks with
    *his Gambian* counterpart"): the object or the prepositional object of the trigger or
    of its light verb."""
    heads = [trigger.head, *([trigger.light] if trigger.light is not None else [])]
    args = [*(c for h in heads for c in h.children if c.dep_ in ("dobj", "dative")),
            *(o for h in heads for c in h.children if c.dep_ == "prep"
              and c.lower_ in TARGET_PREPS for o in pobjs(c))]
    for token in args:
        if token.lemma_.lower() not in words("peer_nouns") or amap.direct(token) is not None:
            continue
        if any(c.dep_ == "poss" and (amap.direct(c) in sources or (
                c.tag_ == "PRP$" and amap.direct(c) is None)) for c in token.children):
            found = [a for a in amap.actors(c for c in token.children
                                            if c.dep_ in ("amod", "compound"))
                     if a not in sources]
            if found:
                return found
    return []


def answerer(noun: Token, amap: ActorMap) -> list[str]:
    """Whoever answers the act ``noun`` names: the subject of the answering verb whose object
    it is, or the by-agent of that verb in the passive."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not answering(verb, lexicon()):
        return []
    if noun.dep_ == "nsubjpass":
        return amap.actors(agent(verb))
    return amap.actors(c for c in verb.children if c.dep_ == "nsubj")


def partner(token: Token, amap: ActorMap) -> list[str]:
    """The "with" partner of the settling verb an act hangs below ("agreed *with Ankara* to
    hold talks"), through at most two steps (the infinitive, its object)."""
    for _ in range(2):
        if token.dep_ not in _BELOW or token.head == token or any(
                c.dep_ in ("mark", "nsubj") for c in token.children):
            return []  # not "agreed with X *when* it held talks"
        token = token.head
        if token.pos_ == "VERB" and lexicon().cue("settle_verbs", token.lemma_.lower()):
            return amap.actors(o for c in token.children if c.dep_ == "prep"
                               and c.lower_ == "with" for o in c.children if o.dep_ == "pobj")
    return []


def received_arguments(verb: Token, amap: ActorMap, given: Iterable[Token] = ()
                       ) -> tuple[list[str], list[str]]:
    """Sources and targets of an act the subject of ``verb`` receives (``Entry.received``, or
    a receiving verb that carries a nominal act): the giver the "from" phrase of the verb or
    of a word of what is ``given`` names, the receiver its subject ("Moldova *received* two
    patrol boats from Japan": Japan gives, Moldova gets)."""
    givers = amap.actors(o for t in (verb, *given) for o in prep_targets(t, _FROM))
    return givers, [a for a in doers(verb, amap) if a not in givers]
