"""Reported speech from the parse: what a verb of speech, "according to" or "as X put it"
says someone said, believes or denies.

In: the parse, the cue table and the speaker ``Resolver``. Out: ``Found`` quotes of kind
``indirect`` (``speech.combine`` makes a partly quoted one ``mixed`` and leaves wholly quoted
ones to ``direct``).

The content is the reported proposition, by the frame the cue stands in:

* a clause: ``X said (that) P``, ``X told Y (that) P``, ``P, X said`` (the clause the verb
  governs, or the one it hangs on as a parenthetical), ``X denied sending troops``;
* ``According to X, P`` and ``P, as X put it``: the clause without the cue's phrase;
* a topic: ``X warned of Y`` (the object of the cue's preposition in the cue table);
* a description: ``X described Y as Z`` → ``Y as Z``; ``X called Y Z`` → ``Y Z``;
* a statement noun's clause: ``Moscow's claim that P``, ``rejected reports that P`` (the
  rejecting verb speaks, and denies).

No speaker, no quote: "it is believed that P" is a claim without a claimant (``claims``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..actors.tables import word_list
from ..events.tenses import to_infinitive
from .cues import Cues
from .found import Found, cue_span, token_span
from .speakers import Resolver, speaker_tokens

_CLAUSES = frozenset({"ccomp"})
_VERBS = frozenset({"VERB", "AUX"})
_WH = word_list("grammar.yaml", "wh_words")
#: Verbs whose wh-clause is what they say: questions and explanations.
_WH_OK = word_list("speech_cues.yaml", "wh_clause_verbs")


def find(doc: Doc, cues: Cues, speakers: Resolver) -> Iterator[Found]:
    """Every indirect quote of ``doc`` with a speaker."""
    for i in cues.verbs(doc):
        verb = doc[i]
        if verb.pos_ not in _VERBS:
            continue
        stance = cues.verb_stance(verb)
        if verb.lemma_.lower() in cues.needs_clause and _reported(verb, cues) and any(
                cues.is_statement(t) for t in speaker_tokens(verb)):
            continue  # "Perthes said the declaration *showed* that ...": his inference
        content = _content(verb, cues, stance)
        if content is None:
            content, stance = _infinitive(verb, cues), None  # "urged Congress to act"
        if content is None or _withheld(verb, cues):
            continue
        lo, hi = _until_next_speech(doc, *content, cues)
        if doc[lo].lower_ in _WH and verb.lemma_.lower() not in _WH_OK:
            continue  # "time will tell what ...", "knows what happened": nothing stated
        yield from _quote(doc, verb, lo, hi, stance, speakers)
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) \
                and doc[token.i + 1].lower_ == "to":
            clause = _clause_of(token)
            span = _around(clause, token)
            if span is not None:
                yield from _quote(doc, token, span[0], span[1], "asserts", speakers)
        elif cues.is_statement(token) and token.dep_ not in ("nsubj", "nsubjpass"):
            clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp")
                           and any(m.lower_ == "that" and m.dep_ == "mark"
                                   for m in c.children)), None)
            if clause is not None and not (token.head.pos_ in _VERBS and cues.verb_stance(
                    token.head) == "denies"):
                stance = cues.statement_stances.get(token.lemma_.lower(), "asserts")
                yield from _quote(doc, token, clause.left_edge.i, clause.right_edge.i, stance,
                                  speakers)


def _quote(doc: Doc, cue: Token, lo: int, hi: int, stance: str | None,
           speakers: Resolver) -> Iterator[Found]:
    span = token_span(doc, lo, hi)
    if span is None or span[1] - span[0] < 3:
        return
    speaker = speakers.speaker(cue)
    if speaker is None or (speaker.start < span[1] and span[0] < speaker.end) \
            or not speaker.plausible:
        return
    yield Found(span[0], span[1], "indirect", speaker, stance, *cue_span(cue))


def _content(verb: Token, cues: Cues, stance: str | None) -> tuple[int, int] | None:
    """Token range (inclusive) of what ``verb`` reports, by its frame; None if it reports
    nothing here."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if stance is not None:
        clauses = [c for c in children if c.dep_ in _CLAUSES]
        if clauses and (lemma not in cues.needs_clause or _finite(clauses[0])):
            # the parser may split one clause in two ("said [the sentence handed to him]
            # [was unjustified]"): all of the verb's clauses on the side of the first
            after = [c for c in clauses if c.i > verb.i]
            side = after or clauses
            lo, hi = min(c.left_edge.i for c in side), max(c.right_edge.i for c in side)
            if hi < verb.i and any(t.text == ";" for t in verb.doc[hi:verb.i]):
                return None  # "P; a second clip shows ...": P is not what it shows
            return lo, hi
        parenthetical = _parenthetical(verb, cues)
        if parenthetical is not None:
            return parenthetical
        stray = _stray_that_clause(verb)
        if stray is not None:
            return stray.left_edge.i, stray.right_edge.i
    if stance == "denies":
        for c in children:
            if c.dep_ in ("dobj", "xcomp") and c.tag_ == "VBG":  # "denied sending troops"
                return c.left_edge.i, c.right_edge.i
            if c.dep_ == "dobj" and cues.is_statement(c):  # "rejected reports that P"
                clause = next((k for k in c.children if k.dep_ in ("acl", "ccomp")), None)
                if clause is not None:
                    return clause.left_edge.i, clause.right_edge.i
    if lemma in cues.needs_clause and lemma not in cues.describes and lemma not in cues.names:
        return None
    for c in children:
        if c.dep_ == "prep" and c.lower_ in cues.topics.get(lemma, ()):
            objects = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, c.right_edge.i
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and lemma in cues.describes:
        obj = objects[0]
        as_ = [t for t in verb.subtree if t.i > obj.i and t.dep_ == "prep" and t.lower_ == "as"]
        if as_:  # "described the war in 2011 with the NATO attacks ... as senseless"
            return obj.left_edge.i, max(obj.right_edge.i, as_[-1].right_edge.i)
    if objects and lemma in cues.names:
        # "called the deal a betrayal", "called it “a pause”": what follows the object
        after = [c for c in children if c.i > objects[0].right_edge.i
                 and c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp", "dobj", "appos")]
        if after:
            return objects[0].left_edge.i, max(c.right_edge.i for c in after)
    return None


def _finite(clause: Token) -> bool:
    """A clause that states something: "that ..." or a subject and a tensed verb ("polls
    show *that* ...", "showed the army *had* withdrawn"; not "shows a convoy crossing")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or (
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children)))


def _stray_that_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on a noun of the verb's phrase ("told reporters at her
    briefing *that Mexico would respond*"): a relative clause opening with "that" that has
    a subject of its own."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for noun in c.subtree:
            for clause in noun.children:
                if clause.dep_ == "relcl" and clause.left_edge.lower_ == "that" and any(
                        k.dep_ == "nsubj" and k.lower_ != "that" for k in clause.children):
                    return clause
    return None


def _parenthetical(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """The clause a speech verb hangs on ("The talks, he said, had failed"; "P, he said"
    parsed with the verb below P): the head's clause without the verb's own words; or
    "as X put it"."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "advcl", "ccomp") or head.pos_ not in (
            "VERB", "AUX"):
        return None
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "as"
                                        for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and verb.i < head.i:
        return None
    if any(c.dep_ == "dobj" and c.lower_ != "it" for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and (head.dep_ != "ROOT" or cues.verb_stance(head) is not None):
        return None  # "said Ottawa would *respond*": the verb is what another one reports
    return _around(head, verb)


def _clause_of(token: Token) -> Token:
    """The clause a phrase such as "according to X" qualifies: the nearest verb above it,
    else the sentence's root."""
    head = token.head
    while head.pos_ not in _VERBS and head.head.i != head.i:
        head = head.head
    return head


def _infinitive(verb: Token, cues: Cues) -> tuple[int, int] | None:
    """What a verb of asking, urging or promising asks or promises: "urged *Congress to
    act*", "called on *both sides to allow ...*", "vowed *to fight on*"."""
    if verb.lemma_.lower() not in cues.infinitives:
        return None
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if xcomp is None:  # "called on both sides to allow": the infinitive hangs on "sides"
        xcomp = next((x for c in verb.children if c.dep_ in ("prep", "dobj")
                      for o in c.subtree if o.dep_ in ("pobj", "dobj") and o.head.i in (
                          c.i, verb.i) for x in o.children if x.dep_ in ("acl", "relcl")
                      and any(a.lower_ == "to" for a in x.children)), None)
    if xcomp is None:
        return None
    first = min([xcomp.left_edge.i] + [c.left_edge.i for c in verb.children
                                       if c.dep_ in ("dobj", "prep") and c.i > verb.i])
    if verb.doc[first].dep_ == "prep":
        first += 1  # "called on": the object of "on"
    return first, xcomp.right_edge.i


def _until_next_speech(doc: Doc, lo: int, hi: int, cues: Cues) -> tuple[int, int]:
    """The content up to a coordinated verb of speech, which says something else ("said P
    and argued that Q", "said P, and a spokeswoman told ... that Q")."""
    for t in doc[lo:hi + 1]:
        if t.dep_ == "conj" and t.pos_ in _VERBS and lo < t.left_edge.i and (
                cues.verb_stance(t) is not None or t.lemma_.lower() in cues.infinitives):
            cut = t.left_edge.i - 1
            while cut > lo and (doc[cut].dep_ == "cc" or doc[cut].is_punct):
                cut -= 1
            return lo, cut
    return lo, hi


def _around(head: Token, part: Token) -> tuple[int, int] | None:
    """Tokens of ``head``'s clause without ``part``'s phrase, when that phrase sits at one
    end of it (else the whole clause)."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    while hi > lo and doc[hi].is_punct and doc[hi].text not in "”\"’»":
        hi -= 1
    plo, phi = part.left_edge.i, part.right_edge.i
    while plo > lo and doc[plo - 1].is_punct and doc[plo - 1].text == ",":
        plo -= 1
    if plo <= lo:
        lo = phi + 1
    elif phi >= hi:
        hi = plo - 1
    return (lo, hi) if lo <= hi else None


def _reported(verb: Token, cues: Cues) -> bool:
    """Whether ``verb`` sits in what another verb of speech reports."""
    node = verb
    for _ in range(6):
        if node.dep_ in ("ccomp", "xcomp") and cues.verb_stance(node.head) is not None:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _withheld(verb: Token, cues: Cues) -> bool:
    """Speech not given: "did not say", "declined to confirm", "neither confirm nor deny"."""
    if any(c.dep_ in ("neg", "preconj") for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in cues.declines:
        return True
    return verb.dep_ == "conj" and any(c.dep_ in ("neg", "preconj") for c in head.children)
