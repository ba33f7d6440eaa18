"""Rebuttals: the accused who deny an accusation hold the denial of what they were accused of.

"Villagers accused the militia of burning their granaries; the militia denied it", "Farmers
blamed the rebels for the ambush. The rebels denied involvement", "Tovaria accused Merkland
of shelling border villages, which Merkland denied": the accusation was made (the accusers'
act, told as done) and the act it lays on the accused is denied by them. In: the events of
one document with the token of each one's trigger. Out: the same events, where a verb of
denying (``deny_verbs``) answers an accusation (ACCUSE) told before it in its sentence or the
one before, and its subject names the accused (the same actor, or a description ending in
the same noun: "the Kessan militia" ... "the militia"):

* each act the accusation lays on the accused (an event whose trigger is in the accusation
  verb's phrase, "of *burning*", "for *the ambush*", done by the accused or by no one named)
  is denied, attributed to the denier, and done by the accused where it named no doer;
* the accusation itself, which the parser may hang under the denial as what it denies ("X
  accused Y of Z; Y denied it" parsed as "Y denied [X accused ...]"), is told as done.

The denial answers the accusation only when what it denies is the accusation: a pronoun
("denied *it*", ", *which* Y denied"), a noun of hearsay or of a part in an act ("denied
*the charge*", "denied *involvement*": ``report_nouns``, ``involvement_nouns``), or nothing
("the rebels denied"). A denial of something else ("denied *entering the town*") or a
denial by someone else ("the governor denied it") leaves both as they were.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.tables import word_list
from ..records import Event
from .actormap import ActorMap
from .lexicon import Lexicon

#: Pronouns standing for what was said before.
_THAT = word_list("grammar.yaml", "said_before_pronouns")
#: Readings an act the accusation lays on the accused can have: what the accusers hold.
_HELD = frozenset({"asserted", "reported", "believed", "denied"})


def answered(out: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
             amap: ActorMap, lex: Lexicon) -> list[Event]:
    """``out`` with the acts of each accusation its accused deny told as their denial."""
    events = list(out)
    if not events:
        return events
    doc = next(iter(heads.values())).doc if heads else None
    if doc is None:
        return events
    for i in lex.find(doc, "deny_verbs"):
        verb = doc[i]
        if verb.pos_ != "VERB" or not _denies_what_was_said(verb, lex):
            continue
        deniers = [t for t in verb.children if t.dep_ == "nsubj"]
        if not deniers:
            continue
        # "the guards' commander denied it": the head of those accused answers for them
        deniers += [p for t in deniers for p in t.children if p.dep_ == "poss"]
        denier = amap.actors(deniers)
        for n, e in enumerate(events):
            head = heads.get((e.start, e.end, e.type))
            if e.type == "ACCUSE" and e.modality == "denied" and head is not None and \
                    _under(head, verb) and _objected(verb):
                events[n] = replace(e, modality="asserted", attributed_to=None)
        accusation = _answered(events, heads, verb, deniers, denier, amap)
        if accusation is None:
            continue
        n, accuse, holder = accusation
        accuse_head = heads[(accuse.start, accuse.end, accuse.type)]
        for m, e in enumerate(events):
            head = heads.get((e.start, e.end, e.type))
            if m == n or head is None or e.modality not in _HELD or not _laid_on(
                    head, accuse_head, e, accuse):
                continue
            events[m] = replace(e, modality="denied", attributed_to=holder,
                                source=e.source or accuse.target)
    return events


def _denies_what_was_said(verb: Token, lex: Lexicon) -> bool:
    """Whether the denial ``verb`` denies something said before: a pronoun or a noun of
    hearsay or of a part in an act as its object, or no object and no clause of its own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    word = objects[0].lemma_.lower()
    return objects[0].lower_ in _THAT or lex.cue("report_nouns", word) or lex.cue(
        "involvement_nouns", word)


def _answered(events: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
              verb: Token, deniers: Sequence[Token], denier: Sequence[str],
              amap: ActorMap) -> tuple[int, Event, str] | None:
    """The last accusation before ``verb``, in its sentence or the one before, whose target
    the deniers name, with the accused actor who answers."""
    sent = verb.sent
    earliest = sent.start
    if sent.start > 0:
        earliest = verb.doc[sent.start - 1].sent.start
    found = None
    for n, e in enumerate(events):
        head = heads.get((e.start, e.end, e.type))
        if e.type != "ACCUSE" or head is None or e.content_of or not (
                earliest <= head.i < verb.i) or not e.target:
            continue
        named = [o for o in head.children if o.dep_ == "dobj"]  # "accused *the rangers*"
        accused = [a for a in e.target if a in denier] or [
            a for a in e.target if any(_same_noun(amap.name.get(a, ""), t) for t in deniers)
        ] or [e.target[0] for t in deniers for o in named if _same_noun(o.text, t)]
        if accused:
            found = (n, e, accused[0])
    return found


def _same_noun(name: str, token: Token) -> bool:
    """Whether the actor's name ends in the noun or name ``token`` ("the Kessan militia",
    "militia"; "Merkland", "Merkland")."""
    words = name.lower().split()
    return bool(words) and token.pos_ in ("NOUN", "PROPN") and words[-1] in (
        token.lower_, token.lemma_.lower())


def _laid_on(head: Token, accuse_head: Token, e: Event, accuse: Event) -> bool:
    """Whether the act ``e`` is what the accusation lays on the accused: its trigger is in
    the accusation verb's phrase, after the verb, and its doers are the accused or none."""
    return head.i > accuse_head.i and accuse_head in head.ancestors and (
        not e.source or bool(set(e.source) & set(accuse.target)))


def _under(accuse_head: Token, verb: Token) -> bool:
    """Whether the parser hung the accusation, told before it, inside the denial's clause."""
    return accuse_head.i < verb.i and verb in accuse_head.ancestors


def _objected(verb: Token) -> bool:
    """Whether the denial has an object of its own ("denied *it*", "denied *the claim*"), so
    that a clause the parser hung on it is not what it denies."""
    return any(c.dep_ == "dobj" for c in verb.children)
