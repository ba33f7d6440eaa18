"""What the dictionary says of a name: the records its questions answer.

* ``Entry``: an actor the dictionary knows: its key (``C:``, ``I:``, ``G:``, ``P:``, ``M:``,
  ``B:``, see ``dictionary``), name, kind, country (ISO3, or the CAMEO type ``IGO``, ``NGO``,
  ``IMG`` of a body of no state), sector, a person's title, an organisation's own code.
* ``Institution``: a body many states have one of; ``placed`` gives the key and sector of one
  country's body.
* ``Place``: a town (``gazetteer``): its country, position, population, whether a capital.
* ``Title``: what a title ("foreign minister") tells of its holder: sector, gender, rank, and
  the office it names.
* ``Noun``: what a group noun ("soldiers", "the two sides") tells: sector, number.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    name: str
    kind: str  # PERSON, ORG, COUNTRY, GROUP, LOCATION
    country: str | None  # ISO3, or the CAMEO codes IGO, NGO, IMG
    sector: str | None
    title: str | None = None
    org: str | None = None  # the organisation's own code for IGOs and NGOs: UNO, NATO...


@dataclass(frozen=True, slots=True)
class Institution:
    """A body many states have one of ("Supreme Court", "House of Representatives"): its
    name codes a kind and a sector, never a country; ``by_country`` holds the sector of a
    country's own body where it differs (Myanmar's National Unity Government is in
    opposition); ``fallback`` the country English news means by the bare name when nothing
    in a report points elsewhere ("Congress": the United States)."""

    key: str
    name: str
    sector: str
    by_country: tuple[tuple[str, str], ...] = ()
    fallback: str | None = None

    def placed(self, iso3: str) -> tuple[str, str]:
        """The key and sector of this body of the country ``iso3``."""
        return f"{self.key}:{iso3}", dict(self.by_country).get(iso3, self.sector)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    population: int
    capital: bool


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    sector: str | None
    gender: str | None
    rank: int
    #: The office the title names, where another title names it too ("top diplomat",
    #: "foreign secretary": foreign minister); else the title itself.
    office: str = ""


@dataclass(frozen=True, slots=True)
class Noun:
    noun: str
    sector: str | None
    plural: bool
    #: A collective of two parties ("the two sides", "the pair"): the parties named last
    #: together, else an unnamed actor of no sector.
    two: bool = False
