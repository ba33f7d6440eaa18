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
through its doer ("protested the detention of its fishermen *by Ecuador*": Ecuador), a thing
through its maker ("condemned the statements *made by* the minister", ``makers``).
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

from spacy.tokens import Token

from ..actors import dictionary
from ..actors.tables import word_list
from . import lexicon
from .actormap import ActorMap
from .carriers import carrier
from .complaints import accused, act_doers, is_complaint, makers
from .doers import doers
from .misreadings import (
    adjective_subject,
    apposed_name,
    counted_object,
    described,
    infinitive_conjunct,
    participle_subject,
    reported_conjunct,
)
from .phrasings import predicates
from .purposes import serves
from .reached import INCLUDING, prep_targets, reach, topic_free, where_named
from .relatives import antecedent, fronted_object
from .subjects import SUBJECTS, agent, distant_agent, patients, pobjs, subject
from .tenses import to_infinitive
from .triggers import furnished
from .undergoers import named_object
from .whereabouts import where_only
from .wishers import wisher, yielder

#: Who does a verb is read in ``doers``; the stages read it from here with the rest.
__all__ = ["TAKE_PART", "TARGET_PREPS", "ActorMap", "agent", "carrier", "doers", "subject",
           "verb_arguments"]

TARGET_PREPS = word_list("grammar.yaml", "target_preps")
SOURCE_MODS = frozenset({"poss", "compound", "amod", "nmod"})
#: Events one takes part in: a "for/in/on" phrase carries them ("in talks", "on alert").
TAKE_PART = frozenset({"CONSULT", "COOPERATE", "MOBILIZE"})
#: Prepositions of the matter of an act: whom only when the act names no one else.
_MATTERS = frozenset({"over", "about"})
#: Actor kinds that are places or the states they stand for.
_LANDS = frozenset({"COUNTRY", "LOCATION"})
#: Prepositions of where a thing is sent, fired or thrown: the thing is not whom ("sent tanks
#: *to* the border", "fired rockets *at* Kyiv").
_DIRECTIONS = word_list("grammar.yaml", "direction_preps")
#: What tells a noun as one party: a determiner, an owner, a modifier, a number.
_TOLD = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
#: Types whose target benefits: help asked for goes to whoever asks for it.
BENEFITS = frozenset({"AID", "SUPPORT"})


def bare_mass(noun: Token) -> bool:
    """Whether ``noun`` is a bare singular, told as no one party by a determiner, an owner,
    a modifier or a number: "shared *intelligence*", not "*the* intelligence *service*"."""
    return noun.tag_ == "NN" and not any(m.dep_ in _TOLD for m in noun.children)


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


def _moved_thing(token: Token, verb: Token, themes: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``themes``, the objects a sense names as what is done, not
    to whom: a word, or a suspect of the class "@suspect" sent *to* someone (one extradited
    or handed over to a state is moved between states: "handed *the suspect* over to
    Moldova" is done for Moldova; but "a suspect was seized" is whom it is done to), or a
    person of "@human" a verb of handing hands *to* someone ("handed *the detainees* to the
    Red Cross": released to the Red Cross, ``handing_verbs``)."""
    to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)
    return token.lemma_.lower() in themes or (to and (
        ("@suspect" in themes and lexicon.get().is_a(token, "@suspect")) or (
            "@human" in themes and verb.lemma_.lower() in dictionary.word_list(
                "arguments.yaml", "handing_verbs") and lexicon.get().is_a(token, "@human"))))


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


#: What of a verb's own, set before a conjoined verb, names whom it is done to, so that it
#: shares no object of that verb ("accused *the group* of X and asked Y to ..."); so does a
#: phrase of ``TARGET_PREPS`` with an object that is no date ("committed *to the text*").
_OWN_OBJECTS = frozenset({"dobj", "dative", "iobj", "obj", "attr", "oprd"})


def _names_whom(child: Token) -> bool:
    """Whether a verb's ``child`` names whom the verb is done to: an object, or a phrase of
    ``TARGET_PREPS`` whose object is no date ("against the governor"; not "on Monday", nor
    "through Caldera")."""
    return child.dep_ in _OWN_OBJECTS or (child.dep_ == "prep" and child.lower_ in TARGET_PREPS
                                          and any(o.ent_type_ not in ("DATE", "TIME")
                                                  for o in pobjs(child)))


def _same_patient(conjunct: Token) -> bool:
    """Whether a conjoined verb's object is a pronoun, which takes up the first verb's own
    object ("arrested its secretary, Vinod Prasad, and took *him* to the station")."""
    return any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in conjunct.children)


def _stranded(verb: Token, conjunct: Token) -> bool:
    """Whether ``verb`` has a preposition left with no object before ``conjunct`` ("established
    ties *with* and opened an embassy in Tehran"): its object is the conjunct's."""
    return any(m.dep_ == "prep" and not any(m.children) and m.head.i < m.i
               for m in verb.doc[verb.i + 1:conjunct.i] if verb in m.ancestors)


def _complement(verb: Token, purpose: bool) -> Token | None:
    """Where a verb's target may be found when it has none: its infinitive or clause, an
    unmarked participle or purpose clause ("opened fire *to disperse* demonstrators"), or a
    coordinated verb sharing its object ("donated and delivered goods *to* the school"), when
    nothing of its own before that verb names whom (``_names_whom``: "accused *the group*
    of X and asked Y ..." shares nothing; "marched through Caldera and chanted slogans
    against the governor" shares), its object is a pronoun for the same one (``_same_patient``),
    or a preposition waits for its object ("established ties *with* and opened an embassy in
    Tehran")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp"):
            return c
    for c in verb.children:
        if c.dep_ in ("advcl", "acl") and not serves(c) and (purpose or not any(
                m.dep_ == "mark" for m in c.children)):
            return c
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and reported_conjunct(c) is None and not any(
                m.dep_ in SUBJECTS or m.dep_ == "nsubjpass" for m in c.children) and (
                _stranded(verb, c) or _same_patient(c) or not any(
                    verb.i < m.i < c.i and _names_whom(m) for m in verb.children)):
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
        objs += named_object(verb)  # "stop [what it called] *the shelling of Rafah*"
        # "expelled [*the priests*] still serving in ...": parsed as the participle's subject
        objs += [s for s in [participle_subject(verb)] if s is not None and not objs]
        # "found [*the army* guilty]": the subject of the small clause is whom it is said of
        objs += [c for p in predicates(verb) for c in p.children if c.dep_ == "nsubj"]
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
        # what the sense names as done, a bare mass noun, is no party though an actor noun
        # shares its word ("shared *intelligence*", an agency in "*Moroccan intelligence*
        # said"); people or bodies told as such may be ("expelled *diplomats*")
        things = [c for c in theme if c.lemma_.lower() in themes and bare_mass(c)]
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
            # what the intelligence shared is *on* is no party ("shared intelligence *on* X")
            for c in theme:
                near = topic_free(c, near)
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
        # ... though its phrases may name whom ("demanded compensation *from Morocco*")
        targets = [a for a in targets if a not in {amap.direct(t) for t in things}]
        if not targets:  # "condemned the statements *made by* the Afghan minister"
            targets = makers([*objs, *prep_targets(verb, TARGET_PREPS)], amap, others)
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
    if verb.dep_ != "xcomp" or not to_infinitive(verb):
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
        p.lower_ in INCLUDING or (p.lower_ == "as" and p.i and p.nbor(-1).lower_ == "such"))
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
