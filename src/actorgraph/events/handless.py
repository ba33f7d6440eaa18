"""Acts whose hand the text does not name, and when they are still events.

In: a trigger with no actor on either side (or none on its doer's) and its sense. Out:
whether it is an event all the same, or whose it is (a crowd the text does not name is
``crowds.unnamed_crowd``'s).

* an attack told in the passive with no agent, denied outright or done to people ("*no*
  shots were fired", "*they* were shot with live bullets") or under a denial or a declined
  confirmation ("declined to confirm whether tear gas had been used"); an attack whose doer
  is told only to be denied ("denied that *any* officer had fired", "*not a single* soldier
  fired", "*no* prisoner was beaten *by any* guard"); and a violent act, a protest, a raid
  or arrests named only to say they never took place ("there was *no* military operation",
  "*no* arrests were made", "declined to confirm *any* fighting", "denied *any* arrests":
  ``denied``) (``told_act``);
* an act denied, negated or left unconfirmed with its doer unnamed, when the denial speaks
  for it ("any soldier", "no officer" under a police or army denial: the denier's own
  forces) (``speakers_side``);
* an attack by hands unknown, told with where it happened (``placed``). Conflict-event
  datasets code an attack whose perpetrator is unknown as one by an unidentified actor when
  the report gives where and when (ACLED: "unidentified armed group"). So here: a violent
  act of a material mode of fighting (CAMEO 19: 190 force, 193 small arms, 194 artillery,
  195 aerial weapons: shelling, bombardment, gunfire, an air strike, shots fired) with no
  actor named is an event when its clause names where it happened (a town, a village, a
  district, a market, a named place) or what it hit, and the text tells it happened
  (asserted, reported, denied: the caller drops any other modality). Never a natural force
  or an accident, sport, fireworks, an exercise or a test, a film; nor a generic or habitual
  statement ("shelling is common in the area", "gunfire is heard every night").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.collectives import FORCE_SECTORS
from ..actors.mentions import PLACE_NOUNS
from ..actors.tables import word_list
from ..records import NOT_HAPPENED
from . import crowds, misreadings, triggers
from .actormap import ActorMap
from .lexicon import Entry, Lexicon, with_objects
from .modality import declined, habitual
from .negation import no_such
from .phrasings import of_phrase

#: Types whose act denied is an event with no hand named: violence (crowd control too) and
#: protest, whose denials are the news ("no shots were fired"); a peace, a visit or talks
#: denied with no party named tell nothing ("there was no agreement").
_TOLD_DENIED = frozenset({"ASSAULT", "PROTEST"})
#: CAMEO codes of coercion whose denial is news like violence's: force used on people, a raid
#: (170), arrests (173), repression (175); not a curfew, a seizure of goods or an expulsion.
_FORCE_ON_PEOPLE = ("170", "173", "175")


def _told_denied(entry: Entry) -> bool:
    """Whether an act of this sense, denied with no hand named, is still an event."""
    return entry.type in _TOLD_DENIED or (
        entry.type == "COERCE" and (entry.cameo or "").startswith(_FORCE_ON_PEOPLE))


def _done_to(verb: Token) -> list[Token]:
    """The passive subject of ``verb``, or the noun of its partitive ("two *of them*")."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return found + [o for s in found for o in of_phrase(s)]


def _withheld(token: Token, lex: Lexicon) -> bool:
    """Whether the clause or noun ``token`` is what a denial denies or a confirmation withholds:
    the complement of a verb of denying ("denied *that any officer had fired*", "denied *any
    arrests*") or of one of confirming declined ("declined to confirm *whether tear gas had
    been used*", ``modality.declined``)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "dobj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if lex.cue("deny_verbs", lemma) or (lex.cue("confirm_verbs", lemma)
                                            and declined(node, lex)):
            return True
    return False


#: Pronouns of anyone at all, that a denial turns into no one: "denied that *anybody* had
#: been arrested".
_ANY = word_list("grammar.yaml", "any_pronouns")


def _nobody(doer: Token, withheld: bool) -> bool:
    """Whether the doer ``doer`` is told with a negative-polarity word: "*no* officer", "*not
    a single* soldier", "*none* of its officers"; or, in what a denial denies (``withheld``),
    "*any* officer", "*any* of its officers", "*anybody*"."""
    if no_such(doer) or doer.lower_ == "none":
        return True
    return withheld and (doer.lower_ in _ANY or any(
        d.dep_ == "det" and d.lower_ == "any" for d in doer.children))


def _handed(verb: Token, withheld: bool) -> bool:
    """Whether the passive ``verb`` names who did it ("beaten *by the guards*"), not an agent
    told only to say no one did: "*no* prisoner was beaten *by any guard*" (the "no" of the
    clause, its negation or a denial over it licenses the "any": ``_nobody``)."""
    denies = withheld or any(c.dep_ == "neg" for c in verb.children) or any(
        no_such(t) for t in _done_to(verb))
    return any(not _nobody(o, denies) for c in verb.children if c.dep_ == "agent"
               for o in c.children if o.dep_ == "pobj") or any(
        c.dep_ == "agent" and not any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children)


#: Determiners and modifiers of a noun said not to exist: "*no* raid", "*any* clashes", "no
#: *such* strike".
_NONE = word_list("grammar.yaml", "nonexistence_determiners")


def denied(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a nominal trigger names an act only to say it did not take place (or, under a
    denial, to deny that it did): the subject of a verb of occurring (``occur_verbs``: "*no
    raid* had taken place", "*the attack* never happened", "denied that *any attack*
    occurred") or the noun of an existential "there be" ("there was *no* military
    operation", "denied that there had been *any* clashes"), the passive subject of a verb
    that does it ("*no* arrests had been made", ``light_verbs``) or the object of a denial or
    of a confirmation declined ("denied *any* arrests", "declined to confirm *any* fighting",
    ``_withheld``), with "no", "any" or "such" before it or a negation on its verb. Not an
    act that did take place ("*a second raid* took place"), nor one that is only planned
    ("*no talks* are planned"), nor a definite act a denial speaks of ("denied *the*
    raid")."""
    head = triggers.standing(trigger.head)  # "no *act* of violence was committed"
    verb = head.head
    done = head.dep_ == "nsubjpass" and lex.lemma(verb) in lex.light_verbs
    if trigger.entry.pos != "noun" or (trigger.light is not None and not done) or verb is head:
        return False
    lemma = verb.lemma_.lower()
    occurs = head.dep_ == "nsubj" and any(
        lex.cue("occur_verbs", w) for w in (lemma, *with_objects(verb)))  # "take place"
    there = head.dep_ in ("attr", "nsubj") and lemma == "be" and any(
        c.dep_ == "expl" for c in verb.children)
    return (occurs or there or done or _withheld(head, lex)) and (
        any(c.dep_ in ("det", "amod", "predet") and c.lower_ in _NONE for c in head.children)
        or any(c.dep_ == "neg" for c in verb.children))


def told_act(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether an attack with no actor on either side is still an act the text tells (its source
    empty): a violent verb in the passive with no agent, denied outright or done to people:
    "*no* shots were fired", "*they* were shot with live bullets", "two *of them* were shot";
    and an attack or a protest named only to say it never took place ("there was *no* military
    operation", "*no* protest took place", ``denied``): a denial is answered, so it is an event
    even with no hand named. So are arrests, raids and repression (``_told_denied``: "no arrests
    were made", "denied any arrests"), an attack whose doer is told only to be denied ("denied
    that *any* officer had fired", "*no* policeman had beaten", "*no* tear gas was used *by any*
    officer": ``_nobody``), and a passive attack a denial denies or a confirmation withholds
    ("declined to confirm whether tear gas had been used"); any material act a party of which
    never existed ("*nothing* was seized"; not "no ship *is* boarded", nor a toll: "*nobody* was
    hurt"). Not harm a natural force or an accident also does ("were killed", "was hit": a
    flood's or a crash's toll too), nor a thing shot (a film: no person). An attack told with
    where it happened is one too (``placed``: "gunfire erupted in the market of Gao"). The
    verbs' rules: ``_party_never_there``, ``_force_on_nobody``, ``_unhanded_attack``."""
    head, entry = trigger.head, trigger.entry
    if (_told_denied(entry) and denied(trigger, lex)) or placed(trigger, lex):
        return True
    if done_to_people(trigger, lex) or restricted(trigger, lex):
        return True
    withheld = _withheld(head, lex)
    if _party_never_there(trigger, withheld, lex):
        return True
    if entry.type == "COERCE":
        return _force_on_nobody(trigger, withheld)
    return entry.type == "ASSAULT" and _unhanded_attack(trigger, withheld, lex)


def _party_never_there(trigger: triggers.Trigger, withheld: bool, lex: Lexicon) -> bool:
    """Whether a material act told by its verb (``denied_material_types``), no hand named
    (``_handed``) and told as one act (``_told``), has a party said never to have existed
    (``_nobody``: its passive subject, subject or object, "*nothing* was seized"); for an act
    of harm (``harm_words``) not people or a count of them ("*nobody* was hurt": a toll,
    maybe an accident's)."""
    head, entry = trigger.head, trigger.entry
    if entry.pos != "verb" or not lex.cue("denied_material_types", entry.type) or _handed(
            head, withheld) or not _told(head, lex):
        return False
    toll = lex.cue("harm_words", lex.lemma(head))
    return any(_nobody(t, withheld) and not (toll and (
        lex.is_a(t, "@human") or lex.cue("person_quantifiers", t.lower_))) for t in (
        *_done_to(head), *(c for c in head.children if c.dep_ in ("nsubj", "dobj"))))


def _force_on_nobody(trigger: triggers.Trigger, withheld: bool) -> bool:
    """Whether force on people told by its verb (``_told_denied``: a raid, arrests), no hand
    named, is done to or by no one (``_nobody``): "*no* priest has been detained", "denied
    that *any* student had been arrested"."""
    head, entry = trigger.head, trigger.entry
    return entry.pos == "verb" and _told_denied(entry) and not _handed(head, withheld) and any(
        _nobody(t, withheld) for t in (*_done_to(head), *(c for c in head.children
                                                          if c.dep_ == "nsubj")))


def _unhanded_attack(trigger: triggers.Trigger, withheld: bool, lex: Lexicon) -> bool:
    """Whether an attack told by its verb, no hand named and no harm an accident does too
    (``harm_words``: "were killed"), is done by no one or a craft alone (``_nobody``,
    ``_flown``), is what a denial denies (``withheld``), or is done to no one or to people
    ("*no* shots were fired", "*they* were shot")."""
    head = trigger.head
    if trigger.entry.pos != "verb" or _handed(head, withheld) or lex.cue(
            "harm_words", lex.lemma(head)):
        return False
    if any(_nobody(t, withheld) or _flown(t, lex) for t in head.children if t.dep_ == "nsubj"):
        return True
    return withheld or any(no_such(t) or lex.is_a(t, "@human") for t in _done_to(head))


def _flown(token: Token, lex: Lexicon) -> bool:
    """Whether a subject names only a craft or weapon someone flies or fires (``armed_craft``,
    ``weapon_words``: "unidentified *aircraft* bombed a depot"), not one a modifier puts to
    civil work (``civil_craft_words``: "a *cargo* jet overran the runway", "*crop-spraying*
    aircraft")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lex.cue("armed_craft", lemma) or lex.cue(
        "weapon_words", lemma)) and not any(lex.cue("civil_craft_words", c.lower_)
                                            for c in token.subtree)


#: CAMEO codes of coercion and killing done to people or a vessel with no hand named: arrest
#: and detention (173), a vessel seized (1711), abduction (181), killing (180, 18x, 20x).
_TAKEN = ("173", "1711")
_KILLED = ("18", "20")


def _victim(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` names people or a vessel: a person noun ("the opposition *leader*"),
    a counted group ("the four *men*"), one said not to exist ("*no* hostage"), a vessel
    (``vessel_words``), or "those" heading the participle ("*those* detained")."""
    return no_such(token) or lex.is_a(token, "@human") or any(
        c.dep_ == "nummod" for c in token.children) or lex.cue(
        "vessel_words", token.lemma_.lower()) or token.lower_ == "those"


def _told(verb: Token, lex: Lexicon) -> bool:
    """Whether the passive ``verb`` tells one act that took place or did not: no modal or
    condition on it ("*may be* detained", "*will be* arrested"), no simple present ("boats
    *are* seized": a rule or a habit; the present perfect tells an act: "*has been*
    killed"), no word of habit, and not a relative clause on whoever would ("anyone *who*
    is caught")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "mark")]
    if _irrealis(aux, lex):
        return False
    perfect = any(c.lemma_ == "have" for c in aux)
    if not perfect and any(c.tag_ in ("VBZ", "VBP") for c in aux):
        return False
    return not crowds.anyone(verb) and not habitual(verb.subtree, lex)


#: Word lists of the modals and marks that tell an act not told as done ("may", "will",
#: "must", "if").
_IRREALIS = ("hypothetical_modals", "future_modals", "obligation_modals", "conditional_marks")


def _irrealis(words: Iterable[Token], lex: Lexicon) -> bool:
    """Whether one of ``words`` (a verb's auxiliaries and marks) is a modal or a mark of
    condition: the act is not told as done."""
    return any(lex.cue(kind, w.lemma_.lower()) for w in words for kind in _IRREALIS)


def done_to_people(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a coercive act or a killing told in the passive with no agent is still an
    event: an arrest or detention (173), a vessel seized, detained or intercepted (1711), an
    abduction or a killing (181, 18x, 20x) whose passive subject, or the noun its participle
    hangs on, is people or a vessel (``_victim``: "the opposition leader was arrested", "a
    cargo ship was detained", "*no* hostage has been killed", "*those* detained include",
    "the four *men* taken off the island"), told as done or denied (``_told``). Not a
    warning's condition or a generic rule ("anyone who blocks roads will be arrested",
    "boats that enter can be seized"), nor goods seized, nor harm a natural force, a disease
    or an accident does ("killed in the floods", "killed when a bus plunged": ``non_agents``,
    ``accident_verbs`` in the sentence besides the victims)."""
    head, entry = trigger.head, trigger.entry
    cameo = entry.cameo or ""
    if entry.pos != "verb" or head.tag_ != "VBN" or any(c.dep_ == "agent" for c in head.children):
        return False
    if not ((entry.type == "COERCE" and cameo.startswith(_TAKEN)) or (
            entry.type == "ASSAULT" and cameo.startswith(_KILLED))):
        return False
    base = head.head if head.dep_ == "conj" else head  # "no hostage was harmed or *killed*"
    victims = _done_to(base) if base.dep_ != "acl" else [base.head]
    if base.dep_ == "relcl":  # "three farmers *who* were killed": the noun the clause is on
        victims = [base.head if t.tag_ in ("WP", "WDT") else t for t in victims]
    if not victims or not all(_victim(t, lex) for t in victims) or not _told(base, lex):
        return False
    if entry.type == "COERCE" and cameo.startswith("1711") and not any(
            lex.cue("vessel_words", t.lemma_.lower()) for t in victims):
        return False  # "two tonnes of cocaine were seized": goods, no vessel
    return entry.type == "COERCE" or not any(t not in victims and (lex.cue(
        "non_agents", t.lemma_.lower()) or lex.cue("accident_verbs", t.lemma_.lower()))
        for t in head.sent)  # a killing, not a flood's or a crash's toll


#: CAMEO codes of restrictions imposed on a place (172: a curfew, a ban, a closure, an
#: internet cut, a state of emergency) and of plunder (171 exactly: looting; not 1711, goods
#: confiscated, read by ``done_to_people`` for vessels only).
_RESTRICTIONS = "172"
_PLUNDER = "171"


def restricted(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether a restriction or plunder told in the passive with no agent is still an event
    (its source empty, its target the place): a verb of a restriction's or a plunder's sense
    (``_RESTRICTIONS``, ``_PLUNDER``) in the passive ("mobile internet *was cut* across the
    region", "shops *were looted* in the district", "the crossing *was closed*"), or a
    restriction's noun as the passive subject of its light verb ("*a curfew* was imposed on
    the town"), also in a headline with "was" left out ("Curfew imposed in Kastrel"), when
    the verb or what it closed names the place (``_where``, ``_site``) and the verb tells one
    act done (``_told``: no modal, no condition, no present of a rule or a habit). Not a
    sense with no object that names what was shut ("the plant was shut down": upkeep or
    trade), nor one a natural force or an accident did ("closed by heavy snow")."""
    head, entry = trigger.head, trigger.entry
    cameo = entry.cameo or ""
    if entry.type != "COERCE" or not (cameo.startswith(_RESTRICTIONS) or cameo == _PLUNDER):
        return False
    if entry.pos == "verb":
        if cameo.startswith(_RESTRICTIONS) and entry.prt and not entry.obj:
            return False  # "the reactor was shut down": nothing named as restricted
        verb, done = head, _done_to(head)
    elif head.dep_ in ("nsubjpass", "nsubj") and lex.lemma(head.head) in lex.light_verbs:
        verb, done = head.head, [head]  # "a curfew was imposed", "Curfew imposed in ..."
    else:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))
    if verb.tag_ != "VBN" or not passive or not done or any(
            c.dep_ == "agent" for c in verb.children) or not _told(verb, lex):
        return False
    if _framing(verb, lex):
        return False
    if not (_where(verb, lex) or any(_site(t, lex) or _where(t, lex) or any(
            c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS for c in t.children)
            for t in done)):  # "the Tarnow crossing", "shops in the old town"
        return False
    return not any(lex.cue("non_agents", t.lemma_.lower()) or lex.cue(
        "accident_verbs", t.lemma_.lower()) for t in verb.subtree if t.i != head.i)


def _framing(verb: Token, lex: Lexicon) -> bool:
    """Whether the clause of ``verb`` only frames the time of another act: a relative clause on
    a noun of time ("the last *time* the border was shut", ``frame_nouns``) or a "while" clause,
    a state lasting through what the sentence tells ("prices doubled *while* the crossings
    were shut")."""
    return (verb.dep_ == "relcl" and lex.cue("frame_nouns", verb.head.lemma_.lower())) or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while"
                                     for c in verb.children))


#: CAMEO codes of fighting with arms whose doer a report may not know (CAMEO 19: 190
#: conventional force, 193 small arms, 194 artillery and tanks, 195 aerial weapons).
_FIGHTING = ("190", "193", "194", "195")
#: CAMEO codes of bombing (183: explosives, car bombs, roadside bombs): a blast whose hand is
#: unknown is one too (ACLED's remote explosives), but only as a verb with no subject ("a
#: chalet *was blown up* near Calvi"): a blast told by its noun may be an accident's.
_BLASTS = ("183",)
#: Prepositions of where an attack happened or what it hit.
_AT = word_list("grammar.yaml", "attack_place_preps")
#: Named-entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Words that tell the doer is unknown: "*who* fired on the town is not known".
_WHO = frozenset({"who", "whoever"})


def _site(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` names a place: a place name, a noun of place ("the village"), a site
    attacks hit ("the market", "a checkpoint", ``attack_sites``), or one "of" a place name
    ("the main square *of Gao*")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in _PLACE_LABELS or lemma in PLACE_NOUNS or \
        lex.cue("attack_sites", lemma) or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                o.ent_type_ in _PLACE_LABELS for o in p.children) for p in token.children)


def _where(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` has a phrase of place ("near *the market*", "on *the town*") or an
    object that is one ("hit *the village*")."""
    return any((c.dep_ == "prep" and c.lower_ in _AT and any(
        o.dep_ == "pobj" and _site(o, lex) for o in c.children))
        or (c.dep_ == "dobj" and _site(c, lex)) for c in token.children)


def _happened(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb ``verb`` tells one act that took place: not a copula ("shelling *is*
    common"), not a present tense that tells a habit ("gunfire *is heard* every night"; a
    report verb may be present: "residents *report* shelling"), no word of habit."""
    if verb.lemma_ == "be" and not any(c.dep_ == "expl" for c in verb.children):
        return False  # "a bombardment would *be* a war crime"; not "*there was* shelling"
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    present = next((t.tag_ in ("VBZ", "VBP") for t in tensed if t.tag_.startswith("VB")
                    and t.tag_ != "VBN" and t.tag_ != "VBG"), False)
    if present and not lex.cue("report_verbs", verb.lemma_.lower()):
        return False
    if _irrealis((c for c in verb.children if c.dep_ in ("aux", "mark")), lex):
        return False  # "shelling could have hit the town", "if gunfire had erupted"
    return not habitual(verb.subtree, lex)


def placed(trigger: triggers.Trigger, lex: Lexicon) -> bool:
    """Whether an attack with no actor named is an event by where it happened: a sense of
    fighting (``_FIGHTING``) whose noun is the subject of a verb that tells it took place
    ("gunfire *erupted* in the market", "shelling *hit* the village", "heavy shelling *was
    reported* in the suburbs"), the object of a verb of reporting ("residents reported
    shelling near the market"), the noun of "there was", or the verb itself with no agent or
    an unknown one ("shots were *fired* at a checkpoint", "who *fired* on the town"), when
    the trigger or that verb names a place or what it hit (``_where``). Not in a sentence
    of drills, tests, shows or hunting (``mock_fire_words``), nor a habit (``_happened``),
    nor told not to have happened ("*no* gunfire was heard in the capital overnight": calm;
    a denial of an act someone asserted is read by ``told_act``'s denial rules)."""
    head, entry = trigger.head, trigger.entry
    if entry.type != "ASSAULT" or not ((entry.cameo or "").startswith(_FIGHTING) or (
            entry.pos == "verb" and (entry.cameo or "").startswith(_BLASTS))):
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "explosions and *gunfire* were reported": the pair's verb
    verb = head.head
    if entry.pos == "verb" and head.dep_ not in ("pcomp", "nsubj", "nsubjpass"):
        fired = misreadings.telegraphic_subject(head)  # "Shots *fired* near ...": no doer
        if any(c.dep_ == "agent" or (c.dep_ == "nsubj" and c.lower_ not in _WHO and not (
                fired is not None and c.i == fired.i)) for c in head.children):
            return False  # "shots were fired at", "who fired on": no doer, or one unknown
        verb, where = head, _where(head, lex) or any(  # "a site near Calvi was bombed"
            _site(t, lex) or _where(t, lex) for t in _done_to(head))
    elif head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "attr" and any(
            c.dep_ == "expl" for c in verb.children)):
        where = _where(head, lex) or _where(verb, lex)
    elif head.dep_ in ("dobj", "pcomp", "pobj"):
        reported = verb if head.dep_ == "dobj" else verb.head  # "denied reports *of* shelling"
        if not (lex.cue("report_verbs", reported.lemma_.lower())
                or lex.cue("report_nouns", reported.lemma_.lower())):
            return False
        verb = reported if head.dep_ == "dobj" else reported.head
        where = _where(trigger.head, lex)
    else:
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children):
        return False  # "no gunfire was heard in the capital": calm, no act by unknown hands
    return where and verb.pos_ in ("VERB", "AUX") and _happened(verb, lex) and not any(
        lex.cue("mock_fire_words", t.lemma_.lower()) or (  # "a wildfire", not "fired"
            t.pos_ == "NOUN" and t.i != trigger.head.i and lex.cue("non_agents", t.lemma_.lower()))
        for t in head.sent)


def speakers_side(trigger: triggers.Trigger, reading, amap: ActorMap,
                   lex: Lexicon) -> list[str]:
    """The doer of an act denied or negated with no doer named, when the denial speaks for
    it: "any soldier", "no officer", "not a single soldier", "any of its officers" (a force
    noun the actors stage names no actor for) are the denier's own forces, the speaker, also
    when it declines to confirm ("declined to confirm that any officer had fired"); and the
    police or army
    saying "no shots were fired", or that there was no *military* operation, no *police*
    raid (``denied``), deny their own. Otherwise none."""
    speaker = reading.attributed_to
    if speaker is None or reading.modality not in NOT_HAPPENED:
        return []
    head = trigger.head
    doers = [c for c in head.children if c.dep_ == "nsubj" and _nobody(c, True)]
    doers += [o for s in doers if s.lower_ in ("any", "none") for o in of_phrase(s)]
    if any(lex.is_a(t, "@police") or lex.is_a(t, "@military") for t in doers):
        return [speaker]
    force = amap.sector.get(speaker) in FORCE_SECTORS  # "the police say ..."
    if trigger.entry.pos == "verb" and not any(c.dep_ == "agent" for c in head.children) and \
            any(_nobody(t, True) for t in _done_to(head)) and force:
        return [speaker]
    if force and denied(trigger, lex) and any(
            c.dep_ in ("amod", "compound") and (lex.is_a(c, "@police") or lex.is_a(c, "@military"))
            for c in head.children):
        return [speaker]  # the army saying there was no *military* operation: its own
    return []
