"""Undergoers: what a verb is done to, as the parse holds it.

In: a verb (or a noun) of a spaCy parse. Out: tokens. The objects of a verb are its direct
objects with their conjuncts, a passive subject, the event a generic head names ("ended
*mediation* efforts"), what an amount counts ("sent *thousands of police*"), what a unit or
a container holds ("300 tonnes of *food*"), a part's whole ("shipped *drone* engines"), a
noun the parser hung as a clause, the thing a free relative of naming names ("stop [what it
called] *the shelling*": ``named_object``), and the nouns a parser's misreadings hide
(``misreadings``).
A relative or participial clause tells what it is done to by the noun it modifies: as an
object when the clause names an agent ("the deal *that* was signed by the envoys"), only to
choose the verb's sense otherwise (``undergoer``: "eleven seminarians [seized from a
school]"; ``gap``: "the ceasefire [they signed in Nairobi]").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from ..speech import cues as speech_cues
from .lexicon import get as lexicon_table
from .misreadings import MODIFIERS as _MODIFIERS
from .misreadings import (
    PREFIXES,
    adjective_subject,
    gerund_object,
    misread_noun,
    participle_subject,
    split_verb,
    telegraphic_subject,
)

NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJECTS = frozenset({"dobj", "obj", "attr"})
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
#: Tags of a participle or a bare past form the parser gave an act ordered ("ordered him
#: *detained*"), and words that make a clause more than that ("ordered that he *be* held").
_PARTICIPLES = frozenset({"VBN", "VBD"})
_CLAUSE_WORDS = frozenset({"aux", "auxpass", "mark"})
#: Generic heads whose compound modifier is the event: "a *mediation* effort".
EVENT_HEADS = word_list("events.yaml", "event_heads")
#: Amounts and partitives whose "of"/"in" phrase is the real object or doer: "sent *thousands
#: of* police", "froze *$95 million in* aid", "that *any of* its soldiers had entered".
AMOUNTS = word_list("events.yaml", "amount_words")
#: Relative pronouns ("the deal *that* was signed") and adverbs ("the hotel *where* ...").
_RELATIVES = frozenset({"WDT", "WP"})
_RELATIVE_ADVERBS = frozenset({"WRB"})


def objects(verb: Token) -> list[Token]:
    """Direct objects of ``verb`` (with their conjuncts); a passive subject counts as one, and
    so does the event a generic head names ("ended *mediation* efforts"), the thing a part
    is of ("shipped *drone* engines", "sold *artillery* shells"), and what an amount
    counts ("sent *thousands of police*", "froze *$95 million in aid*"); a unit or container
    with an "of" phrase stands for its contents ("sent 300 tonnes of *food*", not "two
    shipments of steel"); a noun the parser hangs as a clause is the object of a small
    clause ("allow [*investigators* into Wuhan]"); a passive conjunct's shared subject is its
    object (``shared_subject``), and so is a noun the parser made the subject of a participle
    after it ("expelled [the priests] still serving", ``participle_subject``); a name's noun
    of its kind is one too ("the trawler *Kapitan Belov*": the trawler)."""
    out = [c for c in verb.children if c.dep_ in OBJECTS or c.dep_ == "nsubjpass" or (
        c.dep_ == "ccomp" and c.pos_ in NOUN_POS and c.i > verb.i) or (
        c.dep_ == "csubjpass" and misread_noun(c))]
    if adjective_subject(verb) is not None or gerund_object(verb) is not None:
        out.append(verb.head)  # "Vietnam *relaxed* [censorship]", "by *halting* [exports]"
    out += [t for t in [telegraphic_subject(verb)] if t is not None]  # "[Tear gas] *fired*"
    out += [t for t in [participle_subject(verb)] if t is not None]  # "[the nuns] still running"
    out += shared_subject(verb)  # "[the brothers] came back and *were seized*"
    if verb.lower_ in PREFIXES:
        split = split_verb(verb)
        if split is not None:  # "to re-[export tanks]": the noun the verb modifies
            out += [split.head] if split.dep_ in _MODIFIERS else objects(split)
    out = [o for o in out if o.tag_ not in _RELATIVES] + modified(verb) + named_object(verb)
    out += [c for o in out for c in o.conjuncts]
    # "the Russian trawler Kapitan Belov": the parser makes the name the object and hangs the
    # noun of its kind on it (as an adjective, at times: "trawler" read as a comparative)
    out += [c for o in out if o.pos_ == "PROPN" for c in o.children
            if c.dep_ in ("compound", "amod") and (c.pos_ == "NOUN" or c.tag_ == "JJR")]
    out += [c for o in out if o.lower_ in AMOUNTS or o.pos_ == "NUM"
            for c in contents(o, ("of", "in"))]
    quantities = lexicon_table().quantities
    packed = {o.i: contents(o, ("of",)) for o in out if o.lemma_.lower() in quantities}
    out = [o for o in out if not packed.get(o.i)] + [c for cs in packed.values() for c in cs]
    named_by_compound = EVENT_HEADS | lexicon_table().parts
    return out + [c for o in out if o.lemma_.lower() in named_by_compound for c in o.children
                  if c.dep_ == "compound"]


def named_object(verb: Token) -> list[Token]:
    """What a free relative of naming names as ``verb``'s object: "stop [what it called]
    *the shelling* of Rafah", "end [what it described as] *the repression*": the act the
    speaker names, as if the text had named it bare; none for any other clause."""
    cues = speech_cues.get()
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or not free_relative(c) \
                or c.lemma_.lower() not in cues.names | cues.describes:
            continue
        out += [w for w in c.children if w.dep_ in ("dobj", "oprd", "attr")
                and w.lower_ != "what" and w.pos_ in NOUN_POS]
        out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj" and o.pos_ in NOUN_POS]
    return out


def free_relative(clause: Token) -> bool:
    """Whether ``clause`` is a free relative, a noun phrase ("stop [*what* it called ...]"),
    not a clause a verb controls ("stop calling ...")."""
    return any(w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children)


def passive_conjunct(verb: Token) -> str | None:
    """How ``verb``, coordinated after another verb, is a passive sharing that verb's subject,
    which is what the passive is done to: ``"own"`` with a passive auxiliary of its own and no
    subject ("*the Ouaddi brothers* came back anyway, *were seized* by border guards"),
    ``"shared"`` for a bare past participle sharing the first verb's auxiliary too ("were
    beaten and *injured*"); None for any other verb."""
    if verb.dep_ != "conj":
        return None
    own = {c.dep_ for c in verb.children}
    if "auxpass" in own and not own & {"nsubj", "nsubjpass", "expl"}:
        return "own"
    if verb.tag_ == "VBN" and not own & {"aux", "auxpass", "nsubj", "csubj"}:
        return "shared"
    return None


def shared_subject(verb: Token) -> list[Token]:
    """The subject a passive verb coordinated after another shares with it, when it has a
    passive auxiliary but no subject of its own (``passive_conjunct``): what the passive is
    done to; none for any other verb."""
    if passive_conjunct(verb) != "own":
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def modified(verb: Token) -> list[Token]:
    """The noun a relative or participial clause of ``verb`` modifies, when it is what the
    verb is done to by a by-agent the clause names: a passive relative pronoun ("the deal
    *that* was signed by the envoys") or a participle with no object of its own ("the
    missile [fired by Pyongyang into the sea]", "the accord, [ratified by Congress]"); none
    for a subject relative ("the envoys [who signed the letter]"), a clause of where or when
    ("the hotel [where they met]"), or a clause naming no agent ("the missile [fired into
    the sea]": no doer we could point to). (An active relative, "the memorandum [they
    signed]", is no object here: ``gap`` lets it choose the verb's sense only, so the noun
    keeps its own event.)"""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in NOUN_POS:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "agent" for c in children):
        return []
    own = [c for c in children if c.dep_ in OBJECTS or c.dep_ == "nsubjpass"]
    if any(c.tag_ in _RELATIVES for c in own):
        return [verb.head]
    if own or any(c.tag_ in _RELATIVE_ADVERBS or (c.dep_ == "prep" and not any(
            p.dep_ == "pobj" for p in c.children)) for c in children):
        return []  # "the hotel where they met", "the fund they paid into"
    return [verb.head] if verb.dep_ == "relcl" or verb.tag_ == "VBN" else []


def undergoer(verb: Token) -> Token | None:
    """The noun a passive participle or relative clause of ``verb`` tells what was done to,
    agent or not ("eleven seminarians [*seized* from a school]", "the tanker [that was
    *seized*]"): it tells which sense of the verb the clause has, never whether it is one.
    So does a participle the parser made a clausal subject with its noun as subject
    ("[Troops *sent* to the region] began patrolling"): a bare past form with no object,
    no marker and no relative word, its subject the noun just before it."""
    if verb.dep_ == "csubj" and verb.tag_ in ("VBD", "VBN"):
        if any(c.dep_ in OBJECTS or c.dep_ == "mark" or c.tag_ in _RELATIVES
               for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1
                     and c.pos_ in NOUN_POS), None)
    if verb.dep_ == "ccomp":  # "ordered *the crossings* closed"
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS),
                    None) if order_of(verb) is not None else None
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in NOUN_POS:
        return None
    own = [c for c in verb.children if c.dep_ in OBJECTS or c.dep_ in _SUBJECTS]
    if own:
        return verb.head if all(c.tag_ in _RELATIVES and c.dep_ == "nsubjpass"
                                for c in own) else None
    return verb.head if verb.tag_ == "VBN" else None


def order_of(verb: Token) -> Token | None:
    """The order verb whose act ``verb`` is, told as a participle: on the order's object
    ("ordered [the suspects] *held*") or as a bare clause ("ordered him *detained*",
    ``ordering_verbs`` in ``arguments.yaml``); None otherwise (``events/orders.py``)."""
    if verb.tag_ not in _PARTICIPLES or any(c.dep_ in _CLAUSE_WORDS for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.i > verb.head.i:
        order = verb.head.head
    elif verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in verb.children):
        order = verb.head
    else:
        return None
    if order.lemma_.lower() not in word_list("arguments.yaml", "ordering_verbs") or any(
            c.dep_ in COMPLEMENTS and c.i != verb.i for c in order.children):
        return None  # "ordered the weapons seized in May *to be destroyed*": another act
    return order


def gap(verb: Token) -> Token | None:
    """The noun an active relative clause of ``verb`` describes, when that noun is the object
    the clause leaves out ("the ceasefire [they *signed* in Nairobi]", "the sanctions
    [Britain *imposed* on Friday]", "the memorandum [*which* Turkey and Iraq *signed*]"): the
    clause has a subject of its own, no object but a relative word, no relative adverb ("the
    hotel [where they met]") and no preposition left without its object ("the pen [he signed
    *with*]"). Like an undergoer it only tells which sense of the verb the clause has: the
    noun stays a mention of its own."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUN_POS or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in _RELATIVES for c in children):
        return None
    if any((c.dep_ in OBJECTS and c.tag_ not in _RELATIVES) or c.dep_ in COMPLEMENTS
           or c.tag_ in _RELATIVE_ADVERBS or (c.dep_ == "prep" and not any(
               p.dep_ in ("pobj", "pcomp") for p in c.children)) for c in children):
        return None
    return verb.head


def contents(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects (with their conjuncts) of the ``preps`` phrases of ``noun``: what an
    amount or a container holds ("tonnes of *food and medicine*")."""
    heads = [c for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
             for c in p.children if c.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]
