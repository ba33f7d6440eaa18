"""What a definite noun's own words say of the act it tells again: its doer or its day.

A noun that tells again an act its document told before ("the attack", ``retellings``) may
say whose act it is or when and where it was: "thanked Japan for *its* grant" (Japan's grant,
``owner``), "*Friday's* attack", "the *Valo* meeting", "the *students'* arrest" (the act told
on that day, in that place, with that party, ``marked``), not merely the latest of its type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import text_of
from ..records import Event

#: Possessive pronouns: "*their* talks" names the parties an earlier act names, "thanked
#: Japan for *its* grant" the doer named before it.
PRONOUNS = word_list("grammar.yaml", "possessive_pronouns")
#: Entities by which a noun names the day or place of the act it tells again ("*Friday's*
#: attack", "the *Valo* meeting").
_MARKS = frozenset({"DATE", "GPE", "LOC", "FAC"})


def owner(noun: Token, of_token: Callable[[Token], str | None]) -> str | None:
    """The doer a noun's possessive pronoun names when the noun is what a verb's object is
    thanked, praised or blamed for ("thanked *Japan* for *its* emergency grant", "praised the
    *rescuers* for *their* work", "blamed Tarvia for its shelling"): the actor of that object
    (``of_token``, the actor a token names); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or not any(
            c.dep_ == "poss" and c.lower_ in PRONOUNS for c in noun.children):
        return None
    return next((a for c in noun.head.head.children if c.dep_ == "dobj"
                 and (a := of_token(c)) is not None), None)


def marked(noun: Token, able: Sequence[Event]) -> list[Event]:
    """Of ``able``, the acts told in a sentence that names the day or the place the noun's
    own words name ("*Friday's* attack", "the *Valo* meeting", "the *Marn* attack", "the
    *students'* arrest": a date's possessive, a proper name, a date or a place as its
    modifier, a party's possessive): an act of its type told on that day, in that place or
    with that party, not the latest; an act of the noun's own sentence is no match. Empty
    when the noun names none or no act matches."""
    words = [c.text for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and (
        c.ent_type_ in _MARKS or c.pos_ == "PROPN" or (c.dep_ == "poss" and c.pos_ == "NOUN"))]
    if not words:
        return []
    doc, own = noun.doc, noun.sent.start_char  # its own sentence names them anyway
    return [e for e in able if e.sentence_start != own and all(
        names(text_of(doc)[e.sentence_start:e.sentence_end], w) for w in words)]


def names(text: str, word: str, fold_case: bool = False) -> bool:
    """Whether ``text`` has ``word`` (a word or a name) as a whole word, of the same case
    unless ``fold_case``."""
    return re.search(rf"\b{re.escape(word)}\b", text,
                     re.IGNORECASE if fold_case else 0) is not None
