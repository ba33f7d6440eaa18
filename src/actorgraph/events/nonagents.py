"""Non-agents: harm no one does, play, a protest's own demand, and protests only forecast.

In: a trigger (or a token, a reading) with the parse around it, the lexicon's word lists
(``non_agents``, ``accident_sites``, ``accident_verbs``, ``weapon_words``, ``fought_words``,
``relief_words``, ``unrest_words``, ``sports`` in ``modality.yaml``), this stage's own
(``blast_causes``, ``munitions``, ``leftover_words``, ``past_wars``, ``sport_nouns``,
``labour_sports``, ``result_words``, ``home_relief``, ``rescuers``, ``market_names``,
``market_moves``, ``relief_work``, ``earth_forces``, ``earth_places``, ``hardships`` in
``nonagents.yaml``) and
the actor map. Out: yes or no, for the events stage to drop the event or the doer.

Natural forces, accidents, disease, animals and things never act: "the earthquake killed
eight", "killed in the floods", "a lightning strike", "a block collapsed, killing 14", "stray
dogs killed a boy", "the *Rolling Fork* tornado kills 25", "thick fog caused a pile-up,
killing two", "after a fire there killed 260", "killed by unexploded ordnance" are no event,
a storm with a name ("Cyclone Idai") is no source, and a warning of a hardship ("warning of
hunger") threatens no one. Work against a disaster acts on no one: "battled a wildfire",
troops sent "to help firefighters", a state of emergency for a flood; relief a state sends
abroad is AID (the trigger table). A violent word in a game is play ("attacked the goal",
"struck twice as City beat Arsenal 3-1"), and a market's rally or march is a price moving
("the Dow marched higher"). What a street protest demands is its content, not a REQUEST or
ACCUSE of its own, and a protest by a crowd nobody names that someone only forecasts is no
event yet.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import word_list
from ..actors.mentions import ARMED
from ..records import Actor
from . import doers, implied, triggers
from .arguments import ActorMap, subject
from .lexicon import Entry, Lexicon
from .misreadings import FINITE
from .modality import Reading

#: Violent types a natural force cannot commit.
FORCE = frozenset({"ASSAULT", "COERCE"})
#: Prepositions naming how a passive harm came: "killed *in* the floods", "destroyed *by* fire".
CAUSES = frozenset({"in", "by", "during", "amid"})


def words(kind: str) -> frozenset[str]:
    """The word list ``kind`` of ``data/nonagents.yaml`` (read once)."""
    return word_list("nonagents.yaml", kind)


def _forms(token: Token) -> tuple[str, ...]:
    """The lowercase words a noun may be listed under: its lemma, its form, and its form less
    a plural "s" (a capitalised plural the parser read as a name, "*Wildfires* raced"; a
    disease whose lemma lost its "s", "*measles*")."""
    lower = token.lower_
    return (token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower)


def _non_agent(token: Token, lex: Lexicon) -> bool:
    return any(lex.cue("non_agents", w) for w in _forms(token))


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
            for w in _forms(token)):
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
    if not any(w in words("munitions") for w in _forms(token)):
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
            token, "@human") or lex.cue("weapon_words", token.lemma_.lower()):
        return False
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
            lex.cue("non_agents", w) for w in _forms(stranded))):
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
        lex.cue("sports", w) for t in subject(doing) for w in _forms(t)
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
    hit = {amap.direct(o) for o in triggers.objects(trigger.head)}
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


#: Prepositions that put a sentence in a disaster: "*after* the earthquake", "*in* the floods".
CONTEXT_PREPS = frozenset({"by", "after", "in", "during", "amid", "following", "from", "as"})


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
    if (sources and not _borrowed(head, senses)) or trigger.entry.type not in FORCE or \
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
                entry is not None and entry.type in FORCE and entry.pos == "noun"
                and not lex.cue("harm_words", t.lemma_.lower()) and not natural(t, lex, amap)):
            return False
    before = sentence.doc[sentence.start - 1].sent if sentence.start else None
    return any(_tells_of_force(t, lex, amap) for t in sentence) or (
        before is not None and any(_tells_of_force(t, lex, amap) for t in before))


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
    if any(w in words("relief_work") for t in sentence for w in _forms(t)):
        return True
    before = sentence.doc[sentence.start - 1].sent if sentence.start else None
    return any(_tells_of_force(t, lex, amap) for t in sentence) or (
        before is not None and any(_tells_of_force(t, lex, amap) for t in before))


def _borrowed(head: Token, senses: dict[int, Entry]) -> bool:
    """Whether a verb has no subject of its own and the verbs above it (up to the one with a
    subject) have no violent sense: its doers are the parse's loan, not its own."""
    node = head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        if node.dep_ not in ("advcl", "ccomp", "conj", "xcomp") or node.head == node:
            return False
        node = node.head
        if getattr(senses.get(node.i), "type", None) in FORCE:
            return False
    return node is not head


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
                lex.cue("unrest_words", w) for w in _forms(t)) for b in blamed for t in b.subtree)
    verb = implied.anchor(trigger)
    if kind == "AID":
        return lex.lemma(head) in words("home_relief") and not any(
            a in amap.named for a in targets) and _disaster_near(head, lex, amap, senses)
    if kind not in _ON_PEOPLE:
        return False
    if kind in FORCE and trigger.entry.pos == "verb" and _rescuers(subject(verb)):
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
                w in words("hardships") for w in _forms(o))) for o in c.children)
            for c in verb.children)  # "warned of heavy rain", "warning of hunger"
    around = (*verb.children, *(g for o in triggers.objects(verb) for g in o.children))
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
                lex.is_a(o, "@human") for o in triggers.objects(verb))):
        return False  # an arrest after a fire; not "closed schools" in an outbreak
    if kind == "MOBILIZE" and (any(amap.direct(o) is not None or lex.is_a(o, "@human")
                                   for o in triggers.objects(verb)) or any(
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
    before = sentence.doc[sentence.start - 1].sent if sentence.start else None
    return any(_tells_of_force(t, lex, amap) for t in sentence) or (
        before is not None and any(_tells_of_force(t, lex, amap) for t in before))


def _rescuers(doers: list[Token]) -> bool:
    """Whether the doers are all rescue workers (``rescuers``: "firefighters", "rescuers")."""
    return bool(doers) and all(any(w in words("rescuers") for w in _forms(t)) for t in doers)
