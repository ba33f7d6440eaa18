"""Joint acts told of bodies that stand for the parties met before.

In: a meeting, an agreement, a signing or a joint act (CONSULT, AGREE, a signing's SUPPORT
057, COOPERATE) with no actor on either side, and the events found before it in its
document. Out: the parties it is done by, or None.

Reports name the parties to talks once and then tell what "the panels", "the co-chairs",
"the working groups", "the two men" or "the negotiating teams" did: they met again, agreed
to reconvene, signed a protocol. Such a doer is no actor of its own, and where no pair is
named near it (``ActorMap``: "the two sides", "both leaders" stand for the parties named
together a sentence or two before) the act had no party and was dropped. Here its doer is
the parties of the latest meeting told before it in the document (a CONSULT with two
parties or more, its sources and targets) or of the latest joint act (an AGREE, a signing
or a COOPERATE with two sources or more): whatever words stand for them, a joint act is
the two sides'. The doer must be a noun of such bodies (``joint_bodies`` of
``data/modality.yaml``), definite or counted ("the panels", "both teams", "the two men"),
or a joint one ("the joint commission"). Not an act told as a habit ("the panels *meet*
every month": a present tense or a word of habit), and nothing when no meeting was told
before: the act stays without parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..records import JOINT_TYPES, Event
from . import triggers
from .lexicon import Lexicon
from .modality import habitual
from .subjects import subject

#: Types of joint acts, whose doers are the two sides: a signing's SUPPORT besides.
_JOINT = JOINT_TYPES | {"SUPPORT"}
#: The CAMEO code of a signing, the one SUPPORT that two sides do together.
_SIGNING = "057"
#: Dependencies of a verb's complements, what it agrees or plans, not its own clause.
_CONTENT = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def parties(trigger: triggers.Trigger, earlier: Sequence[Event],
            lex: Lexicon) -> tuple[list[str], list[str]] | None:
    """The parties a joint act told of bodies that stand for them is done by (module
    docstring), as (sources, targets), or None."""
    entry = trigger.entry
    if not _joint(entry.type, entry.cameo):
        return None
    verb = trigger.light if trigger.light is not None else (
        trigger.head if entry.pos == "verb" else None)
    if verb is None:
        return None
    doers = subject(verb)
    split = {d.i for d in doers}  # "the co - *chairs*": a hyphened noun the parser split,
    words = {c.lower_ for d in doers for c in d.children  # its determiner on the first piece
             if c.dep_ in ("det", "predet", "nummod", "poss")}
    doers = [t for t in doers if t.i + 1 not in split]
    if not doers or not all(_body(t, words, lex) for t in doers) or _habit(verb, lex):
        return None
    for e in reversed(earlier):
        if not _joint(e.type, e.cameo_code):
            continue
        sides = list(dict.fromkeys((*e.source, *e.target) if e.type == "CONSULT" else e.source))
        if len(sides) > 1:
            return sides, []
    return None


def _joint(kind: str | None, cameo: str | None) -> bool:
    """Whether an act of ``kind`` and ``cameo`` is one two sides do together."""
    return kind in _JOINT and (kind != "SUPPORT" or (cameo or "").startswith(_SIGNING))


def _body(noun: Token, words: set[str], lex: Lexicon) -> bool:
    """Whether ``noun`` names bodies that stand for the sides (``joint_bodies``): a plural
    made definite or counted by ``words`` ("the panels", "both teams", "the two men"), or a
    joint one ("the *joint* commission")."""
    if not lex.cue("joint_bodies", noun.lemma_.lower()):
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return any(lex.cue("joint_determiners", w) for w in words)
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)


def _habit(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` tells a habit: a present tense with no perfect ("the panels *meet*
    every month") or a word of habit in its own clause (not in what was agreed: "agreed to
    share data *every* week")."""
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    present = any(t.tag_ in ("VBZ", "VBP") and t.lemma_ != "have" for t in tensed)
    own = [t for c in verb.children if c.dep_ not in _CONTENT for t in c.subtree]
    return present or habitual(own, lex)
