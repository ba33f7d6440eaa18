"""Speech: who said what (quotes), and what stance they take on it (claims).

In: a ``Document``, its parse, its sentences and its local actors (``actors`` stage); for
claims, also its events. Out: ``Quote`` and ``Claim`` records whose ``speaker``/``claimant``
are local actor ids (the fuse stage maps them to corpus actors), plus one anonymous ``Actor``
per distinct unnamed source ("a diplomatic source close to the situation") so that every
quote, claim and event stays attributed.

Stages, each in its own module: ``marks`` (quotation marks paired into quoted passages; needs
no actors and serves coreference and events too), ``cues`` (the cue table of
``data/speech_cues.yaml``: verbs, nouns and phrases of saying, denying, declining and
believing, each with the stance it implies), ``speakers`` (the speaker's words, the actor they
name, anonymous sources), ``direct`` (quoted passages attributed to a cue and a speaker),
``indirect`` (reported speech from the parse), ``claims`` (stance and the event a claim is
about).

Spans, the conventions every test and export follows:

* **direct** quote: the text between the opening and the closing mark, without the marks,
  trimmed of spaces and of a trailing comma (``“We will stay,” she said`` → ``We will stay``).
  A passage over several paragraphs (each paragraph reopening the mark, the last one closing
  it) is one quote. Passages attributed by one cue are one quote (``“A,” X said. “B.”``,
  ``“A.” “B,” X said``): its span runs from the first to the last and ``parts`` holds each
  passage's content. A quoted paragraph with no cue continues the previous speaker (a
  floating quote, ``cue`` null).
* **indirect** quote: the reported proposition, never the whole sentence: ``X said (that) P``,
  ``X told Y (that) P``, ``P, X said``, ``According to X, P``, ``P, as X put it`` → ``P``
  (without "that" and without the sentence's closing punctuation); ``X described Y as Z`` →
  ``Y as Z``; ``X warned of Y`` → ``Y``; ``X urged Y to Z`` → ``Y to Z`` (a request or a
  promise: a quote with no claim).
* **mixed** quote: an indirect quote whose proposition quotes the speaker's own words in part
  (``X said the situation was a mess “where ...”``); the content is the proposition, marks
  included, running to the closing mark when the quoted words end it, across sentences if
  they do.
* **speaker**: ``speaker_start/end`` cover the speaker's noun phrase in the attributing
  sentence (the pronoun when it is one; the whole description for an anonymous source, "a
  senior official who asked not to be named"); a floating quote points at the words that last
  named its speaker. ``speaker`` is the actor those words resolve to. Words that name a
  document rather than a person ("a statement from the ministry") resolve to its author.
* **not quotes**: one to three quoted words with no cue that makes them speech (scare quotes,
  titles, nicknames, "so-called" terms), marks after digits (inches, seconds) and ditto marks.

Claims: every quote is a claim of its speaker (``asserts``, or the stance of its cue:
``denies`` for deny, reject and dismiss, ``believes`` for believe and think); statements with
a stance and no quote are claims too ("it is believed that ..." with no claimant, "declined to
confirm whether ...", "would neither confirm nor deny"). A claim's span is its proposition;
for any stance but ``asserts`` it starts at the cue when the cue comes first ("denied that
...", "declined to confirm whether ..."), so the span shows the stance, and reaches the
speaker's words and cue in its sentence ("*The ministry denied* that ...", "..., *witnesses
said*"), so it shows who takes it. ``about`` is the
event the proposition states, or the earlier event it names by a definite description ("the
envoy's mission").
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..actors.dictionary import get as dictionary
from ..events.arguments import ActorMap
from ..events.lexicon import get as lexicon
from ..nlp import paragraph_ends
from ..records import Actor, Claim, Document, Event, Quote
from . import claims as claim_finder
from . import direct, indirect
from .cues import Cues, get
from .found import Found
from .marks import Passage, after_colon, passages, quote_spans
from .speakers import Resolver, with_anonymous

__all__ = ["Spoken", "attribute", "link_claims", "quote_spans", "speech"]

@dataclass(frozen=True, slots=True)
class Spoken:
    """What one document's speech gives: quotes, claims (``about`` still unset), and its
    actors with the anonymous sources added."""

    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    actors: tuple[Actor, ...]
    #: Each claim's speaker span, where resolved (for ``link_claims``).
    said_by: Mapping[str, tuple[int, int]] = field(default_factory=dict)


def speech(document: Document, doc: Doc, actors: Sequence[Actor],
           cues: Cues | None = None) -> Spoken:
    """The quotes and claims of one parsed document whose local actors are ``actors``."""
    cues = cues or get()
    resolver = Resolver(document, ActorMap(doc, actors), actors, cues,
                        next_id=_next_id(actors), titles=dictionary().title)
    found_passages = passages(document.text, paragraph_ends(doc))
    reports, consumed = combine(list(indirect.find(doc, cues, resolver)), found_passages,
                                document.text)
    left = [p for p in found_passages if p.open not in consumed]
    found = sorted(reports + direct.Attributor(doc, left, cues, resolver).run(),
                   key=lambda f: (f.start, f.end))
    quotes: list[Quote] = []
    pending = []
    for f in found:
        if quotes and (quotes[-1].start, quotes[-1].end) == (f.start, f.end):
            continue
        quote = _quote(document, len(quotes), f)
        quotes.append(quote)
        if f.stance is not None:
            pending.append(claim_finder.of_quote(f, quote.id, doc, cues))
    pending += claim_finder.stances(doc, cues, resolver)
    spoken_by = {q.speaker for q in quotes} | {c.claimant for c in pending}
    anonymous = [a for a in resolver.anonymous.values() if a.id in spoken_by]
    claims = claim_finder.records(document.id, pending)
    return Spoken(tuple(quotes), claims, with_anonymous(actors, anonymous, resolver.heads),
                  claim_finder.speakers(claims, pending))


def combine(reports: list[Found], found: Sequence[Passage], text: str,
            ) -> tuple[list[Found], set[int]]:
    """Indirect quotes with the quoted passages they take in: one that is all quoted is
    left to ``direct`` (the verb only frames it); one that holds a passage, or opens one that
    runs on, is ``mixed`` and runs to the passage's closing mark. Returns the quotes kept
    and the opening offsets of the passages they took."""
    kept, consumed = [], set()
    opens = [p.open for p in found]  # passages come in text order, never overlapping
    for f in reports:
        # the passages touching the content: one may open before it and run into it
        near = found[max(0, bisect.bisect_left(opens, f.start) - 1):
                     bisect.bisect_left(opens, f.end)]
        inside = [p for p in near if f.start <= p.open < f.end]
        colon = next((p for p in inside if after_colon(text, p.open)), None)
        if colon is not None:  # "according to a source: “...”" opens a direct quote
            cut = text.rfind(":", f.start, colon.open)
            if cut - f.start < 3:
                continue
            f = replace(f, end=cut)
            inside = [p for p in inside if p.open < colon.open]
        outside = text[f.start:f.end]
        for p in reversed(near):
            if p.open < f.end and f.start < p.close:
                outside = outside[:max(0, p.open - f.start)] + outside[p.close - f.start:]
        if not any(ch.isalnum() for ch in outside):
            continue  # all of it is quoted: the verb only frames a direct quote
        if inside:
            end = max(f.end, *(p.close if p.closed else p.end for p in inside))
            f = replace(f, end=end, kind="mixed")
            consumed.update(p.open for p in inside)
        kept.append(f)
    return kept, consumed


def _quote(document: Document, n: int, f: Found) -> Quote:
    s, doc_id = f.speaker, document.id
    return Quote(id=f"{doc_id}#q{n}", doc_id=doc_id, start=f.start, end=f.end, kind=f.kind,
                 speaker=s.actor if s else None, speaker_text=s.text if s else None,
                 speaker_start=s.start if s else None, speaker_end=s.end if s else None,
                 cue=None if f.cue_start is None else document.text[f.cue_start:f.cue_end],
                 anonymous=bool(s and s.anonymous), cue_start=f.cue_start, cue_end=f.cue_end,
                 parts=f.parts)


def _next_id(actors: Sequence[Actor]) -> int:
    numbers = [int(a.id.rsplit("#", 1)[1]) for a in actors if a.id.rsplit("#", 1)[-1].isdigit()]
    return max(numbers, default=-1) + 1


def attribute(events: Sequence[Event], quotes: Sequence[Quote]) -> tuple[Event, ...]:
    """Events inside a quote that events left unattributed get the quote's speaker (the
    innermost quote holding the trigger)."""
    spoken = [q for q in quotes if q.speaker is not None]
    out = []
    for e in events:
        if e.attributed_to is None:
            holding = [q for q in spoken if q.start <= e.start and e.end <= q.end]
            if holding:
                e = replace(e, attributed_to=min(holding, key=lambda q: q.end - q.start).speaker)
        out.append(e)
    return tuple(out)


def link_claims(claims: Sequence[Claim], events: Sequence[Event], doc: Doc,
                said_by: Mapping[str, tuple[int, int]] | None = None) -> tuple[Claim, ...]:
    """``claims`` with ``about`` set to the event each concerns, where one can be found, and
    each span reaching its speaker in its sentence (``said_by``: ``Spoken.said_by``)."""
    return claim_finder.link(claims, events, doc, get(), lexicon(), said_by)
