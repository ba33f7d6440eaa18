"""Source and target actors of a nominal trigger ("the visit", "Russian help", "sanctions").

In: a noun ``Trigger``, an ``ActorMap`` and the two tests the events stage passes in
(``carries``: the verb whose object the noun is does its event; ``asks``: the verb asks for
it). Out: source and target actor ids, as ``arguments.verb_arguments`` gives for a verb.

Sources: the noun's possessive and modifiers ("*Haftar's* request", "*NATO* attacks"),
never a town named before one ("the *Kajuru* attack") nor an "anti-X" modifier, which names
the target ("an *anti-Islamist* offensive"); its by-phrase; a trip's traveller; whoever the
act is laid on ("blamed the ambush *on the rebels*"); the doers of a verb of the same act
whose clause of circumstance it is the subject of ("workers walked out *as a strike*
spread": ``_same_act``); else the doers of its light verb or of
the verb that carries it ("*Russia* offered support"), except one who pays or incurs a
penalty (``undergoing_verbs``: "the firm *paid* the fine", its target; the fine's source is who
imposed it or is paid), the agent of its participle ("talks *led by the UN*"), or, for aid,
support and requests, its "from" phrase. Targets: the noun's
prepositional phrases and "of" phrase (an "of" phrase names the doer for types that say so:
"the withdrawal *of Syrian troops*"), whoever undergoes it ("*his* arrest"), what the act
did when it is a subject ("drone attacks *killed* eight leaders"), for a threat whom the act
it threatens would be done to ("a threat *to expel* the UN office"), a passive subject hit
*with* it, the carrying verb's own phrases and dative (whoever a note or protest is
handed *to*: "sent a protest note *to* the embassy", "handed a note of protest *to* the
ambassador"), for a complaint the party it is lodged *against*, not the body it is lodged
with ("a complaint with the UN *against Romania*": ``complaints``), else whoever wishes for it
(``wishers.wisher``) or must yield (``wishers.yielder``). Help asked for goes to whoever
asks, from whoever is asked ("asked Berlin for aid", "Kabul's request to Delhi for
support"), unless it is for someone named after it ("called for aid *to Gaza*"); a receiving
verb turns the giver round ("Ukraine *received* aid from Germany"). A meeting noun with no
doer takes the traveller of the sentence before ("X arrived in Jakarta. *Talks* with ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..actors.tables import word_list
from .actormap import ActorMap
from .arguments import BENEFITS, SOURCE_MODS, TAKE_PART, TARGET_PREPS, verb_arguments
from .carriers import carrier, carries_act, handing_verbs
from .complaints import accused, handed_to
from .doers import doers, traveller
from .lexicon import Entry, Lexicon
from .lexicon import get as lexicon
from .parties import MEDIATE
from .patients import undergone
from .reached import between, prep_targets, reach, where_named
from .recipients import received_arguments
from .subjects import agent, blamed, by_phrase, charged, disowner, pobjs, words
from .tenses import to_infinitive
from .triggers import Trigger, fits
from .trips import destinations, is_trip, travellers
from .undergoers import EVENT_HEADS
from .wishers import wisher, yielder

#: Types whose noun, laid on someone as a charge, names a stance, not a deed: "accused him
#: of *sympathy* for the rebels" (a deed is the accused's: "accused Russia of *attacks*").
_STANCES = frozenset({"SUPPORT"})
#: Types whose "from" phrase on the noun names the doer: aid or support *from* a giver, a
#: request or demand *from* whoever asks ("a request from Serbia": Serbia asks).
_FROM_SOURCE = BENEFITS | {"REQUEST"}
#: Prepositions naming whoever is asked, before what is asked for ("appealed *to* Algeria
#: for aid", "called *on* Moscow for help").
_ASKED = word_list("possessors.yaml", "asked_preps")
#: Marks of a clause of circumstance: "walked out *as* a strike spread".
_CIRCUMSTANCE = frozenset({"as", "while"})


def noun_arguments(trigger: Trigger, amap: ActorMap, carries: Callable[[Token], bool],
                   preps: frozenset[str] = TARGET_PREPS,
                   asks: Callable[[Token], bool] = lambda verb: False,
                   ) -> tuple[list[str], list[str]]:
    """Sources and targets of a nominal trigger, with its light verb's if it has one, else
    those of the verb whose object it is when ``carries(verb)`` ("offered *support*").
    Help asked for (``asks(verb)``: "asked for *Russian* help", "requested Turkish
    assistance", "asked Berlin for aid", "appealed to Algeria for aid", "Kabul's request to
    Delhi for support") goes to whoever asks, from whoever is asked or named on it, unless it
    is for someone named after it ("called for aid *to Gaza*"). An "anti-X"
    modifier names the target, never the source ("an *anti-Islamist* offensive")."""
    noun = trigger.head
    places = destinations(noun, amap) if is_trip(noun) else []  # "the *Cairo* trip"
    own = [c for c in noun.children if c.dep_ in SOURCE_MODS and c not in places
           and not where_named(c, amap)]  # "the *Doha* talks", "the *Kajuru* attack"
    own = [c for c in own if amap.kind.get(amap.direct(c) or "") != "LOCATION"]  # "*Jeddah* talks"
    owners = undergone(trigger, own, amap)  # "*his* arrest": he is arrested
    own = [c for c in own if c not in owners]
    opposed = [a for c in own if _opposed(c) for a in [amap.direct(c)] if a]
    own = [c for c in own if not _opposed(c) and amap.direct(c) not in opposed]
    by = by_phrase(noun)
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)
          if o not in places]
    # "the Cairo visit *of the Ethiopian prime minister*": the traveller, whoever hosts it
    laid = blamed(noun)  # "blamed the ambush *on the rebels*": whom it is laid on does it
    sources = amap.actors([*own, *by]) or (travellers(noun, of, amap) if is_trip(noun) else [
        a for t in disowner(noun) if (a := amap.direct(t))]) or amap.actors(laid) or \
        amap.actors(charged(noun) if trigger.entry.type not in _STANCES else [])
    from_ = frozenset({"from"})
    asked = _asked_in(noun)
    if asked is not None and not asks(asked):
        # "sent a request to Delhi *for* support": the "for" phrase hung on the verb that
        # carries the asking noun
        asked = next((o for o in asked.children if o.dep_ == "dobj" and asks(o)), asked)
    if asked is not None and trigger.entry.type in BENEFITS and asks(asked):
        later = [o for c in (*noun.children, *asked.children) if c.dep_ == "prep"
                 and c.lower_ in ("to", "for") and c.i > noun.i for o in pobjs(c)]
        askers = amap.actors(later) or _askers(asked, amap)
        # whoever is asked: named by the asking verb, or by the verb making the asking noun
        asking = [asked, *(v for v in [carrier(asked)] if asked.pos_ == "NOUN" and v)]
        givers = sources or amap.actors([
            *(c for c in asked.children if c.dep_ in ("dobj", "dative") and c is not noun),
            *prep_targets(asked, from_), *prep_targets(noun, from_),
            *(o for a in asking for c in a.children if c.dep_ in ("prep", "dative")
              and c.i < noun.i and c.lower_ in _ASKED for o in pobjs(c))])
        if askers:
            return givers, [a for a in askers if a not in givers]
    verb = trigger.light or carrier(noun, trigger.entry.type in TAKE_PART)
    carried = verb is not None and (verb is trigger.light or (
        carries(verb) and carries_act(verb, trigger.entry.type)))
    if carried and verb.lemma_.lower() in words("receiving_verbs") and (
            verb is not trigger.light or noun.lemma_.lower() in words("received_nouns")):
        # "Ukraine received aid from Germany", "hopes to obtain aid from the US": the
        # receiver is the target ("took delivery of six helicopters *from Italy*")
        givers, receivers = received_arguments(
            verb, amap, [noun, *prep_targets(noun, frozenset({"of"}))])
        return givers or sources, receivers
    if carried and trigger.entry.type == "SANCTION" and verb.lemma_.lower() in words(
            "undergoing_verbs"):
        # "the firm paid the fine imposed by the regulator": the payer is fined, by whoever
        # imposed it or is paid ("paid a fine *to* the regulator")
        payers = doers(verb, amap)
        finers = sources or amap.actors(agent(next(
            (c for c in noun.children if c.dep_ == "acl"), noun))) or amap.actors(
            prep_targets(verb, frozenset({"to"})))
        return [a for a in finers if a not in payers], payers
    if carried and not sources:
        sources = doers(verb, amap)
    led = next((c for c in noun.children if c.dep_ == "acl"), noun)
    if not sources and not _brokered(noun, led, trigger.entry.type):  # "talks *led by* the UN"
        sources = amap.actors(agent(led))
    if not sources:  # "workers walked off the job *as a strike* over wages spread"
        sources = _same_act(noun, trigger.entry.type, amap)
    if not sources and trigger.entry.type in _FROM_SOURCE:
        # "aid *from Turkey* reached Idlib", "a request *from Serbia*": whoever gives or asks
        sources = amap.actors(prep_targets(noun, from_))
    if trigger.entry.of == "source":
        if not sources:  # "the withdrawal *of Syrian troops*"; but "the US speeded up the
            sources = amap.actors(of)  # withdrawal of some forces": the US withdraws them
        of = [p for o in of for p in prep_targets(o, preps)]  # "... forces *from Panama*"
    heads = [noun, *(a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN")]
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in EVENT_HEADS:
        heads.append(noun.head)  # "an effort *between* X and Y", "sanctions imposed *on* X"
    targets = reach([*places, *(p for h in heads for p in prep_targets(h, preps)
                                 if p not in laid), *of], amap, preps, sources)
    targets = [*(a for a in dict.fromkeys(opposed) if a not in sources),
               *(a for a in amap.actors(owners) if a not in sources and a not in opposed),
               *(a for a in targets if a not in opposed)]
    if not targets and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        # "US drone attacks *killed* eight al-Qaeda leaders": what the attack did, to whom
        targets = [a for a in verb_arguments(noun.head, amap, preps)[1] if a not in sources]
    if not targets and trigger.entry.type == "THREATEN":
        # "Uganda's threat *to expel* the UN office": whom the act threatened is done to
        acts = [c for c in noun.children if c.dep_ == "acl" and to_infinitive(c)]
        targets = [a for v in acts for a in verb_arguments(v, amap)[1] if a not in sources]
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "Iran was hit *with sanctions* by the United States": the passive subject is hit
        hit = [c for c in noun.head.head.children if c.dep_ == "nsubjpass"]
        targets += [a for a in amap.actors(hit) if a not in targets and a not in sources]
    if carried:
        # "sent a protest note *to* the embassy", "handed a note of protest *to* the
        # ambassador": whom it is handed to is addressed
        handed = handed_to(noun, verb) if verb.lemma_.lower() in handing_verbs() else []
        extra = reach([*prep_targets(verb, preps), *handed,
                        *(c for c in verb.children if c.dep_ in ("dative", "iobj")
                          and c.pos_ != "ADP")], amap, preps, sources)
        targets += [a for a in extra if a not in targets]
    if trigger.entry.type == "ACCUSE":  # "a complaint with the UN *against Romania*"
        targets = accused([noun, *([verb] if carried else [])], amap, sources) or targets
    if not targets:  # "Kabul would welcome Indian aid", "keep up raids until the gangs yield"
        targets = (wisher(noun, amap, sources) if trigger.entry.type in BENEFITS else []) or \
            yielder(noun, amap, sources)
    if not sources and targets and trigger.entry.type == "CONSULT" and not between(noun, amap):
        # "X arrived in Addis Ababa. *Talks* with the prime minister lasted three hours"
        sources = [a for a in traveller(noun, amap) if a not in targets]
    return sources, targets


def _same_act(noun: Token, kind: str | None, amap: ActorMap) -> list[str]:
    """The doers of the verb a clause of circumstance ("as", "while") whose subject is
    ``noun`` hangs on, when that verb tells an act of the noun's type: the act the noun
    names is theirs ("*garment workers* walked off the job as *a strike* over wages spread",
    "*students* blocked roads as *protests* grew"); none for an act of another type ("police
    fired tear gas as protests spread": not the police's protest)."""
    clause = noun.head  # the parser may read "as" as a preposition: "as [a strike] spread"
    if kind is None or not ((noun.dep_ == "nsubj" and clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE for c in clause.children)) or (
            noun.dep_ == "pobj" and clause.lower_ in _CIRCUMSTANCE and clause.dep_ == "prep")):
        return []
    verb = clause.head
    lex = lexicon()
    if verb.pos_ != "VERB" or not any(e.type == kind and _fits(e, verb, noun, lex)
                                      for e in lex.senses("verb", verb.lemma_.lower())):
        return []
    return doers(verb, amap)


def _fits(sense: Entry, verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether ``verb``'s parse fits its sense as a trigger's does (``triggers.fits``: "ran
    *over* protesters" is an attack, "ran for shelters" is none), but that a phrase naming the
    act's own noun ("shut their stores *in protest*") is what the clause of circumstance tells
    instead."""
    if sense.prep and noun.lemma_.lower() in sense.pobj:
        sense = replace(sense, prep=None, pobj=frozenset())
    return fits(sense, verb, lex)


def _asked_in(noun: Token) -> Token | None:
    """The verb or noun that asks for ``noun``, if any: whose object it is ("requested
    *aid*"), whose "for" phrase holds it ("asked Berlin for *help*", "a request for
    *support*") or which it is said to be ("the request was *support*")."""
    if noun.dep_ == "dobj":
        return noun.head
    said = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else (
        noun.head if noun.dep_ == "attr" else None)
    if said is not None and said.lemma_ == "be":
        # "the request (from Moscow) is *for* / was *military support*": what it asks for
        return next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in (
            "VERB", "NOUN"):
        return noun.head.head
    return None


def _askers(asked: Token, amap: ActorMap) -> list[str]:
    """Who asks: the doers of an asking verb; of an asking noun, its owner ("*Kabul's*
    request") or the doers of the verb that makes it ("*Kabul* sent a request")."""
    if asked.pos_ != "NOUN":
        return doers(asked, amap)
    own = amap.actors(c for c in asked.children if c.dep_ in ("poss", "compound"))
    verb = carrier(asked)
    return own or (doers(verb, amap) if verb is not None else [])


def _opposed(token: Token) -> bool:
    """Whether a modifier is "anti-X": the X it names is opposed, not acting."""
    doc = token.doc
    return token.lower_.startswith("anti") or (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "anti")


def _brokered(noun: Token, participle: Token, kind: str | None) -> bool:
    """Whether ``noun``, of type ``kind``, is the talks a verb of taking part is held for
    ("sat down in Havana *for talks*", ``carriers.carrier``) and its participle tells an
    act of mediating them (CAMEO 045: "*brokered* by Qatar", "*mediated* by Oman"): the
    agent mediates, told by the participle's own event, and does not hold the talks, which
    are the meeting of that verb."""
    return participle.pos_ == "VERB" and carrier(noun, True) is not None and any(
        e.type == kind and (e.cameo or "").startswith(MEDIATE)
        for e in lexicon().senses("verb", participle.lemma_.lower()))
