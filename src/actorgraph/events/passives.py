"""A passive that tells again the act just told, from the side of whom it was done to.

News restates an act in the passive, its object now the subject: "Gunmen attacked a
checkpoint outside Narvo. *The checkpoint was attacked* by ten men on motorbikes", "Soldiers
killed three herders. *The herders were shot* at a well". One act, told twice: the PLOVER
export writes one record. So a verb of force, coercion or sanction (an expulsion: "Ecuador
expelled two diplomats. *The diplomats were ordered to leave*") told in the passive

* whose subject is a definite noun ("the checkpoint", "these herders") with the head noun of
  the object of an act of its type told before it (its verb's object, or a passive's
  subject), that act the latest of its type and one that happened;
* with no doer of its own, or one its text names in the act's sentence ("*by the Kessel
  Front*" after "fighters of the Kessel Front attacked"), so that another hand ("by army
  jets") is another act;
* with no repetition word ("again", ``repetition_words``) and no day of its own that the
  act's sentence does not give ("*On Wednesday* the checkpoint was attacked")

retells that act (``Event.retells``). A reprisal names another object ("The army struck rebel
positions"), and an act of another type done to the same people is an act of its own
("Police arrested five men. The men were beaten in custody").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..nlp import definite, text_of
from ..records import HAPPENED, Actor, Event
from .lexicon import Lexicon
from .marks import names
from .repeats import once_more
from .subjects import PASSIVE_SUBJECTS

#: The types of acts done to someone that a passive may tell again (an expulsion too: "the
#: diplomats were ordered to leave" after "expelled two diplomats").
_DONE_TO = frozenset({"ASSAULT", "COERCE", "SANCTION"})

Heads = Mapping[tuple[int, int, str], Token]


def restated(found: Sequence[Event], heads: Heads, lex: Lexicon,
             actors: Mapping[str, Actor]) -> dict[int, int]:
    """For each passive that tells again an act before it (see the module), by index, the
    index of that act."""
    out = {}
    for n, e in enumerate(found):
        verb = heads.get((e.start, e.end, e.type))
        if verb is None or e.type not in _DONE_TO or e.modality not in HAPPENED or \
                verb.pos_ not in ("VERB", "AUX") or once_more(verb, lex):
            continue
        subject = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS), None)
        if subject is None or not definite(subject):
            continue
        act = next((m for m in range(n - 1, -1, -1) if found[m].type == e.type
                    and found[m].sentence_start < e.sentence_start), None)
        if act is None or found[act].modality not in HAPPENED:
            continue
        told = found[act]
        words = text_of(verb.doc)[told.sentence_start:told.sentence_end]
        if subject.lemma_.lower() in _objects(heads.get((told.start, told.end, told.type))) \
                and all(a in actors and names(words, actors[a].name, fold_case=True)
                        for a in e.source) \
                and not _own_day(verb, words):
            out[n] = act
    return out


def _objects(verb: Token | None) -> set[str]:
    """The lemmas of the head nouns an act's verb is done to: its objects, or a passive's
    subject."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    nouns = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in PASSIVE_SUBJECTS]
    return {t.lemma_.lower() for c in nouns for t in (c, *c.conjuncts)}


def _own_day(verb: Token, words: str) -> bool:
    """Whether the passive's clause gives a date the act's sentence ``words`` does not."""
    return any(t.ent_type_ == "DATE" and t.text not in words
               for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")
               for t in c.subtree)
