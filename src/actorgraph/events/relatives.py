"""What a relative pronoun stands for in the clause it opens.

In: a token of a relative clause. Out: the noun the clause modifies, when the token is the
relative pronoun that fills a slot of that clause's verb, else the token itself. "The
monitors *whom* soldiers detained", "the fishermen *that* the navy seized", "the convoy
*which* rebels ambushed": the pronoun is the verb's object, and what is done to it is done to
the monitors, the fishermen, the convoy (a relative subject, "the soldiers *who* detained",
is read as the doer in ``doers``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list

#: Relative pronouns that may stand as an object of their clause's verb.
_RELATIVE = word_list("grammar.yaml", "relative_pronouns")


def antecedent(token: Token) -> Token:
    """The noun ``token`` stands for when it is a relative pronoun that is an object of the
    relative clause it opens (``relcl``, hung on a noun); ``token`` otherwise."""
    verb = token.head
    if token.lower_ in _RELATIVE and token.dep_ in ("dobj", "obj") and verb.dep_ == "relcl" \
            and token.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return token


def fronted_object(verb: Token) -> Token | None:
    """The noun an object relative clause modifies when the parser lost the clause's shape
    ("the traders *whom* gendarmes arrested", read as "gendarmes [arrested ...]" with the
    pronoun hung on the main verb): the noun right before a relative pronoun that opens the
    phrase of ``verb``'s doer (its subject, or the noun it was hung on as a participle), when
    ``verb`` follows that phrase and has no object of its own. None otherwise. "That" also
    opens a clause that says what ("the report *that* rebels attacked the base", "told
    reporters *that* troops had withdrawn"): only after a noun that is no name and no
    object of a verb is it read as a relative, and only when the verb lacks its object."""
    if any(c.dep_ in ("dobj", "obj") and antecedent(c) is c for c in verb.children):
        return None
    doer = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if doer is None or doer.i > verb.i or doer.pos_ not in ("NOUN", "PROPN") \
            or doer.lower_ in _RELATIVE:
        return None
    first = doer.left_edge.i  # the parser may hang the pronoun on the doer: "whom rebels"
    first += verb.doc[first].lower_ in _RELATIVE
    if first < 2:
        return None
    pronoun, noun = verb.doc[first - 1], verb.doc[first - 2]
    between = verb.doc[doer.i + 1:verb.i]
    if pronoun.lower_ not in _RELATIVE or noun.pos_ not in ("NOUN", "PROPN") or any(
            t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in between):
        return None
    if pronoun.lower_ == "that" and (noun.pos_ == "PROPN" or noun.dep_ in (
            "dobj", "dative", "iobj")):
        return None
    return noun
