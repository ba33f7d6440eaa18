"""Source and target actors of a trigger, read from the dependency parse.

In: a ``Trigger`` and an ``ActorMap`` (token → local actor id, from the actors stage, so
pronouns and descriptions arrive resolved). Out: source and target actor ids. Nominal
triggers ("the visit", "Russian help") are read in ``nominals`` with the helpers here.

Sources: whoever does the verb (``doers``: active subjects, passive by-agents, controllers
of infinitives, subjects shared by coordinated verbs, the noun an active participle or
relative clause modifies), possessives and modifiers of nominal events ("Haftar's request",
"NATO attacks"), never a town named before one ("the *Kajuru* attack": ``where_named``).
Targets: objects, datives, passive subjects (and a passive's shared subject: ``patients``),
prepositional objects (with, to, against, on, into...), "of" phrases of nominal events, a
place a thing is fired or thrown *at* ("fired rockets *at Kharkiv*"), a side of the last
meeting the doer's pronoun owns ("thanked *his counterpart*"); not a thing sent or fired
somewhere ("tanks were sent to the border"), nor a town a phrase only locates the act in
("a rally *at the port of Mombasa*"; but "marched *on* the capital", "shelled *Kharkiv*").
A complaint lodged *against* a party with a body accuses the party, not the body that hears
it ("lodged a complaint with the UN *against Romania*": ``complaints``); goods bought are no
party, the seller is ("bought drones *from Turkey*"); an act named as the object is aimed at
through its doer ("protested the detention of its fishermen *by Ecuador*": Ecuador).
PLOVER_NOTES names no type whose recipient is what an act is about: a matter ("criticised
the Council *over* its silence on Gaza") or a topic ("rejected an *American* proposal *on
Zimbabwe*": whoever made it, CAMEO 12) yields to whoever is addressed. A trip noun goes to
its destination (``trips``: "the *Cairo* trip of the minister"), and a city before an event
noun is its venue ("the *Doha* talks", ``whereabouts.venue``). A meeting noun with no doer
takes the traveller of the sentence before ("X arrived in Jakarta. *Talks* with ..."). Every
argument is expanded over coordination ("Egypt and the UAE"). A thing acted on that names no
one stands for whoever has it by a participle of having ("the licences *held by* two firms",
``_holders``); a suspect handed over *to* someone is moved, not whom (``_moved_thing``); a
past participle before a noun was done to that noun ("handed 40 *captured* rebels to the
ICRC": the rebels, not the ICRC).
Roles: "help *X* do Y" helps X, never Y (``_small_clause``); an infinitive of purpose after an
act named as the object ("hailed *the Rwandan* deployment to help") is that act's doer's
(``_purpose_doers``); "those ..., such as X and Y" are X and Y (``_listed``); a party set off
by "not" after the object ("..., *not Hungary*") is no recipient (``_uncontrasted``); an
infinitive the parser hung on a participle it read as a clause is the governing verb's doer's
(``misreadings.infinitive_conjunct``); a relative pronoun that is an object stands for the
noun its clause modifies ("the monitors *whom* soldiers detained in Kessaro": the monitors,
not the town; ``relatives``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import dictionary
from ..actors.collectives import counted_conjuncts
from ..actors.dictionary import NON_STATE
from . import lexicon
from .actormap import ActorMap
from .carriers import carrier
from .complaints import accused, act_doers, is_complaint
from .doers import doers
from .misreadings import (
    adjective_subject,
    apposed_name,
    counted_object,
    described,
    infinitive_conjunct,
    reported_conjunct,
)
from .purposes import serves
from .relatives import antecedent, fronted_object
from .subjects import SUBJECTS, agent, distant_agent, patients, pobjs, subject
from .triggers import furnished
from .whereabouts import town_named, venue, where_only

#: Who does a verb is read in ``doers``; the stages read it from here with the rest.
__all__ = ["TAKE_PART", "TARGET_PREPS", "ActorMap", "agent", "between", "carrier",
           "condition_subjects", "doers", "subject", "verb_arguments",
           "wisher"]

TARGET_PREPS = frozenset({"with", "to", "against", "on", "upon", "into", "toward", "towards",
                          "onto", "between"})
SOURCE_MODS = frozenset({"poss", "compound", "amod", "nmod"})
#: Events one takes part in: a "for/in/on" phrase carries them ("in talks", "on alert").
TAKE_PART = frozenset({"CONSULT", "COOPERATE", "MOBILIZE"})
#: Prepositions looked through to an actor behind a non-actor ("demands *from* the
#: government", "calls *by* Belarus's rulers", "a commitment *of* ...").
_THROUGH = frozenset({"by", "of", "from"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions of where: their object, a place, is not whom ("at Merowe", "near Goma").
_WHERE = frozenset({"at", "to", "into", "near", "outside", "around", "inside", "in", "across",
                    "through", "toward", "towards", "onto", "on"})
#: Of these, the ones that only locate, never point ("outside Amritsar"; not "on the capital").
_LOCATIVE = frozenset({"at", "near", "outside", "around", "inside", "in", "across", "through"})
#: Prepositions of the matter of an act: whom only when the act names no one else.
_MATTERS = frozenset({"over", "about"})
#: Actor kinds that are places or the states they stand for.
_LANDS = frozenset({"COUNTRY", "LOCATION"})
#: Prepositions of where a thing is sent, fired or thrown: the thing is not whom ("sent tanks
#: *to* the border", "fired rockets *at* Kyiv").
_DIRECTIONS = frozenset({"to", "at", "into", "toward", "towards", "onto"})
#: Types whose target benefits: help asked for goes to whoever asks for it.
BENEFITS = frozenset({"AID", "SUPPORT"})
_INCLUDING = frozenset({"including", "like", "notably", "among"})
#: Verbs whose subject wants the act they govern done for it: "Kabul would *welcome* Indian
#: aid", "Kyiv *wants* Berlin to deliver tanks", "Haiti *hopes* for Kenyan police".
_WISHES = frozenset({"welcome", "want", "wish", "hope", "seek", "need", "await", "desire"})
#: How an act hangs on the wish that governs it: its object, its infinitive or clause, its
#: "for" phrase.
_WISHED = frozenset({"dobj", "xcomp", "ccomp", "pobj", "prep"})


def where_named(token: Token, amap: ActorMap) -> bool:
    """Whether ``token``, a name before an event noun, is the town the event happened in and
    so neither its doer nor whom it is aimed at ("the *Doha* talks", "the *Jos* bombing",
    "the *Kajuru* attack"): a venue or a town (``whereabouts``), a place actor, or a lone
    word the tagger read as a person whom the text never names in full and the actor
    dictionary does not know (news names a person in full before a surname alone). Not a
    people, a group or a known person ("the *Russian* attack", "the *Hamas* attack", "the
    *Putin* visit")."""
    if token.dep_ not in ("compound", "amod", "nmod") or not lexicon.get().senses(
            "noun", token.head.lemma_.lower()):
        return False  # (the tagger may read a town before a noun as an adjective: "*Lamu* raid")
    actor = amap.direct(token)
    if venue(token) or town_named(token) or amap.kind.get(actor or "") == "LOCATION":
        return True
    return (token.dep_ == "compound" and token.pos_ == "PROPN" and actor is not None
            and amap.kind.get(actor) == "PERSON"
            and len(amap.name.get(actor, "").split()) == 1
            and dictionary.get().lookup(token.text) is None)


def prep_targets(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions in ``preps``; "at" a place is where, not whom."""
    return [o for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in pobjs(c) if c.lower_ != "at" or o.ent_type_ not in _PLACES]


def _origins(verb: Token) -> list[Token]:
    """The places a verb sends away from: "expelled *from Niamey*", "deported *out of Iran*"
    (parsed "out" then "of", or "of" after the particle "out")."""
    out_of = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        out_of += prep_targets(verb, frozenset({"of"}))
    return [*prep_targets(verb, frozenset({"from"})), *out_of]


def _aimed_at(tokens: list[Token], amap: ActorMap, exclude: list[str]) -> list[str]:
    """Whom a thing fired, thrown or launched *at* is aimed at: the actors of the "at" phrases
    of the verb or of the thing ("fired rockets *at Kyiv*", "threw stones *at soldiers*"). A
    place is aimed at when nobody else is ("fired *at protesters* at Merowe airport": the
    protesters); a place no state holds never is (a sea, a gulf)."""
    found = [o for t in tokens for c in t.children if c.dep_ == "prep" and c.lower_ == "at"
             for o in pobjs(c)]
    hits = [a for o in found for a in where_only(o, amap, amap.actors([o]), exclude)]
    hits = [a for a in dict.fromkeys(hits)
            if amap.kind.get(a) != "LOCATION" or amap.country.get(a) is not None]
    return [a for a in hits if amap.kind.get(a) not in _LANDS] or hits


def between(token: Token, amap: ActorMap) -> list[str]:
    """The parties of "between A and B"."""
    return amap.actors(o for c in token.children if c.dep_ == "prep" and c.lower_ == "between"
                       for o in pobjs(c))


def reach(tokens: Iterable[Token], amap: ActorMap, preps: frozenset[str], exclude: list[str],
           depth: int = 2) -> list[str]:
    """Actors of ``tokens``; a token naming none (or only the source) is looked through, to
    the objects of its own prepositions ("*commitment* to the Zambian people", "*calls* by
    Belarus's rulers", "sanctions *on* the Taliban")."""
    out: list[str] = []
    for token in tokens:
        # the source's own are not targets: "withdraw *its troops*", "recalled *its
        # ambassador* to Turkey" (but what they are sent to may be), also when "its" is
        # read as part of an unnamed group of the source's country
        mine = {amap.country.get(a) for a in exclude} - {None}
        # but a side of the last meeting the source's pronoun owns is the other side ("thanked
        # *his counterpart*", "praised *his host*")
        side = amap.pointed(token)
        own = side in (None, *exclude) and any(c.dep_ == "poss" and (amap.actor(c) in exclude or (
            c.tag_ == "PRP$" and amap.direct(token) not in amap.named
            and amap.country.get(amap.direct(token) or "") in mine)) for c in token.children)
        hits = [] if own else where_only(token, amap, amap.actors([token]), exclude)
        if amap.direct(token) is None:  # "condemned the *Goma* massacre": where, not whom
            towns = {amap.direct(c) for c in token.children if where_named(c, amap)}
            hits = [a for a in hits if a not in towns]
        where = _where_phrase(token)
        if where is not None:
            # "at Merowe", "at the port *of Mombasa*": where; and a site no country holds
            # ("marched to *the Place de la Concorde*") is only where, whatever the preposition
            hits = [a for a in hits if amap.kind.get(a) != "LOCATION" or (
                where not in _LOCATIVE and amap.country.get(a))]
        # "officials, *including* the foreign minister, Sergey Lavrov, and ..."
        listed = [o for c in token.children if c.dep_ == "prep" and c.lower_ in _INCLUDING
                  for o in pobjs(c)]
        hits += [a for a in [*amap.actors(listed), *map(amap.direct, counted_conjuncts(token))]
                 if a and a not in exclude and a not in hits]  # "and *two banks* owned by"
        if not hits and depth:
            hits = reach([*prep_targets(token, preps | _THROUGH), *_holders(token)], amap,
                          preps, exclude, depth - 1)
        out += [a for a in hits if a not in out]
    return out


def _moved_thing(token: Token, verb: Token, themes: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``themes``, the objects a sense names as what is done, not
    to whom: a word, or a suspect of the class "@suspect" sent *to* someone (one extradited
    or handed over to a state is moved between states: "handed *the suspect* over to
    Moldova" is done for Moldova; but "a suspect was seized" is whom it is done to)."""
    return token.lemma_.lower() in themes or (
        "@suspect" in themes and lexicon.get().is_a(token, "@suspect") and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children))


def _holders(thing: Token) -> list[Token]:
    """Who has a thing, by a participle of having on it (``owner_verbs``): its by-phrase or
    its "to" phrase ("the licences *held by* two firms", "a house *belonging to* a
    prisoner", "the wharf *used by* the navy")."""
    verbs = dictionary.word_list("arguments.yaml", "owner_verbs")
    return [o for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in verbs
            for o in agent(c) or prep_targets(c, frozenset({"to"}))]


def _owners(things: list[Token], amap: ActorMap, exclude: list[str]) -> list[str]:
    """Whose words ``things`` are: actors (not ``exclude``, not places) named on a noun whose
    senses are all verbal acts or on a document (``statement_nouns``: "an *American* proposal",
    "a *Council* resolution"); not on a thing given or done ("*EU* sanctions", "*German* tanks")."""
    senses, papers = lexicon.get().senses, dictionary.word_list("arguments.yaml", "statement_nouns")
    said = [t for t in things if t.lemma_.lower() in papers or (
        (found := senses("noun", t.lemma_.lower())) and all(e.type in lexicon.SAID for e in found))]
    mods = [c for t in said for c in t.children
            if c.dep_ in SOURCE_MODS and not where_named(c, amap)]
    return [a for a in amap.actors(mods) if a not in exclude and amap.kind.get(a) != "LOCATION"]


def _where_phrase(token: Token) -> str | None:
    """The preposition of where whose phrase holds ``token``, itself or through "of" ("at the
    port *of Mombasa*", "on the outskirts *of Goma*"); None when there is none."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head
    return token.head.lower_ if token.dep_ == "pobj" and token.head.lower_ in _WHERE else None


def _complement(verb: Token, purpose: bool) -> Token | None:
    """Where a verb's target may be found when it has none: its infinitive or clause, an
    unmarked participle or purpose clause ("opened fire *to disperse* demonstrators"), or a
    coordinated verb sharing its object ("donated and delivered goods *to* the school")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp"):
            return c
    for c in verb.children:
        if c.dep_ in ("advcl", "acl") and not serves(c) and (purpose or not any(
                m.dep_ == "mark" for m in c.children)):
            return c
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and reported_conjunct(c) is None and not any(
                m.dep_ in SUBJECTS or m.dep_ == "nsubjpass" for m in c.children):
            return c
    return None


def verb_arguments(verb: Token, amap: ActorMap, preps: frozenset[str] = TARGET_PREPS,
                   *, addressee: bool = False, purpose: bool = False,
                   themes: frozenset[str] = frozenset(), moved: bool = False,
                   origin: bool = False) -> tuple[list[str], list[str]]:
    """Sources and targets of a verbal trigger; a verb without a target of its own takes
    its complement's ("threatened to cut off electricity *to Nakhichevan*").
    ``addressee``: the subject of a that-clause is the target ("demanded that *the United
    States* match"); ``purpose``: so is any purpose clause's ("protested to demand the
    resignation *of the president*"). ``themes``: object words that are what is done, not
    to whom ("shared *intelligence* with", "sent *troops* to"); ``moved``: every object (or
    passive subject) is what the source moves, its own ("deployed *soldiers* to Belarus"),
    and a passive force with no by-agent is its own source ("*troops* were deployed").
    ``origin``: a passive with no by-agent is done by the place it sends away from ("was
    expelled *from Niamey*"). Goods a buying verb's themes name are never whom; its seller
    is ("bought *drones* from *Turkey*": Turkey, ``buying_verbs``)."""
    real = infinitive_conjunct(verb)  # "defy the AU imposed embargo and to provide ..."
    sources = doers(verb if real is None else real, amap) or _listed(verb, amap)
    sources = _purpose_doers(verb, amap) or sources
    start = verb
    # goods bought change hands and are no party; the seller "from" is the other side
    bought = verb.lemma_.lower() in dictionary.word_list("arguments.yaml", "buying_verbs")
    sellers = frozenset({"from"} if bought else ())
    preps |= sellers
    if moved and not sources and not agent(verb):
        # "police were put on alert", "troops were deployed to the border": a force moved
        # by no one named moves itself, for its own state
        sources = [a for a in amap.actors(c for c in verb.children if c.dep_ == "nsubjpass")
                   if amap.kind.get(a) not in _LANDS]
    if origin and not sources and not agent(verb):
        sources = [a for a in amap.actors(_origins(verb)) if amap.kind.get(a) in _LANDS]
    targets: list[str] = []
    for _ in range(3):
        passive = patients(verb)  # "Kharkiv was shelled", "the rebels ... were repelled"
        counted = counted_object(verb)  # "deported 30 arrested migrants": the migrants
        objs = [counted if counted is not None and c.tag_ == "CD" else antecedent(c)
                for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "obj")]
        front = fronted_object(verb)  # "the traders whom gendarmes arrested"
        objs += [front] if front is not None and not objs else []
        if adjective_subject(verb) is not None or described(verb):
            objs.append(verb.head)  # "relaxed [curbs on bloggers]", "Quintero, kidnapped"
            if described(verb) and (name := apposed_name(verb.head)) is not None:
                objs[-1] = name  # "Tomas Ruiz, a farmer killed in the raid": Ruiz
        # the forces a source moves are its own, never a target ("deployed *soldiers* to the
        # border"); a place it moves them into may be ("militarized *Crimea*")
        own = [c for c in (*passive, *objs) if moved and c.dep_ in ("dobj", "nsubjpass")
               and amap.kind.get(amap.actor(c) or "") not in _LANDS]
        theme = [*own, *(c for c in (*objs, *passive) if _moved_thing(c, verb, themes))]
        themes, moved = frozenset(), False
        # a thing sent or fired somewhere is not whom ("tanks were sent *to the border*"),
        # unless it is another state's ("expelled two *Russian* diplomats to ...")
        mine = {None, *(amap.country.get(a) for a in sources)}
        sent = [c for c in theme if c not in own and amap.country.get(amap.actor(c) or "") in mine
                and any(p.dep_ in ("prep", "dative") and p.lower_ in _DIRECTIONS
                        for t in (verb, c) for p in t.children)] + (theme if bought else [])
        if theme:  # "shared intelligence *with the US*", "sent troops *to Mali*"
            # not "over/about" a matter: that is the object's; "bought drones *from Turkey*"
            near = preps & (TARGET_PREPS | sellers)
            # words answered go to whoever said them, not to what they are about
            said = [] if amap.actors(prep_targets(verb, near)) else _owners(theme, amap, sources)
            # "lodged a complaint with the UN *against Romania*": the accused, not the forum
            complaints = [c for c in theme if is_complaint(c)]
            targets = (accused([verb, *complaints], amap, sources) if complaints else []) or \
                (_aimed_at([verb, *theme], amap, sources) if "at" in preps else []) or \
                said or reach([*prep_targets(verb, near),
                                *(p for c in theme for p in prep_targets(c, near))],
                               amap, preps, sources)
            if targets:
                break
        given = set(furnished(verb, lexicon.get()))  # "provided Kyiv *with drones*": a thing
        # the matter it is over or about is whom only when it names no one else
        named = [o for o in prep_targets(verb, preps) if o not in given]
        matters = [o for o in named if o.head.lower_ in _MATTERS]
        others = [*sources, *amap.actors(distant_agent(verb))]
        # "protested the detention of its fishermen *by Ecuador*": the act's doer
        targets = act_doers(verb, objs, amap, others) or reach(
            [*(c for c in (*passive, *objs) if c not in own and c not in sent),
             *(o for o in named if o not in matters)], amap, preps, others) or \
            reach(matters, amap, preps, others)
        if not targets and verb.dep_ == "amod" and verb.pos_ == "VERB":
            # the same misparse: the noun is the object, the preps hang on the verb above
            targets = reach(prep_targets(verb.head.head, preps), amap, preps, sources)
            if targets and verb.tag_ in ("VBN", "VBD"):
                # no misparse: "handed over 40 *captured* rebels to the ICRC" was done to the
                # rebels, the verb above is another act with a recipient of its own
                targets = reach([verb.head], amap, preps, sources)
        complement = _complement(verb, purpose)
        if targets or complement is None:
            break
        if _small_clause(complement):  # "help *Malian troops* push back ...": the helped,
            # never what they do it to
            targets = reach([c for c in complement.children if c.dep_ == "nsubj"], amap,
                             preps, sources, depth=0)
            break
        if addressee and complement.dep_ == "ccomp":
            targets = reach([c for c in complement.children if c.dep_ == "nsubj"], amap,
                             preps, sources, depth=0)
            if targets:
                break
        verb = complement
    if not targets:
        targets = wisher(start, amap, sources) or yielder(start, amap, sources)
    return sources, _uncontrasted(targets, verb, amap, sources)


def _small_clause(verb: Token) -> bool:
    """Whether ``verb`` is a bare infinitive the parser read as a clause of its own, its
    subject really the object of the verb above ("help *Malian troops* push back", "let the
    police lead"): no "to", auxiliary or subordinator, a subject of its own, and a base form
    (the tagger's present plural, "help Kurdish fighters *defeat*", only under an infinitive,
    which takes no finite clause without "that")."""
    return (verb.dep_ == "ccomp" and verb.pos_ == "VERB" and (verb.tag_ == "VB" or (
                verb.tag_ == "VBP" and verb.head.tag_ == "VB"))
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _purpose_doers(verb: Token, amap: ActorMap) -> list[str]:
    """Who does an infinitive of purpose set after an act named as its verb's object ("hailed
    *the Rwandan deployment* to help ..."): that act's doer, named on the noun, not whoever
    judges it; none when the object is no act or names no doer ("urged *Paris* to help")."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children):
        return []
    acts = [c for c in verb.head.children if c.dep_ == "dobj" and amap.direct(c) is None
            and lexicon.get().senses("noun", c.lemma_.lower())]
    mods = [m for c in acts for m in c.children
            if m.dep_ in SOURCE_MODS and not where_named(m, amap)]
    return [a for a in amap.actors(mods) if amap.kind.get(a) != "LOCATION"]


def _listed(verb: Token, amap: ActorMap) -> list[str]:
    """The members a pronoun subject lists in its own phrase ("*those* who armed the
    militias, *such as Iran and Qatar*, should help"): the "such as", "like" or "including"
    phrase anywhere in it; none for a pronoun that lists no one."""
    heads = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("those", "these")]
    listed = [o for h in heads for p in h.subtree if p.dep_ == "prep" and (
        p.lower_ in _INCLUDING or (p.lower_ == "as" and p.i and p.nbor(-1).lower_ == "such"))
        for o in pobjs(p)]
    return amap.actors(listed)


def _uncontrasted(targets: list[str], verb: Token, amap: ActorMap,
                  sources: list[str]) -> list[str]:
    """``targets`` less a party set against them by "not" after the object ("rebuild
    Ukraine's grid, *not Hungary*"): it is no recipient; the object's owner stands for the
    object when the contrast was all it named."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "obj")]
    set_off = [c for o in objs for c in o.children if c.dep_ in ("appos", "conj", "npadvmod")
               and c.i and c.nbor(-1).lower_ == "not"]
    against = set(amap.actors(set_off))
    if not against:
        return targets
    kept = [a for a in targets if a not in against]
    owners = [a for a in amap.actors(c for o in objs for c in o.children if c.dep_ == "poss")
              if a not in sources and a not in against]
    return kept or owners


def yielder(act: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whom an act kept up until a party yields (RETREAT, CONCEDE) is aimed at: the "until"
    clause's subject ("keep fighting until *the rebels* lay down arms"); not "until X came"."""
    ends = [v for k in (act, act.head)[:1 + (act.dep_ in ("xcomp", "dobj"))] for v in k.children
            if v.dep_ == "advcl" and any(m.lower_ in ("until", "till") for m in v.children) and any(
                e.type in ("RETREAT", "CONCEDE") for e in lexicon.get().senses("verb", v.lemma_))]
    return [a for a in amap.actors(c for v in ends for c in v.children if c.dep_ == "nsubj")
            if a not in sources]


def wisher(head: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whoever wishes for an act that names no recipient of its own ("*Nepal* would welcome
    Chinese aid", "*Kyiv* wants Berlin to deliver tanks", "*Somalia* hopes for Turkish
    help"): the subject of the wishing verb it hangs on, when that is a state (or a body of
    one) other than the act's doer, for whom the act is done. Not a body of no state ("the
    UN wants Israel to withdraw": not for the UN), nor a doer wishing its own act ("India
    hopes to send aid")."""
    if not sources:
        return []
    token, path = head, [head]
    for _ in range(3):
        if token.dep_ not in _WISHED or token.head == token:
            return []
        token = token.head
        path.append(token)
        # the tagger reads "hopes" as the verb "hop"
        if token.pos_ == "VERB" and (token.lemma_.lower() in _WISHES
                                     or token.lower_.rstrip("sd") in _WISHES):
            break
    else:
        return []
    # "welcome Indian aid *to Sri Lanka*", the recipient hung on the wishing verb
    named = reach([o for o in prep_targets(token, frozenset({"to", "for"}))
                    if o not in path], amap, frozenset(), sources, depth=0)
    if named:
        return named
    mine = {amap.country.get(a) for a in sources}
    found = [a for a in amap.actors(c for c in token.children if c.dep_ == "nsubj")
             if a not in sources]
    return [a for a in found if amap.country.get(a) not in (None, *NON_STATE, *mine)]


def condition_subjects(verb: Token, amap: ActorMap, exclude: list[str]) -> list[str]:
    """The actors a condition names ("threatened a strike *unless Israel* rescinded ..."):
    whoever must act for the threat not to be carried out."""
    for c in verb.subtree:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                     for m in c.children):
            return [a for a in amap.actors(x for x in c.children if x.dep_ == "nsubj")
                    if a not in exclude]
    return []
