"""Collective and unnamed doers, and named sites that are places.

In: a token of the parse with its actor noun (``Noun`` from ``actor_nouns.csv``), or a named
entity's span. Out: whether a collective of two ("the two sides", "the pair", "both sides")
stands as an actor; a description of a body ("the rebel group", "the militia", "the bar
association") to resolve by coreference (``coref.Resolver``) or keep as an unnamed group;
whether a name is a site ("Place de la Bastille", "Tahrir Square") rather than an
organisation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidates import Candidate
from .dictionary import Noun

#: Sectors of the state: its bodies serve one country.
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
#: Head words of a description that names a body of people, not one person ("the rebel
#: *group*", "the *militia*"), which coreference may resolve to the body last named.
_BODIES = frozenset({"group", "militia", "movement", "faction", "party", "gang", "cartel",
                     "paramilitary", *("union", "association", "committee", "charity")})
#: Heads of a civic body ("the transport *union*", "the bar *association*") that also name
#: a joining of things ("the *union of* two companies", "a *committee of* experts"), and the
#: modifiers that make one an economic or legal arrangement ("the *customs* union").
_CIVIC = frozenset({"union", "association", "committee"})
_ARRANGEMENTS = frozenset({"customs", "monetary", "currency", "banking", "economic",
                           "fiscal", "political", "civil", "postal", "energy", "free"})
#: Sectors of armed bodies outside the state; a description of one refers to any of them
#: ("the rebel group" for a movement the dictionary calls insurgent).
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF", "RAD"})
#: Words that make a name a site, not a body: "Place de la Nation", "Tahrir Square".
_SITES = frozenset({"place", "square", "plaza", "piazza", "platz", "boulevard", "avenue",
                    "street", "bridge", "roundabout", "market", "stadium", "airport",
                    "crossing", "checkpoint"})
#: Prepositions whose object is where something happens, not whom.
_WHERE = frozenset({"in", "at", "near", "outside", "around", "inside", "to", "into", "from",
                    "across", "through", "toward", "towards", "on"})


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


def body_description(span: Span, token: Token, sent_of: list[int], noun: Noun) -> Candidate:
    return Candidate(span.start_char, span.end_char, span.text, "DESC", token.i,
                     sent_of[token.i], kind="GROUP", sector=noun.sector)


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
