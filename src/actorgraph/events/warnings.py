"""Warnings that threaten no one: a forecast of a hazard and a tip-off.

PLOVER THREATEN is a coercive warning: the consequence it announces is a harm the speaker's
side would do ("warned it would retaliate", "warned Ostra of consequences"). A warning of a
hazard, a price rise or a shortage is a forecast ("warned residents of flooding", "warned
that prices could rise", "warned the government that inflation would climb"), and a person
told of an act coming at them was tipped off ("had been warned of the raid"): no event.

In: a THREATEN trigger whose word is a warning (``warning_words``), the senses of the
document's triggers, the actor map and the lexicon's lists (``warned_harms``, ``burdens`` in
``modality.yaml``; ``hardships`` in ``nonagents.yaml``). Out: whether the warning is no
threat (``forecast``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import definite
from .actormap import ActorMap
from .lexicon import HOSTILE, Entry, Lexicon
from .nonagents import accident, forms, natural, words
from .triggers import Trigger

#: Prepositions of what a warning is of: "warned *of* floods", "warned residents *about*".
_OF = frozenset({"of", "about"})
#: Clauses a verb of warning tells its content in: "warned *that* prices could rise".
_CLAUSES = frozenset({"ccomp"})
#: Marks of a condition in a warning's clause: "would stop the transit *if* ...".
_IF = word_list("grammar.yaml", "warning_condition_marks")
#: Verbs of necessity that make a warner's side do what it announces: "would *have* to".
_FORCED = word_list("grammar.yaml", "forced_verbs")
#: Types of the acts a warning may announce as its harm: hostile acts and a crowd's protest
#: ("warned that the strike would go on").
_HARMS = HOSTILE | {"PROTEST"}
#: The country the actor map gives a body of states ("ECOWAS", "NATO").
_STATES = "IGO"


def forecast(trigger: Trigger, senses: dict[int, Entry], lex: Lexicon, amap: ActorMap) -> bool:
    """Whether a THREATEN told by a word of warning announces no harm of its speaker's:

    * what it warns of (an "of" or "about" phrase of the word or of its object: "warned
      *residents of flooding*") is a hazard no one inflicts: a natural force, an accident or a
      disease, or a hardship (``hardships`` in ``nonagents.yaml``: "of a cholera
      outbreak", "of a recession"); not a harm named otherwise ("his warning about hot
      pursuit", "of attacks");
    * the warned are the subject of a passive and what they were warned of is no consequence
      to bear (``warned_harms``): a tip-off ("*had been warned* of the raid"; not "was
      warned of consequences");
    * its clause ("warned *that* ...") names no harm, no hostile act, no doer and no
      condition ("warned that food stocks would run out"; not "warned that it would close the
      border", "that he would dissolve the guard if ...").

    * its clause tells what the warner's side would be made to do, no harm ("aid agencies
      would *have to* scale back their work": ``_forced_loss``);

    * its clause tells what another side would do, not the warner's ("a Western diplomat
      warned that *the army* would attack"; not "the minister warned that *Chadian troops*
      would cross": ``_anothers_act``).

    A warning with none of these ("warned Ostra against sending troops", "warned them to
    leave") is left a threat."""
    head = trigger.head
    if trigger.entry.type != "THREATEN" or not lex.cue("warning_words", head.lemma_.lower()):
        return False
    carriers = [head, *(c for c in head.children if c.dep_ in ("dobj", "dative"))]
    warned_of = [o for t in carriers for p in t.children if p.dep_ == "prep"
                 and p.lower_ in _OF for o in p.children if o.dep_ in ("pobj", "pcomp")]
    if warned_of and all(_hazard(o, lex, amap) for o in warned_of):
        return True  # "warned residents of flooding"
    if warned_of and trigger.entry.pos == "verb" and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return not any(_named_harm(t, lex) for o in warned_of for t in o.subtree)
    clauses = [c for c in head.children if c.dep_ in _CLAUSES]
    if not warned_of and _forced_loss([*clauses, *_told_before(head)], senses, lex):
        return True  # "aid agencies would have to scale back their work, the UN warned"
    if not warned_of and _anothers_act([*clauses, *_told_before(head)], head, amap):
        return True  # "the rebels would march on the capital, a diplomat warned"
    return not warned_of and bool(clauses) and not any(
        _doer(c, lex, amap) or any(_harm(t, senses, lex) for t in c.subtree) for c in clauses)


def _forced_loss(clauses: list[Token], senses: dict[int, Entry], lex: Lexicon) -> bool:
    """Whether each of a warning's ``clauses`` tells what its subject would be made to do
    (``forced_verbs``: "would *have* to scale back", "could be *forced* to pull out"), an act
    that is no harm: a loss the warner's side would bear, not one it would inflict ("would
    have to *close* the border" is a harm)."""
    return bool(clauses) and all(
        c.lemma_.lower() in _FORCED and (done := [x for x in c.children if x.dep_ == "xcomp"])
        and not any(_harm(x, senses, lex) for x in done) for c in clauses)


def _told_before(head: Token) -> list[Token]:
    """The clause a warning set after it tells ("the rebels would march, a diplomat
    *warned*"): the verb the warning hangs on."""
    return [head.head] if head.dep_ == "parataxis" and head.head != head else []


def _anothers_act(clauses: list[Token], head: Token, amap: ActorMap) -> bool:
    """Whether each of a warning's ``clauses`` tells what a side other than the warner's
    would do: its subject is a party (no pronoun) that is not the warner, nor of the
    warner's country, nor, for a state's warner, a party of no known country or a body of
    states it may speak for ("ECOWAS will send troops, Nigeria's president warned"). Only a
    warner told as a bystander counts: one with no name, and told of for the first time ("*a*
    diplomat", "*one* Western diplomat", "analysts"). One named ("Ruto warned that the
    government would sack them"; "Seitkali warned", whose side the actors stage may guess
    wrong), one the story told of before ("*the* minister warned") or no known party is left
    a threat, whatever the clause."""
    said = [c for c in head.children if c.dep_ == "nsubj"]
    warners = amap.actors(said)
    if not clauses or not warners or any(t.pos_ in ("PROPN", "PRON") for t in said) or any(
            a in amap.named for a in warners) or any(definite(n, owned=True) for n in said):
        return False
    homes = {amap.country.get(a) for a in warners} - {None}
    states = homes - {_STATES}

    def mine(doer: str) -> bool:
        # a party of the warner's country, or one of no known country (or a body of states)
        # when the warner is a state's: "Ruto warned that *the government* would sack them"
        home = amap.country.get(doer)
        return doer in warners or home in homes or bool(states and home in (None, _STATES))

    def others(clause: Token) -> bool:
        # who would do it: the subject, or a passive's by-agent ("Beirut would be struck":
        # the place hit, no doer)
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] + [
            o for c in clause.children if c.dep_ == "agent" for o in c.children
            if o.dep_ == "pobj"]
        doers = amap.actors(subjects)
        return bool(doers) and not any(t.pos_ == "PRON" for t in subjects) and not any(
            mine(d) for d in doers)
    return all(others(c) for c in clauses)


def _doer(clause: Token, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether a warning's clause tells what someone would do: its subject is a person, a
    party or a pronoun ("warned that *he* would dissolve the guard", "that *Ostra* would stop
    the transit"), or it sets a condition ("... *if* Kalvo cut supplies again"); not a thing
    that would change ("that *prices* could rise")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.pos_ == "PRON" or amap.direct(t) is not None or lex.is_a(t, "@human")
               for t in subjects) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF for m in c.children)
        for c in clause.children)


def _hazard(token: Token, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether ``token`` names a hazard no one inflicts: a natural force, an accident or a
    disease ("flooding", "heavy snow"), or a hardship ("a cholera *outbreak*", "hunger")."""
    return natural(token, lex, amap) or accident(token, lex, amap) or any(
        w in words("hardships") for w in forms(token))


def _harm(token: Token, senses: dict[int, Entry], lex: Lexicon) -> bool:
    """Whether ``token`` or a word it governs names a harm: a hostile act (a trigger's sense:
    "a *raid*", "would *close* the border") or a word of harm (``warned_harms``)."""
    return any(getattr(senses.get(t.i), "type", None) in _HARMS or _named_harm(t, lex)
               for t in token.subtree)


def _named_harm(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a word of harm with no act of its own ("consequences", "a heavy
    *price*", "would *respond*")."""
    lemma = token.lemma_.lower()
    return lex.cue("warned_harms", lemma) or lex.cue("burdens", lemma)
