"""Who does a verb, as actors: the actors its subject names.

In: a verb token and an ``ActorMap``. Out: the actor ids of its doer (``doers``); the tokens
of the subject come from ``subjects``.

A personal pronoun the actors stage left unresolved in a reported clause is the speaker
(``reporter``). What undergoes a verb with no object names no doer (``ergative``: "a fuel
depot *exploded*", "houses *burned*"). A weapon or vehicle as subject is what was used: the
operator named on it does the act ("a *Russian* drone hit ..."), else no one the text names
("the drone hit ...": ``operators``). A passive of summoning with no by-agent is done by the
body the envoy is summoned to (``summoner``).

A meeting noun that names no doer in a sentence that goes on with the one before is the
traveller's of that sentence (``traveller``: "Kenya's foreign minister *arrived* in Addis
Ababa. *Talks* with the Ethiopian prime minister lasted three hours"). Word lists:
``data/arguments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from ..actors.vessels import vessel_noun
from . import lexicon
from .actormap import ActorMap
from .misreadings import ergative
from .subjects import pobjs, quoted, sentence_before, subject, words
from .triggers import sense

_PERSONAL = word_list("grammar.yaml", "personal_pronouns")
_FIRST = word_list("grammar.yaml", "first_person_words")
#: Modifiers of an instrument that may name who used it, and the entities that do.
_OPERATOR_MODS = frozenset({"amod", "compound", "poss", "nmod"})
_OPERATOR_ENTS = frozenset({"NORP", "GPE", "ORG"})
#: Types of an act of force: a vessel's operators do it, a natural force cannot
#: (``disasters``, ``nonacts``), a passive one with armed men before it is theirs (``episodes``).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def doers(verb: Token, amap: ActorMap) -> list[str]:
    """The actors doing ``verb``; a pronoun subject the actors stage left unresolved in a
    reported clause is the speaker ("Egypt and Russia announced that *they* would ...").
    A vessel that arrives, docks or calls somewhere (a verb of a visit) is no state visiting
    ("a Turkish cargo ship arrived in Tripoli"); in an act of force the operators named on it
    do it ("*Chinese coast guard* ships rammed ..."), else whoever the actors stage read it as."""
    tokens = [_partitive(t, amap) for t in subject(verb)]
    if ergative(verb):  # "a fuel depot *exploded*": what undergoes it does nothing
        tokens = [t for t in tokens if instrument(t)]  # a weapon's user may be named on it
    vessels = [t for t in tokens if vessel(t)]
    if vessels and _arrival(verb):
        return []
    used = [t for t in tokens if instrument(t)] + (vessels if vessels and _hostile(verb) else [])
    if used:  # a weapon, or a vessel in an act of force: whoever used it
        return [a for t in tokens for a in (
            amap.actors([t]) if t not in used
            else operators(t, amap) or ([] if instrument(t) else amap.actors([t])))]
    if not tokens:  # "the ambassador was summoned *to the foreign ministry*": its doer
        return summoner(verb, amap)
    found = amap.actors(tokens)
    if any(t.lower_ not in _PERSONAL for t in tokens):
        return found
    if found:
        # "The AU and the Arab League said *they* supported it": a plural pronoun resolved
        # to one of the speakers stands for all of them
        clause = tokens[0].head
        if tokens[0].lower_ == "they" and clause.dep_ == "ccomp":
            speakers = amap.actors(subject(clause.head))
            if set(found) <= set(speakers):
                return speakers
        return found
    return reporter(tokens[0], amap)


def summoner(verb: Token, amap: ActorMap) -> list[str]:
    """Who summons, where a passive of summoning (``summoning_verbs``) names no by-agent: the
    body or state the envoy is summoned *to* ("was summoned to the foreign ministry", "was
    summoned to Rabat"), for one is summoned by whom one is made to come to; none for a
    person or a place of no state ("summoned to a meeting", "to the ministry's offices")."""
    if verb.lemma_.lower() not in words("summoning_verbs") or not any(
            c.dep_ == "nsubjpass" for c in verb.children):
        return []
    to = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in pobjs(c)]
    return [a for a in amap.actors(to) if amap.kind.get(a) in ("GROUP", "ORG", "COUNTRY")]


def instrument(token: Token) -> bool:
    """Whether ``token`` names a weapon or vehicle (``instrument_nouns``): what was used, not
    who acted ("the *drone* hit a depot"); not a body named after one ("a think *tank*")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in words(
        "instrument_nouns") and not any(c.dep_ == "compound" and c.lower_ in words(
            "instrument_bodies") for c in token.children)


def vessel(token: Token) -> bool:
    """Whether ``token`` names a ship or boat (``actors.vessels.vessel_noun``)."""
    return token.pos_ in ("NOUN", "PROPN") and vessel_noun(token.lemma_.lower())


def _arrival(verb: Token) -> bool:
    """Whether ``verb`` tells of a trip or a visit ("arrived", "docked", "called at")."""
    lemma = verb.lemma_.lower()
    return lemma in words("travel_verbs") or lemma in words("vessel_arrivals") or any(
        s.mode == "visit" for s in lexicon.get().senses("verb", lemma))


def _hostile(verb: Token) -> bool:
    """Whether ``verb`` tells an act of force in the sense its parse fits ("rammed a boat",
    "fired water cannon at", "seized a tanker")."""
    return getattr(sense(lexicon.get(), verb), "type", None) in FORCE_TYPES


def _partitive(token: Token, amap: ActorMap) -> Token:
    """The noun a partitive subject that names no actor picks from: "*one of the Chinese
    ships*" -> ships, "*two of the gunboats*" -> gunboats."""
    if (token.lower_ not in words("partitives") and token.pos_ != "NUM") or \
            amap.direct(token) is not None:
        return token
    return next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in pobjs(c) if o.pos_ in ("NOUN", "PROPN")), token)


def operators(tool: Token, amap: ActorMap) -> list[str]:
    """Who used an instrument: the actors its modifiers name ("*Israel's* tanks", "a *coast
    guard* ship"), or its own actor when a modifier names its state or group ("a *Russian*
    drone"); none when nothing on it says ("the drone", its country guessed from the places
    around it), and with the instruments coordinated with it ("Russian drones *and
    missiles*")."""
    own = amap.direct(tool)
    mods = [c for c in tool.children if c.dep_ in _OPERATOR_MODS]
    named = [a for a in amap.actors(mods) if a != own]
    if named:
        return named
    if own is not None and any(amap.direct(c) == own or c.ent_type_ in _OPERATOR_ENTS
                               for c in mods):
        return [own]
    return []


def reporter(pronoun: Token, amap: ActorMap) -> list[str]:
    """The speaker of the reported clause a personal pronoun the actors stage left unresolved
    stands in: "Egypt and Russia announced that *they* would ...", "the Finnish president
    said *his* Beijing trip would ..."; in a quotation only "we" and "our" are the speaker
    ("'*They* threatened us,' she said")."""
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head  # "*his* trip would focus": the clause of the noun it owns
    while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and not (pronoun.lower_ not in _FIRST and quoted(pronoun)):
        return amap.actors(subject(clause.head))
    return []


def traveller(noun: Token, amap: ActorMap) -> list[str]:
    """Whoever travelled in the sentence before ``noun``'s, for a meeting noun that names
    no doer: the doers of a trip verb (``travel_verbs``) of that sentence ("Kenya's foreign
    minister *arrived* in Addis Ababa. Talks with the Ethiopian prime minister lasted three
    hours"). None across a paragraph break, inside quotation marks, in a sentence that opens on
    another matter ("*Elsewhere*, talks ...") or whose clause names a doer of its own ("Nairobi
    said talks ...").

    A meeting noun "with" a partner in a phrase set before its clause is that clause's
    doer's ("*During talks* with Egyptian mediators, they asked ..."): the subject controls
    the phrase, as it does a fronted participle, and the partner is the other side. Not a
    visit or trip ("During the Moscow visit, Putin ..."): the subject may be the host.
    When that doer is a plural pronoun the actors stage left unresolved ("During talks with
    the emir, *they* ..."), it stands for the partner and the party the sentence before told
    of, its subject's, not the partner: that party meets the partner."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") \
            and prep.i < prep.head.i and any(c.dep_ == "prep" and c.lower_ == "with"
                                             for c in noun.children):
        found = doers(prep.head, amap)
        if found or not any(t.lower_ == "they" for t in subject(prep.head)):
            return found
        before = sentence_before(noun)
        partners = amap.actors(o for c in noun.children if c.dep_ == "prep"
                               and c.lower_ == "with" for o in pobjs(c))
        told = amap.actors(subject(before.root)) if before is not None else []
        return [] if any(a in partners for a in told) else told
    before = sentence_before(noun)
    if before is None:
        return []
    sent = noun.sent
    opening = next((t for t in sent if t.is_alpha), None)
    if opening is not None and opening.lower_ in words("new_topic"):
        return []
    if amap.actors(t for t in subject(sent.root) if t is not noun and noun not in t.subtree):
        return []
    travel = words("travel_verbs")
    for verb in before:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in travel and (found := doers(verb, amap)):
            return found
    return []
