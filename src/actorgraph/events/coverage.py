"""Covered nouns: the trigger words another trigger of the sentence already codes.

In: a document's triggers, the lexicon, and the acts under way that a trigger ends
(``endings.acts``). Out: the token indices of triggers that are no event of their own. A verb
+ object collocation codes its object ("lifted the *curfew*"), a light verb with a sense of
its own its noun, a noun's sense its "of" phrase ("a note of *protest*"), and a truce the
fighting it stops ("agreed to stop *fighting*"). An object a verb only sets the modality of
("cancelled the *march*"), an act called off, a protest repressed, an act under way that is
ended, and a proposal told before and now refused stay events of their own (or point back to
one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..actors.tables import word_list
from . import crowds, phrasings, triggers, undergoers
from .lexicon import Lexicon

#: Types of a noun that is someone's proposal ("offer", "proposal"), and the CAMEO codes of
#: refusing a proposal to meet, mediate or settle (125-127): refused after it was told, the
#: proposal stays that act (``covered_nouns``).
_PROPOSED = frozenset({"AGREE", "REQUEST"})
_PROPOSALS_REFUSED = frozenset({"125", "126", "127"})


def _told_before(noun: Token) -> bool:
    """Whether ``noun`` points back to an act told before: "the"/"this"/"that" and no maker
    of its own ("*Brazil's* offer", "the *Egyptian* offer", "an offer *by* Brazil")."""
    again = word_list("grammar.yaml", "told_before_determiners")
    return any(c.dep_ == "det" and c.lower_ in again for c in noun.children) \
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) or (
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_))
            for c in noun.children)


def covered_nouns(found: Sequence[triggers.Trigger], lex: Lexicon,
                  ended: Mapping[int, Token]) -> set[int]:
    """Triggers another one already codes: the object of a verb + object collocation, as the
    sense names it ("lifted the *curfew*", "cut its *budget support*"; not the object of a
    verb that only sets its modality, "cancelled the *march*", nor an act called off,
    "called off the *strike*", which stays an event, negated, nor a protest repressed,
    "cleared a *protest camp*": the crowd was there, nor an act under way that it ends,
    ``endings.acts``: "the union ended *its strike*", nor a proposal told before and refused
    now, which points back to that act: "Brazil offered to mediate. Lima rejected *the
    offer*"; one named only as what is refused, "rejected Brazil's offer", is the refusal's
    content), a noun whose light verb has a sense of its own, the "of" phrase a noun's
    sense reads its modifier from ("a note of *protest*": the protest note only), the noun
    of the verb's own type in the "as" phrase its sense names, what it makes of its object
    ("used villagers *as human shields*"), and a light verb + object collocation whose
    object is a more precise noun phrase ("imposing *visa restrictions*": a sanction, not
    the coercion "imposing restrictions" would be)."""
    covered: set[int] = set()
    phrases = {t.head.i for t in found if t.entry.modifiers}
    covered.update(o.i for t in found if t.entry.modifiers and t.entry.pos == "noun"
                   for o in phrasings.of_phrase(t.head) if o.lemma_.lower() in t.entry.modifiers)
    protests = crowds.protest_nouns(found)
    proposals = {t.head.i for t in found if t.entry.pos == "noun" and t.entry.type in _PROPOSED}
    kinds = {t.head.i: t.entry.type for t in found if t.entry.pos == "noun"}
    for t in found:
        if t.entry.pos == "verb" and t.entry.obj and t.entry.type is not None \
                and t.entry.embeds != "negated":
            objects = [o.i for o in undergoers.objects(t.head)
                       if triggers.named(o, t.entry.obj, lex)
                       and not (o.i in protests and "repression" in t.entry.context)
                       and o.i not in ended
                       and not (t.entry.cameo in _PROPOSALS_REFUSED and o.i in proposals
                                and _told_before(o))]
            if any(o in phrases for o in objects) and t.head.lemma_.lower() in lex.light_verbs:
                covered.add(t.head.i)
            else:
                covered.update(objects)
        if t.entry.pos == "verb" and t.entry.prep == "as" and t.entry.pobj \
                and t.entry.type is not None:
            # "used villagers *as human shields*": what the object is made, the act itself
            covered.update(o.i for p in t.head.children if p.dep_ == "prep"
                           and p.lower_ == t.entry.prep for o in p.children
                           if o.dep_ == "pobj" and triggers.named(o, t.entry.pobj, lex)
                           and kinds.get(o.i) == t.entry.type)
        if t.entry.mode == "ceasefire" and t.entry.xcomp and (
                stopped := triggers.infinitive(t.head)) is not None:
            covered.add(stopped.i)  # "to stop *fighting*": the truce is the event
    typed = {t.head.i for t in found if t.entry.type is not None and t.head.i not in covered}
    covered.update(t.head.i for t in found if t.light is not None and t.light.i in typed)
    return covered
