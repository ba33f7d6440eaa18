"""The time a report speaks from, and the dates of its story carried to the acts it tells next.

Part of the events' dates (the spec is the "Events" part of ``dates``' docstring); read by
``dating.Dating``. In: the parse, the publication date, the tokens that stand for acts. Out:

* ``filed(doc, published)``: the day the report's words are read against. A wire report is
  written on its dateline's day and may be published the next morning ("KIGALI, March 10
  (Tidewire) - ... yesterday" in a report published on March 11 is March 9): the day of its
  first dateline when that is up to ``FILED`` days before ``published``, else ``published``.
  A dateline with no date, or one dated further back or later, leaves ``published``.
* ``hung(span)``: the token a date phrase hangs on: its root, or the preposition just before
  it that the parser left with no object ("said that *on* 10 March Congolese troops shelled
  ...", "10 March" read as a number of the troops): the preposition's clause is the date's.
* ``Story``: the dates the text gives its story's acts, and the one carried to a later act
  that nothing in its sentence dates (``carried``): a story goes on in the time its lead or
  paragraph set ("Police arrested three activists on Monday. Officers also seized their
  phones": Monday). Only from an act in the simple past (``past``; not a pluperfect, nor a
  relative, "after" or "since" clause's: a backdrop) to an act in the simple past, in the
  same paragraph, else from the lead (the first sentence after the headline that tells an
  act), and only a date within ``RECENT`` days before the report: a story's time is recent
  ("killed the mayor in 2019. Soldiers arrested two suspects" tells no arrest in 2019). Not
  to a present perfect ("has appealed"), a present, a pluperfect, an act to come, a nominal
  act, nor an act of a sentence that dates anything itself ("After rebels ambushed a patrol
  on Saturday, troops shelled the village": the shelling is after, by a span the text does not
  give).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .. import nlp
from ..actors.dictionary import load_yaml
from .dates import Precision, find, resolve
from .headlines import end as headline_end
from .tenses import aux, in_sequence, told_before

#: How many days before its publication a report's dateline may be dated and still be the
#: day the report speaks from (filed one evening, published the next morning).
FILED = 2
#: How many days before the report a story date may lie and still be carried.
RECENT = 31
_CUES = load_yaml("dates.yaml")
_LENGTH = {"day": 1, "week": 7, "month": 31, "year": 366}


def filed(doc: Doc, published: dt.date | None) -> dt.date | None:
    """The day of the first wire dateline of ``doc`` ("KIGALI, March 10 (Tidewire) -") when it
    is a day up to ``FILED`` days before ``published``, else ``published``."""
    if published is None:
        return None
    for start, end in nlp.dateline_heads(doc):
        head = doc[start:end].text
        for s, e in find(head):
            when, precision = resolve(head[s:e], published)
            if when is not None and precision == "day" and \
                    published - dt.timedelta(FILED) <= when <= published:
                return when
    return published


def hung(span: Span) -> Token:
    """The token the date phrase ``span`` hangs on; see the module docstring."""
    if span.start:
        prep = span.doc[span.start - 1]
        if prep.dep_ == "prep" and span.root.head != prep and not any(
                c.dep_ in ("pobj", "pcomp") for c in prep.children):
            return prep
    return span.root


def past(verb: Token) -> bool:
    """Whether ``verb`` is in the simple past, active or passive ("seized", "was seized");
    not a perfect or pluperfect ("has seized", "had been seized"), nor a modal's."""
    if verb.pos_ != "VERB":
        return False
    auxiliaries = aux(verb)
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and bool(auxiliaries) and all(
        a.tag_ == "VBD" and a.lower_ not in _CUES["pluperfect_auxiliaries"]
        for a in auxiliaries)


class Story:
    """The dates of a report's story; see the module docstring."""

    def __init__(self, doc: Doc, anchor: dt.date | None,
                 clauses: Mapping[int, str | None]) -> None:
        self.doc = doc
        self.anchor = anchor
        #: Acts in the simple past dated by the text: (token, date, precision), in text order.
        self.dated: list[tuple[int, dt.date, Precision]] = []
        after = headline_end(nlp.text_of(doc)) or 0
        self.lead = next(((s.start, s.end) for s in doc.sents if s.start_char >= after
                          and any(clauses.get(t.i) for t in s)), (0, 0))

    def tell(self, act: Token, when: dt.date, precision: Precision) -> None:
        """Note the date the text gives ``act`` (kept when the act is in the story's time)."""
        if past(act) and not in_sequence(act) and not told_before(act):
            self.dated.append((act.i, when, precision))
            self.dated.sort()

    def carried(self, verb: Token, dated_sentence: bool) -> tuple[dt.date, Precision] | None:
        """The story date ``verb``'s act takes (``dated_sentence``: whether its sentence dates
        anything itself); None when none is carried to it."""
        if self.anchor is None or dated_sentence or not past(verb):
            return None
        before = [d for d in self.dated if d[0] < verb.i]
        same = [d for d in before if nlp.same_paragraph(self.doc[d[0]], verb)]
        lead = [d for d in before if self.lead[0] <= d[0] < self.lead[1]]
        source = same[-1] if same else lead[-1] if lead else None
        if source is None:
            return None
        _, when, precision = source
        last = when + dt.timedelta(_LENGTH[precision] - 1)  # the last day the date covers
        if not self.anchor - dt.timedelta(RECENT) <= last or when > self.anchor:
            return None
        return when, precision
