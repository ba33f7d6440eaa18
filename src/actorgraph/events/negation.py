"""Nouns said not to exist: "*no* shots", "*nobody* was arrested", "*not a single* soldier".

In: a noun token of a parsed sentence. Out: whether its own words say no such thing or person
exists (``no_such``), as modality (a negated act), subjects (a party with no part in an act)
and handless (an act with no hand named) read it. Word lists: ``no_one_pronouns``,
``exception_words`` and ``single_determiners`` in ``data/grammar.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list

#: Pronouns that say no one of a class, or nothing, did or underwent an act.
NO_ONE = word_list("grammar.yaml", "no_one_pronouns")
#: Words right after such a pronoun that make it say who or what alone did or underwent it
#: ("arrested *nobody but* the organisers", "seized *nothing except* two rifles").
_SAVE = word_list("grammar.yaml", "exception_words")


def no_such(noun: Token) -> bool:
    """Whether the noun ``noun`` is said by its own determiner not to exist: "*no* shots",
    "*not a single* soldier", "*not one* shot" (the parser hangs the "not" on the noun), and
    a negative quantifier that is its own noun ("*nobody* was arrested", "*none* of them",
    "*nothing* was seized", "*neither* of them"), unless a word of exception follows ("*nobody
    but* the organisers"), and the first of parties coordinated by "neither ... nor"
    ("*neither* the army nor the police fired": the parser hangs "neither" on the first).
    The parser may hang the "not" on the numeral instead ("*not one* member": "not" under
    "one"): the noun is denied all the same. Not a quantity limited ("*not all* soldiers":
    some did), nor one set against another ("*not one but three* soldiers")."""
    if noun.lower_ in NO_ONE:
        doc = noun.doc
        return noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in _SAVE
    children = list(noun.children)
    if any((d.dep_ == "det" and d.lower_ == "no")
           or (d.dep_ in ("det", "preconj") and d.lower_ == "neither") for d in children):
        return True
    if any(d.dep_ == "neg" for d in children) and any(
            d.lower_ in word_list("grammar.yaml", "single_determiners") for d in children):
        return True
    return any(d.lower_ == "one" and d.dep_ == "nummod" and any(c.dep_ == "neg" for c in
                                                                 d.children)
               and not any(c.dep_ == "cc" for c in d.children) for d in children)

