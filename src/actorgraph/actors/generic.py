"""Generic actors: unnamed people and the opposition, and the country context gives them.

In: a token of the parse with its actor noun (``Noun`` from ``actor_nouns.csv``), the named
candidates, sentence numbers and the dictionary. Out:

* ``unnamed_people``: whether the noun is an actor of its own though it names no one:
  plurals ("protesters", "humanitarian groups", "the two sides"), one unnamed person or body
  of the people counted by an article or a number and acted on ("sentenced a journalist",
  "one student was arrested"), and "the opposition"; one of the people told by "the" and
  acted on when no person is named before it ("*the journalist* was freed"); and people
  told by nothing but sex, age, number, kin or suspicion ("two men", "the suspects",
  ``plain_people`` and ``kin_nouns`` of ``persons.yaml``) only where acted on and not
  possessed ("police arrested *two men*", not "*his men* stormed the town" nor "armed men
  attacked"), or, for kin, named through the people they are kin of ("*relatives of the
  detained miners* marched": the relatives);
* ``counted_court``: a court counted by an article that acts ("*a court* sentenced him",
  "jailed *by a tribunal*") is an unnamed body of the state, as "the court" is;
* ``population_country``: the country such an actor takes when its own words name none.
  People acted on (civilians, villagers, a journalist) belong where the act happens when the
  sentence names the place: "Russian forces shelled civilians *in Kharkiv*" are Ukrainians,
  "Egyptian police detained activists *in Cairo*" Egyptians. Otherwise the one country the
  sentence names (``descriptions.sentence_country``), except for a state's people told as two
  sides or foreign ("*both* commanders", "*the two* generals", ``unplaced_force_words``),
  who serve no one state; an opposition no sentence places stays
  uncoded (the report's country proved a poor guess for it). An unnamed state body
  ("officials") takes none its act names as not its own (``not_its_country``);
* ``sentence_countries``: the countries an unnamed office holder's sentence names, by a
  country or by a group's nationality ("*Thai* protesters demanded the resignation of the
  prime minister").
* ``not_its_country``: a country its sentence names that an unnamed state body ("the junta",
  "the army", "officials") does not serve: the nationality of another state party of its own
  act, an adjective or a possessive on that party's noun ("threatened to expel *the French
  ambassador*", "summoned *Germany's* envoy", "clashed with *Russian troops*"), and a place
  its act sends or brings something to ("flew soldiers to hospitals *in Germany*", "sent
  troops *to Mali*"), and one its act is aimed at ("imposed sanctions *on Iran*", "approved
  aid *for Ukraine*"). A party of another clause ("said *Nigerian troops* had ...") or joined
  to the body ("the army and *Pakistani* police"), and a nationality on people ("*Nigerian*
  farmers"), are no such sign. An unnamed party whose own words name no country only echoes
  its sentence's ("handed *the prisoners* to ..."): no sign either way.
* ``regional_office``, ``context_country``: an unnamed holder of a region's office ("the
  governor", "the regional governor", "the governor there"; ``regional_offices`` of
  ``names.yaml``) is an actor of its own, of the one country its sentence, else the sentence
  before it, names ("clashes in Nigeria's Benue state. *The governor* imposed a curfew");
  not "the governor *of the central bank*" nor "the *central bank* governor".
* ``unheld_office``: "the prime minister", "the interior minister", "the army chief" that
  no coreference made a named holder's and whose title no one the report names bears is the
  state's office holder, an actor of its own (``placing.place_officials`` gives it the
  country of its paragraph or report); not a past holder ("the *former* prime minister",
  "the *late* president"), nor one of a body an "of" phrase names ("the president *of the
  club*").
* ``hosted_by``: the country of the host who receives an unnamed visitor ("the minister
  was received by the Kenyan president", ``hosting_verbs`` of ``names.yaml``) is not the
  visitor's; ``hosting_place``: an unnamed host ("received by the king") serves the country
  of the place his sentence names ("in Amman"), not his guest's.
* ``travelled_to``: a country or capital an official travels to ("*arrived in* Moscow",
  "*flew to* Nairobi", "*visited* Turkey"; the verbs are ``travel_verbs`` of
  ``arguments.yaml``) is not the country he serves: a visitor is a foreigner there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import collectives, descriptions, dictionary
from .candidates import Candidate
from .collectives import STATE_SECTORS
from .dictionary import Dictionary, Noun, Title, is_state, word_list
from .homonyms import neighbour

#: Sectors of the people (not of the state or of armed bodies): one of them, counted ("a
#: journalist", "two students"), is an actor.
_PEOPLE = frozenset({"CVL", "MED", "HRI", "EDU", "LAB", "REF", "HLH", "AGR", "REL"})
#: Sectors of those who serve a state: one of them acted on ("kidnapped a soldier",
#: "arrested a judge") is an actor too.
_SERVANTS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
#: Sectors of domestic politics outside the government: "the opposition" is an actor.
DOMESTIC = frozenset({"OPP", "PTY"})
#: Sectors of people who belong where an act on them happens.
_POPULATION = frozenset({"CVL", "MED", "HRI", "EDU", "LAB", "REF", "HLH", "AGR"})
#: Dependencies of one acted on: "sentenced *a journalist*", "*a student* was arrested".
_ACTED_ON = frozenset({"dobj", "nsubjpass", "pobj", "dative"})
#: Prepositions naming where an act happens.
_WHERE = word_list("grammar.yaml", "act_place_preps")
#: Prepositions naming where an act sends or brings something ("flew soldiers to Germany").
_TOWARD = word_list("grammar.yaml", "toward_preps")
#: Prepositions naming whom an act is aimed at ("sanctions *on* Iran", "a war *against*
#: Ukraine", "approved aid *for* Ukraine").
_AIMED_AT = word_list("grammar.yaml", "aimed_at_preps")
#: Dependencies of a word giving a noun its nationality ("French", "Germany's", "US").
_NATIONALITY = frozenset({"amod", "poss", "compound", "nmod"})
#: Dependencies that carry one act on to a verb of the same doer ("threatened to expel").
_SAME_ACT = frozenset({"xcomp", "conj"})
#: Modifiers of a title that make its bearer one who no longer holds the office.
_PAST_HOLDER = word_list("names.yaml", "past_holder_modifiers")
#: Words that make an unnamed force or state body serve no one state ("*both* commanders",
#: "*foreign* troops"; ``actors.placing`` reads them for the report's country).
_UNPLACED = word_list("names.yaml", "unplaced_force_words")
#: Nouns of a side or of its commander, which a number before counts as sides ("the two
#: *generals*").
_SIDES = word_list("grammar.yaml", "side_nouns") | word_list("grammar.yaml", "command_nouns")
#: Prepositions by which a title's own words place its office ("the president *in*
#: Minsk", "the governor *of* the central bank"): no office of the report's state.
_OWN_PLACE = word_list("grammar.yaml", "office_place_preps")


def unnamed_people(token: Token, noun: Noun) -> bool:
    """Whether ``token`` (a noun of ``noun``) is an unnamed collective or person that
    stands as an actor (see the module docstring)."""
    if noun.plural:
        if noun.noun in word_list("persons.yaml", "plain_people") or \
                noun.noun in word_list("persons.yaml", "kin_nouns"):
            return (_acted_on(token) or bool(collectives.kin_of(token))) and not any(
                c.dep_ == "poss" for c in token.children)
        # a plural opening a sentence may be tagged a name ("LAGOS, June 4 - Gunmen attacked")
        plural = token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and token.is_sent_start)
        return (plural or noun.two) and collectives.counted_two(token, noun)
    if token.tag_ != "NN" or noun.sector is None:
        return False
    if noun.noun in word_list("persons.yaml", "kin_noun"):  # "the widow of a police officer"
        return bool(collectives.kin_of(token)) and not any(c.dep_ == "poss"
                                                            for c in token.children)
    if any(c.dep_ == "prep" and (c.lower_ == "to" or (c.lower_ == "of" and not _charge(c)))
           for c in token.children):
        return False  # "the opposition to the plan", "a community of exiles"
    det = _counter(token)
    if det is None:
        return False
    if noun.sector in DOMESTIC:
        return det.lower_ == "the" and noun.noun.split()[-1] not in ("party", "group")
    if det.lower_ == "the" and det.head.i == token.i \
            and noun.noun in word_list("persons.yaml", "one_person"):
        return _introduced(token)
    return noun.sector in _PEOPLE | _SERVANTS and counted_one_acted_on(token)


def _charge(of: Token) -> bool:
    """Whether ``of``, an "of" phrase the parser hung on a verb's object, tells what the verb
    charges it with ("accused *the opposition* of plotting a coup", "of vote buying"): its
    object is an act or a thing, no one's name nor a people's noun."""
    if of.head.dep_ != "dobj" or of.head.head.pos_ != "VERB":
        return False
    objs = [o for o in of.children if o.dep_ in ("pobj", "pcomp")]
    d = dictionary.get()
    return bool(objs) and not any(o.ent_type_ or d.noun(o.text) or d.noun(o.lemma_)
                                  for o in objs)


def _counter(token: Token) -> Token | None:
    """The article or number that counts ``token``'s noun, or its owner's ("*a* women's
    rights activist")."""
    owner = [c for c in token.children if c.dep_ == "poss"]
    return next((c for t in (token, *owner) for c in t.children
                 if c.dep_ in ("det", "nummod")), None)


def counted_one_acted_on(token: Token) -> bool:
    """Whether ``token``'s noun is one person counted by an article and acted on ("sentenced
    *a journalist*", "kidnapped *a councillor*", "*a senator* was arrested"), not one named
    as what someone is ("served *as a judge*", "became *a senator*")."""
    det, one = _counter(token), word_list("grammar.yaml", "one_counting_determiners")
    return det is not None and det.lower_ in one and token.dep_ in _ACTED_ON \
        and not (token.dep_ == "pobj" and token.head.lower_ in ("as", "like"))


def counted_court(token: Token, noun: Noun) -> bool:
    """Whether ``token`` is a court counted by an article that acts ("*a court* sentenced
    him", "jailed *by a tribunal*"): an unnamed body of the state, as "the court" is; not one
    named as what something is ("sat *as a court*") nor one only spoken of ("appealed *to a
    court*")."""
    det = _counter(token)
    return noun.sector == "JUD" and det is not None and det.lower_ in ("a", "an") and (
        token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent"))


def _acted_on(token: Token) -> bool:
    """Whether ``token``'s noun is the one an act is done to ("arrested *two men*", "*the
    suspects* were sentenced", "sentenced *the two men*"), itself or as a conjunct, not its
    doer ("attacked by *two men*") nor what someone is ("served *as a judge*")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ not in word_list("grammar.yaml", "not_acted_on_preps") \
            and token.head.dep_ != "agent"
    return token.dep_ in _ACTED_ON


def _introduced(token: Token) -> bool:
    """Whether "the <noun>" (a noun of one person) is someone the text brings in, acted on,
    with no person named before it whom it may stand for ("*The journalist* was freed",
    "police detained *the activist*"; not "Li Wen was jailed ... *the journalist* was
    freed")."""
    return _acted_on(token) and not any(
        e.label_ == "PERSON" and e.start < token.i for e in token.doc.ents)


def _place_country(t: Token, by_head: dict[int, Candidate], d: Dictionary) -> str | None:
    """The country the place headed by ``t`` (or its possessive) is in; not the neighbour
    across a border ("near the *Somali* border": ``homonyms.neighbour``)."""
    for w in (t, *(m for m in t.lefts if m.dep_ in ("poss", "compound", "amod"))):
        if neighbour(w):
            continue
        c = by_head.get(w.i)
        if c is not None and c.country and c.kind in ("COUNTRY", "LOCATION"):
            return c.country
        if w.is_title:
            iso3 = d.country_name(w.text) or d.region(w.text)
            if iso3:
                return iso3
            place = d.place(w.text, main_name=True)
            if place is not None and place.population >= 100_000:
                return place.country
    return None


def place_of_act(token: Token, by_head: dict[int, Candidate], d: Dictionary) -> str | None:
    """The country of the place where the act on ``token`` happens: an "in/near X" on the
    noun itself, else on the verb it is the object of."""
    holders = [token]
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        holders.append(token.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _WHERE:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        iso3 = _place_country(obj, by_head, d)
                        if is_state(iso3):
                            return iso3
    return None


def two_sides(token: Token) -> bool:
    """Whether the words before the noun ``token`` make the people it names serve no one
    state (``unplaced_force_words``): "*both* commanders", "*rival* officials", "*foreign*
    troops", or a number before a noun of a side ("*the two* generals"; not "*two* officials",
    who are counted, not sides: ``side_nouns`` of ``grammar.yaml``)."""
    return any(t.lower_ in _UNPLACED and (t.pos_ != "NUM" or token.lemma_.lower() in _SIDES)
               for t in token.lefts)


def population_country(token: Token, sector: str | None, entities: list[Candidate],
                       sent_of: list[int], d: Dictionary) -> str | None:
    """The country an unnamed collective whose words name none takes (module docstring)."""
    if sector in _POPULATION:
        iso3 = place_of_act(token, {e.head: e for e in entities if e.sent == sent_of[token.i]},
                            d)
        if iso3:
            return iso3
    if sector in STATE_SECTORS and two_sides(token):
        return None  # "urged *both* commanders", "*the two* generals": sides of no one state
    if sector in STATE_SECTORS:  # "officials flew the hostages to Oman": not Omanis
        by_head = {e.head: e for e in entities}
        entities = [e for e in entities if e.sent != sent_of[token.i]
                    or not not_its_country(token, e, by_head, d)]
    return descriptions.sentence_country(token, sector, entities, sent_of, d.demonym)


def ethnic_country(c: Candidate, root: Token, cands: list[Candidate],
                   d: Dictionary) -> str | None:
    """The country of an ethnic group ``c`` (headed by ``root``): the place of the act on it
    or on what it qualifies ("bombed *Kurdish* positions in northern Iraq"), else the one
    other country its sentence names ("Serbian police clashed with ethnic Albanians"); an
    ethnic adjective is no country of its own."""
    by_head = {x.head: x for x in cands if x.sent == c.sent}
    iso3 = place_of_act(root.head if root.dep_ == "amod" else root, by_head, d)
    if iso3:
        return iso3
    others = {x.country for x in cands if x.sent == c.sent and x.kind == "COUNTRY"
              and x.country and x.country != c.country}
    return others.pop() if len(others) == 1 else None


def sentence_countries(c: Candidate, candidates: list[Candidate]) -> set[str]:
    """The countries ``c``'s sentence names by a country or a nationality of a group."""
    return {x.country for x in candidates if x.sent == c.sent and is_state(x.country) and x is not c
            and (x.kind == "COUNTRY" or (x.kind == "GROUP" and x.group >= 0))}


def resultative(modifier: Token) -> bool:
    """Whether ``modifier`` is an adjective written before its noun's article or number
    ("shot *dead* two students", "burned *alive* the suspects"): what the act made of the
    noun's people, no word of their name; English puts a noun's own adjectives after those."""
    return modifier.dep_ == "amod" and any(
        t.dep_ in ("det", "nummod", "predet") and t.i > modifier.i for t in modifier.head.lefts)


def site_modifiers(owner: Token) -> list[Token]:
    """The modifiers before a force noun that the parser hung on the site or unit it owns
    ("a *Honduran* navy patrol", "a *Philippine* coast guard vessel": ``force_sites.csv``):
    the force's nationality (a people or a state named), written before it as before any
    noun; not a word that only describes the site ("a *remote* army outpost")."""
    return [t for t in owner.head.lefts if t.i < owner.left_edge.i
            and t.dep_ in ("amod", "nmod", "compound") and t.ent_type_ in ("NORP", "GPE")]


def hosted_by(visitor: Token, other: Candidate) -> bool:
    """Whether ``other`` names its country on the host that receives ``visitor`` in a
    hosting verb ("*the minister* was received by *the Kenyan* president", "the *Chilean*
    president welcomed *the envoy*"): the host's, not the visitor's."""
    t = visitor.doc[other.head]
    host = t.head if t.dep_ in _NATIONALITY and t.head.i != t.i else t
    verb = visitor.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("names.yaml", "hosting_verbs"):
        return False
    if visitor.dep_ == "nsubjpass":
        return host.dep_ == "pobj" and host.head.dep_ == "agent" and host.head.head.i == verb.i
    return visitor.dep_ == "dobj" and host.dep_ == "nsubj" and host.head.i == verb.i


def hosting_place(host: Token, candidates: list[Candidate], sent: int) -> str | None:
    """The country of the one place (a town or capital) the sentence of ``host`` names, when
    ``host`` is the one who receives in a hosting verb ("was received *by the king* in
    Amman", "arrived in Rabat and was received by *the king*", "*the king* welcomed the
    minister"): a host serves where the visit takes place, never his guest's country."""
    verb = host.head.head if host.dep_ == "pobj" and host.head.dep_ == "agent" else (
        host.head if host.dep_ == "nsubj" else None)
    if verb is None or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in word_list("names.yaml", "hosting_verbs"):
        return None
    places = {x.country for x in candidates if x.sent == sent and x.kind == "LOCATION"
              and is_state(x.country)}
    return places.pop() if len(places) == 1 else None


def regional_office(c: Candidate, head: Token) -> bool:
    """Whether the description ``c`` (head ``head``) is the holder of a region's office
    ("the governor", "the regional governor", "the governor there"), not one of another
    body's ("the governor *of the central bank*", "the *central bank* governor")."""
    return c.title in word_list("names.yaml", "regional_offices") and not any(
        t.dep_ == "compound" or (t.dep_ == "prep" and t.lower_ == "of") for t in head.children)


def unheld_office(c: Candidate, head: Token, title: Title | None, held: set[str]) -> bool:
    """Whether the description ``c`` (head ``head``) is an office of the state no one the
    report names holds: its words after the article are the whole ``title`` of a state's
    office ("the *rebel* commander", "the *embattled* president" are not), whose office is
    not in ``held`` (the offices of the report's named people); see the module docstring."""
    return c.kind == "PERSON" and head.tag_ in ("NN", "NNP") and title is not None \
        and title.sector in STATE_SECTORS and title.office.lower() not in held \
        and not any(t.lower_ in _PAST_HOLDER or (t.dep_ == "prep" and t.lower_ in _OWN_PLACE)
                    for t in head.children)


def acting_state(c: Candidate, doc: Doc, candidates: list[Candidate],
                 first: int) -> str | None:
    """The country of the last state that is the doer of a clause before the unnamed office
    ``c`` ("*Malaysia* closed its border ... The prime minister", "*Ghana's* parliament
    passed ... The finance minister"), from sentence ``first`` (the one before ``c``'s, in
    its paragraph) on: the office is that state's, as a report names the state and then its
    officers. Not the doer of the office's own clause ("*the Senegalese president* welcomed
    the envoy"), nor a person (an officer of his own state, or of another)."""
    found, own = None, doc[c.head].head
    for x in candidates:
        if x.start >= c.start:
            break
        if x.sent < first or not is_state(x.country) or x.group < 0 \
                or x.kind == "PERSON" or not (x.kind == "COUNTRY" or x.sector in STATE_SECTORS):
            continue
        t = doc[x.head]
        if t.dep_ == "poss":
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != own.i:
            found = x.country
    return found


def context_country(c: Candidate, candidates: list[Candidate]) -> str | None:
    """The one country ``c``'s sentence names, else the one the sentence before it names
    ("clashes in Nigeria's Benue state. *The governor* imposed a curfew")."""
    for sent in (c.sent, c.sent - 1):
        here = {x.country for x in candidates if x.sent == sent and is_state(x.country)
                and x is not c
                and (x.kind == "COUNTRY" or (x.kind == "GROUP" and x.group >= 0))}
        if here:
            return here.pop() if len(here) == 1 else None
    return None


def _act(token: Token) -> tuple[Token | None, set[str]]:
    """The act ``token``'s phrase is a party of (its nearest verb, climbed over "threatened
    *to expel*" and coordinated verbs), and the prepositions on the way up to it."""
    preps, t = set(), token
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i:
            return None, preps
        if t.dep_ in ("prep", "dative"):
            preps.add(t.lower_)
        t = t.head
    while t.dep_ in _SAME_ACT and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    return t, preps


#: Prepositions of where a traveller goes ("arrived *in* Accra", "flew *to* Nairobi").
_ARRIVAL = word_list("grammar.yaml", "arrival_preps")


def travelled_to(person: Token, place: Candidate, d: Dictionary) -> bool:
    """Whether ``place`` (a country or its capital) is where the official
    headed by ``person`` travels in its sentence: the object of a travel verb whose subject
    he is ("Defence Minister Olu Adebayo *arrived in* Accra", "*visited* Turkey"), or of a
    travel noun (``travel_nouns``) that is his ("Sato's *visit to* Fiji") or the object of
    a verb whose subject he is ("*returned from a visit to* Japan", "*ended his tour of*
    Kenya", "*during a trip to* India, the minister signed")."""
    city = d.place(place.text) if place.kind == "LOCATION" else None
    if not ((place.key or "").startswith("C:") or (city is not None and city.capital)):
        return False
    t = person.doc[place.head]
    verb = t.head
    if t.dep_ == "pobj" and t.head.lower_ in _ARRIVAL | {"of"}:
        verb = t.head.head
    elif t.dep_ != "dobj":
        return False
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in word_list("arguments.yaml",
                                                                  "travel_nouns"):
        # "returned from a visit to Japan", "during a trip to India", "ended his tour of Kenya"
        if any(w.dep_ == "poss" and (w.i == person.i or person in w.subtree)
               for w in verb.children):
            return True  # "Sato's visit to Fiji"
        noun = verb
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("pobj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            return False
    elif t.head.lower_ == "of" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in word_list("arguments.yaml", "travel_verbs"):
        return False
    doers = [w for w in verb.children if w.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":  # "arrived on Monday and visited Turkey"
        doers = [w for w in verb.head.children if w.dep_ == "nsubj"]
    return any(person.i == w.i or person in w.subtree for w in doers)


def _phrase_head(person: Token) -> Token:
    """The head of the phrase a person's name stands in: up from a name's words and an
    apposition ("Foreign Minister *Kari* Tomasdottir", "the spokesman, Colonel Ndoli")."""
    t = person
    while t.dep_ in ("compound", "appos") and t.head.i != t.i:
        t = t.head
    return t


def reported(person: Token) -> set[int]:
    """The tokens of what the person (or body) headed by ``person`` is told to say: the
    clause of the speech verb he is the subject of ("Colonel Ndoli *said the raiders had
    crossed from the east*", "*Police arrested four men*, Commissioner Singh said")."""
    t = _phrase_head(person)
    if t.dep_ != "nsubj" or t.head.lemma_.lower() not in word_list("speech_cues.yaml",
                                                                    "asserts"):
        return set()
    return {w.i for c in t.head.children if c.dep_ == "ccomp" for w in c.subtree}


def host_of(person: Token, place: Candidate, others: list[Token], d: Dictionary) -> bool:
    """Whether the official headed by ``person`` is the one another official of his
    sentence (``others``) travels to ``place`` to hold talks with ("arrived in Reykjavik for
    talks *with* Foreign Minister Kari Tomasdottir"): he serves that place's country."""
    t = _phrase_head(person)
    if not (t.dep_ == "pobj" and t.head.lower_ == "with"):
        return False
    return any(o.i != person.i and travelled_to(o, place, d) for o in others)


def not_its_country(body: Token, other: Candidate, by_head: dict[int, Candidate],
                    d: Dictionary) -> bool:
    """Whether ``other`` (a placed candidate of the sentence of the unnamed state body headed
    by ``body``) names a country the body does not serve (module docstring), or only echoes
    one its sentence names (an unnamed party whose own words name none: "handed the
    prisoners to ..."); ``by_head``: the candidates by head token."""
    doc = body.doc
    t = doc[other.head]
    if t.i == body.i or t in body.conjuncts or body in t.ancestors:
        return False  # the body's own words: "the Congress *in Tegucigalpa*"
    if other.label == "NOUN" and not any(
            d.demonym(w.text) or d.country_name(w.text) or w.i in by_head
            for w in t.lefts if w.dep_ in _NATIONALITY):
        return True
    act, preps = _act(t)
    own = _act(body)[0]
    if act is None or own is None or act.i != own.i:
        return False
    if preps & _TOWARD or (
            t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ == "NOUN"):
        return True
    if preps & _WHERE:
        return False  # where it acts: "shelled positions in Kachin state"
    if preps & _AIMED_AT:
        return True
    if t.dep_ in _NATIONALITY and t.head.i != t.i:  # "French" in "the French ambassador"
        if t.head.i == body.i or t.head in body.conjuncts:
            return False
        owner = by_head.get(t.head.i)  # a state's party, or a thing: "the Israeli strike"
        if owner is None:
            return other.kind == "COUNTRY" and t.dep_ in ("amod", "poss")
        return owner.sector in STATE_SECTORS
    return other.label in ("NOUN", "DESC") and other.sector in STATE_SECTORS
