"""References: a noun that points to an event its report does not tell.

"Aid has flowed *since the truce*", "a council condemned *the raid*", "spoke to reporters *after
two days of talks*", "*Monday's meeting*", "*a truce agreed in Muscat*": the noun names one
real event, known to the reader, that another report (or no report of the corpus) tells with
its parties. Its own sentence gives it no actor, so it is no coded event of that sentence; it
is kept as a *reference* (``Event.reference``): an event mention with its span, type, CAMEO
code, its own date and place only (not those of the act that points to it: "condemned the raid
*on Thursday*" dates the condemnation; but an act done to it while under way is at its time:
"police broke up the march *on Thursday*"), and no source or target, which fusion joins to the
reports of the event when its type, time and place single one out.

A noun points to an event when it is

* of a type whose happenings later reports retell by a noun (``referable`` in
  ``event_triggers.yaml``: meetings, truces, attacks, arrests, protests, deliveries,
  expulsions, deployments);
* and told as one known event: definite, as the object of an act or of words about it ("condemned
  the raid", "welcomed the truce", "declined to confirm the recall"), in the passive too ("the
  raid was condemned by church leaders"); the object, whatever its article, of a verb of
  defying norms and law (CAMEO 128: "flouted a curfew": a measure in force); owned by a date
  ("Monday's meeting", "last week's talks"); in the phrase of a preposition of time, cause or
  topic ("since", "after", "before", "during", "following", "amid", "into", "over", "under":
  "after talks in Nairobi", "an inquiry into the kidnapping"), or the subject of a clause
  such a word opens ("hours after the ceasefire began"); or with a participle telling it
  happened ("a truce agreed in Muscat"); or as the definite subject of a verb of occurring
  ("the Cairo meeting took place", "the kidnapping happened"), when every sense of the noun
  is an event; or as the definite subject of a verb that tells no act ("the truce has been in
  force", "the launch was the fourth this year") when something points back: a demonstrative,
  when every sense of the noun is an event ("this ceasefire has held"), or an act of its type
  told before it in the document, or a noun only of acts of no violence and no coercion ("the
  truce has been in force since May 6": ``_standing``). Other definite subjects ("the session
  lasted until dawn", "the raid lasted two hours" with nothing before) are left alone: a jam
  session, a boxing round, surgery, or the raid the text goes on to tell;
* and, for a visit, told with where it went ("the trip to Cairo", "the Cairo trip": "a trip at
  sea" is no visit);
* and not a word of another noun ("the meeting room"), nor a kind or a wish ("strikes are
  common", "a truce would help", "any ceasefire must"): its clause's modality (read by the
  caller) must tell something that happened, or was said not to have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import DEFINITE
from . import triggers
from .dating import Dating, acted_on
from .lexicon import Entry, Lexicon, with_objects
from .tenses import modal_on, to_infinitive

#: Prepositions whose object is an event already known: of time, cause and topic.
_POINTING = word_list("grammar.yaml", "pointing_preps")
_OWNERS = frozenset({"poss"})
_CLAUSES = frozenset({"acl", "relcl"})
_NOT_KNOWN = word_list("grammar.yaml", "unknown_determiners")
#: Determiners that point back by their own word ("this truce", "those raids").
_DEMONSTRATIVE = word_list("grammar.yaml", "demonstratives")
#: The CAMEO code of defying norms and law ("flouted a curfew", "defied the ban").
_DEFY = "128"


def points_to(trigger: triggers.Trigger, lex: Lexicon, acts: Collection[int],
              senses: Mapping[int, Entry]) -> bool:
    """Whether a nominal trigger with no actor of its own points to one known event;
    ``acts``: the tokens of the document's triggers (verbs of events and of speech);
    ``senses``: each trigger's sense, by its head (a relative clause's verb that codes the noun
    tells it: "the truce they signed" is the signing, no reference besides)."""
    noun = trigger.head
    if any(c.dep_ in _CLAUSES and getattr(senses.get(c.i), "type", None) == trigger.entry.type
           for c in noun.children):
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
    nominal = trigger.entry.pos == "noun" or (  # "the shelling": a gerund told as a noun
        noun.tag_ == "VBG" and (dets or any(c.dep_ == "poss" for c in noun.children)))
    if not nominal or trigger.entry.type not in lex.referable or noun.dep_ == "compound":
        return False
    if trigger.entry.mode == "visit" and not any(
            (c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in noun.children):
        return False  # "after a three-day trip at sea": a trip to nowhere names no visit
    told = any(c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX") and c.tag_ == "VBN"
               for c in noun.children)  # "a truce agreed in Muscat": it happened
    pointing = _in_pointing_phrase(noun)
    if _defied(noun, senses) and not dets - {"a", "an"} - DEFINITE:
        return True  # "farmers flouted a curfew": a measure in force
    if dets & _NOT_KNOWN and not pointing and not (told and dets <= {"a", "an"}):
        return False
    return bool((dets & DEFINITE and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in acts)
                or (noun.dep_ == "nsubj" and _told_as_event(noun, lex)
                    and (dets & DEFINITE or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                               for c in noun.children)
                         or (not dets and noun.tag_ == "NNS")))  # "talks broke up"
                or any(c.dep_ in _OWNERS and c.ent_type_ == "DATE" for c in noun.children)
                or pointing or told or _taken_up(trigger, dets, lex, senses))


def _taken_up(trigger: triggers.Trigger, dets: set[str], lex: Lexicon,
              senses: Mapping[int, Entry]) -> bool:
    """Whether a definite subject of a verb that tells no act ("the truce has been in force",
    "the launch was the fourth this year") takes up one known event: by a demonstrative, when
    every sense of the noun is an event ("this ceasefire has held"), or by the definite article
    after an act of its type the document told before it ("a ceasefire was declared ... The
    ceasefire has been shaky"). With nothing before it, a definite subject may be the event the
    text goes on to tell, or another sense ("the raid lasted two hours", "the launch of the
    phone", "the operation took four hours" in a hospital): no reference."""
    noun = trigger.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not dets & DEFINITE or \
            getattr(senses.get(noun.head.i), "type", None) is not None:
        return False
    if dets & _DEMONSTRATIVE:
        return only_events(noun, lex)
    return any(i < noun.i and e.type == trigger.entry.type for i, e in senses.items()) or (
        _standing(noun, lex))


def _standing(noun: Token, lex: Lexicon) -> bool:
    """Whether a definite subject with nothing before it still names one known event: the
    active subject ("the truce *has been* in force", "the talks *lasted* into the night") of a
    noun every sense of which is an act of no violence and no coercion (``unhanded_subjects``:
    a truce, talks, a meeting), with no modal nor infinitive of what is to come on its verb
    ("is to start"). A raid, an operation or a launch may be the act the text goes on to tell,
    or surgery, or a phone; a passive ("the meeting *was held up* by traffic") tells what
    befell a thing."""
    senses, verb = lex.senses("noun", noun.lemma_.lower()), noun.head
    # "will hold", "is to start": not yet
    return noun.dep_ == "nsubj" and bool(senses) and all(
        e.type in lex.unhanded_subjects for e in senses) and not modal_on(verb) and not any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)


def _defied(noun: Token, senses: Mapping[int, Entry]) -> bool:
    """Whether the noun is the object of a verb of defying norms and law (CAMEO 128: "flouted
    a curfew", "defied a blockade"): the measure defied is one in force, told as known whatever
    its article."""
    verb = senses.get(noun.head.i) if noun.dep_ == "dobj" else None
    return verb is not None and (verb.cameo or "").startswith(_DEFY)


def _told_as_event(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is the subject of a verb of occurring ("took place", "happened") or of
    its phase ("ended", "collapsed", "broke up") and every sense of it is an event (a session,
    a round may be a band's or a boxer's); not one yet to come ("will end"). A verb of lasting
    is not enough: "the raid lasted two hours", "the operation lasted four hours"
    with nothing before them may be a police raid or surgery the text goes on to tell."""
    verb = noun.head
    said = [verb.lemma_.lower(), *with_objects(verb),
            *(f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt")]
    if not any(lex.cue("occur_verbs", w) or lex.cue("phase_verbs", w) for w in said) or \
            modal_on(verb):  # "the talks will end on Friday"
        return False
    return only_events(noun, lex)


def only_events(noun: Token, lex: Lexicon) -> bool:
    """Whether every sense of ``noun`` is an event (not "session", which may be a band's)."""
    senses = lex.senses("noun", noun.lemma_.lower())
    return bool(senses) and all(e.type is not None for e in senses)


def _in_pointing_phrase(noun: Token) -> bool:
    """Whether the noun (or the "of" phrase it ends: "two days of talks") is the object of a
    preposition of time, cause or topic, or the subject of a clause such a word opens ("hours
    after the ceasefire began", "since the blockade started")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "mark" and c.lower_ in _POINTING for c in noun.head.children):
        return True
    token = noun
    for _ in range(3):
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in _POINTING:
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = prep.head  # "after two days *of* talks": the days are the talks
    return False


def own_date(trigger: triggers.Trigger, dated: Dating) -> bool:
    """Whether the text dates the noun by its own words ("Monday's meeting", "the truce of
    6 May"), not through the act that points to it, or through an act done to it while it was
    under way ("police broke up the march on Saturday": ``dating.acted_on``)."""
    return trigger.head.i in dated.direct or acted_on(trigger.head) is not None


def named_past(trigger: triggers.Trigger, dated: Dating) -> bool:
    """Whether the nominal ``trigger`` is dated by its own words (``own_date``) in a time
    wholly before the report's day ("the *1 November* shooting", "*last week's* killing"): an
    act already done, which a request, an invitation or a wish that names it cannot ask for
    ("invited officers to sit in on its inquiry into the 1 November shooting"). A yearless
    date reads as the nearer of its two years: "the 3 December summit", told a fortnight
    before, is still to come."""
    noun, anchor = trigger.head, dated.anchor
    nominal = trigger.entry.pos == "noun" or any(  # a gerund with its article: "the shooting"
        c.dep_ in ("det", "poss") for c in noun.children)
    if not nominal or anchor is None or noun.i not in dated.direct:
        return False
    when, precision = dated.direct[noun.i]
    ahead = dated.later.get(noun.i)
    if ahead is not None and ahead[0] - anchor < anchor - when:
        return False
    if precision == "year":
        return when.year < anchor.year
    if precision == "month":
        return (when.year, when.month) < (anchor.year, anchor.month)
    return when + dt.timedelta(days=7 if precision == "week" else 1) <= anchor
