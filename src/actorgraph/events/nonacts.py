"""Triggers that read as events but are not, and so are not emitted: a visit with no visitor,
a closure a strike makes, a declined comment, a rejected report or charge, a protest's own
demand, harm by a natural force, a speaker's evaluation of another's act, a unit named by its
act's noun, one's own envoys sent back to their post, a source asking to stay unnamed
(``not_an_act``).

In: a ``Trigger`` with its sources, the lexicon, the senses of the document's triggers, the
actor map and the actor dictionary. Out: whether the trigger is no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import Dictionary
from ..actors.tables import word_list
from . import doers, evaluations, nonagents, triggers
from .arguments import ActorMap, subject
from .lexicon import Entry, Lexicon, with_objects

#: Possessive pronouns that make an object the doer's own ("sent *its* observers back").
_OWN = word_list("grammar.yaml", "own_possessives")


def _unnamed_official(verb: Token, d: Dictionary) -> bool:
    """Whether the subject of ``verb`` is an office holder or a delegation the text does not
    name ("*the minister* visited Nairobi"), not a thing ("planes flew to Chad")."""
    return any(d.title(t.lemma_) is not None or d.title(t.text) is not None or (
        (noun := d.noun(t.text)) is not None and noun.sector in ("GOV", "LEG", "MIL", "IGO"))
        for t in subject(verb))


def not_an_act(trigger: triggers.Trigger, sources: list[str], lex: Lexicon,
               senses: dict[int, Entry], amap: ActorMap, d: Dictionary,
               pointed: bool = False) -> bool:
    """Triggers that read as events but are not: a visit with no visitor ("planes flying to
    Chad"), declining to confirm or comment (the complement is unconfirmed, nothing is
    refused), rejecting *reports* or *charges* (a denial, read as their modality), a protest's
    own demand or denunciation (``nonagents.protest_demand``), harm done by a
    natural force, an accident or a disease ("the earthquake killed eight", "killed in the
    floods", "a lightning strike"), a strike that kills (an attack, not a walkout), a
    closure a protest makes ("a general strike shut schools": no one restricts anyone), and a
    source asking to stay unnamed ("who asked not to be named", "requested anonymity"), a
    noun a speaker only describes another's act by ("what it called *a violation*",
    ``evaluations.description``), a noun naming a unit, not its act ("the *patrol* came
    under fire", ``_unit``), a word of a body's name ("*Amnesty* accused", ``_name_word``),
    one's own envoys sent back to their post (``_returned``), and a relation only spoken of
("praised the cooperation between the two ports", ``_relation_topic``), and one's own ground
allowed to be used by no one named, a stance (``_own_ground``), and force done by a measure,
a document or a price, a figure of speech (``inert_subjects``: "the bill *attacks* rights"). A
    visit a noun only points to ("the visit was overshadowed",
    ``pointed``) had its visitor."""
    head = trigger.head
    if nonagents.protest_demand(head, trigger.entry, senses):
        return True  # "marched demanding his resignation": what the PROTEST is for
    if _returned(trigger):
        return True  # "would send *its* observers back to the committee"
    if trigger.entry.pos == "noun" and _name_word(head):
        return True  # "*Amnesty* accused ...", "*Christian Aid* called for ..."
    if trigger.entry.pos == "noun" and trigger.light is None and (
            evaluations.description(head, lex) or _unit(trigger, lex)):
        return True  # "what it called *a violation*"; "the *patrol* came under fire"
    if trigger.entry.type == "REQUEST" and any(
            (c.dep_ == "dobj" or (c.dep_ == "xcomp" and any(
                a.dep_ == "auxpass" for a in c.children)))  # "not to *be* named"
            and lex.cue("anonymity_words", c.lemma_.lower()) for c in head.children):
        return True
    if trigger.entry.mode == "visit" and not pointed and (
            (not sources and not _unnamed_official(trigger.head, d))
            or (sources and all(amap.sector.get(a) == "CVL" for a in sources))):
        return True  # no visitor, or tourists and pilgrims: no one is received
    if trigger.entry.pos == "noun" and trigger.light is None and _relation_topic(head, lex):
        return True  # "praised the cooperation between the two ports"
    if trigger.entry.mode == "access" and trigger.entry.pos == "verb" and _own_ground(head, lex):
        return True  # "will not allow its territory to be used for attacks": a stance
    if nonagents.market(trigger, lex):
        return True  # "the Dow marched higher"
    if trigger.entry.pos == "noun" and any(
            c.dep_ in ("compound", "amod", "nmod") and nonagents.natural(c, lex, amap)
            for c in head.children):
        return True  # "a *lightning* strike", "*flood* damage"
    if trigger.entry.type in doers.FORCE_TYPES and nonagents.by_force(trigger, lex, amap, sources):
        return True
    if trigger.entry.type == "ASSAULT" and trigger.entry.pos == "verb" and any(
            amap.direct(t) is None and t.lemma_.lower() in nonagents.words("inert_subjects")
            for t in head.children if t.dep_ == "nsubj"):
        return True  # "the bill *attacks* workers' rights": a figure, no one's violence
    if trigger.entry.type == "THREATEN" and trigger.entry.pos == "verb" and (
            doers_ := [t for t in head.children if t.dep_ == "nsubj"]) and all(
            nonagents.thing(t, lex, amap, senses) for t in doers_):
        return True  # "the fighting *threatens* to spill over": it endangers, no one warns
    if trigger.entry.mode == "strike" and head.dep_ == "nsubj" and getattr(
            senses.get(head.head.i), "type", None) == "ASSAULT":
        return True  # "the strike killed eleven people"
    if trigger.entry.type == "COERCE" and trigger.entry.mode == "restrict" and any(
            getattr(senses.get(t.i), "type", None) == "PROTEST" for t in subject(head)):
        return True  # "a general strike *shut* schools": the walkout's effect, no order
    if trigger.entry.type == "REJECT" and any(
            c.dep_ == "xcomp" and (lex.cue("confirm_verbs", c.lemma_.lower())
                                   or lex.cue("report_verbs", c.lemma_.lower()))
            for c in trigger.head.children):
        return True
    return trigger.entry.type == "REJECT" and trigger.entry.pos == "verb" and any(
        lex.cue("report_nouns", o.lemma_.lower()) for o in _rejected(trigger.head))


def _relation_topic(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun of a relation between parties (``relation_nouns``: "cooperation", "the
    partnership") is only spoken of: the object or subject of a verb that praises, discusses
    or says how it stands (``relation_topic_verbs``: "praised *the cooperation* between the
    two ports", "*the partnership* between them has a long history"); not one a verb makes,
    changes or announces ("expanded cooperation", "cooperation between them deepened")."""
    return lex.cue("relation_nouns", noun.lemma_.lower()) and noun.dep_ in (
        "dobj", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and lex.cue(
        "relation_topic_verbs", noun.head.lemma_.lower())


def _own_ground(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of allowing lets the doer's own ground be used by no one named: its
    complement is a passive with no by-agent whose subject (or the verb's object) is a place
    of its own (``ground_nouns`` with a
    possessive: "will not allow *its territory* to be used for attacks", "never let *our soil*
    be used against a neighbour"); not access granted to someone ("allowed Ostravian jets to
    use its airspace")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]  # "permit [its airspace] to be"
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "auxpass" for a in c.children)
               and not any(a.dep_ == "agent" for a in c.children) and any(
                   lex.cue("ground_nouns", s.lemma_.lower()) and any(
                       p.dep_ == "poss" for p in s.children)
                   for s in [*objects, *(s for s in c.children if s.dep_ == "nsubjpass")])
               for c in verb.children)


def _rejected(verb: Token) -> list[Token]:
    """What ``verb`` rejects: its objects, else the noun the parser hangs in its "as" phrase
    when a long object follows it ("rejected as baseless *charges* that it had ...")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    return found or [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for o in c.children if o.dep_ == "pobj" and any(
                         a.dep_ == "amod" for a in o.children)]


#: Entity labels of the names of bodies and people, which a noun of an act may be a word of.
_NAMES = frozenset({"ORG", "PERSON", "NORP"})


def _name_word(noun: Token) -> bool:
    """Whether the noun of an act is a word of a body's name, not the act: a proper noun the
    parser reads as an organisation ("*Amnesty* accused Malian soldiers"), or a capitalised
    noun after a capitalised word of a name, in a sentence not set in title case (the verb it
    hangs on is lowercase: "*Christian Aid* called for a truce"; a headline "Christian Aid
    Calls For Truce" is left alone)."""
    if noun.pos_ == "PROPN" and noun.ent_type_ in _NAMES:
        return True
    if not noun.text[:1].isupper() or noun.i == noun.sent.start or noun.head.text[:1].isupper():
        return False
    return any(c.dep_ in ("compound", "amod") and c.i == noun.i - 1 and c.text[:1].isupper()
               and c.ent_type_ in _NAMES for c in noun.children)


def _unit(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a noun that names a body of men as well as their act (``unit_nouns``: a
    patrol) names the body: the subject of a verb that tells no phase of an act ("the
    *patrol* came under fire", "had been operating"; not "*patrols* resumed")."""
    head = trigger.head
    verb = head.head
    return lex.cue("unit_nouns", head.lemma_.lower()) and head.dep_ in ("nsubj", "nsubjpass") \
        and not any(lex.cue(kind, w) for kind in ("phase_verbs", "occur_verbs", "endure_verbs")
                    for w in (verb.lemma_.lower(), *with_objects(verb)))


def _returned(trigger: triggers.Trigger) -> bool:
    """Whether an expulsion verb sends the doer's own people back to a post ("would send *its*
    observers back *to* the ceasefire committee"): their return, no expulsion (an envoy sent
    back with no post named may be withdrawn: "sent its monitors home")."""
    verb = trigger.head
    near = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]  # "back *to*"
    if trigger.entry.mode != "expel" or trigger.entry.pos != "verb" or not any(
            c.dep_ == "prep" and c.lower_ == "to" for t in near for c in t.children):
        return False
    return any(o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in _OWN
                                        for p in o.children) for o in verb.children)
