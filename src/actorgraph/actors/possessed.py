"""Armed bodies a pronoun owns: "Haftar and *his army*", "the warlord and *his militia*".

In: the parse, the candidates ``mentions.find`` made, and the dictionary. Out: a nominal
candidate for each armed noun a possessive pronoun owns that no candidate covers yet (a
singular "army" or "militia" has no country or article of its own, so ``mentions`` leaves
it). It is an actor of its own, a second party beside its owner; which owner and what
country, coreference and ``local.Local._join_owned_forces`` decide (an organisation's own
fighters are the organisation; a leader's army is of his country).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate
from .dictionary import Dictionary
from .mentions import ARMED

#: Possessives that may own an armed body ("*his* army", "*our* forces").
_OWNERS = frozenset({"his", "her", "its", "their", "our"})


def owned_forces(doc: Doc, sent_of: list[int], d: Dictionary,
                 candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a candidate added for each pronoun-owned armed noun not yet
    covered ("his army"), in text order."""
    heads = {c.head for c in candidates if c.label != "PRON"}
    added = []
    for c in candidates:
        if c.label != "PRON" or c.text.lower() not in _OWNERS:
            continue
        pron = doc[c.head]
        noun_token = pron.head
        if pron.dep_ != "poss" or noun_token.i in heads or noun_token.pos_ != "NOUN":
            continue
        noun = d.noun(noun_token.text) or d.noun(noun_token.lemma_)
        if noun is None or noun.sector not in ARMED:
            continue
        span = doc[pron.i:noun_token.i + 1]
        added.append(Candidate(span.start_char, span.end_char, span.text, "NOUN",
                               noun_token.i, sent_of[noun_token.i], kind="GROUP",
                               sector=noun.sector, plural=noun.plural))
        heads.add(noun_token.i)
    return sorted(candidates + added, key=lambda x: (x.start, -x.end)) if added else candidates
