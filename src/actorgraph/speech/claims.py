"""Claims: the stance a speaker (or the author) takes on a proposition, and the event it is
about.

In: the quotes found (with the stance their cues imply), the parse, the cue table and the
speaker ``Resolver``; later the document's events. Out: ``Claim`` records.

* Every quote is a claim of its speaker. Its stance is its cue's (``asserts``, ``denies`` for
  deny/reject/dismiss, ``believes`` for believe/think/fear), and a proposition that denies in
  its own words is ``denies`` whatever the cue ("the mission had nothing to do with arms
  deliveries", "no such request was ever sent", "the reports are baseless", a past act said
  not to have happened: "Moscow said it had not sent troops").
* ``declines_to_confirm`` without a quote: "declined to confirm / comment / say whether",
  "refused to comment", "would neither confirm nor deny", "would not say", "could not
  confirm", "did not respond to a request for comment".
* ``denies`` without a clause: "rejected the report", "denied the allegations", "denied any
  wrongdoing"; and by a pro-form, what the text told before it, about the last act told as
  done before it: a pronoun ("The army denies it", "disputed that"; not "rejected it", a
  proposal rejected), a definite noun of hearsay called false with no clause or owner of its
  own ("the claim was false", "called the reports baseless"; not "the claim that the dam had
  burst was false"), which denies what was told, not its telling (an accusation is
  skipped), "did nothing of the kind". A negated verb of belief or expectation
  ("we did not expect the talks to fail") denies no act.
* A quote restating in its speaker's own words the denial he made just before ("The police
  denied that. 'Not one officer went near that building,' he said.") denies what that denial
  is about, though it tells no act of the lexicon.
* ``believes`` without a believer: "it is believed that ...", "is widely believed to be ...",
  "is thought to have ..." (the claimant is the by-agent, if any, else null: the author).

A claim's span is its proposition; for any stance but ``asserts`` it starts at the cue when the
cue comes first ("denied that ...", "declined to confirm whether ..."). ``link`` then stretches
it (a direct quote's excepted) over the words naming its speaker and the cue when they are in
its sentence and no event is told between ("*The ministry denied* that ...", "..., *witnesses
said*"), so its evidence shows who says it. ``about`` is set by ``link``, from the proposition
alone: the event the proposition states (the one highest in its parse; for a noun that the
events stage read as a reference back, the event it refers to), else the last earlier event of
the document that the proposition names with a definite description ("the envoy's mission",
"that meeting", "such support"); failing that, ``refers`` is the type such a description names,
for fusion to find the event in other reports ("no such request").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..actors.tables import word_list
from ..events.arguments import agent
from ..events.lexicon import Lexicon
from ..nlp import DEFINITE, word_at
from ..records import HAPPENED, Claim, Event
from .cues import Cues
from .found import Found, token_span
from .speakers import Resolver

_PAST = frozenset({"VBD", "VBN"})
_PERFECT = word_list("grammar.yaml", "past_auxiliaries")
#: Determiners of a noun that names a known act, or one said not to be ("*the* claim", "*no
#: such* request"; ``nonexistence_determiners`` in data/grammar.yaml, as events.handless).
_DEFINITE = DEFINITE | word_list("grammar.yaml", "nonexistence_determiners")
#: Prepositions of what a noun of hearsay is called ("dismissed the reports *as* lies").
_CALLING = word_list("speech_cues.yaml", "calling_preps")
#: Words that negate their clause or noun phrase ("*not* one officer", "*nobody*").
_NEGATIONS = word_list("modality.yaml", "negations")


@dataclass(frozen=True, slots=True)
class Pending:
    """A claim before its id: span, stance, claimant and the quote it comes from."""

    start: int
    end: int
    stance: str
    claimant: str | None
    quote: str | None = None
    speaker: tuple[int, int] | None = None  # the words naming the claimant, if resolved


def of_quote(found: Found, quote_id: str, doc: Doc, cues: Cues) -> Pending:
    stance = found.stance
    if stance == "asserts" and _denies(doc, found.start, found.end, cues):
        stance = "denies"
    start = found.start
    if stance != "asserts" and found.cue_start is not None and found.cue_start < start:
        start = found.cue_start
    who = found.speaker
    speaker = who.actor if who else None
    said_by = None
    # the speaker's words and the cue ("..., *witnesses said*"); not for a direct quote, the
    # speaker's own words, whose claim is the quote (the reader marks its speaker beside it)
    if who and speaker and found.kind != "direct":
        cue = (found.cue_start, found.cue_end) if found.cue_start is not None and \
            found.cue_end is not None else (who.start, who.end)
        said_by = (min(who.start, cue[0]), max(who.end, cue[1]))
    return Pending(start, found.end, stance, speaker, quote_id, said_by)


def _denies(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Whether a proposition denies in its own words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if cues.denial_phrases.search(span.text.lower()):
        return True
    for root in (t for t in span if t.head.i < span.start or t.head.i >= span.end
                 or t.head.i == t.i):
        if root.pos_ != "VERB" or root.lemma_.lower() in ("be", "have") or cues.stance.get(
                root.lemma_.lower()) == "believes":
            continue  # "was not anxious", "did not expect": a state, no act denied
        negated = any(c.dep_ == "neg" for c in root.children)
        past = root.tag_ in _PAST or any(c.dep_ == "aux" and c.lower_ in _PERFECT
                                         for c in root.children)
        if negated and past:
            return True
    return False


def stances(doc: Doc, cues: Cues, speakers: Resolver) -> Iterator[Pending]:
    """Claims with a stance and no quote: declined confirmations, denials of a report or a
    charge, impersonal beliefs."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if lemma in cues.declines:
            done = next((c for c in token.children if c.dep_ == "xcomp"
                         and c.lemma_.lower() in cues.confirmations), None)
            if done is not None:
                yield from _claim(doc, token, token, done.right_edge, "declines_to_confirm",
                                  speakers)
        elif lemma in cues.confirmations and (token.dep_ != "xcomp" or token.head.lemma_.lower()
                                              not in cues.declines) and not any(
                c.dep_ == "auxpass" for c in token.children):  # "asked not to be named"
            neg = next((c for c in token.children if c.dep_ in ("neg", "preconj")), None)
            if neg is None and token.dep_ == "conj" and token.head.lemma_.lower() in \
                    cues.confirmations:
                continue  # "neither confirm nor deny": claimed once, from its first verb
            if neg is not None:  # from the modal on: "*would not* say", "*could not* confirm"
                first = min([neg, token, *(c for c in token.children if c.dep_ == "aux"
                                           and c.i < neg.i)], key=lambda t: t.i)
                yield from _claim(doc, first, token, token.right_edge, "declines_to_confirm",
                                  speakers)
        if cues.stance.get(lemma) == "denies" and token.pos_ == "VERB" and not any(
                c.dep_ in ("neg", "preconj") for c in token.children):
            # "rejected the report", "denied any wrongdoing": a denial with no clause
            obj = next((c for c in token.children if c.dep_ == "dobj" and (
                cues.is_statement(c) or c.lemma_.lower() in cues.denied_objects
                or _told_before(c, lemma, cues))
                and not any(k.dep_ in ("acl", "ccomp", "relcl") for k in c.children)), None)
            if obj is not None:
                yield from _claim(doc, token, token, obj.right_edge, "denies", speakers)
        if cues.stance.get(lemma) == "believes" and any(
                c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            content = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp")), None)
            if content is not None:
                first = next((c for c in token.children if c.dep_ == "advmod"
                              and c.i == token.i - 1), token)
                by = agent(token)
                claimant = speakers.of_head(by[0]).actor if by else None
                span = token_span(doc, first.i, content.right_edge.i)
                if span is not None:
                    yield Pending(span[0], span[1], "believes", claimant)


def _told_before(obj: Token, verb: str, cues: Cues) -> bool:
    """Whether a denial's object is a pronoun standing for what the text told before it
    ("The army denies *it*", "disputed *that*")."""
    return obj.pos_ == "PRON" and obj.lower_ in cues.denied_pronouns and \
        verb in cues.pronoun_denials


def _claim(doc: Doc, first: Token, verb: Token, last: Token, stance: str,
           speakers: Resolver) -> Iterator[Pending]:
    span = token_span(doc, first.i, last.i)
    if span is None:
        return
    speaker = speakers.speaker(verb)
    if speaker is None and verb.dep_ in ("xcomp", "conj"):
        speaker = speakers.speaker(verb.head)
    who = speaker.actor if speaker else None
    yield Pending(span[0], span[1], stance, who,
                  speaker=(speaker.start, speaker.end) if speaker and who else None)


def records(doc_id: str, pending: Sequence[Pending]) -> tuple[Claim, ...]:
    """Claims with ids, in text order, one per span and stance."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for p in sorted(pending, key=lambda p: (p.start, p.end, p.stance)):
        if (p.start, p.end, p.stance) in seen:
            continue
        seen.add((p.start, p.end, p.stance))
        out.append(Claim(id=f"{doc_id}#c{len(out)}", doc_id=doc_id, start=p.start, end=p.end,
                         stance=p.stance, claimant=p.claimant, quote=p.quote))
    return tuple(out)


def speakers(claims: Sequence[Claim], pending: Sequence[Pending]) -> dict[str, tuple[int, int]]:
    """Each claim's speaker span (the words naming its claimant), where one was resolved."""
    spans = {}
    for p in pending:
        if p.speaker is not None:
            spans.setdefault((p.start, p.end, p.stance), p.speaker)
    return {c.id: spans[(c.start, c.end, c.stance)] for c in claims
            if (c.start, c.end, c.stance) in spans}


def link(claims: Sequence[Claim], events: Sequence[Event], doc: Doc, cues: Cues,
         lexicon: Lexicon, said_by: Mapping[str, tuple[int, int]] | None = None,
         ) -> tuple[Claim, ...]:
    """``claims`` with ``about`` set where the event they concern can be pointed to, each
    span then reaching its speaker's words in its sentence (``said_by``: see
    ``with_speaker``)."""
    linked = _link(claims, events, doc, cues, lexicon)
    said_by = said_by or {}
    return tuple(with_speaker(c, said_by.get(c.id), doc, events) for c in linked)


def with_speaker(claim: Claim, speaker: tuple[int, int] | None, doc: Doc,
                 events: Sequence[Event]) -> Claim:
    """``claim`` with its span reaching the words naming its speaker (``speaker``), when they
    are in its sentence and no event is told between ("*The interior ministry* denied that
    police had used live ammunition", "... fired tear gas, *witnesses* said"): its evidence
    shows who says it. What it is about was read from its proposition alone."""
    if speaker is None:
        return claim
    first = word_at(doc, claim.start, claim.end)
    if first is None:
        return claim
    sent = first.sent
    if not (sent.start_char <= speaker[0] and speaker[1] <= sent.end_char):
        return claim
    start, end = min(claim.start, speaker[0]), max(claim.end, speaker[1])
    if any(start <= e.start < claim.start or claim.end <= e.start < end for e in events):
        return claim
    return replace(claim, start=start, end=end)


def _link(claims: Sequence[Claim], events: Sequence[Event], doc: Doc, cues: Cues,
          lexicon: Lexicon) -> tuple[Claim, ...]:
    if not claims:
        return ()
    starts = [e.start for e in events]
    out: list[Claim] = []
    for claim in claims:
        if (restated := _restated(claim, out, events, doc)) is not None:
            out.append(restated)
            continue
        lo = bisect.bisect_left(starts, claim.start)
        within = [e for e in events[lo:bisect.bisect_left(starts, claim.end)]
                  if e.end <= claim.end]
        known = [e for e in within if _taken_as_known(e, doc)]
        inside = [e for e in within if e not in known]
        if inside:
            out.append(replace(claim, about=_antecedent(_main(inside, doc), events[:lo],
                                                        doc).id))
            continue
        types = _named_types(claim, doc, cues, lexicon, {(e.start, e.end) for e in known})
        # an act told before: not a mention with no actor of its own (``Event.reference``)
        told_before = [e for e in events[:lo] if not e.reference]
        about = next((e for t in types for e in reversed(told_before) if e.type == t), None)
        span = None if about is not None or claim.stance != "denies" else doc.char_span(
            claim.start, claim.end, alignment_mode="expand")
        if span is not None and (not types or _said_before_only(span, cues)) and \
                _denies_before(span, cues):
            told = _telling_skipped(span, cues)
            about = next((e for e in reversed(told_before) if e.modality in HAPPENED
                          and not (told and e.type in cues.telling_types)), None)
        out.append(replace(claim, about=about.id) if about is not None else replace(
            claim, refers=types[0] if types else None))
    return tuple(out)


def _restated(claim: Claim, before: Sequence[Claim], events: Sequence[Event],
              doc: Doc) -> Claim | None:
    """``claim`` as a denial of what its claimant denied in the sentence before, where it
    restates that denial in words of its own, telling no act of the lexicon ("The police
    denied that. '*Not one officer went near that building*,' he said."); else None. Its words
    must negate a clause ("not one", "nobody", "none of", "never")."""
    last = before[-1] if before else None
    if (claim.stance != "asserts" or last is None or last.stance != "denies"
            or last.about is None or claim.claimant is None
            or last.claimant != claim.claimant or last.end > claim.start
            or any(claim.start <= e.start < claim.end for e in events)):
        return None
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    told = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or told is None or not _next_to(told.sent, span.sent):
        return None
    if not any(t.lower_ in _NEGATIONS and t.head.pos_ in ("VERB", "AUX", "NOUN", "PRON", "NUM")
               and t.dep_ in ("neg", "det", "nsubj", "nsubjpass", "preconj", "advmod")
               for t in span):
        return None
    return replace(claim, stance="denies", about=last.about)


def _next_to(a: Span, b: Span) -> bool:
    """Whether sentence ``b`` is ``a`` or the one right after it."""
    return b.start <= a.end or all(t.is_space for t in a.doc[a.end:b.start])


def _taken_as_known(event: Event, doc: Doc) -> bool:
    """Whether a mention inside a claim is what the claim takes as known, not what it asserts
    or denies: one with no actor of its own (``Event.reference``) that is an argument of
    another verb of the claim ("denied that *the talks* had been suspended", "*the raid*
    had ended without arrests"); not one hung on a noun ("denied it had taken part in *the
    raid*": what the part is in is what is denied)."""
    if not event.reference:
        return False
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and span.root.head.pos_ in ("VERB", "AUX") and \
        span.root.head.i != span.root.i


def _denies_before(span: Span, cues: Cues) -> bool:
    """Whether a denial (its ``span``) denies by a pro-form what the text told just before
    it: a pronoun ("The army denies *it*"), a definite noun of hearsay called false with no
    clause of its own ("*the claim* was false", "called *the reports* baseless"), or "nothing
    of the kind"."""
    return any((t.dep_ == "dobj" and _told_before(t, t.head.lemma_.lower(), cues))
               or _said_before(t, cues) or _of_the_kind(t, cues) for t in span)


def _telling_skipped(span: Span, cues: Cues) -> bool:
    """Whether a denial (its ``span``) denies by a noun of hearsay ("rejected *the
    account*"): it denies what the account tells, not the telling (a complaint filed, a
    condemnation: ``telling_types``)."""
    return any(_said_before(t, cues) for t in span)


def _of_the_kind(token: Token, cues: Cues) -> bool:
    """Whether ``token`` is the "nothing" of "nothing of the *kind*" (``kinds``)."""
    return token.lower_ == "nothing" and any(
        c.lower_ == "of" and any(k.lemma_.lower() in cues.kinds for k in c.children)
        for c in token.children)


def _said_before_only(span: Span, cues: Cues) -> bool:
    """Whether the only nouns naming a type in a claim (its ``span``) are nouns of hearsay
    ("the *allegation* was untrue": it names the charge, not the act charged)."""
    return not any(t.pos_ == "NOUN" and not cues.is_statement(t)
                   and t.lemma_.lower() not in cues.kinds for t in span)


def _said_before(noun: Token, cues: Cues) -> bool:
    """Whether ``noun`` is a definite noun of hearsay ("*the claim*", "*these reports*")
    subject or object of its clause, with no clause or owner of its own naming what it says
    ("the claim *that* ...", "the army's report"; what it is called is none: "dismissed the
    reports *as* lies")."""
    return cues.is_statement(noun) and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) and not any(
        c.dep_ in ("acl", "ccomp", "relcl", "poss", "prep") and c.lower_ not in _CALLING
        for c in noun.children)


def _main(events: list[Event], doc: Doc) -> Event:
    """The event highest in the parse (fewest heads above its trigger), first on ties."""
    def depth(e: Event) -> int:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        return sum(1 for _ in span.root.ancestors) if span is not None else 99
    return min(events, key=lambda e: (depth(e), e.start))


def _antecedent(event: Event, earlier: Sequence[Event], doc: Doc) -> Event:
    """The earlier event a mention tells again (``Event.retells``), or that a noun mention
    refers back to when the events stage gave it that event's actors ("Burhan visited Cairo
    ... an aide said *the visit* had nothing to do with ..."), else the mention itself."""
    told = next((e for e in earlier if e.id == event.retells), None) if event.retells else None
    if told is not None:
        return told
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return event
    return next((e for e in reversed(earlier) if (e.type, e.source, e.target)
                 == (event.type, event.source, event.target)), event)


def _named_types(claim: Claim, doc: Doc, cues: Cues, lexicon: Lexicon,
                 references: set[tuple[int, int]]) -> list[str]:
    """The event types a claim's words name by a definite description ("the envoy's
    *mission*", "that *meeting*", "no such *request*"), in text order; not a noun that is a
    mention with no actor of its own (inside a span of ``references``: "the talks had been
    suspended" takes the talks as known)."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[str] = []
    for token in span:
        if any(a <= token.idx < b for a, b in references):
            continue
        if token.pos_ != "NOUN" or not any(
                c.dep_ == "poss" or (c.dep_ in ("det", "amod", "predet")
                                     and c.lower_ in _DEFINITE) for c in token.children):
            continue
        lemma = token.lemma_.lower()
        types = [e.type for e in lexicon.senses("noun", lemma) if e.type] or list(
            cues.references.get(lemma, ()))
        out += [t for t in types if t not in out]
    return out
