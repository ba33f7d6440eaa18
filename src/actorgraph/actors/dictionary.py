"""The actor dictionary: our tables in ``actorgraph/data`` plus country_converter and geonames.

In: the data files. Out: a ``Dictionary`` answering "who is this name?" (``lookup``), "which
country is this word?" (``country``, ``demonym``, ``place``), "what sector does this title or
noun give?" (``title``, ``noun``), and the entity-ruler patterns that let spaCy label dictionary
actors before its statistical NER runs.

Keys identify dictionary actors across documents: ``C:RUS`` a country (its capital and its
government's metonyms, "Moscow", "the Kremlin", resolve to it), ``I:UNO`` an international
organisation, ``G:<slug>`` a group or party, ``P:<slug>`` a person, ``M:<slug>`` an institution
standing for a branch of a state ("the Pentagon"), ``B:<slug>`` a body many states have
("Supreme Court", "Labour Party", "Congress": ``institutions.csv``), which names no country
until context places it (``B:supreme-court:KEN``, see ``Institution.placed``; a bare
"Congress" in a report that points nowhere else is the US one, ``Institution.fallback``).

The records it answers with are in ``entries``, the towns it knows in ``gazetteer``, the
comparison form of names (``norm``) and the reading of the tables in ``tables``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence

from .entries import Entry, Institution, Noun, Place, Title
from .gazetteer import Towns, towns
from .tables import load_yaml, norm, rows, slug, word_list

#: Country codes of actors that are no state: international, non-governmental and militant
#: bodies (``IGO``, ``NGO``, ``IMG``).
NON_STATE = frozenset({"IGO", "NGO", "IMG"})
#: Words never matched as single-token names (they are common English words too).
_COMMON = word_list("names.yaml", "common_words")
#: The word naming a unit of a country around its name ("Kandahar province", "the state of
#: Borno"), on a normalised name.
_REGION_WORDS = re.compile(r"^(?:province|state|region|governorate) of |"
                           r" (?:province|state|region|oblast|governorate|prefecture)$")


def is_state(country: str | None) -> bool:
    """Whether ``country`` is a state's code: set, and not a body of states, an NGO or a
    militant group (``NON_STATE``)."""
    return bool(country) and country not in NON_STATE


def honorific(word: str) -> bool:
    """Whether ``word`` is a courtesy title before a surname ("Mr", "Dr.", "Mme"), no given
    name (``data/names.yaml``)."""
    return word.lower().rstrip(".") in word_list("names.yaml", "honorifics")


class Dictionary:
    """Every name we know, with the entry it denotes. Build it once with ``get()``."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._names: dict[str, str] = {}  # norm(name) -> key
        self._exact: dict[str, str] = {}  # case-sensitive short acronyms -> key
        self._surface: dict[str, set[str]] = {}  # key -> names as written, for the ruler
        self._metonyms: dict[str, str] = {}  # "Kremlin" -> "C:RUS", for the ruler
        self._surnames: dict[str, set[str | None]] = {}  # "bush" -> {"USA"}
        self.orgs: dict[str, str] = {}  # IGO/NGO code -> "IGO" or "NGO"
        self.institutions: dict[str, Institution] = {}  # "B:supreme-court" -> its body
        self._load_countries()
        self._load_igos()
        self._load_groups()
        self._load_institutions()
        self._load_people()
        self._load_metonyms()
        self.demonyms = {norm(r["demonym"]): r["iso3"] for r in rows("demonyms.csv")}
        self.titles = {norm(r["title"]): Title(r["title"], r["sector"] or None,
                                               r["gender"] or None, int(r["rank"] or 1),
                                               r.get("office") or r["title"])
                       for r in rows("titles.csv")}
        self.nouns = {norm(r["noun"]): Noun(r["noun"], r["sector"] or None,
                                            r["number"] in ("pl", "two"), r["number"] == "two")
                      for r in rows("actor_nouns.csv")}
        self.first_names = {norm(r["name"]): r["gender"] for r in rows("first_names.csv")}
        #: region → its countries; a name two countries share ("Punjab") has both
        self.region_countries: dict[str, tuple[str, ...]] = {}
        for r in rows("regions.csv"):
            n = norm(r["name"])
            known = self.region_countries.get(n, ())
            self.region_countries[n] = known if r["iso3"] in known else (*known, r["iso3"])
        self.ethnic = {norm(r["name"]): r["iso3"] for r in rows("ethnic_groups.csv")}
        #: what a force holds or moves in ("a police *checkpoint*", "an army *base*")
        self.force_sites = frozenset(r["site"] for r in rows("force_sites.csv"))
        #: he → ("sg", "m"), they → ("pl", None), we/I → ("first", None); "you" is left out.
        self.pronouns = {r["pronoun"]: ("first" if r["person"] == "1" else r["number"],
                                        r["gender"] or None)
                         for r in rows("pronouns.csv") if r["person"] in ("1", "3")}
        self._places: tuple[Towns, Towns] | None = None

    # -- loading --------------------------------------------------------------------------
    def _add(self, entry: Entry, names: list[str], case_sensitive: bool = False) -> None:
        self.entries.setdefault(entry.key, entry)
        surface = self._surface.setdefault(entry.key, set())
        for name in names:
            name = name.strip()
            if not name:
                continue
            if case_sensitive and name.isupper() and len(name) <= 4:
                self._exact.setdefault(name, entry.key)
            else:
                self._names.setdefault(norm(name), entry.key)
            surface.add(name)

    def _load_countries(self) -> None:
        for row in _converter().data[["name_short", "name_official", "ISO3"]].itertuples():
            iso3 = row.ISO3
            entry = Entry(f"C:{iso3}", row.name_short, "COUNTRY", iso3, None)
            self.entries[entry.key] = entry
            for name in (row.name_short, row.name_official):
                self._names.setdefault(norm(name), entry.key)
        for row in rows("country_names.csv"):  # older and informal names
            self._names.setdefault(norm(row["name"]), f"C:{row['iso3']}")
            if row["name"].replace(".", "").isupper():  # "US" before a noun escapes the NER
                self._surface.setdefault(f"C:{row['iso3']}", set()).add(row["name"])

    def _load_igos(self) -> None:
        # As in CAMEO and the PLOVER gold standard, an international organisation's country
        # slot holds its type (IGO or NGO); its own code (UNO, NATO, EU) is ``org``.
        for item in load_yaml("igos.yaml"):
            code, kind = item["code"], item.get("kind") or "IGO"
            self.orgs[code] = kind
            self._add(Entry(f"I:{code}", item["name"], "ORG", kind, item.get("sector") or kind,
                            org=code),
                      [item["name"], *(item.get("aliases") or [])], case_sensitive=True)

    def _load_groups(self) -> None:
        for item in load_yaml("groups.yaml"):
            kind = "GROUP" if item.get("kind", "GROUP") == "GROUP" else "ORG"
            entry = Entry(f"G:{slug(item['name'])}", item["name"], kind,
                          item.get("country") or None, item.get("sector") or None)
            self._add(entry, [item["name"], *(item.get("aliases") or [])],
                      case_sensitive=bool(item.get("case_sensitive")))

    def _load_institutions(self) -> None:
        # After the groups: a country's own name for its body ("British Labour Party",
        # "Israeli Labor Party") is a group of fixed country and wins over the generic name.
        for row in rows("institutions.csv"):
            key = f"B:{slug(row['name'])}"
            # by_country: "MMR:OPP|..." where a country's own body has another sector
            pairs = (pair.partition(":") for pair in row["by_country"].split("|") if pair)
            self.institutions[key] = Institution(key, row["name"], row["sector"],
                                                 tuple((iso3, sector) for iso3, _, sector in pairs),
                                                 row["fallback"] or None)
            self._add(Entry(key, row["name"], row["kind"], None, row["sector"]),
                      [row["name"], *row["aliases"].split("|")])

    def _load_people(self) -> None:
        for row in rows("people.csv"):
            code = row["iso3"] or None
            org = code if code in self.orgs else None
            entry = Entry(f"P:{slug(row['name'])}", row["name"], "PERSON",
                          self.orgs.get(code, code) if code else None, row["sector"] or None,
                          row["title"] or None, org)
            self._add(entry, [row["name"], *row["aliases"].split("|")])
            self._surnames.setdefault(norm(row["name"].split()[-1]), set()).add(entry.country)

    def _load_metonyms(self) -> None:
        for row in rows("metonyms.csv"):
            iso3, sector = row["iso3"], row["sector"]
            if sector == "GOV":  # the government's seat stands for the state itself
                self._names.setdefault(norm(row["text"]), f"C:{iso3}")
                self._metonyms[row["text"]] = f"C:{iso3}"
            else:
                self._add(Entry(f"M:{slug(row['text'])}", row["text"], "ORG", iso3, sector),
                          [row["text"]], case_sensitive=True)

    # -- questions ------------------------------------------------------------------------
    def lookup(self, text: str) -> Entry | None:
        """The dictionary entry ``text`` names, if any (a capital city names its country,
        "Supreme Court of Pakistan" the generic body that ``qualified`` places)."""
        key = self._exact.get(text.strip()) or self._names.get(norm(text))
        if key is None:
            place = self.place(text)
            if place is not None and place.capital:
                key = f"C:{place.country}"
            else:
                key = (self.qualified(text) or (None, None))[0]
        return self.entries.get(key) if key else None

    def qualified(self, text: str) -> tuple[str, str] | None:
        """(generic body's key, ISO3) for a generic body's name that names its country too:
        "Supreme Court of Pakistan", "Kenyan Supreme Court", "Central Bank of Nigeria"."""
        n = norm(text)
        head, of, tail = n.partition(" of ")
        if of:
            key, iso3 = self._names.get(head), self.country_name(tail)
        else:
            first, _, rest = n.partition(" ")
            key = self._names.get(rest)
            iso3 = self.demonyms.get(first) or self.country_name(first)
        return (key, iso3) if key in self.institutions and iso3 else None

    def country(self, text: str) -> str | None:
        """ISO3 of the country ``text`` names or describes (name, demonym), if any."""
        n = norm(text)
        if n in self.demonyms:
            return self.demonyms[n]
        key = self._names.get(n)
        if key and key.startswith("C:"):
            return key[2:]
        return _regex_country(n)

    def demonym(self, text: str) -> str | None:
        """ISO3 for a nationality word, also in compounds ("Greek-Cypriot", "West German")
        and unlisted plurals."""
        n = norm(text)
        found = self.demonyms.get(n) or (self.demonyms.get(n[:-1]) if n.endswith("s") else None)
        if found is None and " " in n:
            first, *_, last = n.split()
            found = self.demonyms.get(first) or self.demonyms.get(last)
        return found

    def region(self, text: str) -> str | None:
        """ISO3 of the country a region or province is in ("Darfur" → SDN, "Kandahar
        province" → AFG, "the state of Borno" → NGA); None for a name two countries share
        ("Punjab": ``regions``)."""
        found = self.regions(text)
        return found[0] if len(found) == 1 else None

    def regions(self, text: str) -> tuple[str, ...]:
        """The countries a region or province so named is in, with or without its word
        "province", "state", "region" ("Punjab" → IND, PAK); a big city's "province" or
        "region" ("Kabul province") is in the city's country."""
        n = norm(text)
        found = self.region_countries.get(n)
        if found is None:
            bare = _REGION_WORDS.sub("", n)
            found = self.region_countries.get(bare, ()) if bare != n else ()
            if not found and bare != n and " " not in bare:
                place = self.place(bare, main_name=True)
                big = place is not None and place.population >= 100_000
                found = (place.country,) if big else ()  # type: ignore[union-attr]
        return found

    def ethnic_group(self, text: str) -> str | None:
        """ISO3 of the country an ethnic group is most associated with ("Tamils" → LKA)."""
        return self.ethnic.get(norm(text))

    def surname_country(self, text: str) -> str | None:
        """The country shared by every known person with this surname ("Bush" → USA)."""
        countries = self._surnames.get(norm(text), set())
        return next(iter(countries)) if len(countries) == 1 else None

    def place(self, text: str, *, main_name: bool = False,
              country: str | None = None) -> Place | None:
        """The town called ``text``: by its own name (geonames' main name, ``towns.csv``)
        first, capitals then the most populous; else by a name it is only also called (an
        alternate name, often another language's spelling: "Rangoon"), when every town so
        called lies in one country. A name a country or region bears ("Jordan", "Borno",
        "Victoria") gives only a town of that country. ``country``, the document's country
        when the caller knows it, picks that country's town first ("Tripoli" in a report
        from Lebanon). ``main_name``: own names only ("Rapid" is no name of Rapid City)."""
        if self._places is None:
            self._places = towns()
        own_names, other_names = self._places
        n = norm(text)
        own: Sequence[Place] = own_names.get(n, ())
        other: Sequence[Place] = () if main_name else other_names.get(n, ())
        state = self.country_name(n)
        units = self.region_countries.get(n, ()) + ((state,) if state else ())
        if units:  # "Borno" is Nigeria's state, not a German village's other name
            own = tuple(p for p in own if p.country in units)
            other = tuple(p for p in other if p.country in units)
        if country is not None:
            found = next((p for p in (*own, *other) if p.country == country), None)
            if found is not None:
                return found
        if own:
            return own[0]
        return other[0] if other and len({p.country for p in other}) == 1 else None

    def country_name(self, text: str) -> str | None:
        """ISO3 of the country whose name (not demonym, not a regex hit) is ``text``."""
        key = self._names.get(norm(text))
        return key[2:] if key and key.startswith("C:") else None

    def title(self, text: str) -> Title | None:
        return self.titles.get(norm(text))

    def noun(self, text: str) -> Noun | None:
        return self.nouns.get(norm(text))

    def institution(self, key: str | None) -> Institution | None:
        """The generic body an unplaced ``B:`` key stands for, if it is one."""
        return self.institutions.get(key) if key else None

    def gender(self, first_name: str) -> str | None:
        return self.first_names.get(norm(first_name))

    def patterns(self) -> list[dict]:
        """Entity-ruler patterns for every known name but plain country names (NER finds
        those): multi-word names match case-insensitively, single words and the names of
        generic bodies only as written ("the central bank" is no name); a generic body's
        one-word name is left to the NER ("Labour costs" names no party), not its acronym."""
        label = {"PERSON": "PERSON", "COUNTRY": "GPE"}
        named = [(key, name) for key, names in self._surface.items() for name in names]
        named += [(key, text) for text, key in self._metonyms.items()]
        out = []
        for key, name in sorted(named):
            tag = label.get(self.entries[key].kind, "ORG")
            generic = key in self.institutions
            if (" " in name or "-" in name) and not generic:
                out.append({"label": tag, "pattern": name, "id": key})
            elif generic and " " not in name and sum(ch.isupper() for ch in name) < 2:
                continue
            elif name.lower() not in _COMMON and name[:1].isupper():
                out.append({"label": tag, "pattern": name, "id": key, "exact": True})
        return out


@functools.cache
def get() -> Dictionary:
    """The dictionary, loaded once per process."""
    return Dictionary()


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    import country_converter

    return country_converter.CountryConverter()


@functools.cache
def _country_regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = _converter().data
    return tuple((re.compile(rx, re.IGNORECASE), iso3)
                 for rx, iso3 in zip(data["regex"], data["ISO3"], strict=True))


@functools.lru_cache(maxsize=65536)
def _regex_country(text: str) -> str | None:
    """country_converter's regex match of a whole name; None when none or several match."""
    hits = {iso3 for rx, iso3 in _country_regexes() if rx.search(text)}
    return hits.pop() if len(hits) == 1 else None
