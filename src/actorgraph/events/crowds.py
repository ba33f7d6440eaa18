"""Crowds and weapons: the protest that policing a crowd tells, and attacks told by their weapon.

In: the triggers or events of a document, its local actors, the lexicon's word lists
(``unrest_words``, ``weapon_words`` in ``modality.yaml``). Out: the PROTEST events that crowd
control implies, and yes or no for the events stage.

Crowd control of civilians ("police fired tear gas *at protesters*") and gunfire at a crowd
that protests ("opened fire on *protesters*", "fired live rounds at *demonstrators*") tell
that those civilians protested: a PROTEST by them, its evidence their mention, unless the
sentence already reports a protest. After a protest its document told, that protest is told
again ("Thousands marched through Orvel on Saturday. Police fired tear gas at *protesters*"),
unless the crowd control has a day or a town of its own (``told_again``). Gunfire at other
civilians ("shot at villagers") tells no protest. A protest that is repressed ("cleared a
*protest camp*", "crushed the *protest*") was there: its noun stays an event of its own
beside the repression.

A crowd's protest the text does not name ("thousands marched", "protests erupted"), the crowd
control of such a protest and an attack told by its toll ("the bombing killed eight") are
events with no actor (``unnamed_crowd``). An attack needs no named doer when its weapon is
told: "a grenade exploded", "firebombs were thrown at a school", "rockets were fired at Kyiv"
are ASSAULT by hands the text does not name (PLOVER: deliberate violence); what blows up by
accident ("a gas cylinder exploded") names no weapon.

A protest a state makes is diplomatic (PLOVER notes: ACCUSE, not PROTEST): a country, its
government, ministry or embassy, or one of its officials that "protests" ("summoned the envoy
*to protest*", "Bhutan protested over the incident") or makes a protest ("sent a *protest*",
"the firm *protest* of the government") complains officially (``diplomatic``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.dictionary import Dictionary
from ..actors.tables import word_list
from ..records import HAPPENED, Actor, Event
from . import triggers, undergoers
from .arguments import carrier, subject
from .lexicon import Entry, Lexicon

#: Tags of plural nouns: a crowd of a people ("thousands of *Georgians*"), no state.
_PLURAL = frozenset({"NNS", "NNPS"})
#: Modes of events that, aimed at a crowd that protests, tell its protest.
_POLICING = frozenset({"crowd-control", "firearms"})


def protest_nouns(found: Sequence[triggers.Trigger]) -> set[int]:
    """The heads of the nominal protest triggers ("the *rally*", "a protest *camp*")."""
    return {t.head.i for t in found if t.entry.type == "PROTEST" and t.entry.pos == "noun"}


def _protesters(actor: Actor | None, lex: Lexicon) -> bool:
    """Whether ``actor`` is named by a noun of unrest ("protesters", "demonstrators",
    "rioters", "the crowd" is not one: only crowd control tells its protest)."""
    return _named_by(actor, "unrest_words", lex)


def crewed(actor: Actor | None, lex: Lexicon) -> bool:
    """Whether ``actor`` is named by a noun of a ship's crew (``crew_words``: "Fijian
    *sailors*", "its *seamen*", "the *crew*"): their gunfire or attack is their ship's act,
    not a crowd's riot."""
    return _named_by(actor, "crew_words", lex)


def _named_by(actor: Actor | None, kind: str, lex: Lexicon) -> bool:
    """Whether the last word of ``actor``'s name, or that word less a plural "s", is in the
    word list ``kind``."""
    if actor is None:
        return False
    name = actor.name.lower().split()[-1] if actor.name else ""
    return any(lex.cue(kind, w) for w in (name, name.removesuffix("s")))


def policed(found: Sequence[Event], by_id: dict[str, Actor], civil, lex: Lexicon,
            ) -> list[Event]:
    """The protests that crowd control of civilians (``civil``: whether an actor is an
    unnamed group of civilians), or gunfire at protesters, implies: a PROTEST by them, its
    evidence their mention, unless the sentence already reports a protest."""
    protesting = {e.sentence_start for e in found if e.type == "PROTEST"}
    out = []
    for e in found:
        if e.mode not in _POLICING or e.sentence_start in protesting:
            continue
        crowd = [a for a in e.target if civil(by_id.get(a)) and (
            e.mode == "crowd-control" or _protesters(by_id.get(a), lex))]
        spans = [m for a in crowd[:1] for m in by_id[a].mentions
                 if e.sentence_start <= m.start and m.end <= e.sentence_end]
        if spans:
            protesting.add(e.sentence_start)
            out.append(replace(e, start=spans[0].start, end=spans[0].end, type="PROTEST",
                               cameo="14", cameo_code="141", mode="demo", context=(),
                               source=tuple(crowd), target=()))
    return out


def told_again(found: Sequence[Event], made: Collection[tuple[int, int, str]]
               ) -> dict[int, int]:
    """For each protest that crowd control implies (``policed``: made by no trigger, not in
    ``made``, by the crowd a policing act of its sentence is aimed at) told after a protest
    its document told as done, by index, the index of the latest such protest: "Thousands of
    teachers marched through Orvel on Saturday. Police fired tear gas at *protesters*". Not
    one whose crowd control is told on a day or in a town of its own ("*On Thursday* police
    dispersed protesters *in Marsk*")."""
    out = {}
    for n, e in enumerate(found):
        if e.type != "PROTEST" or (e.start, e.end, e.type) in made or not e.source:
            continue
        control = next((f for f in found if f.mode in _POLICING and f.sentence_start ==
                        e.sentence_start and set(e.source) <= set(f.target)), None)
        told = next((m for m in range(n - 1, -1, -1) if found[m].type == "PROTEST"
                     and found[m].start < e.start and found[m].modality in HAPPENED
                     and found[m].retells is None), None) if control is not None else None
        if told is None or (control.date_basis == "text" and control.date != found[told].date) \
                or (control.location and found[told].location
                    and control.location.name != found[told].location.name):
            continue
        out[n] = told
    return out


def _state(actor: Actor | None, d: Dictionary) -> bool:
    """Whether ``actor`` speaks for a state: a country, or of the government sector one official
    ("the foreign minister", "the ambassador") or one body ("the government", "the foreign
    ministry", "the embassy"); not a plural of people who serve it ("civil servants")."""
    if actor is None:
        return False
    if actor.kind == "COUNTRY":
        return True
    if actor.sector != "GOV":
        return False
    if actor.kind == "PERSON":
        return True
    words = actor.name.lower().split(" of ")[0].split()  # "the Ministry of Foreign Affairs"
    noun = d.noun(" ".join(words[-2:])) or d.noun(words[-1]) if words else None
    return noun is not None and noun.sector == "GOV" and not noun.plural


def diplomatic(trigger: triggers.Trigger, sources: Sequence[str], by_id: dict[str, Actor],
               lex: Lexicon, d: Dictionary) -> triggers.Trigger:
    """A verb or noun of street protest whose doers all speak for a state ("Bhutan *protested*
    over the incident", "summoned the envoy *to protest*", "San Remo *sent a protest*", "the
    firm *protest* of the Moldovan government"), named by no plural ("thousands of
    *Georgians* rallied"), as its lemma's diplomatic sense: the ACCUSE of the same word with
    the diplomatic context in the lexicon (a word with none, "rally", is left alone)."""
    doing = trigger.head if trigger.entry.pos == "verb" else trigger.light  # a noun's: its
    if trigger.entry.type != "PROTEST" or trigger.entry.pos not in ("verb", "noun") or \
            not sources or not all(_state(by_id.get(a), d) for a in sources) or any(
            t.tag_ in _PLURAL or any(o.tag_ in _PLURAL for o in t.subtree)
            for t in (subject(doing) if doing is not None else [])):  # light verb's subject
        return trigger  # "thousands of *Georgians* protested": people, not their state
    sense = next((e for e in lex.senses(trigger.entry.pos, trigger.entry.lemma)
                  if e.type == "ACCUSE" and "diplomatic" in e.context), None)
    return trigger if sense is None else replace(trigger, entry=sense)


def weapon(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` names a weapon: by its word ("a *grenade*", "a *firebomb*") or by
    what a participle says it holds ("a van *packed with explosives*")."""
    return _weapon_word(token, lex) or any(
        c.dep_ == "acl" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(
                o.dep_ == "pobj" and _weapon_word(o, lex) for o in p.children)
            for p in c.children)
        for c in token.children)


def _weapon_word(token: Token, lex: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return lex.cue("weapon_words", lemma) or lex.cue("weapon_words", lemma.removesuffix("s")) \
        or any(lex.cue("weapon_words", w) for w in _parts(lemma))


def _parts(lemma: str) -> tuple[str, ...]:
    """The weapon a compound word ends in ("firebomb": bomb, "gunship": none)."""
    return tuple(lemma[i:] for i in range(3, len(lemma) - 2))


def by_weapon(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a violent verb with no named doer is done by a weapon the text names: its
    subject ("a *grenade* exploded") or, passive, what was fired or thrown ("*rockets* were
    fired at Kyiv")."""
    head = trigger.head
    if trigger.entry.type != "ASSAULT" or trigger.entry.pos != "verb":
        return False
    told = [c for c in head.children if c.dep_ == "nsubjpass"] + subject(head)
    return any(weapon(t, lex) for t in told)


def unnamed_crowd(trigger: triggers.Trigger, senses: dict[int, Entry], lex: Lexicon) -> bool:
    """Whether a trigger with no actor is still an event: a protest by a crowd the text does
    not name ("a demonstration was held", "thousands marched", "young men rioted", "protests
    erupted"), the crowd control of such a protest ("police dispersed *the rally*"), or an
    attack told by its toll ("the bombing killed eight"). Not when a natural force or a market
    does it ("oil prices staged a rally", "stocks rallied"), nor a word that only names the
    act ("the right *to protest*", "a demonstration *of the new radar*"), nor in sport."""
    entry, head = trigger.entry, trigger.head
    if entry.type == "ASSAULT" and entry.pos == "noun":
        # "the bombing killed eight": an attack by hands the text does not name, told by its toll
        return head.dep_ == "nsubj" and getattr(senses.get(head.head.i), "type", None) == "ASSAULT"
    if entry.type == "ASSAULT":
        return by_weapon(trigger, lex)  # "a grenade exploded", "rockets were fired at"
    if entry.mode == "crowd-control":
        return any(getattr(senses.get(o.i), "type", None) == "PROTEST"
                   for o in undergoers.objects(head))
    if entry.type != "PROTEST" or head.dep_ == "acl":
        return False
    if entry.pos == "noun":
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False  # "a demonstration of force": a showing, or a crowd the text names
        verb = trigger.light or carrier(head)
        if verb is not None and verb is not trigger.light and getattr(
                senses.get(verb.i), "type", None) is not None:
            verb = None  # "police dispersed the rally": done to the crowd, not by the police
        if verb is not None and anyone(verb):
            return False  # "anyone who joined the march": whoever would
        doers = subject(verb) if verb is not None else []
        doers += [c for c in head.children if c.dep_ in ("poss", "compound")]  # "the dollar's"
    else:
        doers = subject(head)
        if not doers or anyone(head):
            return False
    if any(lex.cue("non_agents", t.lemma_.lower()) or lex.cue("markets", t.lemma_.lower())
           for t in doers):
        return False
    return not any(lex.cue("sports", t.lemma_.lower()) for t in head.sent)


#: Indefinite pronouns that name whoever would do an act, not anyone who did: "*anyone who*
#: blocked roads would be arrested", "*whoever* attacks".
_ANYONE = word_list("grammar.yaml", "whoever_pronouns")


def anyone(verb: Token) -> bool:
    """Whether the doer of ``verb`` is whoever would do it, a condition and not a deed: the
    verb is a relative clause on "anyone" ("*anyone who* blocked roads") or its subject is
    "whoever"."""
    return (verb.dep_ == "relcl" and verb.head.lower_ in _ANYONE) or any(
        t.lower_ in _ANYONE for t in subject(verb))
