"""Clause shapes that tell whether an act happened, whatever its cue words: a "to"
infinitive with no subject of its own, a for-to complement the parser hangs as an adverbial
clause, a purpose clause (an aim, no act of its own), and the infinitive of a noun of intent
or of asking ("a *proposal* to deploy monitors", "a *plan* to let troops
use the base": hypothetical; "an *appeal* to release them": requested, ``irrealis_nouns`` in
``modality.yaml``). Read by ``modality``, ``restatements`` and ``recipients``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import COOPERATIVE, Lexicon
from .tenses import to_infinitive

#: Acts that, as the purpose of another, are only its aim: "sanctions *to help* the talks".
AIMS = COOPERATIVE - {"AGREE", "CONSULT"}


def bare_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive with no subject or subordinator of its own."""
    return to_infinitive(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def for_to(clause: Token) -> bool:
    """Whether ``clause`` is a for-to complement the parser hangs as an adverbial clause:
    "called *for Ethiopia to withdraw*" is what is called for, no clause of its own."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and to_infinitive(clause)


def purpose(token: Token, lex: Lexicon) -> bool:
    """Whether the verb ``token`` is a purpose infinitive, an aim of what it hangs on and no
    act of its own: of a verb ("imposed sanctions *to help* the talks", "sent police *to
    protect* the airport"; not what an instrument does, "used its veto *to block*"), of a
    noun ("a resolution *to protect* civilians"; not what an intent noun commits to, "the
    decision *to send* troops"), or of a participle that names an aim ("a resolution *meant
    to protect*")."""
    if token.dep_ not in ("advcl", "acl", "xcomp") or token.head.i == token.i or \
            not bare_infinitive(token):
        return False
    head, lemma = token.head, token.head.lemma_.lower()
    if token.dep_ == "advcl":
        return head.pos_ in ("VERB", "AUX") and not lex.cue("instrument_verbs", lemma)
    if token.dep_ == "acl":
        return head.pos_ == "NOUN" and not lex.cue("intent_nouns", lemma)
    return head.dep_ == "acl" and head.pos_ == "VERB" and lex.cue("aim_participles", lemma)


def intended(node: Token, child: Token, lex: Lexicon) -> str | None:
    """The reading a noun ``node`` (a trigger or not: a sense's ``embeds`` reaches only its
    verb's complements) gives the infinitive ``child`` hanging on
    it ("a proposal *to deploy*": hypothetical; "a plea *to release*": requested), else None
    (the walk up the tree brings an act a verb of letting lets happen to it: "a proposal to
    let monitors *patrol*")."""
    if child.dep_ == "advcl" and node.pos_ == "VERB" and bare_infinitive(child):
        # "did not repeat her threat *to expel*": the parser hangs the noun's infinitive on
        # the verb whose object the noun is
        node = next((c for c in node.children if c.dep_ == "dobj" and c.i < child.i), node)
    elif child.dep_ != "acl" or not bare_infinitive(child):
        return None
    if node.pos_ != "NOUN":
        return None
    lemma = node.lemma_.lower()
    for reading in ("requested", "hypothetical"):
        if lex.cue(f"{reading}_nouns", lemma):
            return reading
    return None

