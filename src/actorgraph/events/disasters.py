"""Disasters: a toll no hand took, and work against a disaster that acts on no one.

In: a trigger with the parse around it, its sources or targets, the senses of the sentence,
the lexicon's word lists (``harm_words``, ``report_verbs``, ``weapon_words``,
``fought_words``, ``relief_words``, ``unrest_words`` in ``modality.yaml``), this stage's own
(``home_relief``, ``rescuers``, ``relief_work``, ``hardships`` in ``nonagents.yaml``) and the
actor map. Out: yes or no, for the events stage to drop the event. What a natural force, an
accident or a disease is, is ``nonagents.natural`` and ``nonagents.accident``.

A word of harm in a sentence (or after one) that tells of a disaster and names no human hand
is the disaster's toll ("Severe floods swept the north. The rising water killed 31"), a storm
that "slammed into the coast" is weather, and a warning of a hardship ("warning of hunger")
threatens no one. Work against a disaster acts on no one: "battled a wildfire", troops sent
"to help firefighters", a state of emergency for a flood, rescuers who storm a burning
building; an evacuation at home in a disaster is no AID, while relief a state sends abroad is
(the trigger table). A human chain that passes sandbags is relief, not a protest, and blaming
a thing names a cause, no ACCUSE.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.mentions import ARMED
from ..actors.tables import word_list
from ..records import Actor
from . import implied, triggers, undergoers
from .arguments import ActorMap, subject
from .doers import FORCE_TYPES
from .lexicon import Entry, Lexicon
from .nonagents import accident, forms, natural, words

#: Prepositions that put a sentence in a disaster: "*after* the earthquake", "*in* the floods".
CONTEXT_PREPS = word_list("grammar.yaml", "disaster_context_preps")


def in_disaster(trigger: triggers.Trigger, sources: list[str], lex: Lexicon, amap: ActorMap,
                senses: dict[int, Entry], by_id: dict[str, Actor]) -> bool:
    """Whether a violent word of harm (``harm_words``: killed, struck, destroyed, buried, a
    blast) is a disaster's toll, whatever the parse attaches it to: its sentence, or the
    sentence before, tells of a natural force, an accident or a disease as a subject, an
    object or in a "by", "after" or "in" phrase ("Severe floods swept the north. The rising
    water *killed* 31"; "after the cyclone made landfall, falling trees *killed* two"), and
    the sentence names no human hand: no doer, no armed actor ("troops killed three looters
    after the earthquake"), no weapon and no attack ("a suicide *bombing* killed 20 days
    after the floods", "a car *bomb* in the flooded town"). Doers the parse lends it from a
    verb of no violence above it are no hand ("a tanker exploded as residents *gathered* to
    collect petrol, *killing* 99"; "appealed for tents after a landslide *killed* 30")."""
    head = trigger.head
    if (sources and not _borrowed(head, senses)) or trigger.entry.type not in FORCE_TYPES or \
            not lex.cue("harm_words", head.lemma_.lower()):
        return False
    sentence = head.sent
    for t in sentence:
        actor = amap.direct(t)
        entry = senses.get(t.i)
        if t.dep_ == "nsubj" and lex.cue("report_verbs", t.head.lemma_.lower()):
            continue  # "..., police said": who tells of it had no hand in it
        if (actor is not None and getattr(by_id.get(actor), "sector", None) in ARMED) or (
                lex.cue("weapon_words", t.lemma_.lower())) or (
                entry is not None and entry.type in FORCE_TYPES and entry.pos == "noun"
                and not lex.cue("harm_words", t.lemma_.lower()) and not natural(t, lex, amap)):
            return False
    return _natural_cause_near(sentence, lex, amap)


def relief_crowd(trigger: triggers.Trigger, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether a gathering a noun of protest names only by its form ("formed a human *chain*",
    a *vigil*: not itself a word of unrest) is relief work: its sentence names no word of
    unrest, and it names the work (``relief_work``: "to pass *sandbags*"), or it or the one
    before tells of a natural force, an accident or a disease ("as floodwaters rose,
    volunteers formed a human chain")."""
    head = trigger.head
    if trigger.entry.type != "PROTEST" or trigger.entry.pos != "noun" or lex.cue(
            "unrest_words", head.lemma_.lower()):
        return False
    sentence = head.sent
    if any(lex.cue("unrest_words", t.lemma_.lower()) for t in sentence):
        return False
    if any(w in words("relief_work") for t in sentence for w in forms(t)):
        return True
    return _natural_cause_near(sentence, lex, amap)


def _borrowed(head: Token, senses: dict[int, Entry]) -> bool:
    """Whether a verb has no subject of its own and the verbs above it (up to the one with a
    subject) have no violent sense: its doers are the parse's loan, not its own."""
    node = head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        if node.dep_ not in ("advcl", "ccomp", "conj", "xcomp") or node.head == node:
            return False
        node = node.head
        if getattr(senses.get(node.i), "type", None) in FORCE_TYPES:
            return False
    return node is not head


def _natural_cause_near(sentence: Span, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether ``sentence`` or the one before it tells of a natural force, an accident or a
    disease (``_tells_of_force``)."""
    before = sentence.doc[sentence.start - 1].sent if sentence.start else None
    return any(_tells_of_force(t, lex, amap) for t in sentence) or (
        before is not None and any(_tells_of_force(t, lex, amap) for t in before))


def _tells_of_force(token: Token, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether ``token`` is a natural force, an accident or a disease the sentence tells of:
    a subject, an object, or the object of a "by", "after", "in" phrase."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or (
            token.dep_ == "pobj" and token.head.lower_ not in CONTEXT_PREPS):
        return False
    return natural(token, lex, amap) or accident(token, lex, amap)


def weather(trigger: triggers.Trigger, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether a verb's doers are all natural forces or things in an accident, whatever its
    type: a storm that "*slammed* into the coast" is weather, no ACCUSE, and houses that
    "*caved in*" concede nothing (natural forces and things never act)."""
    if trigger.entry.pos != "verb":
        return False
    doers = subject(trigger.head)
    return bool(doers) and all(natural(t, lex, amap) or accident(t, lex, amap) for t in doers)


#: Measures aimed at a place, not at anyone: a curfew, a state of emergency (CAMEO 1723, 1724).
PLACE_MEASURES = frozenset({"1723", "1724"})
#: Types of acts on people that a disaster fought, warned of or fled cannot be.
_ON_PEOPLE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "REQUEST"})


def against_disaster(trigger: triggers.Trigger, targets: list[str], lex: Lexicon,
                     amap: ActorMap, senses: dict[int, Entry]) -> bool:
    """Whether an act of violence, coercion, mobilisation, warning or demand is work against
    a disaster, not an act on people (PLOVER: such acts need a human or institutional doer
    acting *on* someone):

    * its object is a disaster people fight (``fought_words``: "firefighters *battled a
      wildfire*", "crews sent to *fight the fires*"; not "hijacked a cargo ship"), or what it
      warns of is one ("warned *of heavy rain*"); not when the sense names its object, which
      is then the weapon ("opened fire", "set fire to");
    * a deployment whose purpose is relief ("sent troops *to help firefighters*", "*to help
      evacuate* villagers");
    * a state of emergency, a curfew, an alert or a deployment of no one named, aimed at no
      one, in a sentence that tells of a disaster (or follows one that does) and of no unrest
      ("declared a state of emergency as floods killed 12", "raised the alert as the volcano
      erupted"), unlike one against riots, protests or looting, or an arrest; so is an
      order to evacuate or leave ("ordered 20,000 residents to leave as the fire neared");
    * rescuers who storm, break or force their way in ("firefighters *stormed* the burning
      building", "rescuers broke through the rubble") do no violence;
    * a closure of places aimed at no one in a disaster ("the health ministry closed schools
      to slow the outbreak");
    * an evacuation or a rescue at home in a disaster is no AID ("forcing *the evacuation* of
      2,000 residents", "police evacuated nearby buildings after a crane collapsed"), unlike
      one for a state or a body the text names.

    Blaming a thing is naming a cause, no ACCUSE ("officials blamed contaminated rice"); not
    blaming people or a group ("police blamed *a local gang*")."""
    head, kind = trigger.head, trigger.entry.type
    if kind == "ACCUSE" and trigger.entry.pos == "verb" and head.lemma_.lower() == "blame":
        blamed = [c for c in head.children if c.dep_ == "dobj"]
        return not targets and bool(blamed) and all(
            amap.direct(t) is None and not lex.is_a(t, "@human") and not any(
                lex.cue("unrest_words", w) for w in forms(t)) for b in blamed for t in b.subtree)
    verb = implied.anchor(trigger)
    if kind == "AID":
        return lex.lemma(head) in words("home_relief") and not any(
            a in amap.named for a in targets) and _disaster_near(head, lex, amap, senses)
    if kind not in _ON_PEOPLE:
        return False
    if kind in FORCE_TYPES and trigger.entry.pos == "verb" and _rescuers(subject(verb)):
        return True  # "firefighters stormed the burning building"
    if kind != "REQUEST" and not trigger.entry.obj and any(
            c.dep_ == "dobj" and c.i not in senses and lex.cue("fought_words", c.lemma_.lower())
            and natural(c, lex, amap) for c in verb.children):
        return True  # "battled a wildfire", not "staged live-fire drills"
    if kind == "ASSAULT":
        return False
    if kind == "THREATEN":
        return any(c.dep_ == "prep" and c.lower_ in ("of", "about") and any(
            o.dep_ == "pobj" and (natural(o, lex, amap) or any(
                w in words("hardships") for w in forms(o))) for o in c.children)
            for c in verb.children)  # "warned of heavy rain", "warning of hunger"
    around = (*verb.children, *(g for o in undergoers.objects(verb) for g in o.children))
    if kind == "MOBILIZE" and any(
            c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) and any(
                lex.cue("relief_words", t.lemma_.lower()) or natural(t, lex, amap)
                for t in c.subtree)
            for c in around):
        return True  # "sent troops to help firefighters"
    if kind == "REQUEST" and not any(  # "ordered residents to leave", "... evacuated"
            lex.cue("relief_words", t.lemma_.lower()) for c in around
            if c.dep_ in ("xcomp", "ccomp", "acl") for t in c.subtree):
        return False
    if kind == "COERCE" and (trigger.entry.cameo or "") not in PLACE_MEASURES and (
            targets or not any(c.dep_ == "dobj" for c in verb.children) or any(
                lex.is_a(o, "@human") for o in undergoers.objects(verb))):
        return False  # an arrest after a fire; not "closed schools" in an outbreak
    if kind == "MOBILIZE" and (any(amap.direct(o) is not None or lex.is_a(o, "@human")
                                   for o in undergoers.objects(verb)) or any(
            lex.is_a(t, "@military") or lex.is_a(t, "@police") for t in subject(verb))):
        return False  # troops sent with no word of relief, a navy's drills
    if kind == "MOBILIZE" and any(amap.kind.get(a) != "LOCATION" for a in targets):
        return False
    return _disaster_near(head, lex, amap, senses)


def _disaster_near(head: Token, lex: Lexicon, amap: ActorMap, senses: dict[int, Entry]) -> bool:
    """Whether the sentence of ``head`` tells of no unrest (``unrest_words``, a protest; not
    a force's verb: "cholera has *struck*") and tells of a natural force, an accident or a
    disease, or follows a sentence that does."""
    sentence = head.sent
    if any((lex.cue("unrest_words", t.lemma_.lower()) or getattr(
            senses.get(t.i), "type", None) == "PROTEST") and not (
            t.pos_ == "VERB" and (doers := subject(t)) and all(
                natural(d, lex, amap) for d in doers)) for t in sentence):
        return False
    return _natural_cause_near(sentence, lex, amap)


def _rescuers(doers: list[Token]) -> bool:
    """Whether the doers are all rescue workers (``rescuers``: "firefighters", "rescuers")."""
    return bool(doers) and all(any(w in words("rescuers") for w in forms(t)) for t in doers)
