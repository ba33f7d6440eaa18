"""Persons' names the tagger left untagged or cut after the given name.

In: a parsed document, the dictionary, the sentence of each token and the candidates found
so far. Out: the candidates with those names as persons' mentions:

- two or three capitalised proper nouns with no entity label, a given name first and none
  of them a word of a body's name ("Police arrested *Kwame Ofori*, secretary-general of
  ..."): a person (``formats.person_name``), unless a locative preposition makes it a place
  ("at Rose Hill");
- a person's given name the tagger took alone, with the capitalised proper nouns right after
  it left untagged ("*Kwame* Ofori"): the whole name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from . import formats
from .candidates import Candidate
from .dictionary import Dictionary, word_list


def _free(token: Token, taken: set[int]) -> bool:
    """A capitalised proper noun with no entity label and no candidate on it."""
    return token.i not in taken and token.pos_ == "PROPN" and token.is_title \
        and not token.ent_type_


def untagged_people(doc: Doc, d: Dictionary, sent_of: list[int],
                    candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the persons' names the tagger missed (see the module)."""
    taken = {t.i for c in candidates for t in doc.char_span(c.start, c.end,
                                                          alignment_mode="expand") or ()}
    body = word_list("names.yaml", "body_words")
    out = []
    for c in candidates:  # "[Kwame] Ofori": the family name after a given name taken alone
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.label == "PERSON" and span is not None and len(span) == 1 \
                and d.gender(span[0].text):
            end = span.end
            while end < len(doc) and end - span.start < 3 and _free(doc[end], taken) \
                    and doc[end].lower_ not in body and d.lookup(doc[end].text) is None:
                end += 1
            if end > span.end:
                whole = doc[span.start:end]
                taken.update(range(span.end, end))
                c = replace(c, end=whole.end_char, text=whole.text, head=whole.root.i)
        out.append(c)
    after = 0  # a run read from one start is not read again from its later words
    for i in (i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN):
        # only a proper noun can open a run of free words (``_free``)
        if i < after:
            continue
        j = i
        while j < len(doc) and j - i < 3 and _free(doc[j], taken) and (
                j == i or not doc[j].is_sent_start):  # a name lies in one sentence
            j += 1
        if j == i:
            continue
        span = doc[i:j]
        if j - i >= 2 and formats.person_name(span, d) and not formats.place_word(span[-1]) \
                and not formats.place_word(span.root):
            out.append(Candidate(span.start_char, span.end_char, span.text, "PERSON",
                                 span.root.i, sent_of[span.root.i], kind="PERSON",
                                 gender=d.gender(span[0].text)))
            taken.update(range(i, j))
        after = j
    return sorted(out, key=lambda x: (x.start, -x.end))
