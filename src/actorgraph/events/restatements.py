"""Restatements: one act told twice in one sentence is one event.

"China used its *veto* to *block* the draft", "Modi *visited* Moscow, his second *visit* to
Russia", "Lula *visited* Beijing, which makes it his third *visit* to China": the noun names
the act the verb reports. In: the emitted events with the token of each one's trigger. Out:
the events without the nouns that restate a verb.

A noun restates a verb when both are of the same type, the noun's doers are among the verb's
(or it names none), and the noun hangs on the verb's clause as its apposition, an object of
the verb or of the verb that governs it ("used its veto *to block*"), the "of" complement of
such an object ("used its power *of veto* to block"), or the complement of a clause whose
subject "which" is the whole clause (", which makes it his third visit"). A noun whose
doers the sentence does not name is left alone ("repelled the attack"). A noun reached
through a preposition is another act ("days *after* his visit to Tokyo"), and so is a noun
coordinated with the verb or done by someone else ("a week after *Orban's* visit").

A definite noun of the verb's type later in the sentence, with the verb's doers and no
others, takes it up again ("Blinken *met* Wang Yi, and *the meeting* lasted five hours"),
unless a preposition puts it in another time ("*before* the meeting in June"). A noun in
apposition to the clause restates it even when it names no doers (", *the first meeting*
between the two leaders"), and a light verb's clause is its noun's ("*held talks* with
Putin, the first meeting between them"). The verb's own object with the verb's very code
is the act its verb + object sense codes, whoever the parser makes its doers ("signed a
*ceasefire deal* brokered by China").

An event noun and the verb of its type it is the subject of, or the relative clause on it
whose subject is "which" or "that", tell one act: "the Russian *attack killed* five
people", "a missile *strike that killed* seven". One event is kept, the one of the more
specific CAMEO code (the verb's on a tie), with the doers and recipients of both, when
their doers agree and their readings are the same ("the attack did not kill anyone"
reads them alike; an attack asserted with a killing denied stays two). A verb of another
type is another act ("the attack *prompted* Kenya to close its border"), and so is a
clause with a subject of its own ("came after Ukraine *shelled* Belgorod").

An attack and the toll it took are one act, told twice: a participle clause with no subject
of its own, after the verb of its type it hangs on, tells what that act did ("attacked an
army post, *killing* three soldiers", "opened fire on the crowd, *wounding* two"). Both stay
events (the toll is evidence of its own); the toll retells the act (``tolls``). A clause
with a subject or a conjunction of its own ("*after* killing a guard, they stormed"), or a
participle of another type ("shelled the town, *forcing* thousands to flee") is another act.
The second of two such participles tells it too ("shelled the town, destroying a school and
*killing* a teacher", "marched, waving banners and *chanting*").

An intent (AGREE) and the act that is its object are two events by the PLOVER convention
of the events stage: "*offered* Belgrade economic *support*" is an offer made now and the
support offered (AID, not asserted). Other verbs with an act as object do their own act
("called a *strike*", "dispersed the *rally*", "asked for *aid*").

A purpose infinitive of the type of the verb it is the purpose of tells that act again: one
call in "phoned Modi *to discuss* the war" (its object is the topic, not a party).

An aim told with the act it is the aim of, what a measure in force bars, and a standing
relation a clause rests on are no acts of their own (``background``). One act its doers are
told to do twice by the same verb is one event (``repeats``).
An attitude towards an act that has not happened is no praise of its doer: "would *welcome*
Indian aid" is willingness to take the aid wished for (AGREE 030, with the welcome's
modality), not praise of India (SUPPORT).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.tables import word_list
from ..records import JOINT_TYPES, Event
from .arguments import TAKE_PART
from .background import background
from .carriers import carrier
from .clauses import bare_infinitive
from .lexicon import Lexicon
from .lexicon import get as lexicon
from .repeats import told_twice

#: How a restating noun, or a clause on its way up, may hang: as an apposition or adverbial
#: noun (", his second visit"), an object ("used *its veto*"), a copular or clausal
#: complement (", which makes it *his third visit*").
_RESTATING = frozenset({"appos", "npadvmod", "dobj", "attr", "oprd", "ccomp", "acomp"})
#: How the verb may hang under the clause the noun is in: it is that clause, or its purpose
#: ("used its veto *to block*").
_GOVERNED = frozenset({"xcomp", "advcl"})
#: What gives a participle clause a doer or a time of its own ("its blast killing two",
#: "*after* killing a guard", "*while* retreating").
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark", "aux"})
#: How many words apart the two words of one act told twice may be for one span over both.
_NEAR = 12


Spans = dict[tuple[int, int, str], tuple[int, int]]


def drop(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
         spans: Spans | None = None) -> tuple[list[Event], Spans]:
    """``found`` without the nominal events that restate a verbal one of their sentence, and
    with one event for an event noun and the verb of its type it is the subject of;
    ``heads`` maps an event's ``(start, end, type)`` to its trigger's head token (events
    absent from it, made by no trigger of their own, are kept). Also, by the key of each
    event kept for two words a few words apart (``_NEAR``), the span running over both, the
    evidence that names the act by both ("*met* her counterpart in Arusha for a round of
    *talks*", "mortar *fire struck*"): a report naming it by either word points to it;
    ``spans`` holds those found before (``carried``)."""
    lex = lexicon()
    found = [e for e in found if not background(e, heads.get((e.start, e.end, e.type)), lex)]
    spans = dict(spans or {})
    found = _own_purpose(_units(found, heads), heads, lex, spans)
    verbal = [(e, t) for e in found
              if (t := clause_word(heads.get((e.start, e.end, e.type)), lex)) is not None
              and t.pos_ in ("VERB", "AUX")]
    if not verbal:
        return list(found), spans
    gone: set[int] = set()
    willing: set[int] = set()
    for e in found:
        noun = heads.get((e.start, e.end, e.type))
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for v, verb in verbal:
            if v is e or v.sentence_start != e.sentence_start or id(v) in gone:
                continue
            if v.type == e.type and _same_act(noun, verb, e, v):
                gone.add(id(e))
                widen(spans, v, e.start, e.end, noun, verb)
                break
            if v.type == "SUPPORT" and _wished(verb, lex) and _content(noun, verb) \
                    and e.modality != "asserted" and lex.cue("attitude_verbs", verb.lemma_.lower()):
                willing.add(id(v))  # "would welcome Indian aid": the aid wished for
                continue
    return told_twice(_told_again([
        replace(e, type="AGREE", cameo="03", cameo_code="030", mode=None) if id(e) in willing
        else e for e in found if id(e) not in gone], heads, spans), heads, lex), spans


def carried(noun: Token, kind: str, found: Sequence[Event],
            heads: Mapping[tuple[int, int, str], Token]) -> Event | None:
    """The event of ``kind`` already found whose verb carries ``noun``, an event noun that
    names no actor of its own: the verb's act named again ("*met* her counterpart in Arusha
    for a round of *talks*", "*fought* a long battle"), no event of its own."""
    verb = carrier(noun, kind in TAKE_PART)
    if verb is None:
        return None
    return next((e for e in found if e.type == kind and getattr(
        heads.get((e.start, e.end, e.type)), "i", None) == verb.i), None)


def with_hands(head: Token, kind: str, found: Sequence[Event]) -> bool:
    """Whether the sentence of ``head``, an act of ``kind`` told with no hand named, already
    tells an act of that type by hands it names: it is that act again ("Heavy fighting broke
    out between the army and the RSF, with *gunfire* heard around the palace"); the caller
    asks it only of an attack kept for where it happened (``handless.placed``), not of one
    told to be denied ("police killed two; the police say no live rounds were *used*")."""
    start = head.sent.start_char
    return any(e.type == kind and e.sentence_start == start and (e.source or e.target)
               for e in found)


def spanned(e: Event, span: tuple[int, int] | None) -> Event:
    """``e`` with the span over both words of its act told twice (``drop``), if it has one."""
    return e if span is None else replace(e, start=span[0], end=span[1])


def widen(spans: Spans, kept: Event, start: int, end: int, a: Token, b: Token) -> None:
    """Let ``kept``'s span run over ``start``-``end`` too, when its word ``a`` and the other
    word ``b`` are near (``_NEAR``)."""
    if abs(a.i - b.i) > _NEAR:
        return
    key = (kept.start, kept.end, kept.type)
    first, last = spans.get(key, (kept.start, kept.end))
    spans[key] = (min(first, start), max(last, end))


def _units(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token]) -> list[Event]:
    """``found`` without the deployments named as the doers of another act: a noun of a
    show of force that is the subject of a verb telling an act of another type is the unit
    that does it ("a coast guard *patrol* fired warning shots", "the *patrol* arrested three
    fishermen"), no deployment of its own; "the deployment of troops angered Moscow" (no
    act told by its verb) stays."""
    acts: dict[int, set[str]] = {}
    for e in found:
        t = heads.get((e.start, e.end, e.type))
        if t is not None and t.pos_ in ("VERB", "AUX"):
            acts.setdefault(t.i, set()).add(e.type)
    return [e for e in found if not (
        e.type == "MOBILIZE" and (t := heads.get((e.start, e.end, e.type))) is not None
        and t.pos_ == "NOUN" and t.dep_ == "nsubj" and acts.get(t.head.i, set()) - {e.type})]


def tolls(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token]
          ) -> dict[int, int]:
    """For each event of ``found`` (by index) that tells the toll of an act of its type in a
    participle clause after it ("attacked a post, *killing* three"), the index of that act."""
    lex = lexicon()
    clause_of: dict[tuple[int, str], int] = {}
    for n, e in enumerate(found):
        word = clause_word(heads.get((e.start, e.end, e.type)), lex)
        if word is not None and word.pos_ in ("VERB", "AUX"):
            clause_of.setdefault((word.i, e.type), n)
    out = {}
    for n, e in enumerate(found):
        token = heads.get((e.start, e.end, e.type))
        clause = token
        while clause is not None and clause.tag_ == "VBG" and clause.dep_ == "conj" and \
                clause.head.tag_ == "VBG" and not any(c.dep_ in _OWN_CLAUSE
                                                      for c in clause.children):
            clause = clause.head  # "destroying a school and *killing* a teacher"
        if token is None or token.tag_ != "VBG" or clause.dep_ != "advcl" or \
                clause.i < clause.head.i or any(c.dep_ in _OWN_CLAUSE
                                                for c in (*token.children, *clause.children)):
            continue
        act = clause_of.get((clause.head.i, e.type))
        if act is not None and act != n:
            out[n] = act
    return out


def _told_again(found: list[Event], heads: Mapping[tuple[int, int, str], Token],
                spans: Spans) -> list[Event]:
    """``found`` with one event for an event noun and the verb of its type that it is the
    subject of ("the Russian *attack killed*", "a *strike that killed*"): the one of the
    more specific code, with the noun's doers (the verb's subject is the noun's phrase) and
    the recipients of both ("an *attack* on a UN convoy *killed* two peacekeepers": the
    convoy and the peacekeepers), telling again the act the noun tells again ("bombed the
    market ... *The attack killed* eleven": the bombing)."""
    by_verb: dict[tuple[int, str], Event] = {}
    for e in found:
        token = heads.get((e.start, e.end, e.type))
        if token is not None and token.pos_ in ("VERB", "AUX"):
            by_verb.setdefault((token.i, e.type), e)
    if not by_verb:
        return found
    merged: dict[int, Event] = {}
    gone: set[int] = set()
    for e in found:
        noun = heads.get((e.start, e.end, e.type))
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or id(e) in merged:
            continue
        for verb in _predicates(noun):
            v = by_verb.get((verb.i, e.type))
            if v is None or id(v) in gone or id(v) in merged or v.modality != e.modality or \
                    not (set(e.source) <= set(v.source) or set(v.source) <= set(e.source)):
                continue  # another doer, or the attack happened and the killing did not
            kept, other = (e, v) if _rank(e) > _rank(v) else (v, e)
            widen(spans, kept, other.start, other.end, noun, verb)
            # the verb's subject is the noun, so its doers are the noun's: a party the act is
            # done to or a town it was in is no doer ("the shelling *of Kharkiv* killed
            # three", "the *Kaduna* bombing killed nine")
            # and the act the noun tells again is the act both tell ("bombed the market ...
            # *the attack killed* eleven": the bombing, told again by its toll)
            merged[id(kept)] = replace(kept, source=e.source,
                                       target=tuple(dict.fromkeys((*e.target, *v.target))),
                                       retells=kept.retells or other.retells)
            gone.add(id(other))
            break
    return [merged.get(id(e), e) for e in found if id(e) not in gone]


def _own_purpose(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
                 lex: Lexicon, spans: Spans) -> list[Event]:
    """``found`` without a purpose infinitive of the very type of the verb it is the purpose
    of: "phoned Modi *to discuss* the war", "met in Amman *to discuss* the crisis" are one
    call, one meeting (what is discussed is its topic, not a party), and "summoned the envoy
    *to protest*" one complaint, whose evidence runs over both words (``spans``); "met
    Netanyahu *to urge* restraint" is a meeting and a request."""
    by_verb = {(t.i, e.type): (e, t) for e in found
               if (t := clause_word(heads.get((e.start, e.end, e.type)), lex)) is not None
               and t.pos_ in ("VERB", "AUX")}
    kept = []
    for e in found:
        token = heads.get((e.start, e.end, e.type))
        if token is not None and token.dep_ in ("advcl", "xcomp") and \
                (token.head.i, e.type) in by_verb and bare_infinitive(token):
            host, verb = by_verb[(token.head.i, e.type)]
            widen(spans, host, e.start, e.end, verb, token)
            continue
        kept.append(e)
    return kept


def _predicates(noun: Token) -> list[Token]:
    """The verbs telling what the act ``noun`` did: the one it is the subject of, and a
    relative clause on it whose subject is "which" or "that" ("a strike *that killed*")."""
    found = [noun.head] if noun.dep_ == "nsubj" and noun.head.i != noun.i else []
    return found + [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]


def clause_word(token: Token | None, lex: Lexicon) -> Token | None:
    """The word whose clause an event sits in: the light verb carrying a noun ("*held*
    talks"), else the trigger's head ``token``."""
    if token is not None and token.dep_ == "dobj" and token.pos_ == "NOUN" and \
            lex.lemma(token.head) in lex.light_verbs:
        return token.head
    return token


def _same_act(noun: Token, verb: Token, event: Event, by_verb: Event) -> bool:
    """Whether ``noun`` (of ``event``) names again the act ``verb`` (of ``by_verb``, of the
    same type) tells: as the verb's own object, or restating or taking it up with doers
    that may be the verb's."""
    if _collocated(noun, verb, event, by_verb):
        return True
    return _doers_agree(noun, verb, event, by_verb) and (
        _restates(noun, verb) or _takes_up(noun, verb, event, by_verb))


def _collocated(noun: Token, verb: Token, event: Event, by_verb: Event) -> bool:
    """Whether ``noun`` is the object of ``verb`` with the verb's very code: the act the verb +
    object sense codes, whoever the noun's doers ("signed a *ceasefire deal* brokered by
    China": the broker signs nothing; "refused to sign a *ceasefire agreement*"), where
    "repelled the Russian *attack*" is another act, of another code."""
    return _content(noun, verb) and event.cameo_code == by_verb.cameo_code


def _doers_agree(noun: Token, verb: Token, event: Event, by_verb: Event) -> bool:
    """Whether the doers ``event`` names for ``noun`` may be those of ``verb``: they are among
    the verb's; or it names none and stands in apposition to the verb's clause (", *the
    first meeting* between them")."""
    if event.source:
        # a joint act's doers may be the verb's two sides ("X met Y, the first meeting
        # between the two leaders")
        parties = {*by_verb.source, *by_verb.target} if event.type in JOINT_TYPES else ()
        return set(event.source) <= set(by_verb.source) or set(event.source) <= set(parties)
    return noun.dep_ in ("appos", "npadvmod") and noun.head.i == verb.i


def _rank(event: Event) -> int:
    """How specific an event's CAMEO code is: its number of digits, one less for a code
    ending in 0, the generic code of its root ("180" against "195")."""
    code = event.cameo_code or event.cameo
    return len(code) - code.endswith("0")


def _wished(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` carries a modal of what one would do ("*would* welcome"): a
    willingness stated, whose object is only wished for."""
    return any(c.dep_ == "aux" and lex.cue("hypothetical_modals", c.lower_)
               for c in verb.children)


def _content(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is what ``verb`` acts on: its direct object or second object
    ("offered *support*", "offers Lebanon *help*")."""
    return noun.head.i == verb.i and noun.dep_ in ("dobj", "dative", "iobj")


def _takes_up(noun: Token, verb: Token, event: Event, by_verb: Event) -> bool:
    """Whether the definite ``noun`` after ``verb`` names its act again ("met ..., and *the
    meeting* lasted"), with no other parties and not through a preposition."""
    again = word_list("grammar.yaml", "told_before_determiners")
    return noun.i > verb.i and set(event.target) <= set(by_verb.target) and any(
        c.dep_ == "det" and c.lower_ in again for c in noun.children) \
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and not any(
            a.dep_ == "prep" for a in noun.ancestors if a.i > verb.i)


def _restates(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` hangs on the clause of ``verb`` as a restatement of it."""
    clause = verb
    while clause.dep_ in _GOVERNED and clause.head.i != clause.i:
        clause = clause.head
    if clause.i != verb.i and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in verb.children):
        return False  # "attacked ... *after* the army attacked": a clause of its own
    node = noun
    for _ in range(6):
        if node.dep_ in ("relcl", "advcl") and any(
                c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # ", which makes it his third visit": said of the whole clause before it
            return node.i > clause.i
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "its power *of veto*": the act is the object's content
            continue
        if node.dep_ not in _RESTATING or node.head.i == node.i:
            return False
        if node.head.i == clause.i:
            return True
        node = node.head
    return False
