"""One frozen record type per kind of fact.

Every record carries the evidence it rests on as ``doc_id``, ``start`` and ``end``: Python string
indices into the stored (cleaned) text of that document, so ``text[start:end]`` is the evidence.
The same types flow from extraction to the store and out through export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: spaCy entity labels that denote something able to act: these mentions become actors.
ACTOR_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})

#: Actor ``kind`` for a bare NER label, used until the actor dictionary says better.
KIND_BY_LABEL: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "GROUP",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Joint acts: both sides act, and reports name them either way round ("X met Y", "X and Y
#: met", "a meeting between the two").
JOINT_TYPES: frozenset[str] = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: Modes of one-sided types that both sides do: a ceasefire is kept by both, so its reports,
#: like a meeting's, may name its sides either way round ("the army's truce with the rebels",
#: "the rebels' truce with the army"); a withdrawal or a release is done by one side.
MUTUAL_MODES: dict[str, frozenset[str]] = {"RETREAT": frozenset({"ceasefire"})}
MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "believed", "hypothetical", "negated", "future", "requested",
    "denied", "unconfirmed",
)
#: How firmly a report says the event happened: a cluster's strongest and weakest, and the
#: report that stands for it.
AFFIRMS: dict[str, int] = {"asserted": 8, "reported": 7, "believed": 6, "future": 5,
                           "requested": 4, "hypothetical": 3, "unconfirmed": 2, "negated": 1,
                           "denied": 0}
#: Modalities of acts told as done, or as not done (not a wish, a plan, a threat or a
#: request): what a noun may point to, and what a later denial may answer.
TOLD_DONE: frozenset[str] = frozenset({"asserted", "reported", "believed", "negated", "denied",
                                       "unconfirmed"})
#: Of those, acts told as not done, or of which the teller will not say whether they were.
NOT_HAPPENED: frozenset[str] = frozenset({"negated", "denied", "unconfirmed"})
#: The others, acts told as having happened (on the author's word or someone's): what a
#: report stands for, what a pronoun's denial answers.
HAPPENED: frozenset[str] = TOLD_DONE - NOT_HAPPENED
STANCES: tuple[str, ...] = ("asserts", "denies", "declines_to_confirm", "believes")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document; every other record's offsets index ``text``."""

    id: str
    text: str
    hash: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"

    @property
    def doc_id(self) -> str:
        return self.id

    @property
    def start(self) -> int:
        return 0

    @property
    def end(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Span:
    """A bare evidence span (an actor mention in export)."""

    doc_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text naming or referring to something (an entity label such as PERSON)."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    of: str | None
    doc_id: str
    start: int
    end: int


def root_general(code: str) -> bool:
    """Whether a CAMEO code is its root's own general one, CAMEO's "not specified below": three
    digits ending in 0 ("100", "180"; not "195", "1800" or "04"), which covers any code of
    the root: the events' content and retelling rules and fuse's contradictions read it."""
    return len(code) == 3 and code.endswith("0")


def local_actor_id(doc_id: str, n: int) -> str:
    """The id of a document's ``n``-th actor before the corpus merge (``actors.local``)."""
    return f"{doc_id}#{n}"


def document_of(local_id: str) -> str:
    """The document a local actor id (``local_actor_id``) belongs to."""
    return local_id.rsplit("#", 1)[0]


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor merged over its mentions; ``doc_id/start/end`` is its first mention."""

    id: str
    name: str
    doc_id: str
    start: int
    end: int
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    mentions: tuple[Span, ...] = ()
    key: str | None = None  # dictionary identity ("C:RUS", "P:vladimir-putin"), if known
    org: str | None = None  # an international organisation's own code (UNO, NATO, EU)
    anonymous: bool = False  # an unnamed source, named by its description ("a senior official")
    #: A proper name or a dictionary identity; false for "officials", "protesters".
    named: bool = True
    #: How ``country`` is known: "report" when it is only the country the report is about
    #: (police in a report datelined Dakar: no word of their sentence, nor of the one before,
    #: names Senegal), a guess that yields to any country the text states; null when the
    #: actor's words, its sentence or a table give it (or it has none).
    country_basis: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    #: "city" (a gazetteer town, with coordinates), "town" (a named place the gazetteer lacks:
    #: no coordinates), "region" or "country"; the first two tell one event from another.
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    type: str
    cameo: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    modality: str = "asserted"
    attributed_to: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    location: Location | None = None
    cluster: str | None = None
    #: The act agreed, asked for or refused, as a lemma ("agreed to *buy* fertiliser"): two
    #: commitments of one party are one event only if they commit to the same act.
    theme: str | None = None
    #: The full CAMEO code of the sense that coded it ("0871"); ``cameo`` is its root.
    cameo_code: str | None = None
    #: ``text`` when the document's words date it, ``story`` when it takes the date its story
    #: gave an act told before it (``events.story``: "... on Monday. Officers also seized their
    #: phones"), ``publication`` when the publication date stands in for a date the text does
    #: not give, else null.
    date_basis: str | None = None
    #: The id of the event of the same document this mention tells again ("Thousands marched
    #: ... *The march* was the largest", "attacked a post, *killing* three", a headline
    #: restating its lead: ``events.once``); the PLOVER export writes the act once.
    retells: str | None = None
    #: How many people the act was done to, as the text gives it ("detained *14* people").
    target_count: int | None = None
    #: A mention with no actor of its own, kept for fusion to join to the reports that name
    #: the parties, and no coded event (``coded``): a noun that only points to an event its
    #: report does not tell ("since *the truce*", "condemned *the raid*":
    #: ``events.references``), or an act told with no actor ("*shots were fired* at a patrol
    #: car": ``events.bare``).
    reference: bool = False
    #: Its place in a sequence of acts of its type as its text gives it ("the *second*
    #: round of talks": 2, "the *first* march": 1), else null (``events.ordinals``).
    ordinal: int | None = None
    #: The id of the request, offer, promise, threat or refusal of the same document whose
    #: content this mention is ("urged Calladon *to free* the sailors", "threatened *to shut*
    #: the border", "will *meet* next month"): CAMEO codes the speech act by it, and the
    #: PLOVER export writes it in that act's record (``events.content``).
    content_of: str | None = None
    #: How the target is known: ``syntax`` when the sentence's phrases tell it (an object, a
    #: phrase of the act, a place acted on), ``other_side`` when it is only the one other
    #: state the act's clause names (``events.other_side``: "launched drills days after
    #: *Taiwan's* president took office"), a weaker party; null when there is no target.
    target_basis: str | None = None


def coded(events: Iterable[Event]) -> tuple[Event, ...]:
    """The coded events of ``events``: those with actors of their own, not the mentions kept
    for fusion only (``Event.reference``: a noun pointing to an event, an act told with no
    actor), which the PLOVER export and evaluation do not count."""
    return tuple(e for e in events if not e.reference)


@dataclass(frozen=True, slots=True)
class EventKey:
    """What fusion needs of a stored event (its actors are still document-local ids) and of
    its document (publication date, outlet, headline)."""

    id: str
    doc_id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    attributed_to: str | None
    date: dt.date | None
    date_precision: str | None
    modality: str = "asserted"
    place: str | None = None  # the location's name, as text says it
    published: dt.date | None = None
    outlet: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    start: int = 0  # the trigger
    theme: str | None = None
    #: How ``date`` is known (``Event.date_basis``): a publication stand-in is a weak date.
    date_basis: str | None = None
    mode: str | None = None  # PLOVER mode ("phone", "visit")
    retells: str | None = None  # the event of its document it tells again
    cameo: str | None = None  # the full CAMEO code ("181": an abduction)
    place_kind: str | None = None  # ``Location.kind`` of ``place``: "city" or "town"
    target_count: int | None = None  # ``Event.target_count``: "detained *14* people"
    reference: bool = False  # ``Event.reference``: "since *the truce*"
    ordinal: int | None = None  # ``Event.ordinal``: "a *second* round of talks"
    title: str | None = None  # its headline ("Analysis: ...": ``retrospectives.looks_back``)
    target_basis: str | None = None  # ``Event.target_basis``: "other_side" is a guess
    content_of: str | None = None  # ``Event.content_of``: the commitment it is the act of


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What fusion needs of a stored claim (the claimant still a document-local id)."""

    id: str
    doc_id: str
    start: int
    end: int
    stance: str
    claimant: str | None
    about: str | None
    published: dt.date | None = None
    outlet: str | None = None
    refers: str | None = None  # the event type its words name when ``about`` is unknown
    opens_with_cue: bool = False  # its span starts at the cue ("denied that ...")


@dataclass(frozen=True, slots=True)
class EventLink:
    """An event as the corpus sees it: corpus actor ids, its attribution, its cluster."""

    event: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    attributed_to: str | None
    cluster: str


@dataclass(frozen=True, slots=True)
class Cluster:
    """The reports of one real-world event: how many, from how many independent sources
    (outlets, else documents), reported when, dated when, and how firmly: ``strongest`` and
    ``weakest`` are the most and least affirming modality among its reports; ``unconfirmed``
    when a party declined to confirm it."""

    id: str
    type: str
    mentions: int
    sources: int
    outlets: tuple[str, ...]
    first_report: dt.date | None
    last_report: dt.date | None
    date_from: dt.date | None
    date_to: dt.date | None
    strongest: str
    weakest: str
    unconfirmed: bool = False
    contradictions: int = 0


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """A claim's cluster (the event it is about, as the corpus sees it) and how many
    independent sources make the same claim about it."""

    claim: str
    cluster: str | None
    claimant: str | None
    corroboration: int


@dataclass(frozen=True, slots=True)
class ModalityCount:
    modality: str
    clusters: int


@dataclass(frozen=True, slots=True)
class Edge:
    """Actor network: clusters of one type between two actors in one month."""

    source: str
    target: str
    type: str
    month: str | None  # "YYYY-MM", None when undated
    clusters: int
    sources: int
    modalities: tuple[ModalityCount, ...]  # clusters by their strongest modality
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    doc_id: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    anonymous: bool = False
    cue_start: int | None = None
    cue_end: int | None = None
    #: The quoted stretches when the attribution splits the quote ("“A,” X said. “B.”"):
    #: ``start``/``end`` then runs from the first to the last.
    parts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A stance taken on a proposition; ``start``/``end`` is the proposition (from the cue on
    for a stance other than ``asserts``), ``quote`` the quote it comes from, if any."""

    id: str
    doc_id: str
    start: int
    end: int
    stance: str
    claimant: str | None = None
    about: str | None = None
    quote: str | None = None
    #: With no event to point to in its document, the type of event its words name ("no such
    #: *request* was sent": REQUEST), for fusion to find the event in other reports.
    refers: str | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two facts that cannot both hold; ``doc_id/start/end`` is the evidence of side ``a``."""

    id: str
    a: str
    b: str
    reason: str
    doc_id: str
    start: int
    end: int
    cluster: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class Fused:
    """Everything the fuse stage derives from the whole store; ``links`` maps local actor ids
    to corpus ids, ``retired`` old corpus ids (actors, clusters) to the ones now in use."""

    actors: tuple[Actor, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)
    events: tuple[EventLink, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    claims: tuple[ClaimLink, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    edges: tuple[Edge, ...] = ()
    retired: Mapping[str, str] = field(default_factory=dict)
