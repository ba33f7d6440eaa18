"""Veiled threats: a warning of harm told with no verb of threatening.

PLOVER THREATEN (CAMEO 130) is a warning of a harmful act or consequence aimed at a party,
often on a condition; the harm may stay vague. Diplomatic and military news tells it by what
the speaker's side will do, or will not fail to do, and by what the other party will suffer:

* a vow to take unspecified measures on a condition ("vowed to take firm countermeasures if
  ...", read by ``implied.vowed``);
* a response announced with a modal, on a condition or with a word of force: "Belgrade
  *would respond* appropriately if Pristina ...", "will react firmly to any provocation",
  "will take all necessary measures if ...";
* inaction denied with a modal: "Caracas *will not remain idle* if ...", "will not stand idly
  by", and a response or defence it "*will not hesitate*" to make ("to respond if ...", "to
  defend itself", "to use force");
* a hostile act of the other party that a reported clause says "*would be met* with force"
  or "answered decisively" (the reporter threatens the act's doer; "met with scepticism" is
  a reception);
* a burden the other party will bear, in a clause someone reports: "Delhi said Islamabad
  *would bear* full responsibility", "would pay a heavy price", "said the *consequences* for
  Baku would be grave".

In: the parse, the actor map, the modality reader and the lexicon's word lists
(``threat_responses``, ``threat_manners``, ``threat_measures``, ``provocations``,
``unhesitating``, ``hesitant_acts``, ``met_verbs``, ``threat_answers``, ``idle_verbs``,
``idle_words``, ``burden_verbs``, ``burdens``, ``grave_words`` in ``modality.yaml``). Out:
(cue, verb, THREATEN event) triples, the event's document fields left for the caller to
fill, as ``implied.vowed`` yields them. The source is the side that would respond (the
subject) or that speaks of the other's burden or of the answer to the other's act (the
reporter);
the target the condition's party, or the party that would bear the burden. A response with
no condition and no word of force ("will respond to the letter"), a negated or questioned
one, inaction that is the speaker's own promise of calm ("will remain calm"), and a burden no
one reports ("Kenya will bear the cost of the dam") threaten nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from ..records import Event
from .arguments import ActorMap, subject
from .implied import condition, condition_party, future_auxiliaries, threat_content, told_at, vowed
from .lexicon import HOSTILE, Lexicon
from .modality import Modality
from .triggers import Trigger

_COPULA = "be"


def threats(doc: Doc, found: Iterable[Trigger], amap: ActorMap, modality: Modality,
            lex: Lexicon) -> Iterator[tuple[Token, Token, Event]]:
    """The veiled threats of ``doc`` (see the module docstring), one per verb: vows to take
    unspecified measures on a condition (``implied.vowed``, among the triggers ``found``),
    then responses, denied inaction and burdens."""
    yield from vowed(found, amap, modality, lex)
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or not future_auxiliaries(verb, lex):
            continue
        found = _response(verb, amap, lex) or _burden(verb, amap, modality, lex) or \
            _met(verb, amap, modality, lex)
        if found is None:
            continue
        sources, targets = found
        reading = modality.read(verb, "THREATEN")
        if reading.modality == "denied" or not sources or (
                reading.modality == "negated" and not _negated(verb, lex)):
            continue  # "will not remain idle" is the threat; "did not say it would respond"
        told = "reported" if reading.attributed_to else "asserted"
        yield verb, verb, told_at(verb, "THREATEN", "130", sources,
                                  [t for t in targets if t not in sources], told,
                                  reading.attributed_to)


def _negated(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "neg" or lex.cue("negations", c.lower_) for c in verb.children
               if c.i < verb.i)


def _response(verb: Token, amap: ActorMap,
              lex: Lexicon) -> tuple[list[str], tuple[str, ...]] | None:
    """(the responders, the condition's party) of a response announced on a condition or
    with a word of force, or of inaction denied ("will not remain idle"); None otherwise."""
    lemma = verb.lemma_.lower()
    negated = _negated(verb, lex)
    provoked: list[str] = []
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "would be answered decisively": the answer to an act (``_met``)
    if threat_content(verb, lex):  # "warned it would respond": the warning's
        return None
    if lex.cue("threat_responses", lemma) and not negated:
        forceful = any(lex.cue("threat_manners", c.lower_) for c in verb.subtree
                       if c.head.i == verb.i or c.head.head.i == verb.i)
        answered = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]
        if answered:  # "respond firmly to any provocation by Y", not "to the floods"
            provoked = [a for o in answered for a in _provokers(o, amap, lex)]
            forceful = forceful and (bool(provoked) or any(_provocation(o, lex)
                                                            for o in answered))
    elif lemma == "take" and not negated and any(  # "will take all necessary measures if"
            c.dep_ == "dobj" and lex.cue("threat_measures", c.lemma_.lower())
            for c in verb.children):
        forceful = False
    elif negated and lex.cue("unhesitating", lemma):  # "will not hesitate to respond"
        act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if act is None or not _unhesitating(act, lex):
            return None
        forceful = True
        provoked = [a for p in act.children if p.dep_ == "prep" and p.lower_ == "against"
                    for o in p.children if o.dep_ == "pobj" for a in _provokers(o, amap, lex)]
    elif negated and lex.cue("idle_verbs", lemma):
        forceful = any(lex.cue("idle_words", c.lower_) for c in verb.children
                       if c.dep_ in ("acomp", "advmod", "attr", "prt", "oprd"))
        if not forceful:
            return None
    else:
        return None
    sources = amap.actors(subject(verb))
    clause = condition(verb)
    party = condition_party(clause, amap, sources) if clause is not None else ()
    return (sources, party or tuple(provoked)) if forceful or party else None


def _unhesitating(act: Token, lex: Lexicon) -> bool:
    """Whether ``act``, what a side "will not hesitate" to do, is a response or a defence
    ("to respond", "to defend itself", "to use force"), not help, a request or a meeting;
    using or taking names its means ("use force", "take all measures")."""
    lemma = act.lemma_.lower()
    if not lex.cue("hesitant_acts", lemma):
        return False
    return not lex.cue("means_verbs", lemma) or any(
        c.dep_ == "dobj" and (lex.cue("threat_answers", c.lemma_.lower())
                              or lex.cue("threat_measures", c.lemma_.lower()))
        for c in act.children)


def _met(verb: Token, amap: ActorMap, modality: Modality,
         lex: Lexicon) -> tuple[list[str], tuple[str, ...]] | None:
    """(the reporter, the provokers) of a hostile act a reported clause says would be met
    with force or answered with a word of force: "X said any incursion by Y would be met
    with force", "any attack would be answered decisively, X said"; None for a reception
    ("met with scepticism"), an unreported one, or one that is no hostile act."""
    if not lex.cue("met_verbs", verb.lemma_.lower()) or _negated(verb, lex) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    answers = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    if not any(lex.cue("threat_answers", o.lemma_.lower()) for o in answers) and not any(
            c.dep_ == "advmod" and lex.cue("threat_manners", c.lower_) for c in verb.children):
        return None
    acts = [c for c in verb.children if c.dep_ == "nsubjpass" and _provocation(c, lex)]
    reporter = modality.read(verb, "THREATEN").attributed_to
    if not acts or reporter is None:
        return None
    return [reporter], tuple(a for o in acts for a in _provokers(o, amap, lex) if a != reporter)


def _provocation(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names a hostile act one may answer ("provocation", "attack")."""
    lemma = noun.lemma_.lower()
    return lex.cue("provocations", lemma) or any(
        e.type in HOSTILE for e in lex.senses("noun", lemma))


def _provokers(noun: Token, amap: ActorMap, lex: Lexicon) -> list[str]:
    """Who is answered: the actor ``noun`` names, or the doer of the provocation it names
    (its owner or its "by" phrase: "the South's drills", "any provocation by Pristina")."""
    own = amap.actors([noun])
    if own or not _provocation(noun, lex):
        return own
    return amap.actors(c for c in noun.children if c.dep_ == "poss") or amap.actors(
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
        for o in p.children if o.dep_ == "pobj")


def _burden(verb: Token, amap: ActorMap, modality: Modality,
            lex: Lexicon) -> tuple[list[str], tuple[str, ...]] | None:
    """(the reporter, the party) of a burden a reported clause lays on a party: "X said Y
    would bear the consequences" ("pay a price"), "X said the consequences for Y would be
    grave"; None otherwise."""
    lemma = verb.lemma_.lower()
    if lex.cue("burden_verbs", lemma) and not _negated(verb, lex) and any(
            c.dep_ == "dobj" and lex.cue("burdens", c.lemma_.lower()) for c in verb.children):
        parties = amap.actors(subject(verb))
    elif lemma == _COPULA and any(c.dep_ == "acomp" and lex.cue("grave_words", c.lower_)
                                  for c in verb.children):
        burdens = [c for c in verb.children if c.dep_ == "nsubj"
                   and lex.cue("burdens", c.lemma_.lower())]
        parties = amap.actors(o for b in burdens for p in b.children
                              if p.dep_ == "prep" and p.lower_ == "for"
                              for o in p.children if o.dep_ == "pobj")
        clause = condition(verb)
        if burdens and not parties and clause is not None:  # "... would be grave if Y ..."
            parties = list(condition_party(clause, amap, ()))
    else:
        return None
    reporter = modality.read(verb, "THREATEN").attributed_to
    if reporter is None or not parties:
        return None
    return [reporter], tuple(parties)
