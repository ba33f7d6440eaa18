"""Speakers: the words naming who speaks, the actor they resolve to, and unnamed sources.

In: the cue token (a verb of speech, "according", a statement noun), the ``ActorMap`` of the
document's local actors (pronouns and descriptions arrive resolved by coreference) and the
cue table. Out: a ``Speaker`` (the speaker's words as offsets and text, the actor id, whether
the source is anonymous), and the anonymous actors themselves, one per distinct description
per document ("a diplomatic source close to the situation"; a later "the source" is the same
one).

Who speaks: the cue's subject, or that of the verb it depends on ("was quoted as *saying*",
"went on to *say*"); the object of "according to"; for a document ("a statement from the
ministry said", "the ministry's report") its author. A source is anonymous when the head of
its words is a noun of unnamed sources ("official", "diplomat", "source", "analysts",
"people") that does not resolve to a named actor; spokespeople speak for whoever they speak
for ("a spokesman for the army" is the army).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..actors.tables import word_list
from ..events.arguments import ActorMap, subject
from ..nlp import ARTICLES, DEFINITE
from ..records import Actor, Document, Span
from .cues import Cues

#: Dependents that are not part of a named speaker's words ("Haftar, *who has tried ...*").
_CLAUSES = frozenset({"relcl", "acl", "advcl", "punct", "cc"})
_DEFINITE = DEFINITE
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: Determiners of a description that names nobody in particular: "*one* Labour MP".
_INDEFINITE = word_list("grammar.yaml", "indefinite_determiners")
_AUTHOR_PREPS = word_list("grammar.yaml", "author_preps")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    actor: str | None
    anonymous: bool = False
    #: Words that can speak: an actor, an unnamed source, a pronoun or a name ("Only time
    #: will tell what ..." has none).
    plausible: bool = True


def speaker_tokens(cue: Token) -> list[Token]:
    """The head tokens of whoever speaks through ``cue``."""
    if cue.lower_ == "according":
        to = [c for c in cue.children if c.lower_ == "to"] or [cue]
        return [o for t in to for o in t.children if o.dep_ == "pobj"]
    if cue.pos_ in ("NOUN", "PROPN"):
        return [c for c in cue.children if c.dep_ == "poss"]
    if cue.dep_ == "acl" and cue.tag_ == "VBD" and cue.sent.root.pos_ in ("NOUN", "PROPN"):
        # "Resistance committees, which ... since the 2021 coup, called on ...": a past tense
        # the parser hung on the nearest noun belongs to the sentence's subject
        return [cue.sent.root]
    # of several subjects (a parser's split), the nearest before the verb speaks
    found = subject(cue)
    before = [t for t in found if t.i < cue.i]
    return sorted(before, key=lambda t: -t.i) + [t for t in found if t.i > cue.i]


def phrase(head: Token, anonymous: bool) -> tuple[int, int]:
    """Character span of the speaker's words headed by ``head``: the whole phrase for an
    anonymous source (its description is all we have), else without clauses hung on it."""
    tokens = [head]
    for child in head.children:
        if anonymous or child.dep_ not in _CLAUSES:
            tokens.extend(child.subtree)
    doc = head.doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


class Resolver:
    """Speakers of one document, and the anonymous actors it introduces."""

    def __init__(self, document: Document, amap: ActorMap, actors: Sequence[Actor],
                 cues: Cues, next_id: int, titles: Callable[[str], object]) -> None:
        self.doc_id = document.id
        self.text = document.text  # once: spaCy rebuilds Doc.text on every call
        self.titles = titles
        self.amap = amap
        self.by_id = {a.id: a for a in actors}
        self.cues = cues
        self.next_id = next_id
        self.anonymous: dict[str, Actor] = {}  # normalised description -> actor
        #: (actor id, where its head word is) for each anonymous source's words
        self.heads: list[tuple[str, tuple[int, int]]] = []
        self._by_head: dict[str, str] = {}  # head word -> description of the last one

    def speaker(self, cue: Token) -> Speaker | None:
        reporter = self._reporting(cue)
        if reporter is not None:
            return self.speaker(reporter)
        heads = [t for t in speaker_tokens(cue) if t.pos_ in _NOMINAL
                 or self.amap.direct(t) is not None]
        if not heads:
            return None
        nearest = self.of_head(heads[0])
        if len(heads) > 1 and heads[1].i < heads[0].i and nearest.actor is not None \
                and self.by_id[nearest.actor].kind == "PERSON":
            # "the official spokesman for Russia, Dimitry Peskov has declined": the parser
            # made an apposition a second subject; one speaker, all these words
            title = self.of_head(heads[1])
            between = self.text[title.end:nearest.start]
            if between.strip() == ",":
                return replace(nearest, start=title.start,
                               text=self.text[title.start:nearest.end])
        return nearest

    def _reporting(self, cue: Token) -> Token | None:
        """For a verb of speech coordinated inside what another one reports, with no subject
        of its own ("X said P *and argued* that Q"), that other verb: its speaker speaks."""
        if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return None
        node = cue.head
        for _ in range(8):
            if node.dep_ == "ccomp" and self.cues.verb_stance(node.head) is not None:
                return node.head
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def of_head(self, head: Token) -> Speaker:
        """The speaker whose words are headed by ``head``."""
        if self.cues.is_statement(head) and not self._named(self.amap.direct(head)):
            author = self._author(head) or self._told_before(head)
            if author is not None:
                start, end = phrase(head, False)
                return Speaker(start, end, self.text[start:end], author)
        anonymous = self._is_anonymous(head)
        start, end = phrase(head, anonymous)
        text = self.text[start:end]
        if anonymous:
            return Speaker(start, end, text, self._anonymous(head, start, end, text), True)
        actor = self.amap.direct(head)
        plausible = head.lemma_.lower() not in self.cues.mute
        if head.pos_ != "PRON":
            person = self._person_named_in(head)
            if person is not None:
                actor = person  # "the governor of Kherson, Oleksandr Prokudin"
            elif head.lower_ in self.cues.spokes:  # "an RSF spokesman" speaks for the RSF
                actor = self.amap.actor(head, skip_self=True) or actor
            elif actor is None or not self.by_id[actor].named:
                actor = self._state_of(actor, self.amap.actor(head, skip_self=True))
        return Speaker(start, end, text, actor, plausible=plausible)

    def _state_of(self, own: str | None, named: str | None) -> str | None:
        """An unnamed speaker's actor, or the one its words name: always when it has none of
        its own; for a government, the state it governs ("the government of Niger")."""
        if own is None or named is None:
            return own or named
        mine, theirs = self.by_id[own], self.by_id[named]
        if mine.sector == "GOV" and theirs.kind == "COUNTRY" and mine.country in (
                None, theirs.country):
            return named
        return own

    def _person_named_in(self, head: Token) -> str | None:
        """A person named in apposition within the speaker's words."""
        for t in head.subtree:
            if t.dep_ == "appos" or t.i == head.i:
                hit = self.amap.direct(t)
                if hit is not None and self.by_id[hit].kind == "PERSON" and self._named(hit):
                    return hit
        return None

    # -- who is named, who is not ---------------------------------------------------------
    def _named(self, actor_id: str | None) -> bool:
        actor = self.by_id.get(actor_id or "")
        return actor is not None and actor.named

    def _is_anonymous(self, head: Token) -> bool:
        word = head.lower_
        if word in self.cues.spokes:
            return self.amap.actor(head) is None and not self._named(self.amap.direct(head))
        if self.cues.is_statement(head):
            return True  # a report nobody signs
        if not self.cues.anonymous_head(head) and word not in ("someone", "somebody") and not (
                self.titles(head.lemma_) and any(
                    c.dep_ in ("det", "nummod", "amod") and c.lower_ in _INDEFINITE
                    for c in head.children)):
            return False  # "a senior minister", "two senators" are unnamed too
        return not self._named(self.amap.direct(head)) and not any(
            c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
            for c in head.children)  # "a source, John Smith,": named after all

    def _author(self, statement: Token) -> str | None:
        """Who a document speaks for: "the ministry's statement", "a ministry statement",
        "a statement from/by/of the ministry"."""
        for c in statement.children:
            if c.dep_ in ("poss", "compound", "nmod", "amod") and (hit := self.amap.actor(c)):
                return hit
            if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj" and (hit := self.amap.actor(o)):
                        return hit
        return None

    def _told_before(self, statement: Token, sentences: int = 2) -> str | None:
        """Whose "the statement" is, a bare definite one: the speaker of the nearest verb of
        speech in the ``sentences`` before its own ("X's presidency said ... . ..., the
        statement said"), when that speaker is an actor and no anonymous one."""
        dets = [c for c in statement.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ not in _DEFINITE or any(
                c.dep_ not in ("det", "punct") for c in statement.children):
            return None
        doc, first = statement.doc, statement.sent.start
        for _ in range(sentences):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for t in reversed(doc[first:statement.sent.start]):
            if t.pos_ == "VERB" and self.cues.verb_stance(t) is not None:
                for h in speaker_tokens(t):
                    actor = self.by_id.get(self.amap.actor(h) or "")
                    if actor is not None and not actor.anonymous:
                        return actor.id
                return None
        return None

    def _anonymous(self, head: Token, start: int, end: int, text: str) -> str:
        """The anonymous actor these words describe, made on first sight; a bare definite
        description ("the source", "the officials") is the last one with that head."""
        words = _SPACE.sub(" ", text).strip(" ,")
        first = words.split(" ", 1)
        key = (first[1] if len(first) > 1 and first[0].lower() in ARTICLES
               else words).lower()
        bare = all(c.dep_ in ("det", "punct") for c in head.children)
        dets = [c for c in head.children if c.dep_ == "det"]
        if bare and dets and dets[0].lower_ in _DEFINITE and head.lower_ in self._by_head:
            key = self._by_head[head.lower_]
        span = Span(self.doc_id, start, end)
        actor = self.anonymous.get(key)
        if actor is None:
            own = self.by_id.get(self.amap.direct(head) or "")
            near = own or self.by_id.get(self.amap.actor(head) or "")
            article, space, rest = words.partition(" ")
            shown = rest if space and article.lower() in ARTICLES else words
            actor = Actor(
                id=f"{self.doc_id}#{self.next_id}", name=shown, doc_id=self.doc_id,
                start=start, end=end, kind="ORG" if self.cues.is_statement(head) else
                "GROUP" if head.tag_ in ("NNS", "NNPS") else "PERSON",  # a statement no one signs
                aliases=(words,), country=near.country if near else None,
                sector=(own.sector if own else None) or self.cues.anonymous.get(head.lower_),
                mentions=(span,), anonymous=True, named=False)
            self.next_id += 1
        elif span not in actor.mentions:
            actor = replace(actor, mentions=(*actor.mentions, span))
        self.anonymous[key] = actor
        self.by_id[actor.id] = actor
        self._by_head[head.lower_] = key
        self.heads.append((actor.id, (head.idx, head.idx + len(head.text))))
        return actor.id


def with_anonymous(actors: Sequence[Actor], anonymous: Sequence[Actor],
                   heads: Sequence[tuple[str, tuple[int, int]]]) -> tuple[Actor, ...]:
    """``actors`` plus ``anonymous``; a mention holding an anonymous source's head word (the
    group noun "US officials" of "US officials familiar with the talks") is no longer
    another actor's, while names inside the description stay theirs ("Haftar" in "a source
    close to Haftar"); an actor left with no mention is dropped."""
    if not anonymous:
        return tuple(actors)
    ids = {a.id for a in anonymous}
    starts = sorted(span[0] for actor, span in heads if actor in ids)

    def holds_head(m: Span) -> bool:  # heads are one token: one starting inside m is in m
        i = bisect.bisect_left(starts, m.start)
        return i < len(starts) and starts[i] < m.end

    out = []
    for actor in actors:
        kept = tuple(m for m in actor.mentions if not holds_head(m))
        if len(kept) == len(actor.mentions):
            out.append(actor)
        elif kept:
            out.append(replace(actor, mentions=kept, doc_id=kept[0].doc_id,
                               start=kept[0].start, end=kept[0].end))
    return (*out, *anonymous)
