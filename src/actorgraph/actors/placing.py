"""The country of an official or a state body the text names without one.

``place_officials(actors, candidates, d, doc)`` gives a country to each actor of one document
that has none and is

* an official (a person with a role: "Vice-President Moody Awori"),
* an unnamed singular state body ("the army", "the foreign ministry"; unnamed plurals,
  "officials", are placed by their own sentence only: ``descriptions.sentence_country``),
* a generic body (a ``B:`` key: "the Supreme Court", "the Labour Party"), or
* a named governing council of no country ("Sovereignty Council"),

and serves a state (its sector one of ``collectives.STATE_SECTORS``, or a generic body).
The country is the one that the actor's first mention's sentence and the sentence before
name most (the sentence before only within its paragraph: ``paragraph_openings``), when one
country leads there; else the one the report names in at least half of its placed mentions,
if one does; else none. An unnamed force ("the army", "the police": ``FORCE_SECTORS``)
counts of the sentence before only the report's country ("Rwanda sent aid. The army then
attacked ..." in a Congolese report: Congo's army). Placed mentions are those of grouped
actors with a state's country that are no person and no neighbour's town
(``homonyms.neighbour``). Not counted:

* for a body, the countries its own sentence names that it does not serve
  (``generic.not_its_country``: "expel the French ambassador", "flew soldiers to Germany");
* for an official, the country or capital he travels to in his sentence
  (``generic.travelled_to``: "arrived in Moscow" for talks makes him no Russian), nor the
  countries named in what he is told to say (``generic.reported``: "the spokesman said the
  raiders came from Rwanda").

A person with a full name no table lists, or a title, whose surname a known politician of one
country bears ("Interior Minister Elena Garcia": ``Dictionary.surname_country``) is placed
like any official; only where the report places him nowhere is he of the surname's country.

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

from spacy.tokens import Doc

from .. import nlp
from ..records import Actor
from . import generic, homonyms
from .candidates import Candidate
from .collectives import FORCE_SECTORS, STATE_SECTORS
from .dictionary import NON_STATE, Dictionary, Institution


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
    placed = [c for c in candidates if c.group >= 0 and c.country and c.kind != "PERSON"
              and c.country not in NON_STATE and not homonyms.neighbour(doc[c.head])]
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
        generic_ = d.institution(a.key)
        council = a.kind == "ORG" and a.named and a.key is None and a.sector == "GOV"
        if (official or body or generic_ or council) and a.country is None \
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
            told = generic.reported(doc[mention.head]) if official and mention else set()
            if all(c.head in told for c in placed):
                told = set()  # "Fiji's police arrested four men, Commissioner Singh said"
            countries = [(c.sent, c.country) for c in placed
                         if c.country not in visited and c.head not in told
                         and not (body and mention is not None and c.sent == sent
                                  and generic.not_its_country(doc[mention.head], c, by_head,
                                                              d))]
            a = _placed(a, countries, sent, body, generic_, sent <= 0 or sent in opening,
                        force=body and a.sector in FORCE_SECTORS)
        out.append(by_surname(a, surnames.get(n_)))
    return tuple(out)


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
    overall = Counter(country for _, country in countries)
    (top, n), total = overall.most_common(1)[0], sum(overall.values())
    default = top if 2 * n >= total else None
    first = sent if opens else sent - 1
    near = Counter(c for s, c in countries if first <= s <= sent and (
        s == sent or not force or default is None or c == default)).most_common(2)
    clear = near and (len(near) == 1 or near[0][1] > near[1][1])
    country = near[0][0] if clear else default
    a = replace(a, country=country)
    if body and country:
        a = replace(a, key=f"N:{country}:{a.sector}")
    elif generic_ and country:
        key, sector = generic_.placed(country)
        a = replace(a, key=key, sector=sector)
    return a
