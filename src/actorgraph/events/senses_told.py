"""The sense of a definite noun that tells an act again, read from its document.

A noun that names an event only with a phrase of its own ("the closure *of the border*", "a
call *with* Erdogan", "measures *against* Iran") may also stand alone, definite: "the
closure", "the call", "the measures" (``standing``). It is then read as the latest earlier act
of one of its kinds and kept only as that act told again (``retellings``); with none before it,
it is no event ("the closure cost 900 jobs" after a steelworks closed).

A bare definite noun of several senses ("the strike", "Saturday's strike": a labour strike
or a military one) is read in the sense its document last gave that noun ("a drone strike"
before it), when that sense is of another type (``kept_sense``); a bare definite noun whose
senses are of several types and that its document has not used is read in its sense akin to
the latest earlier act of one of them ("troops stormed a camp ... died in the raid": the
military raid; "deported 40 men ... the expulsion": a deportation) (``standing``).

In: the document, its triggers in order and the lexicon. Out: the triggers, with these nouns
added or read anew.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import root_general
from . import handless, triggers
from .arguments import carrier
from .lexicon import Entry, Lexicon
from .told_nouns import DETERMINERS, akin, own_words, plain, told_again


def standing(doc: Doc, found: list[triggers.Trigger], lex: Lexicon) -> list[triggers.Trigger]:
    """``found`` with the nouns every sense of which needs a phrase of its own ("closure *of*
    a border", "call *with*", "measure *against*") standing alone and definite, with nothing
    of their own ("the closure", "the call", "the listings"), or named only to be denied or
    left unconfirmed ("*no* operation had taken place", ``_answered``), each read in the sense
    of the latest earlier trigger of one of its kinds (``akin``: "closed the border",
    "phoned", "imposed sanctions"), its phrase dropped; the events stage keeps one only as an
    act told again. Not the object of a light verb ("held the call": an act of its own), nor
    a noun another trigger already reads. A noun with a sense that needs only a doer of a
    kind ("a clearing by forces") tells again only its own verb's act (``_named_by``). Then
    each bare definite noun of several types is read in the type of the act before it
    (``_of_kind``)."""
    extra = []
    for noun, senses in triggers.lone_nouns(doc, found, lex, lambda senses: all(
            e.type is not None and (e.prep or e.modifiers or e.subj) for e in senses)):
        i = noun.i
        verb = carrier(noun)
        told = not (verb is not None and verb.lemma_.lower() in lex.light_verbs) and any(
            c.dep_ == "det" and c.lower_ in DETERMINERS for c in noun.children)
        answered = not told and _answered(noun, senses, lex)
        if not (told or answered) or any(own_words(c) for c in noun.children):
            continue
        doer_only = any(not (e.prep or e.modifiers) for e in senses)  # "by forces" only
        last = next(((t, e) for t in reversed(found) if t.head.i < i for e in senses
                     if (akin(e, t.entry) or (answered and _of_type(e, t.entry))) and not (
                         doer_only and not _named_by(noun, t.head))), None)
        if last is not None:
            sense = last[1]
            extra.append(triggers.Trigger(noun, replace(plain(sense), lemma=noun.lemma_.lower()),
                                          noun.idx, noun.idx + len(noun.text)))
    found = sorted([*found, *extra], key=lambda t: t.head.i) if extra else found
    return _of_kind(found, lex)


def _answered(noun: Token, senses: list[Entry], lex: Lexicon) -> bool:
    """Whether ``noun`` is named only to say its act did not take place, or to leave it
    unconfirmed ("*no* operation had taken place", "declined to confirm that *any*
    operation had taken place": ``handless.denied``): like a definite noun, it answers an act
    told before."""
    return handless.denied(triggers.Trigger(noun, senses[0], noun.idx, noun.idx + len(noun.text)),
                           lex)


def _of_type(sense: Entry, earlier: Entry) -> bool:
    """Whether a noun's ``sense``, its root's own unspecified code, is of the PLOVER type of
    an ``earlier`` trigger: a noun named only to be denied answers the act told before of its
    type, whatever CAMEO root (PLOVER's ASSAULT spans 18-20: "killed ... declined to confirm
    that any *operation*", 190, had taken place)."""
    return sense.type == earlier.type and root_general(sense.cameo or "")


def _named_by(noun: Token, earlier: Token) -> bool:
    """Whether ``noun`` names the act of the ``earlier`` trigger's own word: the same noun, or
    the verb's gerund ("cleared a camp ... the *clearing*"). A sense that needs only a doer
    of a kind ("a clearing by *forces*") says nothing of its act but its verb, so standing
    alone it tells again only that verb's act, not any act of its code ("arrested two men
    ... the clearing was searched": a clearing in the woods)."""
    lemma, verb = noun.lemma_.lower(), earlier.lemma_.lower()
    return lemma == verb or (lemma.endswith("ing") and lemma.startswith(verb))


def _of_kind(found: list[triggers.Trigger], lex: Lexicon) -> list[triggers.Trigger]:
    """``found`` with each bare definite noun that has senses of several types ("the raid":
    police coercion, or a military raid's force) and no words of its own read in its sense
    akin to the latest earlier trigger of one of those types, when that is of another type
    than its reading: after "troops stormed a camp" (190), "died in the raid" is the military
    raid (190); after "deported 40 men", "the expulsion" is theirs (174), not a diplomat's
    (166). A noun its document already used keeps that use (``kept_sense``)."""
    out = list(found)
    for n, t in enumerate(found):
        if not _bare(t, lex):
            continue
        lemma = t.head.lemma_.lower()
        senses = [e for e in lex.senses("noun", lemma) if e.type is not None]
        kinds = {e.type for e in senses}
        if len(kinds) < 2 or any(u.head.lemma_.lower() == lemma for u in found[:n]):
            continue
        last = next((u for u in reversed(out[:n]) if u.entry.type in kinds), None)
        if last is None or last.entry.type == t.entry.type:
            continue
        sense = next((e for e in senses if akin(e, last.entry)), None)
        if sense is not None:
            out[n] = replace(t, entry=plain(sense))
    return out


def _bare(t: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a trigger is a noun read in a sense of no words of its own (no "by", "on" or
    modifier it needs), definite or denied (``handless.denied``), with no words of its own in
    the text either, a date's possessive aside ("Saturday's strike", "no such strike"): one
    whose sense its document may give."""
    entry = t.entry
    if entry.pos != "noun" or entry.prep or entry.modifiers:
        return False
    return told_again(t, handless.denied(t, lex)) and not any(own_words(c) for c in t.head.children)


def kept_sense(found: list[triggers.Trigger], lex: Lexicon) -> list[triggers.Trigger]:
    """``found`` with each bare definite noun ("the strike", "Saturday's strike", or one
    denied: "no such strike took place") that has no words of its own (a date's possessive
    aside) read in the sense of the latest earlier trigger with the same head noun, when that
    sense is of another type: after "a drone strike", "the strike" is the military one; after
    "teachers began a strike", the labour one; after the verb ("drones *struck* a village"),
    its noun sense of the verb's type, akin to it (``akin``) when one is. A noun with a
    phrase of its own ("the strike by teachers") keeps its reading."""
    out = list(found)
    for n, t in enumerate(found):
        if not _bare(t, lex):
            continue
        lemma = t.head.lemma_.lower()
        last = next((u for u in reversed(out[:n]) if u.head.lemma_.lower() == lemma), None)
        if last is None or last.entry.type == t.entry.type:
            continue
        sense = last.entry if last.entry.pos == "noun" else next(
            (e for e in sorted(lex.senses("noun", lemma), key=lambda e: not akin(e, last.entry))
             if e.type == last.entry.type), None)  # "struck" a village: a military strike
        if sense is not None:
            out[n] = replace(t, entry=plain(sense))
    return out
