"""Pronoun mentions: every personal pronoun of the dictionary's list that may refer (not a
pleonastic "it")."""

from __future__ import annotations

import functools

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .candidates import Candidate
from .dictionary import Dictionary
from .tables import word_list


def candidates(doc: Doc, sent_of: list[int], d: Dictionary) -> list[Candidate]:
    out = []
    wanted = _hashes(frozenset(d.pronouns))
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):  # no Token object per word
        if lower not in wanted:
            continue
        token = doc[i]
        info = d.pronouns.get(token.lower_)
        if info is None or token.pos_ not in ("PRON", "DET"):
            continue
        if token.lower_ == "it" and (token.dep_ in ("expl", "nsubjpass") or (
                token.dep_ in ("nsubj", "dobj") and _pleonastic(token))):
            continue  # "it is believed that...", "which makes it his second visit"
        number, gender = info
        out.append(Candidate(token.idx, token.idx + len(token.text), token.text, "PRON",
                             token.i, sent_of[token.i], plural=number == "pl",
                             gender=gender, number=number))
    return out


@functools.cache
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def _pleonastic(it: Token) -> bool:
    """"It is clear that", "it is likely to", "makes it his second visit": no referent."""
    head = it.head
    if it.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp", "oprd") \
            and head.head.lemma_ in word_list("coref.yaml", "predicate_verbs"):
        return True  # "makes [it his second visit]"
    if it.dep_ == "dobj":
        return head.lemma_ in word_list("coref.yaml", "predicate_object_verbs") and any(
            t.dep_ in ("ccomp", "oprd", "xcomp", "attr", "npadvmod") or (t.i > it.i
            and t.pos_ in ("NOUN", "ADJ")) for t in head.rights)
    return head.lemma_ == "be" and any(t.dep_ in ("ccomp", "xcomp") for t in head.rights) \
        and any(t.dep_ == "acomp" and t.pos_ == "ADJ" for t in head.rights)
