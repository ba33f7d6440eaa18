"""The JSON API's shapes (pydantic models): what each endpoint returns, as ``/openapi.json``
and ``/docs`` describe it. Ids of actors are corpus ids; offsets index the stored text of the
document named by ``doc_id``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, create_model

from .. import records


def derived(record: type, name: str, doc: str, required: tuple[str, ...],
            **extra: Any) -> type[BaseModel]:
    """A pydantic shape with every field of ``record`` (tuples as lists), those not in
    ``required`` nullable (an endpoint may leave them out), and the API's ``extra`` fields
    (``name=(type, default)``): the records of ``records.py`` are the one definition of each
    fact."""
    hints = get_type_hints(record)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        kind = _listed(hints[f.name])
        fields[f.name] = (kind, ...) if f.name in required else (kind | None, None)
    fields.update(extra)
    return create_model(name, __doc__=doc, **fields)


def _listed(kind: Any) -> Any:
    """``tuple[X, ...]`` as ``list[X]`` (what JSON carries), inside optionals too."""
    if get_origin(kind) is tuple:
        args = [a for a in get_args(kind) if a is not Ellipsis]
        return list[_listed(args[0])] if args else list[Any]
    if get_origin(kind) in (UnionType, Union):
        return Union[tuple(_listed(a) for a in get_args(kind))]  # noqa: UP007
    return kind


Location = derived(records.Location, "Location", "Where an event happened.", ())


Event = derived(
    records.Event, "Event", "An event (its trigger span) with its corpus actors and cluster.",
    ("id", "doc_id", "start", "end", "type", "source", "target", "modality"),
    corroboration=(int | None, None), outlet=(str | None, None),
    doc_title=(str | None, None), published=(dt.date | None, None),
    sentence=(str | None, None), trigger=(str | None, None), link=(str | None, None))


class ActorBase(BaseModel):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    aliases: list[str] | None = None
    named: bool | None = None
    anonymous: bool | None = None


class ActorSummary(ActorBase):
    mentions: int


class Role(BaseModel):
    title: str
    of: str | None = None
    of_name: str | None = None
    doc_id: str
    start: int
    end: int
    text: str | None = None


class Mention(BaseModel):
    doc_id: str
    start: int
    end: int
    sentence_start: int | None = None
    sentence_end: int | None = None
    sentence: str | None = None


Quote = derived(
    records.Quote, "Quote",
    "A quote: its content span (``text``), speaker, cue and kind; ``speaker`` is a corpus "
    "actor id, ``stance`` that of the claim the quote makes, ``link`` the reader at it.",
    ("id", "doc_id", "start", "end", "kind", "anonymous"),
    text=(str, ...), speaker_name=(str | None, None), stance=(str | None, None),
    outlet=(str | None, None), published=(dt.date | None, None),
    doc_title=(str | None, None), link=(str, ...))


Claim = derived(
    records.Claim, "Claim",
    "A stance on a proposition (``text``); ``claimant`` is a corpus actor id (none: the "
    "author), ``about`` an event id (of PLOVER type ``about_type``), ``quote`` the quote it "
    "comes from, with its ``cue``; ``cluster`` the event it is about as the corpus sees it, "
    "``corroboration`` how many independent sources make the same claim about it.",
    ("id", "doc_id", "start", "end", "stance"),
    text=(str, ...), claimant_name=(str | None, None), about_type=(str | None, None),
    cue=(str | None, None), cluster=(str | None, None), corroboration=(int | None, None),
    outlet=(str | None, None), published=(dt.date | None, None),
    doc_title=(str | None, None), link=(str, ...))


class Actor(ActorBase):
    roles: list[Role]
    mention_count: int
    mentions: list[Mention]
    events_as_source: list[Event]
    events_as_target: list[Event]
    contradictions: list[dict[str, Any]]
    quotes_by: list[Quote]
    quotes_about: list[Quote]
    claims_by: list[Claim]


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class ActorPage(Page):
    items: list[ActorSummary]


class EventPage(Page):
    items: list[Event]


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    length: int


class DocumentPage(Page):
    items: list[DocumentSummary]


class Span(BaseModel):
    start: int
    end: int
    actor: str | None = None
    actor_name: str | None = None
    kind: str | None = None


class Document(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    text: str
    mentions: list[Span]
    events: list[Event]
    quotes: list[Quote]
    claims: list[Claim]


class QuotePage(Page):
    items: list[Quote]


class ClaimPage(Page):
    items: list[Claim]


Cluster = derived(
    records.Cluster, "Cluster",
    "The reports of one real-world event: how many (``mentions``), from how many "
    "independent sources (``sources``: outlets, else documents), reported when, dated when, "
    "how firmly (the most and least affirming modality of its reports), whether a party "
    "declined to confirm it, and how many contradictions it has.",
    ("id", "type", "mentions", "sources", "outlets", "unconfirmed", "contradictions"))


class ClusterItem(Cluster):  # type: ignore[misc,valid-type]
    """A cluster with its actors over its reports and the sentence of one report."""

    source: list[str]
    target: list[str]
    example: str | None = None
    example_link: str | None = None


class ClusterPage(Page):
    items: list[ClusterItem]


class Side(BaseModel):
    """One side of a contradiction: an event, a claim or a quote (``kind``; none if its id
    is not in the store); who holds it (``speaker``, a corpus actor id: a claim's claimant,
    a quote's speaker, whom an event is attributed to; none: the outlet in its own voice);
    the evidence ``text`` at ``start``..``end`` (the claim or quote; the event's sentence,
    its trigger at ``trigger_start``..``trigger_end``) inside ``sentence``; and a link to the
    reader at it."""

    id: str
    kind: Literal["event", "claim", "quote"] | None = None
    doc_id: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    sentence: str | None = None
    sentence_start: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_text: str | None = None
    stance: str | None = None
    type: str | None = None
    modality: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    doc_title: str | None = None
    cluster: str | None = None
    link: str | None = None


class ClusterBrief(BaseModel):
    id: str
    type: str
    mentions: int
    sources: int


Contradiction = derived(
    records.Contradiction, "Contradiction",
    "Two items that cannot both hold (``a`` and ``b``, ids), why, on which cluster "
    "(``about`` it: its type, reports and independent sources); ``doc_id``/``start``/``end`` "
    "is the evidence of side a; ``sides`` are a and b.", ("id", "a", "b", "reason"),
    sides=(list[Side], ...), about=(ClusterBrief | None, None))


class ContradictionPage(Page):
    items: list[Contradiction]


class ClusterDetail(BaseModel):
    """A cluster: its ``summary``, its reports (paged by ``limit`` and ``offset``, first
    published first; ``summary.mentions`` in all), the claims about it, its contradictions."""

    summary: Cluster
    reports: list[Event]
    claims: list[Claim]
    contradictions: list[Contradiction]
    limit: int
    offset: int


class Node(BaseModel):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: int


class ModalityCount(BaseModel):
    modality: str
    clusters: int


class Edge(BaseModel):
    """Clusters of one type between two actors in the window: how many (``clusters``), the
    most independent sources in any month (``sources``), the clusters by their strongest
    modality, most first (``modality`` is the first), their first and last date."""

    source: str
    target: str
    type: str
    modality: str
    clusters: int
    sources: int
    modalities: list[ModalityCount]
    first_date: dt.date | None = None
    last_date: dt.date | None = None


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]
