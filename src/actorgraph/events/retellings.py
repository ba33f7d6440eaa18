"""Retellings: a definite noun that names an event its document has already reported.

"The visit was the first in four years", "Saturday's protest", "the embargo on Iran has
...": a noun with a definite determiner or a possessive (a date's, "Saturday's") tells again
an earlier event of its type, a few events back at most (``told_nouns.told_again``); a noun
that names whom but not who ("the embargo on Iran") tells again the latest earlier one of its
type aimed at one of them, anywhere before (a standing measure). In: the trigger and the
events emitted so far. Out: the event retold, or its actors.

Told again is also an act farther back than a few events, within the paragraph or across
paragraphs that open no other matter (a paragraph whose first event is of another type and
names none of the act's actors). A standing noun ("the closure", "the call") and a bare noun
of several senses ("the strike") are first read in the sense of the act they tell
(``senses_told``).

A noun's own words may name the day, the place or the party of the act it tells ("*Friday's*
attack", "the *Valo* meeting", "the shelling *of Elwak*"): it tells the act so told, whatever
noun told it, not the latest of its type; and a
possessive that names a doer ("thanked Japan for *its* grant") tells only that doer's act, or,
with none told before, is that doer's act (``marks``). An ordinal places it among the acts of
its type told before ("the *first* march", ``ordinals``).

A definite noun a doer is said to have done ("the Solbeck Front said its fighters had
*carried out the assault*", "admitted carrying out *the kidnapping*") is a claim of the act
told before, not another one: CLAIM is no PLOVER type, and the claim tells the act again.

A participle clause on a definite event noun it was done to ("The deal, *signed* by both
delegations, takes effect on Friday", "the strike, *called* by the federation,") describes the
act the noun tells again, not another act (``_described``), unless it gives a day of its own
that is not that act's ("the deal, signed *in 2019*"). And a definite agreement noun ("the
deal", "the settlement") with no act of its own type told before tells the latest agreement of
another kind (``agreement_nouns`` and ``agreement_codes`` of ``data/events.yaml``): a truce
agreed or declared, a formal agreement signed.

A noun set before or after the act of its clause ("the raid came four days *after the
abduction*", "Monday's ambush *followed the kidnapping*") tells an act of another time: not
the act of that clause, nor the act that clause's noun tells again (``_set_apart``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.dictionary import load_yaml
from ..nlp import definite, paragraph_breaks, word_at
from ..records import Event
from . import triggers
from .lexicon import Entry
from .lexicon import get as lexicon
from .marks import PRONOUNS, marked
from .ordinals import place_in_sequence
from .tenses import in_sequence
from .told_nouns import OWN, akin, own_day, party_owned, told_again

#: How many events back a definite description may refer whatever lies between.
_REFER_BACK = 6
#: The CAMEO codes of making a visit and of hosting one (a reception: one meeting of a trip).
VISIT, HOSTING = "042", "043"
_SEQUENCE = load_yaml("dates.yaml")
#: Prepositions that set an act within a longer one ("captured *during* the fighting").
_FRAME = frozenset(_SEQUENCE["frame_words"])
#: The preposition by which a toll names the act it was taken in ("killed *in* the attack").
_TOLL = frozenset(_SEQUENCE["toll_words"])
_AGREEMENTS = load_yaml("events.yaml")
#: Nouns of an agreement, and the codes of the acts that make one (a truce, a signing).
_AGREEMENT_NOUNS = frozenset(_AGREEMENTS["agreement_nouns"])
_AGREEMENT_CODES = tuple(_AGREEMENTS["agreement_codes"])
#: Prepositions and verbs that set what they introduce at another time than their clause's
#: act ("came four days *after* the abduction", "*followed* the kidnapping"; ``_set_apart``).
_APART_WORDS = frozenset(_SEQUENCE["set_apart_words"])
_SEQUENCE_VERBS = frozenset(_SEQUENCE["sequence_verbs"])


def key(e: Event) -> str:
    """An event's place in its document before it has an id (``Event.retells`` holds it until
    the last pass of ``events`` numbers the events)."""
    return f"{e.start}:{e.end}:{e.type}"


def recorded(found: Sequence[Event], n: int, key: Callable[[Event], str] = key) -> int:
    """The index of the act the event at ``n`` is a mention of, following its retellings."""
    at = {key(e): m for m, e in enumerate(found)}
    seen = {n}
    while (up := at.get(found[n].retells or "")) is not None and up not in seen:
        seen.add(up)
        n = up
    return n


def referred(trigger: triggers.Trigger, earlier: Sequence[Event],
             targets: Sequence[str] = (), country: Mapping[str, str | None] | None = None,
             places: Collection[str] = (), denied: bool = False, owner: str | None = None,
             ) -> tuple[list[str], list[str]] | None:
    """The actors of the event a definite noun with none of its own refers back to ("the
    visit", "Saturday's protest", "the launch"): the latest earlier event of its type, a
    few events back at most. With ``targets`` (a noun naming whom but not who: "the
    embargo on Iran", "the blockade of Gaza", "the Kenya trip"), the source of the latest
    earlier event of its type aimed at one of them, or at someone of the country of one of
    them that is a country or place (``country``: each actor's country; ``places``: the ids
    of countries and places: "met Kenya's president" is the Kenya trip), anywhere before: an
    act told again. A noun ``denied`` (``handless.denied``: "no raid had taken place", "there
    was no such strike") answers the act told before whatever its determiner. A noun whose
    possessive names its doer (``owner``: "thanked Japan for *its* grant") tells again only
    an act of that doer, and with none told before it is that doer's act, told here."""
    if not told_again(trigger, denied):
        return None
    if owner is not None and not targets:
        told = retold(trigger, earlier, denied, owner=owner)
        return (list(told.source), list(told.target)) if told is not None else ([owner], [])
    if targets and (party_owned(trigger.head)
                    or not any(c.dep_ in OWN for c in trigger.head.children)):
        # "the closure would cost traders", "Besigye's arrest": the act told, whom it hit
        told = retold(trigger, earlier, denied)
        if told is not None:
            return list(told.source), list(told.target)
    if targets:
        where = {country[t] for t in targets if country and t in places and country.get(t)}
        return next(((list(e.source), list(targets)) for e in reversed(earlier)
                     if e.type == trigger.entry.type and e.source and (
                         set(e.target) & set(targets)
                         or where & {country.get(t) for t in e.target if country})
                     and e.modality not in ("hypothetical", "requested")), None)
    told = retold(trigger, earlier, denied)
    if told is None and any(c.dep_ == "poss" and c.lower_ in PRONOUNS
                            for c in trigger.head.children):
        # "met on Monday, a month after *their* last meeting": another meeting, of the same
        # parties
        told = retold(trigger, earlier, denied, against=True)
    return (list(told.source), list(told.target)) if told is not None else None


def _together(trigger: triggers.Trigger, earlier: Sequence[Event], told: Event) -> Event:
    """``told`` with the recipients of the acts a definite noun tells again: its own, and, for
    a plural noun ("froze ... also restricted ... *the measures*"), those of each act of its
    type by the same doers told in a run just before it (a few events back, up to another
    doer's act of the type); a singular noun ("the measure") tells only ``told``."""
    targets = list(told.target)
    if trigger.head.tag_ not in ("NNS", "NNPS"):
        return told
    at = next(n for n, e in enumerate(earlier) if e is told)
    for e in reversed(earlier[max(0, at - _REFER_BACK):at]):
        if e.type != told.type:
            continue
        if e.source != told.source:
            break
        if e.modality not in ("hypothetical", "requested"):
            targets = [*(t for t in e.target if t not in targets), *targets]
    return replace(told, target=tuple(targets))


def retold(trigger: triggers.Trigger, earlier: Sequence[Event],
           denied: bool = False, against: bool = False, owner: str | None = None,
           made: Event | None = None) -> Event | None:
    """The event a definite noun (or one ``denied``, see ``referred``) tells again: the latest
    earlier one of its type that happened (or is said not to have), a few events back, or farther
    back in its paragraph or in paragraphs that open no other matter (``_same_matter``); of those,
    one its document named with the same noun when there is one ("the strike" after "a drone strike"
    and a raid); else, first, one told by the verb whose gerund it is, when one is within reach
    ("the bombing" after "bombed a bridge and shelled Kessel": ``_gerund_of``), then one of the
    noun's own code ("the walkout" after "stopped work and marched": the strike, not the march;
    ``_coded_as``). A noun an ordinal or a word of ``sequence_earlier`` places ("the *first* march",
    "the *earlier* meeting") tells the act of that place among those told before its sentence, where
    its document tells that many (a first one, none where it tells none). Not the act of the verb
    whose prepositional phrase holds the noun ("captured *during the fighting*": ``_framed``); the
    act of a toll whose "in" phrase holds it ("five were killed *in the fighting*") only when none
    of its type is told before the toll: the noun names the act the toll was taken in, which is the
    toll's own act when the document tells no other. Nor the act an "after" or "before" phrase
    holding it is set against ("met on Wednesday, five weeks *after their talks*":
    ``_set_against``), unless ``against``: the act whose parties "their" names. With an
    ``owner`` (``owner``), only an act of that doer. A noun whose own words name the day or
    the place of an act told before (``marks.marked``: "the Athens meeting") tells that act
    however far back; else not one set after another of its type ("after *a similar attack*").
    A noun definite only by a party's possessive ("*Besigye's* arrest",
    ``told_nouns.party_owned``) tells only an act so marked, and none when set after or before
    an act of its type its sentence tells ("received Roble, a day after *Roble's talks*").
    A participle on a definite event noun ("the deal, *signed* by both delegations") tells the
    act the noun tells (``_described``); with a day of its own, one its text dates (``made``:
    the participle's event) only when dated that day or undated. An agreement noun with no
    act of its type told before tells one of another kind of agreement (``_agreement``: "the
    settlement" after a signing). A noun told as done on a day of its own is not an act only
    promised before it (``_done_on_its_day``)."""
    noun = _described(trigger)
    if noun is not None:
        told = retold(noun, earlier, denied)
        return None if told is None or (
            own_day(trigger.head) and made is not None and made.date_basis == "text"
            and told.date is not None and told.date != made.date) else told
    if not told_again(trigger, denied):
        return None
    doc = trigger.head.doc
    every = [e for e in earlier if e.type == trigger.entry.type] or (
        [e for e in earlier if _agreement(e.cameo_code or e.cameo)]
        if trigger.head.dep_ != "compound" and _agreement(trigger.entry.cameo, trigger.head)
        else [])
    # "the raid came days after the abduction": not the raid; but "met, a month after *their*
    # talks" takes the parties of the meeting set against (``against``)
    apart = set() if against else _set_apart(trigger.head, every, earlier)
    kin = [e for e in every if id(e) not in apart]
    lemma = trigger.head.lemma_.lower()
    named = {id(e) for e in kin if _head_lemma(doc, e) == lemma}
    done = _done_on_its_day(trigger.head)  # "the meeting, held on Tuesday,": not the promise
    happened = [e for e in kin if e.modality not in ("hypothetical", "requested")
                and not (done and e.modality == "future")]
    able = [e for e in happened if not named or id(e) in named]  # "the strike": the drone
    # strike, not a raid; but "Friday's attack", "the Arica meeting", "the shelling of Elwak":
    # the one told on Friday, in Arica, at Elwak, whatever noun told it
    hit = marked(trigger.head, happened)
    if party_owned(trigger.head) and not denied and (not hit or any(
            e.sentence_start == trigger.head.sent.start_char
            and _set_against(doc, trigger.head, e) for e in every)):
        # "Kyagulanyi's arrest": no act told names him; "received Roble, a day after
        # Roble's talks": other talks than the meeting its sentence tells
        return None
    able = [e for e in hit if id(e) in {id(a) for a in able}] or hit or able
    if owner is not None:  # "thanked Japan for its grant": Japan's, not Norway's
        able = [e for e in able if owner in e.source]
    place = place_in_sequence(trigger.head)
    if place is not None:
        # "the first march": the first of the marches its document told before its sentence
        # (whose own act it is set against: "marched again, after the first march"); an
        # ordinal beyond them counts the story's acts ("after a second round of talks")
        before = [e for e in able if e.sentence_start != trigger.head.sent.start_char]
        if place < len(before):
            return _together(trigger, earlier, before[place])
        if place == 0:
            return None
    if not hit:  # "fired on a dhow, a week after a similar attack ... The attack": the firing
        back = {id(e) for e in happened if _behind(doc, e) and any(
            f.sentence_start == e.sentence_start and not _behind(doc, f) for f in happened)}
        able = [e for e in able if id(e) not in back] or [e for e in happened
                                                          if id(e) not in back] or able
    # "the bombing" after "bombed a bridge and shelled Kessel": the act of its verb first,
    # then one of its own code ("the walkout", a strike, not a march), then any of its type
    tiers = [[e for e in able if _gerund_of(lemma, _head_lemma(doc, e))],
             [e for e in able if _coded_as(trigger.entry, e)], able]
    if (trigger.entry.cameo or "").startswith(VISIT) and tiers[1] and any(
            (e.cameo_code or "").startswith(HOSTING) for e in able):
        # "during the visit": the guest's visit its document told, however far back, not a
        # reception told nearer (hosting the visit: one meeting of the trip)
        told = _latest(trigger, earlier, able, {id(e) for e in tiers[1]}, against, True)
        if told is not None:
            return told
    for tier in [t for n, t in enumerate(tiers) if t and (n == 2 or len(t) < len(able))]:
        told = _latest(trigger, earlier, able, {id(e) for e in tier}, against, bool(hit))
        if told is not None:
            return told
    return None


def _set_apart(noun: Token, acts: Sequence[Event], earlier: Sequence[Event]) -> set[int]:
    """The acts of ``acts`` (the noun's type, among the ``earlier`` events; their ``id``) a noun
    set before or after an act named by the subject of its clause does not tell again: a noun
    in an "after" or "before" phrase (``set_apart_words``: "the raid came four days *after the
    abduction*", "the blockade began a day *after Monday's march*") or the object of a verb of
    ``sequence_verbs`` ("Monday's ambush *followed the kidnapping*") names an act of another
    time than the act that subject tells (not one its clause sets before or after it), than
    the acts told again by that one, and than the acts of its type told in their own clauses,
    not set before or after them ("raided the village, *burning* 30 houses"; not "... and
    gunmen attacked a post", a clause of its own). An act told before it may still tell ("The
    raid came hours after *the attack*" after "gunmen attacked a station, and troops raided a
    hideout"); a noun set after an act told by a verb ("were killed when gunmen opened fire,
    two days after the attack") is left to the latest act of its type, as before; with no such
    phrase, none is set apart."""
    node, phrase = noun, None
    while phrase is None and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _APART_WORDS:
            phrase = node.head
        elif node.dep_ == "dobj" and node.head.lemma_.lower() in _SEQUENCE_VERBS:
            phrase = node
        else:
            node = node.head
    if phrase is None:
        return set()
    clause = phrase.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "four *days* after": the verb the phrase's measure hangs on
    doc = noun.doc
    index = {id(e): n for n, e in enumerate(earlier)}

    def record(e: Event) -> Event:  # the act a mention tells, through its retellings
        return earlier[recorded(earlier, index[id(e)])]

    against: dict[int, Event] = {}
    for e in acts:
        at = _root(doc, e)
        if at is not None and at.pos_ == "NOUN" and at.dep_ in ("nsubj", "nsubjpass") and \
                clause.left_edge.i <= at.i <= clause.right_edge.i and not _behind(doc, e):
            act = record(e)  # "the raid": the raiding told before
            against[id(act)] = act
    heads = [t for t in (_root(doc, e) for e in against.values()) if t is not None]
    return {id(e) for e in acts if id(record(e)) in against or (
        (at := _root(doc, e)) is not None and not _behind(doc, e)
        and any(_same_clause(at, h) for h in heads if h.sent.start != noun.sent.start))}


def _same_clause(word: Token, verb: Token) -> bool:
    """Whether ``word`` is in the clause of ``verb``: ``verb`` is reached going up from it
    through no coordinated verb with a subject of its own ("raided the village, *burning*
    houses"; not "raided the village, and gunmen *attacked* a post")."""
    node = word
    while node.i != verb.i:
        if node.head.i == node.i or (node.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            return False
        node = node.head
    return True


def _described(trigger: triggers.Trigger) -> triggers.Trigger | None:
    """The definite event noun a participle clause of the trigger's verb was done to, read in
    the verb's sense ("The deal, *signed* by both delegations,": a deal signed; "the strike,
    *called* by the federation,": a strike called), when the noun is an object the sense names
    and itself a word of an act (not "the *diplomat* expelled by Hungary"), and the clause has no
    object or subject of its own; else None. ``retold`` takes it for the noun (its determiner
    decides)."""
    verb, noun = trigger.head, trigger.head.head
    if trigger.entry.pos != "verb" or verb.dep_ != "acl" or verb.tag_ != "VBN" or \
            noun.pos_ != "NOUN" or noun.lemma_.lower() not in trigger.entry.obj or not any(
                e.type for e in lexicon().senses("noun", noun.lemma_.lower())) or any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        return None  # "the diplomat expelled by Hungary": a person, no act named again
    return triggers.Trigger(noun, replace(trigger.entry, pos="noun", lemma=noun.lemma_.lower()),
                            noun.idx, noun.idx + len(noun.text))


def _done_on_its_day(noun: Token) -> bool:
    """Whether the clause of a noun tells its act as done on a day of its own: the verb it hangs
    on is in the past tense with no modal, and that verb or a participle on the noun names a day
    ("the meeting, *held on Tuesday*, ended without a statement"; not "the meeting *would
    review* the plan", nor "the pause collapsed"). Such a noun is not an act only promised or
    threatened before it ("agreed to meet in Kisumu", "threatened to strike"): the act done
    then is another record than the promise."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBD" and not any(c.tag_ == "MD" for c in verb.children) and any(
        own_day(v) for v in (verb, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))))


def _agreement(code: str | None, noun: Token | None = None) -> bool:
    """Whether ``code`` is of an act that makes an agreement (``agreement_codes``), and, with a
    ``noun``, whether it is an agreement noun (``agreement_nouns``)."""
    return (code or "").startswith(_AGREEMENT_CODES) and (
        noun is None or noun.lemma_.lower() in _AGREEMENT_NOUNS)


def _latest(trigger: triggers.Trigger, earlier: Sequence[Event], able: Sequence[Event],
            ids: set[int], against: bool, anywhere: bool = False) -> Event | None:
    """The act of ``ids`` (among ``able``, the acts the noun may tell) that ``retold`` takes
    for the noun: the latest within reach (see there), or, ``anywhere``, however far back."""
    doc = trigger.head.doc
    frame, toll = _framed(trigger.head), _framed(trigger.head, _TOLL)
    held = None  # the act of a toll whose "in" phrase holds the noun
    for n, e in enumerate(reversed(earlier)):
        if id(e) not in ids or (frame is not None and e.start <= frame.idx < e.end):
            continue  # "captured *during the fighting*": the fighting is not the capture
        if toll is not None and e.start <= toll.idx < e.end:
            held = held or e
            continue
        if _behind(doc, e) and any(f.sentence_start == e.sentence_start and not _behind(doc, f)
                                   for f in able):
            continue  # "expelled a counsellor, a week after Estonia sent two diplomats home"
        if not against and _set_against(doc, trigger.head, e):
            continue  # "met Marsh on Wednesday, five weeks after their talks": other talks
        if anywhere or n < _REFER_BACK or _same_matter(doc, e, earlier[len(earlier) - n:],
                                           trigger.start):
            return _together(trigger, earlier, e)
        break
    return _together(trigger, earlier, held) if held is not None else None


def _coded_as(sense: Entry, e: Event) -> bool:
    """Whether the act ``e`` is of the code a noun's ``sense`` names (``akin``, on the event's
    code): "the shelling" (194) an act of shelling, not a bombing (195) told beside it; "the
    walkout" (143) a strike, not the march (141) of the same workers. A sense of its root's
    general code ("the attack", 190) names any act of its root."""
    return akin(sense, replace(sense, cameo=e.cameo_code or e.cameo))


def _framed(noun: Token, preps: frozenset[str] = _FRAME) -> Token | None:
    """The verb whose phrase of one of ``preps`` holds the noun: by default a ``frame_words``
    preposition, by which the verb's act is set within the noun's ("three were captured
    *during the fighting*": an act of its own, which the noun does not tell again); else
    None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in preps or \
            noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head.head


def _behind(doc: Doc, e: Event) -> bool:
    """Whether ``e`` is told as what came before or after its sentence's own act: in an
    "after" or "before" clause or phrase, or a relative clause (``tenses.in_sequence``)."""
    node = _root(doc, e)
    while node is not None and node.head.i != node.i:
        if in_sequence(node):
            return True
        node = node.head
    return False


def _root(doc: Doc, e: Event) -> Token | None:
    """The syntactic root of an event's trigger ("drone *strike*"); None where its characters
    make no span of the parse."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    return span.root if span is not None else None


def _set_against(doc: Doc, noun: Token, e: Event) -> bool:
    """Whether ``noun`` is in an "after" or "before" phrase or clause (or a relative clause:
    ``tenses.in_sequence``) set against the act ``e`` tells ("met Marsh on Wednesday, five
    weeks *after their talks*"): an act of its type at another time, not ``e`` again."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    node, sequenced = noun, False
    while node.head.i != node.i:
        sequenced = sequenced or in_sequence(node)
        node = node.head
        if span.start <= node.i < span.end:
            return sequenced
    return False


def _gerund_of(noun: str, told: str | None) -> bool:
    """Whether a noun (its lemma) is the gerund of the verb ``told`` (its lemma) that tells an
    act ("jets *bombed* a bridge ... the *bombing*", as ``_named_by``)."""
    return told is not None and noun != told and noun.endswith("ing") and noun.startswith(told)


def _head_lemma(doc: Doc, e: Event) -> str | None:
    """The lemma of the last word of an event's trigger ("drone strike" -> strike)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    return span[-1].lemma_.lower() if span is not None and len(span) else None


def _same_matter(doc: Doc, told: Event, between: Sequence[Event], start: int) -> bool:
    """Whether no paragraph between ``told`` and ``start`` (``nlp.paragraph_breaks``) opens
    with an event of another type naming none of ``told``'s actors (another matter). One
    aimed at no one yet but at an act named by a definite noun opens none: that act may be
    ``told`` ("Syria *condemned the move*", whose target its doer becomes later,
    ``evaluations.aimed``)."""
    actors = {*told.source, *told.target}
    for at in paragraph_breaks(doc, told.end, start):
        first = next((e for e in between if e.start > at), None)
        if first is not None and first.start < start and first.type != told.type and not (
                actors & {*first.source, *first.target}) and not _at_act_told(doc, first):
            return False
    return True


def _at_act_told(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is aimed at no one yet, its object a definite common noun ("condemned
    *the move*", "welcomed *the decision*"): an act told before, not another matter."""
    head = word_at(doc, event.start, event.end)
    return not event.target and head is not None and any(
        o.dep_ == "dobj" and o.pos_ == "NOUN" and definite(o) for o in head.children)
