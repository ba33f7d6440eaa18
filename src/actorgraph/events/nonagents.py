"""Non-agents: harm no one does, play, a protest's own demand, and protests only forecast.

In: a trigger (or a token, a reading) with the parse around it, the lexicon's word lists
(``non_agents``, ``accident_sites``, ``accident_verbs``, ``weapon_words``, ``fought_words``,
``sports``, ``markets`` in ``modality.yaml``), this stage's own (``blast_causes``,
``munitions``, ``leftover_words``, ``past_wars``, ``sport_nouns``, ``labour_sports``,
``result_words``, ``market_names``, ``market_moves``, ``earth_forces``, ``earth_places`` in
``nonagents.yaml``) and the actor map. Out: yes or no, for the events stage to drop the
event or the doer.

Natural forces, accidents, disease, animals and things never act: "the earthquake killed
eight", "killed in the floods", "a lightning strike", "a block collapsed, killing 14", "stray
dogs killed a boy", "the *Rolling Fork* tornado kills 25", "thick fog caused a pile-up,
killing two", "after a fire there killed 260", "killed by unexploded ordnance" are no event,
and a storm with a name ("Cyclone Idai") is no source. A disaster's toll told around the
verb, and work against a disaster, are ``disasters``'. A violent word in a game is play
("attacked the goal", "struck twice as City beat Arsenal 3-1"), and a market's rally or march
is a price moving ("the Dow marched higher"). What a street protest demands is its content,
not a REQUEST or ACCUSE of its own, and a protest by a crowd nobody names that someone only
forecasts is no event yet.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import word_list
from ..actors.mentions import ARMED
from ..records import Actor
from . import crowds, doers, implied, triggers, undergoers
from .arguments import ActorMap, subject
from .lexicon import Entry, Lexicon
from .misreadings import FINITE
from .modality import Reading

#: Prepositions naming how a passive harm came: "killed *in* the floods", "destroyed *by* fire".
CAUSES = word_list("grammar.yaml", "cause_preps")


def words(kind: str) -> frozenset[str]:
    """The word list ``kind`` of ``data/nonagents.yaml`` (read once)."""
    return word_list("nonagents.yaml", kind)


def forms(token: Token) -> tuple[str, ...]:
    """The lowercase words a noun may be listed under: its lemma, its form, and its form less
    a plural "s" (a capitalised plural the parser read as a name, "*Wildfires* raced"; a
    disease whose lemma lost its "s", "*measles*")."""
    lower = token.lower_
    return (token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower)


def _non_agent(token: Token, lex: Lexicon) -> bool:
    return any(lex.cue("non_agents", w) for w in forms(token))


def forecast(reading: Reading, lex: Lexicon) -> bool:
    """Whether a protest by a crowd nobody names is only someone's forecast, not an event that
    happens or is announced (PLOVER): believed or hypothetical ("economists fear a wave of
    strikes", "protests could follow"), or a future someone expects ("*analysts expect* a
    wave of protests"), unlike one that is scheduled ("a wave of protests is expected next
    week", "protests are planned for Friday")."""
    cue = reading.cue
    return reading.modality in ("believed", "hypothetical") or (
        reading.modality == "future" and cue is not None
        and lex.cue("belief_verbs", cue.lemma_.lower())
        and any(c.dep_ == "nsubj" for c in cue.children))


def protest_demand(head: Token, entry: Entry, senses: dict[int, Entry]) -> bool:
    """Whether a demand or a denunciation is what a street protest is for, not an act of its
    own (PLOVER: a demand made by marching is a PROTEST; CAMEO 1411-1444 *demonstrate for*
    a change): a verb with no subject of its own hung on a protest verb, or on the light verb
    of a protest noun ("marched on Congress *to demand* ...", "staged a sit-in, *demanding*
    unpaid wages", "rallied *to denounce* the law"). Someone who demands in words of their
    own ("the union demanded ...") still makes a REQUEST, and so does one who first did
    another act to a protest ("condemned the strike and *demanded* an explanation": the
    strike is what was condemned, not what the demand is made by)."""
    if entry.type not in ("REQUEST", "ACCUSE") or entry.pos != "verb" or \
            head.dep_ not in ("advcl", "xcomp", "conj") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    verb = head.head
    carried = [c for c in verb.children if c.dep_ in ("dobj", "attr")] \
        if getattr(senses.get(verb.i), "type", None) is None else []
    return any(getattr(senses.get(t.i), "type", None) == "PROTEST" for t in (verb, *carried))


def market(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a verb of protest tells a market's move, not a crowd's: done by a market or a
    stock index ("stocks rallied", "the *Dow* marched higher") or in a direction ("marched
    *higher*"), even when the parse names an actor for it."""
    head = trigger.head
    if trigger.entry.type != "PROTEST" or trigger.entry.pos != "verb":
        return False
    if any(c.dep_ in ("advmod", "acomp") and c.lower_ in words("market_moves")
           for c in head.children):
        return True
    return any(lex.cue("markets", t.lemma_.lower()) or t.lower_ in words("market_names")
               for t in subject(head))


def natural(token: Token, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether ``token`` heads a natural force, an accident or a disease ("the earthquake",
    "Cyclone Freddy", "floodwaters", "an explosion at a chemical factory") with no human hand
    in it ("sniper fire", "Israeli fire", "a fire set by militants"), or a munition left from
    a past war (``leftover``)."""
    if leftover(token):
        return True  # "killed by *unexploded ordnance*", "an *old landmine*"
    if lex.cue("weapon_words", token.lemma_.lower()):
        return False  # "a car *bomb*", "a *drone* crashed": a weapon has a hand behind it
    if token.tag_ == "NNS" and not token.ent_type_ and lex.is_a(token, "@human"):
        return False  # people are no force, whatever their trade: "*bus drivers*", "*miners*"
    if token.dep_ != "nsubj" and doers.vessel(token):
        return False  # "seized *a tanker*", "the seizure *of the tanker*": a thing taken
    if token.pos_ in ("NOUN", "PROPN") and token.ent_type_ != "PERSON" and any(
            w in words("earth_forces") or (w in words("earth_places") and token.dep_ == "nsubj")
            for w in forms(token)):
        return True  # "the *Rolling Fork* tornado", "*thick fog*", "*rising waters* killed"
    mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    own = amap.direct(token)
    if any(lex.cue("weapon_words", m.lemma_.lower()) or (
            amap.direct(m) not in (None, own) and not lex.cue("non_agents", m.lemma_.lower())
            and amap.kind.get(amap.direct(m)) != "LOCATION" and not lex.is_a(m, "@place"))
            for m in mods):  # "the Marmolada glacier", "the *Rolling Fork* tornado"
        return False
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "agent" and not any(
            lex.cue("non_agents", w.lemma_.lower()) for w in g.subtree) for g in c.children)
           for c in token.children):
        return False  # "a fire set by militants", not "landslides set off by heavy rain"
    if _non_agent(token, lex) or any(_non_agent(m, lex) for m in mods if m.dep_ != "amod"
                                     or m.pos_ in ("NOUN", "PROPN")):
        return True  # "a *flood* surge", "*Cyclone* Idai"; not "a *crushing* response"
    if any(m.lemma_.lower() in words("blast_causes") for m in mods) and (any(
            s.mode == "explosives" for s in lex.senses("noun", token.lemma_.lower()))
            or lex.cue("fought_words", token.lemma_.lower())):
        return True  # "a *gas* explosion", "a *fuel* fire": what blew up, not who
    if own is None and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and natural(o, lex, amap) for o in c.children)
            for c in token.children):
        return True  # "a pack *of stray dogs*", "a chunk *of the glacier*", "the remnants *of*"
    # "an explosion *at a chemical factory*", "a blast *in a coal mine*": a blast at a works
    # is an accident
    return any(s.mode == "explosives" for s in lex.senses("noun", token.lemma_.lower())) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
            o.dep_ == "pobj" and (lex.cue("non_agents", o.lemma_.lower())
                                  or lex.cue("accident_sites", o.lemma_.lower()))
            for o in c.children)
        for c in token.children)


def leftover(token: Token) -> bool:
    """Whether ``token`` is a munition (``munitions``) said to be left from a past war: a
    modifier of ``leftover_words`` ("*unexploded* shells", "*leftover* cluster munitions",
    "an *old* landmine"), a clause "left over" or "left behind", or a phrase "from the *war*"
    (``past_wars``); not a weapon used by a hand ("a mortar round *fired by* the militia")."""
    if not any(w in words("munitions") for w in forms(token)):
        return False
    for c in token.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in words("leftover_words"):
            return True
        if c.dep_ == "acl" and c.lemma_.lower() == "leave" and any(
                p.dep_ in ("prt", "advmod") and p.lower_ in ("over", "behind")
                for p in c.children):
            return True  # "a landmine *left over* from the war"
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                o.lemma_.lower() in words("past_wars") for o in c.children):
            return True
    return False


def accident(token: Token, lex: Lexicon, amap: ActorMap) -> bool:
    """Whether ``token`` is a thing in an accident: the subject of a verb of one
    (``accident_verbs``) with no object of its own, naming no actor and no weapon ("a block
    *collapsed*", "a jet *crashed* into a hillside", "a dam *gave way*", "a tanker collided
    with a truck and *blew up*"); not "rebels blew up a tanker", "a bomb exploded", "the
    government caved in", "thousands of farmers crashed through the barricades"; an actor
    named only as its owner is no doer ("*their* houses caved in", "a *Yeti Airlines* plane
    crashed")."""
    if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN") or lex.is_a(
            token, "@human") or crowds.weapon(token, lex):
        return False  # "a van *packed with explosives* blew up": a bomb
    actor = amap.actor(token)
    if actor is not None and not any(c.dep_ in ("poss", "compound") and amap.actor(c) == actor
                                     for c in token.children):
        return False  # "thousands of farmers crashed through", not "*their* houses caved in"
    verb = token.head
    lemma = verb.lemma_.lower()
    phrases = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj")}
    if lex.cue("accident_verbs", lemma) and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(lex.cue("accident_verbs", p) for p in phrases) and not any(
        c.dep_ == "dobj" and c.lower_ != "way" for c in verb.children)


def by_force(trigger: triggers.Trigger, lex: Lexicon, amap: ActorMap,
              sources: list[str]) -> bool:
    """Whether the harm a violent trigger names was done by a natural force: its doer is one
    ("the earthquake killed eight", "a landslide buried a village, killing 30"), or, with no
    doer, its cause ("killed *in the floods*", "destroyed *by fire*")."""
    head = trigger.head
    if trigger.entry.pos == "noun":
        return natural(head, lex, amap)  # "an explosion at a factory"
    stranded = _stranded(head)
    if stranded is not None and (natural(stranded, lex, amap) or any(
            lex.cue("non_agents", w) for w in forms(stranded))):
        return True  # "arrested the owner after *a fire* there killed 260 workers"
    doers = subject(head)
    if doers:
        # "a magnitude 6.3 earthquake struck ..., killing": a measure parsed as a second
        # subject is no hand; a participle takes the doer of the verb it hangs on
        # a name inside a force's own phrase the parser split off is its place ("rising
        # waters *in Rio Grande do Sul* have killed")
        forces = [t for t in doers if natural(t, lex, amap) or accident(t, lex, amap)]
        places = {amap.direct(w) for f in forces for w in f.subtree} - {None}
        return bool(forces) and all(t in forces or amap.direct(t) in (None, *places)
                                    for t in doers)
    return not sources and any(
        c.dep_ in ("prep", "agent") and c.lower_ in CAUSES and any(
            o.dep_ == "pobj" and natural(o, lex, amap) for o in c.children)
        for c in head.children)


def _stranded(head: Token) -> Token | None:
    """The subject the parser hung on a preposition of the verb above: the object of the
    phrase right before a finite verb that has no subject ("arrested the owner after *a fire*
    there killed 260": the fire killed), not before a participle ("fired on crowds after the
    flood, killing 12": the crowd's shooters killed)."""
    if head.tag_ not in FINITE or head.left_edge.i <= head.sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    token = head.doc[head.left_edge.i - 1]
    while token.dep_ != "pobj" and token.pos_ not in ("VERB", "AUX", "PUNCT") and \
            token.head.i < head.i and token.head != token:
        token = token.head
    return token if token.dep_ == "pobj" and token.head.head.i != head.i else None


def thing(token: Token, lex: Lexicon, amap: ActorMap, senses: dict[int, Entry]) -> bool:
    """Whether ``token``, naming no actor and no person, heads an act ("the *fighting*",
    "the *shelling*", a noun of the document's triggers), a war or a hardship ("the
    *crisis*"), a measure or a document ("the new *tariff*"), or a natural force: a thing,
    which never acts ("the fighting *threatens* to spill over": a harm that may come)."""
    if amap.direct(token) is not None or lex.is_a(token, "@human"):
        return False
    return token.i in senses or natural(token, lex, amap) or any(
        w in words(kind) for w in forms(token)
        for kind in ("past_wars", "hardships", "inert_subjects"))


def forces(trigger: triggers.Trigger, amap: ActorMap, lex: Lexicon) -> set[str]:
    """Actors among the trigger's doers that are natural forces ("Cyclone Idai"), or that
    own a thing in an accident ("*their* houses caved in")."""
    verb = implied.anchor(trigger)
    return {a for t in subject(verb)
            for a in [amap.direct(t) if natural(t, lex, amap) else
                      amap.actor(t) if accident(t, lex, amap) else None] if a}


def in_sport(trigger: triggers.Trigger, sources: list[str], targets: list[str],
             by_id: dict[str, Actor], lex: Lexicon, amap: ActorMap) -> bool:
    """Whether a violent word is play in a game: its sentence is about sport ("attacked the
    *goal*", "the *striker* launched an attack"; a word labour news uses too, "strikers",
    "stoppage", only beside another word of a game or as a player doing it) with no one hit,
    or gives a score of single digits ("struck twice as City beat Arsenal *3-1*", not the
    dates "10-12 May") or one a result word follows ("a *27-23 win*"); not when armed men do
    it ("gunmen attacked a football *stadium*") nor in a war game's "war". A player who does
    it plays, whoever owns the side ("Pakistan's *bowlers* destroyed England's top order"). No
    one is hit when the teams are named only around the act, by a player or nobody ("struck a
    low shot past the *keeper*"), or when one named side "beats" another ("Senegal beat Egypt")."""
    if any(getattr(by_id.get(a), "sector", None) in ARMED for a in sources):
        return False
    sentence = trigger.head.sent
    if any(_score(t) for t in sentence):
        return True
    cues = {t.lemma_.lower() for t in sentence if (lex.cue("sports", t.lemma_.lower()) or (
        t.pos_ == "NOUN" and t.lemma_.lower() in words("sport_nouns"))) and not any(
        c.lower_ == "war" for c in t.children)}
    doing = trigger.head if trigger.entry.pos == "verb" else trigger.light
    player = doing is not None and any(  # "the striker launched", not "strikers clashed"
        lex.cue("sports", w) for t in subject(doing) for w in forms(t)
        if t.tag_ != "NNS" or t.lemma_.lower() not in words("labour_sports"))
    if not cues or (cues <= words("labour_sports") and not player):
        return False  # no game; "warned that if *strikers* blocked the road": workers on strike
    if player and trigger.entry.pos == "verb":
        return True  # "the bowlers destroyed the top order"
    if not targets:
        return True
    actors = [by_id.get(a) for a in (*sources, *targets)]
    if trigger.entry.mode == "beat" and sources and all(a is not None and a.named
                                                        for a in actors):
        return True  # "Senegal beat Egypt": a win
    hit = {amap.direct(o) for o in undergoers.objects(trigger.head)}
    return not hit & set(targets) and all(
        getattr(by_id.get(a), "kind", None) == "PERSON" for a in sources)


#: Shapes of a score's sides: one digit each ("3-1"), or two with a result word after ("27-23 win").
_SIDES = frozenset({"d", "dd"})


def _score(token: Token) -> bool:
    """Whether ``token`` is (or starts) a game's score: "3-1", "3 - 1", or sides of up to two
    digits a result word follows ("a 27-23 *win*"), not the dates "10-12 May"."""
    sentence = token.sent
    if token.shape_ == "d-d":
        return True
    if "-" in token.shape_ and set(token.shape_.split("-")) <= _SIDES:
        last = token
    elif token.shape_ in _SIDES and token.i + 2 < sentence.end and token.nbor(1).text in (
            "-", "\u2013") and token.nbor(2).shape_ in _SIDES:
        if token.shape_ == token.nbor(2).shape_ == "d":
            return True
        last = token.nbor(2)
    else:
        return False
    return last.i + 1 < sentence.end and last.nbor(1).lemma_.lower() in words("result_words")
