"""The dates of a parsed document's events: by their words, or by convention.

The spec is the "Events" part of ``dates``' docstring; this module applies it over the parse.
In: the parse, the publication date, and the tokens that stand for events (with their PLOVER
type) or for the speech that makes events. Out: ``Dating.of(verb, modality)``, the event's
``(date, precision, basis)``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import load_yaml
from ..actors.tables import word_list
from ..nlp import text_of
from .dates import WEEKDAYS, Precision, ahead, find, resolve
from .dating_reach import described, led_by, of_time, roughly, standing
from .offsets import move, offsets, same_times
from .story import Story, filed, hung
from .tenses import (
    arranged,
    doing,
    in_sequence,
    infinitive,
    not_now,
    perfect,
    pluperfect,
    present,
    told_before,
)

Dated = tuple[dt.date | None, Precision | None, Literal["text", "story", "publication"] | None]
_UNDATED: Dated = (None, None, None)
#: Modalities of acts that have not happened (or are said not to have): their date is one
#: the text gives, or none.
_UNREALISED = frozenset({"future", "hypothetical", "requested", "negated", "denied"})
#: Modalities of acts still to come.
TO_COME = frozenset({"future", "hypothetical", "requested"})
#: How far up the tree a date phrase or an event looks for its clause.
_DEPTH = 12
_CUES: dict[str, frozenset[str]] = {
    kind: frozenset(words) for kind, words in load_yaml("dates.yaml").items()}


#: Dependencies of a date that describes the noun it hangs on ("the *1979* treaty").
_DESCRIBES = frozenset({"nummod", "compound", "amod", "nmod"})
#: Dependencies of the noun a verb carries ("issued a warning", "a warning was issued").
_CARRIED = frozenset({"dobj", "attr", "nsubjpass"})
#: Dependencies of what a verb names or handles ("what it called *the arrest*").
_NAMED = frozenset({"dobj", "oprd", "attr"})


class Dating:
    """The dates of one parsed document's events; see "Events" in the module docstring.

    ``clauses`` maps the tokens that stand for events (their verbs, or nominal triggers with
    none) to their PLOVER type, and verbs of speech to None.
    """

    def __init__(self, doc: Doc, published: dt.date | None,
                 clauses: Mapping[int, str | None]) -> None:
        if isinstance(published, dt.datetime):
            published = published.date()
        self.published = published
        #: The day the report speaks from, against which its words are read: its wire
        #: dateline's day ("KIGALI, March 10 -") when that is up to ``_FILED`` days before
        #: publication, else the publication date.
        self.anchor = filed(doc, published)
        self.doc = doc
        self.clauses = clauses
        self.story = Story(doc, self.anchor, clauses)
        self.direct: dict[int, tuple[dt.date, Precision]] = {}
        self.unresolved: set[int] = set()  # dated relative to an event whose date is not known
        #: For an act still to come, the next day or month its yearless date names.
        self.later: dict[int, tuple[dt.date, Precision]] = {}
        #: Clauses given a day set for them ("a march *for Thursday*"): to come, whatever
        #: their modality.
        self.set_for: set[int] = set()
        #: Weekdays the text names bare ("on Monday"): the latest; "last Monday" is another.
        self.bare_days = _bare_weekdays(text_of(doc))
        #: Dates given so far, in text order: (offset, date, precision, type of the event,
        #: whether it is a backdrop: a pluperfect's or a relative clause's).
        self.timeline: list[tuple[int, dt.date, Precision, str | None, bool]] = []
        for sent in doc.sents:
            if any(t.i in clauses for t in sent):
                self._sentence(doc, sent)

    def _sentence(self, doc: Doc, sent: Span) -> None:
        base = sent.start_char  # the sentence's text, not joined again from its words:
        text = text_of(doc)[base:sent.end_char]
        shifts = offsets(text)
        describing: list[tuple[int, int, Span, str, int, dt.date, Precision]] = []
        for start, end in find(text):
            if any(s < end and start < e for s, e, *_ in shifts):
                continue  # "the previous week" is an offset here, not the week before publication
            when, precision = resolve(text[start:end], self.anchor)
            span = doc.char_span(base + start, base + end, alignment_mode="expand")
            if when is None or precision is None or span is None or _span_only(span):
                continue
            if _LAST_DAY.fullmatch(text, start, end) and self.anchor is not None and \
                    text[start:end].split()[-1].lower() in self.bare_days and \
                    when != self.anchor - dt.timedelta(7):
                when -= dt.timedelta(7)  # "walked out on Monday ... last Monday's march"
            clause = self._clause(hung(span), precision)
            if precision == "day" and clause is not None and self.clauses.get(clause) is None:
                # "abducted by men believed to be rebels on Friday": the abduction's day,
                # unless the act has a day of its own ("who arrived on Thursday, met ... on
                # Friday"): seen once the whole sentence is read
                act = described(doc[clause], self.clauses, when, self.anchor)
                if act is not None and act != clause:
                    describing.append((act, clause, span, text[start:end], base + start,
                                       when, precision))
                    continue
            self._place(clause, span, text[start:end], base + start, when, precision)
        for act, clause, span, said, at, when, precision in describing:
            self._place(clause if act in self.direct else act, span, said, at, when, precision)
        for start, end, began, lasting in roughly(text, self.anchor):
            # "months ago": undated; "have held it for two years": since then
            span = doc.char_span(base + start, base + end, alignment_mode="expand")
            clause = None if span is None else self._clause(span.root)
            if clause is None or clause in self.direct or (lasting and not standing(doc[clause])):
                continue
            if began is None:
                self.unresolved.add(clause)
            else:
                self._date(clause, base + start, *began, timed=False)
        for start, end, n, unit in shifts:
            span = doc.char_span(base + start, base + end, alignment_mode="expand")
            if span is not None:
                self._shift(span, base + start, n, unit)
        for start, end, unit in same_times(text):
            span = doc.char_span(base + start, base + end, alignment_mode="expand")
            if span is not None:
                self._same_time(span, base + start, unit)

    def _place(self, clause: int | None, span: Span, said: str, at: int, when: dt.date,
               precision: Precision) -> None:
        """Date ``clause`` by the date phrase ``span`` (its words ``said``, at ``at``)."""
        later = ahead(said, when, precision, self.anchor)
        if later is not None and clause is not None and clause not in self.direct:
            self.later[clause] = later, precision
            if span.root.dep_ == "pobj" and span.root.head.lower_ == "for":
                self.set_for.add(clause)
        # a "since" date tells when a state began, no time a later offset counts from
        self._date(clause, at, when, precision, timed=not (
            span.root.dep_ == "pobj" and span.root.head.lower_ in _CUES["span_starts"]))

    def _date(self, clause: int | None, at: int, when: dt.date, precision: Precision,
              timed: bool = True) -> None:
        if clause is None or clause in self.direct:
            return
        self.direct[clause] = when, precision
        if self.clauses.get(clause):
            self.story.tell(self.doc[clause], when, precision)
        if timed:
            node = self.doc[clause]
            backdrop = pluperfect(node) or node.dep_ in ("relcl", "acl")
            bisect.insort(self.timeline, (at, when, precision, self.clauses.get(clause),
                                          backdrop), key=lambda entry: entry[0])

    def _clause(self, node: Token, precision: Precision | None = None) -> int | None:
        """The event or speech a date phrase's head hangs on (through a participle telling
        what someone was doing when, for a date to the day: ``tenses.doing``), else the first verb
        above it; none for a date that describes a thing ("a *2011* understanding", "the
        *1979* treaty"): it dates that thing, not the clause."""
        verb, date = None, node.i
        if node.dep_ in _DESCRIBES and node.head.pos_ in ("NOUN", "PROPN") \
                and node.head.i not in self.clauses and not of_time(node.head):
            return None
        if _compared(node, precision):
            return None
        if (noun := self._noun_dated(node, precision)) is not None:
            return noun
        for _ in range(_DEPTH):
            if node.i in self.clauses and not (self.clauses[node.i] is None
                                               and node.dep_ == "parataxis" and date < node.i):
                return node.i
            passing = doing(node, precision)
            if node.pos_ in ("VERB", "AUX") and not passing:
                # "Heavy *fighting* broke out on Saturday": the event is the verb's subject;
                # "she is *due* in Rome on Tuesday": the copula's predicate
                named = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "acomp")
                         and c.i in self.clauses]
                if named:
                    return named[0]
                verb = verb if verb is not None else node.i
            if node.head == node or (node.dep_ in ("ccomp", "relcl", "advcl", "acl")
                                     and not passing) or infinitive(node):
                break
            node = node.head
        return verb

    def _noun_dated(self, date: Token, precision: Precision | None) -> int | None:
        """The act a date phrase (its head ``date``) belongs to when it hangs on a noun of one
        of several acts ("a new *round* of talks in January": the talks), or, for a month or a
        year, right after a "for" phrase naming an act ("ended with a date for a third
        *session* in December", "preparations for *elections* in 2027"): that act's, not the
        clause's. Not a day after a "for" phrase ("arrested for protests on Monday": the
        arrests' day too)."""
        if precision is None or date.dep_ != "pobj" or date.head.dep_ != "prep":
            return None
        if (held := self._round_of(date.head.head)) is not None:
            return held
        if precision == "day" or date.head.i == 0:
            return None
        noun = self.doc[date.head.i - 1]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "for a third round of talks in January"
        if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.pos_ != "NOUN":
            return None
        return self._round_of(noun) or (noun.i if self.clauses.get(noun.i) else None)

    def _round_of(self, noun: Token) -> int | None:
        """The act a noun of one of several acts names ("a new *round* of talks": the talks;
        ``sequence_rounds`` in ``data/dates.yaml``), a date on it being theirs."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CUES["sequence_rounds"]:
            return None
        return next((c.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj" and self.clauses.get(c.i)), None)

    def _shift(self, span: Span, at: int, n: int, unit: Precision) -> None:
        """Date the clause an offset ("a day later", "two days after the visit") hangs on."""
        last = span[-1]
        anchor: tuple[dt.date, Precision] | None = None
        objects = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
        if last.lower_ in ("after", "before") and (last.dep_ == "mark" or objects):
            event = last.head if last.dep_ == "mark" else objects[0]
            clause = self._clause(last.head.head if last.dep_ == "mark" else last.head)
            if clause is not None and clause not in self.direct and \
                    self.clauses.get(clause, "") is None:
                # hung on the report ("shelled the post on Saturday, two days after the
                # strike, the army said"): it follows the act the sentence dated before it
                clause = max((i for i in self.direct if span.sent.start <= i < span.start
                              and self.clauses.get(i) is not None), default=clause)
            dated = self._at_time_of(clause)
            if dated is not None and event.i in self.clauses and event.i not in self.direct:
                # "recalled its envoy on 2 June, a month after the ministers met": the dated
                # clause dates the event it follows (so does a "when" clause on a dated one)
                self._date(event.i, at, *move(*dated, -n, unit))
                return
            if dated is not None:
                return  # "killed on Monday when gunmen stormed a post, ...": at Monday
            if n > 0 and self.anchor is not None and clause is not None and \
                    clause not in self.direct and event.i in self.clauses and \
                    event.i not in self.direct and present(span.doc[clause]):
                # "six weeks after Lesotho closed its border, the crossings remain empty":
                # the present is the report's day, which dates the act it follows
                self._date(event.i, at, *move(self.anchor, "day", -n, unit))
                return
            # "two days after the visit": the latest visit dated; a clause ("after eleven
            # students were seized") tells an act of its own, dated by its own words only
            anchor = self.direct.get(event.i) or (self._latest(at, self.clauses.get(event.i))
                                                  if event.pos_ in ("NOUN", "PROPN") else None)
        else:
            clause = self._clause(span.root)
            anchor = self._told_on(span, clause) or self._latest(at)
        if clause is None or clause in self.direct:
            return
        if anchor is None:
            self.unresolved.add(clause)
            return
        self._date(clause, at, *move(*anchor, n, unit))

    def _same_time(self, span: Span, at: int, unit: Precision) -> None:
        """Date the clause a time pointing back ("that evening", "later that week") hangs on
        at the latest time the text gave before it; with none, the clause keeps the stand-in
        (the act before it was the report's day too). Not "that night" describing a noun
        ("said that night raids would stop")."""
        if span[-1].dep_ in _DESCRIBES:
            return
        clause = self._clause(span.root)
        anchor = self._latest(at)
        if clause is None or clause in self.direct or anchor is None:
            return
        self._date(clause, at, *move(*anchor, 0, unit))

    def _at_time_of(self, clause: int | None) -> tuple[dt.date, Precision] | None:
        """The date the text gives ``clause``, or the clause a "when" or "as" clause of its
        hangs on ("killed on Monday *when* gunmen stormed a post": Monday)."""
        node = None if clause is None else self.doc[clause]
        for _ in range(_DEPTH):
            if node is None or node.i in self.direct:
                break
            if node.dep_ != "advcl" or not any(
                    c.dep_ in ("advmod", "mark") and c.lower_ in _CUES["same_time_marks"]
                    for c in node.children):
                return None
            node = node.head
        return None if node is None else self.direct.get(node.i)

    def _told_on(self, span: Span, clause: int | None) -> tuple[dt.date, Precision] | None:
        """The date of the act of speech that tells ``clause`` when its sentence gives it only
        after the offset ``span`` ("shelled the airport the day before, the army said on
        Sunday"); None where the sentence dates something before the offset, or where the
        offset opens the sentence ("A day later, ..." follows the text before it)."""
        sent = span.sent
        if clause is None or span.start == sent.start or any(
                sent.start <= i < span.start for i in self.direct):
            return None
        node = span.doc[clause]
        for _ in range(_DEPTH):
            if node.head == node:
                return None
            node = node.head
            if node.i in self.direct and self.clauses.get(node.i, "") is None:
                return self.direct[node.i]
        return None

    def _latest(self, before: int, kind: str | None = "") -> tuple[dt.date, Precision] | None:
        """The latest date given before offset ``before`` (of an event of type ``kind``:
        "the visit" is the latest visit dated; None for no event type at all): the story's,
        a backdrop's (a pluperfect's, a relative clause's: "the army, which had
        retreated on 26 February, retook the town two days later") only when the story gave
        none."""
        if kind is None:
            return None
        told = [(when, precision, backdrop) for at, when, precision, its_kind, backdrop
                in self.timeline if at < before and (not kind or its_kind == kind)]
        story = [(when, precision) for when, precision, backdrop in told if not backdrop]
        if story or told:
            return story[-1] if story else told[-1][:2]
        return None

    def of(self, verb: Token | None, modality: str = "asserted") -> Dated:
        """The date of the event whose verb (or nominal trigger) is ``verb``; for None, an
        act of speech the text does not place (a bare "Finland will give ..." promises now)."""
        if verb is None:
            return self.stand_in()
        if verb.i in self.direct:
            # a verb in the past tense tells a thing done ("if they cross again, he *warned*
            # on Monday, ..."), whatever the clause it governs imagines
            if ((modality in TO_COME and verb.tag_ != "VBD") or verb.i in self.set_for
                    or arranged(verb)) and verb.i in self.later:
                return *self.later[verb.i], "text"
            return *self.direct[verb.i], "text"
        if verb.i in self.unresolved or modality in _UNREALISED or not_now(verb):
            return _UNDATED
        if (act := acted_on(verb)) is not None:  # "police broke up *the march* on Saturday"
            return self.of(act, modality)
        if (led := led_by(verb, self.direct, self.clauses)) is not None:
            return *led, "text"  # "the clashes in March killed forty": the clashes' date
        node, crossed, crossings = verb, False, 0
        earlier = False  # told as before an act: undated unless a date is reached
        told = verb.pos_ in ("NOUN", "PROPN")  # a nominal act, until a verb is reached
        for _ in range(_DEPTH):
            if node.head == node:
                break
            crossings += in_sequence(node)
            crossed = crossings > 0
            earlier = earlier or self._before_act(node)
            below, node = node, node.head
            if told and node.pos_ in ("VERB", "AUX") and node.i in self.clauses \
                    and self.clauses[node.i] is not None:
                if below.dep_ == "nsubj" and self.clauses[node.i] == self.clauses.get(verb.i):
                    # the act told by what it did: "the drone strike *killed* eleven on
                    # Saturday" is dated with its verb
                    return self.of(node, modality)
                return _UNDATED  # what another act is about: "criticised X over the trip"
            # a noun stays told through a verb, no act of its own, whose object it is ("what
            # it *called* the arrest", "to *explain* the deal"), not through the clause of
            # another act it is the subject of
            told = told and (node.pos_ not in ("VERB", "AUX") or (
                self.clauses.get(node.i) is None and below.dep_ in _NAMED))
            if node.i in self.unresolved:
                return _UNDATED
            if node.i in self.direct:
                if verb.pos_ in ("NOUN", "PROPN") and crossings == 1 and below.dep_ == "prep" \
                        and below.lower_ == "after" and node.i in self.clauses \
                        and self.clauses[node.i] is None:
                    # words said after the act, on a day the text gives ("said on Tuesday
                    # after talks with ..."): the act was that day
                    return *self.direct[node.i], "text"
                if crossed:
                    return _UNDATED
                if self.clauses.get(node.i, "") is None and perfect(verb):
                    # "has asked Spain to extradite him, the attorney general said on
                    # Tuesday": the saying is dated, the act is at some time before it
                    return self.stand_in()
                return *self.direct[node.i], "text"
            if verb.pos_ in ("NOUN", "PROPN") and _argument(verb, below) \
                    and node.i not in self.clauses and pluperfect(node):
                return _UNDATED  # "the talks *had ended* with a truce": before, by a span
        # "recalled after Togo *expelled* two diplomats": before the recall, by a span; and
        # "Uruguay's inquiry": an act the reader knows, told before the report
        if earlier or _owned(verb):
            return _UNDATED
        sent = verb.sent
        if self.clauses.get(verb.i) and (carried := self.story.carried(verb, any(
                sent.start <= i < sent.end for i in (*self.direct, *self.unresolved)))):
            return *carried, "story"  # "... on Monday. Officers also seized their phones."
        return self.stand_in()

    def _before_act(self, node: Token) -> bool:
        """Whether ``node``'s clause or phrase is told as coming before an act (``_told_before``)
        in a tense of its own: not in a headline's present ("Ghana recalls envoy after Togo
        *expels* diplomats" is news of the moment), nor before a report, which tells of what
        has just happened ("said after *talks* with Thai officials that ...")."""
        if node.tag_ in ("VBZ", "VBP") or not told_before(node):
            return False
        head = node.head
        for _ in range(_DEPTH):
            if (head.pos_ in ("VERB", "AUX") and head.dep_ != "prep") or head.head == head:
                break
            head = head.head
        return self.clauses.get(head.i, "") is not None

    def stand_in(self) -> Dated:
        """The publication date, standing in for a date the text does not give."""
        return (self.published, "day", "publication") if self.published else _UNDATED


def _argument(noun: Token, below: Token) -> bool:
    """Whether the nominal act ``noun`` is, through ``below`` (the token under the verb
    reached), that verb's subject or object, or the object of its preposition ("had ended
    *with* a truce", "had led *to* the expulsion")."""
    if below == noun:
        return noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    return below.dep_ == "prep" and noun.head == below and noun.dep_ == "pobj"


def acted_on(noun: Token) -> Token | None:
    """The verb that acts on the event ``noun`` names while it is under way (``under_way_verbs``
    in ``data/dates.yaml``), the noun (or the first of the nouns it is coordinated with) being
    its object or its passive's subject: "police *broke up* the march", "the rally was *broken
    up*", "troops *stormed* the sit-in and the camp"; None for any other noun or verb."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    verb, lemma = noun.head, noun.head.lemma_.lower()
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    said = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
    return verb if said & _CUES["under_way_verbs"] else None


def _owned(verb: Token) -> bool:
    """Whether the event of ``verb`` (a nominal trigger, or the verb that carries one: "the
    minister's warning *was issued*") is named by a noun a named actor owns ("*Uruguay's*
    inquiry", "the interior *minister's* warning"): an act the reader already knows; not a
    pronoun's ("his visit", which points within the story), nor a date's ("Monday's raid",
    "last week's talks")."""
    nouns = [verb] if verb.pos_ in ("NOUN", "PROPN") else [
        c for c in verb.children if c.dep_ in _CARRIED and c.pos_ in ("NOUN", "PROPN")]
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
               and not find(" ".join(t.text for t in c.subtree))
               for noun in nouns for c in noun.children)


#: "last Monday", "last Monday's": the weekday a text naming "Monday" bare may set apart.
_LAST_DAY = re.compile(r"last\s+(?:{})(?:'s)?".format("|".join(WEEKDAYS)), re.IGNORECASE)


#: Words before a weekday that place it in another week or in this one ("*last* Monday").
_WEEKDAY_MARKS = word_list("grammar.yaml", "weekday_marks")


def _bare_weekdays(text: str) -> set[str]:
    """The weekdays ``text`` names without "last", "next" or "this" ("on Monday")."""
    return {m[2].lower() for m in re.finditer(r"(?<!\w)(\w+\s+)?({})\b".format(
        "|".join(WEEKDAYS)), text) if (m[1] or "").strip().lower() not in _WEEKDAY_MARKS}


def _compared(date: Token, precision: Precision | None) -> bool:
    """Whether a date phrase (its head ``date``) gives the span a comparison runs over ("the
    first of their kind *since January*", "the largest protest *this year*"): a "since" date,
    or one coarser than a day (a day is the act's: "the second round *on Monday*"), that
    hangs on a superlative or an ordinal, on a noun one modifies (not a time: "the first week
    *of September*"), or on the "be" whose predicate is one ("these sanctions are its first
    *since March*")."""
    since = date.dep_ == "pobj" and date.head.lower_ == "since"
    if precision == "day" and not since:
        return False
    head = date.head.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else date.head

    def ranks(t: Token) -> bool:
        return t.tag_ == "JJS" or t.lower_ in _CUES["ordinals"] or (
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _CUES["time_nouns"]
            and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _CUES["ordinals"])
                    for c in t.children))
    return ranks(head) or (head.lemma_ == "be" and any(
        c.dep_ == "attr" and ranks(c) for c in head.children))


def _span_only(span: Span) -> bool:
    """Whether a date expression says how long, not when: "overnight" on a verb of keeping
    ("held *overnight*")."""
    root = span.root
    return span.text.lower() == "overnight" and root.head.lemma_.lower() in _CUES[
        "duration_verbs"]


