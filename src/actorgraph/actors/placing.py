"""The country of an official or a state body the text names without one.

``place_officials(actors, candidates, d, doc)`` gives a country to each actor of one document
that has none and is

* an official (a person with a role: "Vice-President Moody Awori"),
* an unnamed singular state body ("the army", "the foreign ministry"; unnamed plurals,
  "officials", are placed by their own sentence only: ``descriptions.sentence_country``),
* an unnamed plural of a state's forces ("security forces", "soldiers", "police officers":
  ``state_party_forces``) its own sentence did not place, when neither its sentence nor the
  one before (in its paragraph) names a country other than the report's: it serves the
  report's country ("DAKAR - ... *Security forces* arrested 12 people"); not one whose words
  make it foreign or two sides (``unplaced_force_words``: "foreign troops", "peacekeepers",
  "both forces"),
* a generic body (a ``B:`` key: "the Supreme Court", "the Labour Party"), or
* a named governing council of no country ("Sovereignty Council"),

and serves a state (its sector one of ``collectives.STATE_SECTORS``, or a generic body).
The country is the one that the actor's first mention's sentence and the sentence before
name most (the sentence before only within its paragraph: ``paragraph_openings``), when one
country leads there; else the country the report is about (``report_country``: the
one its placed mentions name most, at least half of them), if one is; else none. A country
taken from the report alone is marked so (``Actor.country_basis`` "report"); an unnamed
plural force takes it only where no other country is named as often. An unnamed force ("the
army", "the police": ``FORCE_SECTORS``) counts of the sentence before only the report's
country ("Rwanda sent aid. The army then attacked ..." in a Congolese report: Congo's army).
Placed mentions are those of grouped
actors with a state's country that are no person and no neighbour's town
(``homonyms.neighbour``). Not counted:

* for a body, the countries its own sentence names that it does not serve
  (``generic.not_its_country``: "expel the French ambassador", "flew soldiers to Germany");
* for an official, the country or capital he travels to in his sentence
  (``generic.travelled_to``: "arrived in Moscow" for talks makes him no Russian), nor the
  countries named in what he is told to say (``generic.reported``: "the spokesman said the
  raiders came from Rwanda");
* for a body, the nationality of a state's party in what it is told to say ("the ministry
  said *Ethiopian soldiers* had shelled ...": the other side of the story), unless all the
  report names is said there ("The government said Nigerian troops had killed 20 militants").

A person with a full name no table lists, or a title, whose surname a known politician of one
country bears ("Interior Minister Elena Garcia": ``Dictionary.surname_country``) is placed
like any official; only where the report places him nowhere is he of the surname's country.

``office_country`` gives an unheld office ("the prime minister" no one named holds) the one
country the sentence before it names, else the only one the report names, a guess marked
"report" (``actors.local``).

An official another one travels to a country or its capital to hold talks with serves that
country ("arrived in Reykjavik for talks with Foreign Minister ...": ``generic.host_of``).
An unplaced ministry serves the country of its ministers the report names, when they are of
one ("Foreign Minister Ivan Dolgov ... The Foreign Ministry said": ``_minister_country``).

A placed body takes the key of that country's body of its sector (``N:<ISO3>:<sector>``); a
placed generic body that country's own (``Institution.placed``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import nlp
from ..records import Actor
from . import generic, homonyms
from .candidates import Candidate
from .collectives import FORCE_SECTORS, STATE_SECTORS
from .dictionary import Dictionary, Institution, is_state, word_list

#: A state's forces, which an unnamed plural of ("security forces", "soldiers") serves the
#: report's country.
_PARTY_FORCES = word_list("sectors.yaml", "state_party_forces")
#: Words that make an unnamed force serve no one state of its report ("foreign troops",
#: "both forces").
_UNPLACED = word_list("names.yaml", "unplaced_force_words")


def place_officials(actors: list[Actor], candidates: list[Candidate], d: Dictionary,
                    doc: Doc, surnames: Mapping[int, str] | None = None) -> tuple[Actor, ...]:
    """An official of unknown country ("Vice-President Moody Awori"), an unplaced state
    body ("the army", "the foreign ministry") or generic body ("the Supreme Court", "the
    Labour Party") serves the one country its sentence and the one before it (in its
    paragraph) name most, else the country the report is mostly about, if one is; a body
    counts neither among them the countries its sentence names that it does not serve
    (``generic.not_its_country``: "expel the French ambassador", "flew soldiers to
    Germany"), nor an official the country or capital he travels to. ``surnames``: by
    actor number, the country of the surname of a person with a full name no table lists
    or a title, his country only if the report places him nowhere."""
    surnames = surnames or {}
    placed = [c for c in candidates if c.group >= 0 and is_state(c.country)
              and c.kind != "PERSON" and not homonyms.neighbour(doc[c.head])]
    if not placed:
        return tuple(by_surname(a, surnames.get(n)) for n, a in enumerate(actors))
    by_head = {c.head: c for c in candidates}
    first = {c.group: c for c in reversed(candidates) if c.group >= 0}
    opening = paragraph_openings(doc)
    # unnamed plurals ("officials", "trading firms") are placed by their own sentence only
    # (``descriptions.sentence_country``)
    singular = {c.group for c in candidates if c.group >= 0 and not c.is_reference
                and not (c.label == "NOUN" and c.plural)}
    out = []
    for n_, a in enumerate(actors):
        official = a.kind == "PERSON" and a.roles
        body = a.kind == "GROUP" and not a.named and a.key is None and n_ in singular
        forces = a.kind == "GROUP" and not a.named and a.key is None and not a.roles \
            and n_ not in singular and a.sector in _PARTY_FORCES \
            and not _unplaced(a, doc[first[n_].head] if n_ in first else None)
        generic_ = d.institution(a.key)
        council = a.kind == "ORG" and a.named and a.key is None and a.sector == "GOV"
        if (official or body or forces or generic_ or council) and a.country is None \
                and (generic_ or a.sector in STATE_SECTORS):
            mention = first.get(n_)
            sent = mention.sent if mention is not None else -1
            # a visitor is a foreigner where he travels: "arrived in Moscow" for talks with
            # "Russian" officials makes him no Russian
            visited = {c.country for c in placed if official and mention is not None
                       and c.sent == sent and generic.travelled_to(doc[mention.head], c, d)}
            hosts: list[str] = []
            if official and mention is not None:
                others = [doc[x.head] for x in candidates
                          if x.kind == "PERSON" and x.sent == sent and x.group != n_]
                hosts = [c.country for c in placed if c.sent == sent
                         and c.country not in visited
                         and generic.host_of(doc[mention.head], c, others, d)]
            if body and (head := _minister_country(a, actors, d)):
                hosts = [head]  # "Foreign Minister Ivan Dolgov ... The Foreign Ministry said"
            if hosts:
                a = replace(a, country=hosts[0])
                out.append(replace(a, key=f"N:{hosts[0]}:{a.sector}") if body else a)
                continue
            # what an official says is no sign of his country: "said the attackers had
            # crossed from Rwanda"
            told = generic.reported(doc[mention.head]) if (official or body) and mention \
                else set()
            if all(c.head in told for c in placed):
                told = set()  # "Fiji's police arrested four men, Commissioner Singh said"
            if body:  # "the ministry said *Ethiopian soldiers* had shelled ...": the other side
                told = {c.head for c in placed if c.head in told
                        and _state_party(c, doc, by_head)}
            countries = [(c.sent, c.country) for c in placed
                         if c.country not in visited and c.head not in told
                         and not ((body or forces) and mention is not None and c.sent == sent
                                  and generic.not_its_country(doc[mention.head], c, by_head,
                                                              d))]
            if forces:
                out.append(_report_force(a, countries, sent, sent <= 0 or sent in opening))
                continue
            a = _placed(a, countries, sent, body, generic_, sent <= 0 or sent in opening,
                        force=body and a.sector in FORCE_SECTORS)
        out.append(by_surname(a, surnames.get(n_)))
    return tuple(out)


def _state_party(c: Candidate, doc: Doc, by_head: Mapping[int, Candidate]) -> bool:
    """Whether the placed candidate ``c`` is, or is the nationality of, a party that serves
    a state ("*Ethiopian soldiers*", "the *Chadian* envoy"), not people ("Beninese
    farmers")."""
    t = doc[c.head]
    owner = by_head.get(t.head.i) if t.dep_ in ("amod", "compound", "poss", "nmod") else None
    return c.sector in STATE_SECTORS or (owner is not None and owner is not c
                                         and owner.sector in STATE_SECTORS)


def _minister_country(body: Actor, actors: list[Actor], d: Dictionary) -> str | None:
    """The country of the ministers of a ministry ``body`` ("the foreign ministry": foreign
    minister) the report names, if they are of one country: the ministry is theirs."""
    words = body.name.lower().split()
    if not words or words[-1] != "ministry":
        return None
    office = d.title(" ".join([*words[:-1], "minister"]))
    if office is None:
        return None
    countries = {a.country for a in actors if a.kind == "PERSON" and a.country
                 for r in a.roles if (t := d.title(r.title)) is not None
                 and t.office.lower() == office.office.lower()}
    return countries.pop() if len(countries) == 1 else None


def paragraph_openings(doc: Doc) -> set[int]:
    """The numbers of the sentences of ``doc`` that open a paragraph (a blank line before
    them), the first aside."""
    sents = list(doc.sents)
    return {n for n in range(1, len(sents)) if not nlp.same_paragraph(sents[n - 1][0], sents[n][0])}


def by_surname(a: Actor, surname: str | None) -> Actor:
    """``a``, or where the report places it nowhere (no country), of the country of the
    ``surname`` it shares with a known politician ("Interior Minister Elena Garcia")."""
    return replace(a, country=surname) if surname and a.country is None else a


def _placed(a: Actor, countries: list[tuple[int, str]], sent: int, body: bool,
            generic_: Institution | None, opens: bool = False, force: bool = False) -> Actor:
    """``a`` with the country ``countries`` ((sentence, country) pairs) give it: the one its
    sentence ``sent`` and the one before name most (that one only in its paragraph:
    ``opens`` says ``sent`` opens one), else the report's, if one is, else none. An unnamed
    ``force`` ("the army") counts of the sentence before only the report's country: "Rwanda
    sent aid. The army then attacked ..." in a Congolese report is Congo's army, not the
    donor's."""
    if not countries:
        return a
    default = report_country(countries)
    first = sent if opens else sent - 1
    near = Counter(c for s, c in countries if first <= s <= sent and (
        s == sent or not force or default is None or c == default)).most_common(2)
    clear = near and (len(near) == 1 or near[0][1] > near[1][1])
    country = near[0][0] if clear else default
    a = replace(a, country=country, country_basis=None if clear or not country else "report")
    if body and country:
        a = replace(a, key=f"N:{country}:{a.sector}")
    elif generic_ and country:
        key, sector = generic_.placed(country)
        a = replace(a, key=key, sector=sector)
    return a


def _report_force(a: Actor, countries: list[tuple[int, str]], sent: int,
                  opens: bool) -> Actor:
    """The unnamed plural force ``a`` (first mentioned in sentence ``sent``; ``opens``: it
    opens a paragraph) of the report's country (``report_country`` of
    ``countries``), when no other country is named as often in the report, nor at all in
    its sentence or the one before in its paragraph; else ``a``."""
    country = report_country(countries)
    first = sent if opens else sent - 1
    ranked = Counter(c for _, c in countries).most_common(2)
    if country is None or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]) \
            or any(c != country for s, c in countries if first <= s <= sent):
        return a
    return replace(a, country=country, country_basis="report")  # no key, as any plural


def _unplaced(a: Actor, head: Token | None) -> bool:
    """Whether a word of ``a``'s names, or one before its first mention's head ``head``,
    makes the force serve no one state of its report ("foreign troops", "peacekeepers",
    "*both* forces": ``unplaced_force_words``), or an owner makes it its own ("the
    seminary's guards")."""
    words = {w for name in (a.name, *a.aliases) for w in name.lower().replace("-", " ").split()}
    if head is not None:
        if any(t.dep_ == "poss" for t in head.children):
            return True  # its owner's: "*the seminary's* guards", "*their* soldiers"
        words |= {t.lower_ for t in head.lefts}
    return bool(words & _UNPLACED)


def report_country(countries: list[tuple[int, str]]) -> str | None:
    """The country a report is about, of the countries its placed mentions name
    (``countries``: (sentence, country) pairs, in the report's order): the one named most,
    in at least half of them (of two named as often, the first named); else None. The one
    definition of "the report's country" (``place_officials``)."""
    ranked = Counter(country for _, country in countries).most_common(1)
    return ranked[0][0] if ranked and 2 * ranked[0][1] >= len(countries) else None


def office_country(c: Candidate, candidates: list[Candidate],
                   first: int) -> tuple[str | None, str | None]:
    """The country of the unheld office ``c`` and its basis (``Actor.country_basis``): the
    one country the sentence before it names (``first``: that sentence, or ``c``'s own where
    it opens a paragraph), basis None; else the one the rest of the report names, if only
    one, basis "report"; a dateline's town names its country."""
    def named(sents: range) -> set[str]:
        return {x.country for x in candidates if x.sent in sents and x.sent != c.sent
                and is_state(x.country)
                and (x.kind == "COUNTRY" or x.filed or (x.kind == "GROUP" and x.group >= 0))}
    near = named(range(first, c.sent))
    if near:
        return (near.pop() if len(near) == 1 else None), None
    anywhere = named(range(0, max(x.sent for x in candidates) + 1))
    return (anywhere.pop(), "report") if len(anywhere) == 1 else (None, None)

