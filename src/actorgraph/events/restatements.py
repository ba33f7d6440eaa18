"""Restatements: one act told twice in one sentence is one event.

"China used its *veto* to *block* the draft", "Modi *visited* Moscow, his second *visit* to
Russia", "Lula *visited* Beijing, which makes it his third *visit* to China": the noun names
the act the verb reports. In: the emitted events with the token of each one's trigger. Out:
the events without the nouns that restate a verb.

A noun restates a verb when both are of the same type, the noun's doers are among the verb's
(or it names none), and the noun hangs on the verb's clause as its apposition, an object of
the verb or of the verb that governs it ("used its veto *to block*"), the "of" complement of
such an object ("used its power *of veto* to block"), or the complement of a clause whose
subject "which" is the whole clause (", which makes it his third visit"). A noun whose
doers the sentence does not name is left alone ("repelled the attack"). A noun reached
through a preposition is another act ("days *after* his visit to Tokyo"), and so is a noun
coordinated with the verb or done by someone else ("a week after *Orban's* visit").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..records import Event

#: How a restating noun, or a clause on its way up, may hang: as an apposition or adverbial
#: noun (", his second visit"), an object ("used *its veto*"), a copular or clausal
#: complement (", which makes it *his third visit*").
_RESTATING = frozenset({"appos", "npadvmod", "dobj", "attr", "oprd", "ccomp", "acomp"})
#: How the verb may hang under the clause the noun is in: it is that clause, or its purpose
#: ("used its veto *to block*").
_GOVERNED = frozenset({"xcomp", "advcl"})


def drop(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token]) -> list[Event]:
    """``found`` without the nominal events that restate a verbal one of their sentence;
    ``heads`` maps an event's ``(start, end, type)`` to its trigger's head token (events
    absent from it, made by no trigger of their own, are kept)."""
    verbal = [(e, t) for e in found if (t := heads.get((e.start, e.end, e.type))) is not None
              and t.pos_ in ("VERB", "AUX")]
    if not verbal:
        return list(found)
    kept = []
    for e in found:
        noun = heads.get((e.start, e.end, e.type))
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not any(
                v.type == e.type and v is not e and e.source and set(e.source) <= set(v.source)
                and v.sentence_start == e.sentence_start and _restates(noun, verb)
                for v, verb in verbal):
            kept.append(e)
    return kept


def _restates(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` hangs on the clause of ``verb`` as a restatement of it."""
    clause = verb
    while clause.dep_ in _GOVERNED and clause.head.i != clause.i:
        clause = clause.head
    if clause.i != verb.i and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in verb.children):
        return False  # "attacked ... *after* the army attacked": a clause of its own
    node = noun
    for _ in range(6):
        if node.dep_ in ("relcl", "advcl") and any(
                c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # ", which makes it his third visit": said of the whole clause before it
            return node.i > clause.i
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "its power *of veto*": the act is the object's content
            continue
        if node.dep_ not in _RESTATING or node.head.i == node.i:
            return False
        if node.head.i == clause.i:
            return True
        node = node.head
    return False
