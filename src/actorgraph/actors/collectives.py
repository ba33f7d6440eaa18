"""Collective and unnamed doers, and named sites that are places.

In: a token of the parse with its actor noun (``Noun`` from ``actor_nouns.csv``), or a named
entity's span. Out: whether a collective of two ("the two sides", "the pair", "both sides")
stands as an actor; a description of a body ("the rebel group", "the militia", "the bar
association") to resolve by coreference (``coref.Resolver``) or keep as an unnamed group;
whether a name is a site ("Place de la Bastille", "Tahrir Square") rather than an
organisation.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from spacy.tokens import Span, Token

from .candidates import Candidate
from .dictionary import Dictionary, Noun, Title, word_list

#: Sectors of the state: its bodies serve one country (``state`` in data/sectors.yaml).
STATE_SECTORS = word_list("sectors.yaml", "state")
#: Sectors of a state's armed and police forces: an unnamed one ("the army", "the police")
#: serves the country of its story or its own sentence (``placing.place_officials``).
FORCE_SECTORS = word_list("sectors.yaml", "state_forces")
#: Head words of a description that names a body of people, not one person ("the rebel
#: *group*", "the *militia*"), which coreference may resolve to the body last named.
_BODIES = word_list("names.yaml", "body_heads")
#: Heads of a civic body ("the transport *union*", "the bar *association*") that also name
#: a joining of things ("the *union of* two companies", "a *committee of* experts"), and the
#: modifiers that make one an economic or legal arrangement ("the *customs* union").
_CIVIC = word_list("names.yaml", "civic_heads")
_ARRANGEMENTS = word_list("names.yaml", "arrangement_modifiers")
#: Sectors of armed bodies outside the state; a description of one refers to any of them
#: ("the rebel group" for a movement the dictionary calls insurgent).
NON_STATE_ARMED = word_list("sectors.yaml", "non_state_armed")
#: Words that make a name a site, not a body: "Place de la Nation", "Tahrir Square".
_SITES = word_list("names.yaml", "site_words")
#: Prepositions whose object is where something happens, not whom.
_WHERE = word_list("grammar.yaml", "scene_preps")


def counted_two(token: Token, noun: Noun) -> bool:
    """Whether ``token`` (a noun of ``noun``) is a collective of two used as an actor: "the
    pair", "both sides", "the two sides", not "sides of the border" or "on both sides"
    ("accused both sides *of breaking* the truce" tells what they did, not where)."""
    if not noun.two:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
           for c in token.children):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in _WHERE:
        return False
    return any((c.dep_ in ("det", "predet") and c.lower_ in ("the", "both"))
               or (c.dep_ == "nummod" and c.lower_ == "two") for c in token.children)


def kin_of(token: Token) -> list[Token]:
    """The people a noun of kin (``kin_nouns``, ``kin_noun`` of ``persons.yaml``) names by
    its "of" phrase ("relatives *of the detained miners*", "the widow *of a police
    officer*"); none for any other noun or a kin noun with no "of" phrase of people."""
    if token.lower_ not in word_list("persons.yaml", "kin_nouns") \
            and token.lower_ not in word_list("persons.yaml", "kin_noun"):
        return []
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")]


def of_members(token: Token, noun: Noun | None) -> bool:
    """Whether ``token`` is a collective of no sector with an "of" phrase ("a group *of
    Egyptian soldiers*"): its members are the actor, not the collective."""
    return noun is not None and noun.sector is None and not noun.plural and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def is_body_description(token: Token, noun: Noun) -> bool:
    """Whether ``token`` is "the <body noun>" ("the group", "the rebel group", "the
    militia", "the transport union"): a reference to a body named before, or an unnamed body
    of its own; not a civic noun that joins things ("the union *of* two firms", "the
    committee *of* experts", "the *customs* union")."""
    head = noun.noun.split()[-1]
    if head in _CIVIC and any((c.dep_ == "prep" and c.lower_ == "of")
                              or (c.dep_ in ("compound", "amod") and c.lower_ in _ARRANGEMENTS)
                              for c in token.children):
        return False
    return not noun.plural and token.tag_ == "NN" and head in _BODIES and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def body_description(span: Span, token: Token, sent_of: list[int], noun: Noun,
                     country: str | None = None) -> Candidate:
    """The description candidate of "the rebel group" (``country``: the one its nationality
    names, "the *Yemeni* rebel group", which only a body of that country may be)."""
    return Candidate(span.start_char, span.end_char, span.text, "DESC", token.i,
                     sent_of[token.i], kind="GROUP", country=country, sector=noun.sector)


def refers_to(sector: str | None, kind: str | None, antecedent_sector: str | None) -> bool:
    """Whether a body description of ``sector`` may refer to an actor of ``kind`` and
    ``antecedent_sector``: "the group" to any group or organisation outside the state, "the
    rebel group" to any non-state armed body, "the party" to a party."""
    if kind not in ("GROUP", "ORG"):
        return False
    if sector is None:
        return antecedent_sector not in STATE_SECTORS
    if sector in NON_STATE_ARMED:
        return antecedent_sector in NON_STATE_ARMED
    return antecedent_sector == sector


def is_site(span: Span) -> bool:
    """Whether a name is a site ("Place de la Concorde", "Independence Square")."""
    return any(t.lower_ in _SITES for t in (span[0], span[-1])) and len(span) > 1


#: Sectors of the offices through which a state deals with another (government, armed
#: forces, police): a plural of one with two countries is one holder per country. Not the
#: legislature's ("French and German *speakers*" are people who speak).
_OFFICES_OF_STATE = frozenset({"GOV", "MIL", "COP"})
#: Nouns of a plural anaphor of countries ("the two *countries'* ministers").
_COUNTRY_NOUNS = word_list("names.yaml", "country_nouns")
#: Dependencies of the words of an office written before its head ("*deputy foreign*
#: ministers", "*army* chiefs").
_OFFICE_WORDS = frozenset({"amod", "compound", "nmod"})


def office(token: Token, d: Dictionary) -> tuple[Title, int] | None:
    """The office a plural noun ``token`` names with the words written before it or its "of"
    phrase ("deputy foreign ministers", "army chiefs", "heads of state"), and the index of
    its first word: the longest title found, of a state's office and above the bare words
    of leading ("heads", "chiefs")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    lemma = token.lemma_.lower()
    of = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and p.tag_ == "NN"
               and not any(x.dep_ == "det" for x in p.children)), None)
    if of is not None and (title := d.title(f"{lemma} of {of.lower_}")):  # "heads of state"
        return (title, token.i) if title.sector in _OFFICES_OF_STATE else None
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in _OFFICE_WORDS \
            and token.doc[start - 1].head.i in (token.i, start) \
            and not d.demonym(token.doc[start - 1].text):
        start -= 1
    for first in range(start, token.i + 1):
        words = " ".join(t.lower_ for t in token.doc[first:token.i])
        title = d.title(f"{words} {lemma}".strip())
        if title is not None:
            ok = title.sector in _OFFICES_OF_STATE and title.rank >= 2
            return (title, first) if ok else None
    return None


def office_holders(token: Token, title: Title, first: int,
                   country_of: Callable[[Token], str | None], entities: list[Candidate],
                   sent_of: list[int]) -> list[Candidate]:
    """The holders, one per country, of the office ``title`` a plural noun ``token`` (first
    word ``first``) names for two or more countries: (span, name, country) each. The
    countries are coordinated nationalities before it ("*Greek and Turkish* deputy foreign
    ministers", also on its first word: "*Indian and Pakistani* army chiefs"), coordinated
    countries of its "of" phrase ("the presidents *of Rwanda and Burundi*"), or two
    countries named together in its sentence or the one before it that "the two countries'"
    stands for. A nationality written before another ("Turkish Cypriot") names a community
    of the latter's country, no country of its own: no holders. ``country_of``: the
    country a word names. Each holder is, like "Kenya's president", the office of its
    country, an actor of its own."""
    return [Candidate(span.start_char, span.end_char, name, "NOUN", token.i,
                      sent_of[token.i], kind="PERSON", country=iso3, sector=title.sector,
                      title=title.title.lower(), gender=title.gender)
            for span, name, iso3 in _holders(token, title, first, country_of, entities,
                                             sent_of)]


def _holders(token: Token, title: Title, first: int, country_of: Callable[[Token], str | None],
             entities: list[Candidate], sent_of: list[int]) -> list[tuple[Span, str, str]]:
    doc = token.doc
    mods = [t for t in doc[first].lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
    if first != token.i:
        mods += [t for t in token.lefts if t.i < first and t.dep_ in ("amod", "poss")]
    words = sorted({t for m in mods for t in (m, *m.conjuncts) if country_of(t)},
                   key=lambda t: t.i)
    if len(words) >= 2:
        if community(words):
            return []  # "Greek and Turkish Cypriot leaders": communities of Cyprus
        # each holder's own nationality, the last one's with the office words
        return [(doc[t.left_edge.i:(t.i if t is not words[-1] else token.i) + 1],
                 f"{t.text} {title.title}", country_of(t)) for t in words]  # type: ignore
    span = doc[first:token.i + 1]
    for prep in token.children:  # "the foreign ministers of Greece and Turkey"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named = [(p.text, country_of(p)) for obj in prep.children if obj.dep_ == "pobj"
                     for p in (obj, *obj.conjuncts)]
            if len(named) >= 2 and all(iso3 for _, iso3 in named):
                return [(span, f"{title.title} of {n}", iso3)  # type: ignore[misc]
                        for n, iso3 in named]
    if any(c.dep_ == "poss" and c.lemma_.lower() in _COUNTRY_NOUNS and any(
            n.lower_ in ("two", "both") for n in c.children) for c in token.children):
        pair = _named_together(token, entities, sent_of)
        return [(span, f"{c.text} {title.title}", c.country) for c in pair]  # type: ignore
    return []


def _named_together(token: Token, entities: list[Candidate],
                    sent_of: list[int]) -> list[Candidate]:
    """The last two countries named together ("Kenya and Uganda") before ``token``, in its
    sentence or the one before it."""
    doc = token.doc
    countries = {c.head: c for c in entities if c.kind == "COUNTRY" and c.head < token.i
                 and sent_of[token.i] - c.sent in (0, 1)}
    found: list[Candidate] = []
    for head, c in countries.items():
        other = [countries[t.i] for t in doc[head].conjuncts if t.i in countries]
        if len(other) == 1 and other[0].head > head and other[0].country != c.country:
            found = [c, other[0]]
    return found


def community(nationalities: list[Token]) -> bool:
    """Whether one of the nationality words (in text order) is written right before another
    ("Turkish Cypriot", "Greek Cypriot"): a community of the latter's country."""
    return any(a.i + 1 == b.i for a, b in itertools.pairwise(nationalities))


def paired_offices(token: Token, d: Dictionary, country_of: Callable[[Token], str | None],
                   entities: list[Candidate], sent_of: list[int]) -> list[Candidate] | None:
    """The office holders ``token`` names, one per country ("Greek and Turkish foreign
    ministers"), none for a word of an office ("deputy" in "deputy foreign ministers"), or
    None where it names no such office."""
    whole = office(token.head, d) if token.dep_ == "nmod" else None
    if whole is not None and whole[1] <= token.i:
        return []
    held = office(token, d)
    holders = office_holders(token, *held, country_of, entities, sent_of) if held else []
    return holders or None


def counted_conjuncts(token: Token) -> list[Token]:
    """Counted plurals coordinated with the counted ``token`` (or its "of" phrase: "the
    assets of *two traders*") but parsed under a participle phrase after it ("*two traders*
    linked to the junta and *two banks* owned by ..."): two counts in parallel are
    coordinated, whatever noun of the phrase the parser hung the second on. A noun after
    "and" with no count of its own ("linked to the junta and *its allies*") belongs to the
    phrase, and a token with no count has no parallel."""
    counted = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]
    counted = [t for t in counted if any(c.dep_ == "nummod" for c in t.children)]
    if not counted:
        return []
    inner = [o for a in token.children if a.dep_ == "acl" and a.i > counted[0].i
             for p in a.children if p.dep_ in ("prep", "agent")
             for o in p.children if o.dep_ == "pobj"]
    return [c for o in inner for c in o.conjuncts if c.i > o.i and c.tag_ in ("NNS", "NNPS")
            and any(n.dep_ == "nummod" for n in c.children)]
