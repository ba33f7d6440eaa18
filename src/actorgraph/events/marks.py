"""What a definite noun's own words say of the act it tells again: its doer or its day.

A noun that tells again an act its document told before ("the attack", ``retellings``) may
say whose act it is or when and where it was: "thanked Japan for *its* grant" (Japan's grant,
``owner``), "*Friday's* attack", "the *Valo* meeting", "the *students'* arrest" (the act told
on that day, in that place, with that party, ``marked``), not merely the latest of its type.
A place its phrase names ("the shelling *of Elwak*", "the talks *in Wellington*") marks it too:
of the acts whose sentence names that place, one told there (or told nowhere), not one its
document places elsewhere ("their first round of talks *in Suva*").
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
#: Entities of a proper name that is no place nor party: a day, a nationality.
_NOT_PLACES = frozenset({"DATE", "TIME", "NORP", "ORDINAL", "CARDINAL"})
#: Prepositions by which a noun names where its act was or the place it hit ("the shelling
#: *of* Elwak", "the talks *in* Wellington").
_AT = word_list("grammar.yaml", "told_place_preps")


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
    modifier, a party's possessive; "the shelling *of Elwak*": a place in its phrase,
    ``places``): an act of its type told on that day, in that place or with that party, not
    the latest; an act of the noun's own sentence is no match. Of those, when the noun names
    a place, the ones its document places there or nowhere ("four weeks after their first
    meeting *in Lima*, the ministers met again, this time in Arica ... the Arica meeting": the
    second). Empty when the noun names none or no act matches."""
    where = places(noun)
    words = [c.text for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and (
        c.ent_type_ in _MARKS or c.pos_ == "PROPN" or (c.dep_ == "poss" and c.pos_ == "NOUN"))]
    words += [w for w in where if w not in words]
    if not words:
        return []
    doc, own = noun.doc, noun.sent.start_char  # its own sentence names them anyway
    fits = [e for e in able if e.sentence_start != own and all(
        names(text_of(doc)[e.sentence_start:e.sentence_end], w) for w in words)]
    there = [e for e in fits if e.location is None or any(
        names(e.location.name, w, True) or names(w, e.location.name, True) for w in where)]
    return (there or fits) if where else fits


def places(noun: Token) -> list[str]:
    """The names a noun's own words give of where its act was or whom it hit: a proper name
    as its modifier ("the *Arica* meeting") or in a phrase of ``told_place_preps`` on it ("the
    shelling *of Elwak*", "the attack on the post *at Inates*"); not a day ("the *Tuesday*
    meeting") nor a nationality. A name of several words is given by its last ("Kajo *Keji*",
    "Mr *Quintero*")."""
    words = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in _AT
              for t in c.subtree]
    named = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PLACES]
    return [t.text for t in named if not (t.dep_ == "compound" and t.head in named)]


def names(text: str, word: str, fold_case: bool = False) -> bool:
    """Whether ``text`` has ``word`` (a word or a name) as a whole word, of the same case
    unless ``fold_case``."""
    return re.search(rf"\b{re.escape(word)}\b", text,
                     re.IGNORECASE if fold_case else 0) is not None
