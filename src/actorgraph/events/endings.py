"""Acts a verb ends or suspends: "the union ended *its strike*" is the strike too.

In: the document's triggers and its ``Modality``. Out: the nouns of acts that were under way
when a verb + object collocation of ending coded ("ended its strike": CONCEDE 082; "halted the
offensive": RETREAT 087; "suspended the talks": SANCTION 164), each with that verb. The events
stage keeps the verb's event and codes the noun as an event of its own (not covered by the
collocation), so a report of the strike elsewhere finds an event at that noun to cluster with.

An act was under way when the noun is definite and the verb one of its ending
(``Modality.given``: "*the* strike", "*their* offensive" under end, halt, stop, suspend): the
ending's negation, modal or condition does not reach it ("will not end its blockade"), a
report does. Not an indefinite, bare or planned act ("would end strikes", "suspended the
planned strike"), nor an act called off (done to planned acts as well: negated, by its
sense), nor a measure that stands once imposed (``MEASURES``). An act addressed to another
that the verb answers ("dismissed *the demand*", "ignored *the call*": ``answer_verbs`` on an
act of ``answered_types``, ``data/modality.yaml``) is still an event of its own, but never the
answerer's: it is whoever made it, the answerer only rejects or grants it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from . import lexicon
from .actormap import ActorMap
from .answers import answering
from .doers import doers
from .modality import Modality
from .triggers import Trigger
from .undergoers import objects

#: CAMEO codes of imposing a measure that then stands: administrative sanctions (172: curfews,
#: states of emergency, bans) and reduced relations (16: sanctions, embargoes). Ending one
#: ends a state whose act, its imposing, is done: only the easing is an event ("ended its
#: state of emergency": RETREAT 0814; "suspended its sanctions": RETREAT 085).
MEASURES = ("172", "16")


def acts(found: Sequence[Trigger], modality: Modality) -> dict[int, Token]:
    """The nouns (by index) of the acts under way that a verb + object collocation of
    ``found`` ends or suspends, each with that verb."""
    kinds = {t.head.i: t.entry for t in found if t.entry.type is not None}
    return {o.i: t.head for t in found if t.entry.pos == "verb" and t.entry.obj
            and t.entry.type is not None and t.entry.embeds != "negated"
            for o in objects(t.head)
            if o.lemma_.lower() in t.entry.obj and o.i in kinds
            and not (kinds[o.i].cameo or "").startswith(MEASURES)
            and modality.given(o, t.head, o)}


def _answers(verb: Token, kind: str | None) -> bool:
    """Whether ``verb`` answers an act of ``kind``, one addressed to another ("dismissed the
    demand")."""
    lex = lexicon.get()
    return kind in lex.cues["answered_types"] and answering(verb, lex)


def with_ender(arguments: tuple[list[str], list[str]] | None, verb: Token,
               amap: ActorMap, kind: str | None = None) -> tuple[list[str], list[str]] | None:
    """The sources and targets of an ended act (of type ``kind``), its ender its doer where
    it names none: one ends only one's own act ("the union ended *the strike*": the union's;
    CAMEO's easing of dissent and de-escalation are the doer's); but not an act the verb
    answers (``_answers``), whoever made it is found as for any act told again."""
    if arguments is None or arguments[0] or _answers(verb, kind):
        return arguments
    ender = doers(verb, amap)
    return ender, [a for a in arguments[1] if a not in ender]
