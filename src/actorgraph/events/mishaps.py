"""Victims of a device they set off: "their truck struck a landmine", "hit a roadside bomb",
"ran over a mine", "stepped on a mine".

A verb of meeting a device by contact (``contact_verbs`` of ``nonagents.yaml``, with its
preposition where it takes one) whose object is a munition (``munitions``) tells people
meeting a device someone laid. Whoever rode or walked (the verb's subject, or the people a
vehicle subject belongs to: "*their* truck") is whom the blast hit, never its doer; the doer
is the party the text lays the device on ("a bomb *blamed on* al-Shabaab", "a mine *planted
by* FARC dissidents": ``blame_verbs``, ``laying_verbs``), else no one named.

In: the events of one document with the token of each one's trigger. Out: the same events,
where such a verb is told: the event of the verb itself (or of its device: "hit *a roadside
bomb*") is done by that party to the
victims; the acts of harm told with it (the clause it opens with "when" or "after": "three
soldiers *were killed* when their truck struck a mine"; a participle hung on it: "ran over
a mine, *killing* three soldiers") have that party as their doer instead of the victims or
of no one. An act with a doer of its own ("rebels ambushed the convoy after it hit a mine")
keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..actors.dictionary import word_list
from ..actors.tables import word_table
from ..records import Event
from .actormap import ActorMap
from .nonagents import forms, words

#: Types of the acts of harm a device's blast is told as.
_HARM = frozenset({"ASSAULT"})


def laid(out: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
         amap: ActorMap) -> list[Event]:
    """``out`` with the victims of devices met by contact out of their doers (module
    docstring)."""
    events = list(out)
    if not heads:
        return events
    doc = next(iter(heads.values())).doc
    by_head: dict[int, list[int]] = {}
    for n, e in enumerate(events):
        head = heads.get((e.start, e.end, e.type))
        if head is not None:
            by_head.setdefault(head.i, []).append(n)
    for verb in doc:
        device = _device(verb)
        if device is None:
            continue
        victims = amap.actors([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        doers = _laid_on(device, amap)
        for n in by_head.get(verb.i, []) + by_head.get(device.i, []):  # "hit a *bomb*"
            e = events[n]
            events[n] = replace(e, source=tuple(doers), target=tuple(victims) or tuple(
                a for a in e.target if a not in doers))
        for told in _told_with(verb):
            for n in by_head.get(told.i, []):
                e = events[n]
                if e.type in _HARM and set(e.source) <= set(victims):
                    events[n] = replace(e, source=tuple(doers), target=e.target or tuple(
                        victims))
    return events


@cache
def _contact_verbs() -> dict[str, str]:
    """The verbs by which one meets a munition, with the particle or preposition each takes
    (``contact_verbs`` in ``data/nonagents.yaml``), read once."""
    return dict(word_table("nonagents.yaml", "contact_verbs"))


def _device(verb: Token) -> Token | None:
    """The munition ``verb`` meets by contact ("struck *a landmine*", "ran over *a mine*"),
    or None."""
    if verb.pos_ != "VERB":
        return None
    contact = _contact_verbs()
    lemma = verb.lemma_.lower()
    if lemma not in contact:
        return None
    prep = contact[lemma]
    if prep:
        things = [o for c in verb.children if c.lower_ == prep and c.dep_ in ("prep", "prt")
                  for o in (c.children if c.dep_ == "prep" else verb.children)
                  if o.dep_ in ("pobj", "dobj")]
    else:
        things = [c for c in verb.children if c.dep_ == "dobj"]
    return next((t for t in things if any(w in words("munitions") for w in forms(t))), None)


def _laid_on(device: Token, amap: ActorMap) -> list[str]:
    """The party the text lays ``device`` on: the "on" phrase of a verb of blame or the
    by-agent of a verb of laying hung on it ("a bomb *blamed on al-Shabaab*", "a mine
    *planted by* dissidents")."""
    blame = word_list("arguments.yaml", "blame_verbs")
    laying = words("laying_verbs")
    found: list[str] = []
    for verb in device.children:
        if verb.dep_ not in ("acl", "relcl"):
            continue
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if (lemma in blame and c.dep_ == "prep" and c.lower_ == "on") or (
                    (lemma in laying or lemma in blame) and c.dep_ == "agent"):
                found += [a for a in amap.actors([o for o in c.children if o.dep_ == "pobj"])
                          if a not in found]
    return found


def _told_with(verb: Token) -> list[Token]:
    """The acts of harm told with the contact ``verb``: the clause it is an adverbial of
    ("were killed *when* ..."), and participles hung on it ("..., *killing* three")."""
    out = []
    if verb.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in word_list(
            "grammar.yaml", "harm_clause_marks") for c in verb.children):
        out.append(verb.head)
    out += [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
            and c.tag_ == "VBG"]
    return out
