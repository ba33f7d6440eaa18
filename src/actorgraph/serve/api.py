"""The JSON API, under ``/api``: actors, events, documents, quotes, claims, contradictions,
event clusters and the actor network. Every list is paginated (``limit``, ``offset``); bad
filters are 422 and unknown ids 404, as JSON. Shapes are the pydantic models below, which
``/openapi.json`` and ``/docs`` describe."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from ..records import MODALITIES, PLOVER_TYPES, QUOTE_KINDS, STANCES
from .queries import ClaimFilter, EventFilter, QuoteFilter, Reader

PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Modality = Literal[MODALITIES]  # type: ignore[valid-type]
QuoteKind = Literal[QUOTE_KINDS]  # type: ignore[valid-type]
Stance = Literal[STANCES]  # type: ignore[valid-type]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Id = Annotated[str, Query(min_length=1, max_length=500)]


class Location(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(BaseModel):
    id: str
    doc_id: str
    start: int
    end: int
    sentence_start: int | None = None
    sentence_end: int | None = None
    type: str
    cameo: str | None = None
    mode: str | None = None
    context: list[str] | None = None
    source: list[str]
    target: list[str]
    modality: str
    attributed_to: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    location: Location | None = None
    cluster: str | None = None
    doc_title: str | None = None
    published: dt.date | None = None
    sentence: str | None = None
    trigger: str | None = None


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


class Quote(BaseModel):
    """A quote: its content span (``text``), speaker, cue and kind; ``speaker`` is a corpus
    actor id, ``stance`` that of the claim the quote makes, ``link`` the reader at it."""

    id: str
    doc_id: str
    start: int
    end: int
    kind: str
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    anonymous: bool
    stance: str | None = None
    link: str


class Claim(BaseModel):
    """A stance on a proposition (``text``); ``claimant`` is a corpus actor id (none: the
    author), ``about`` an event id (of PLOVER type ``about_type``), ``quote`` the quote it
    comes from, with its ``cue``."""

    id: str
    doc_id: str
    start: int
    end: int
    stance: str
    text: str
    claimant: str | None = None
    claimant_name: str | None = None
    about: str | None = None
    about_type: str | None = None
    quote: str | None = None
    cue: str | None = None
    link: str


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


class RowPage(Page):
    items: list[dict[str, Any]]


class Node(BaseModel):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: int


class Edge(BaseModel):
    source: str
    target: str
    type: str
    modality: str
    count: int


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


router = APIRouter(prefix="/api", tags=["api"])


def reader(request: Request) -> Reader:
    return request.app.state.reader  # type: ignore[no-any-return]


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} with id {key!r}")
    return value


@router.get("/actors", response_model=ActorPage)
def list_actors(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                country: Annotated[str | None, Query(max_length=10)] = None,
                sector: Annotated[str | None, Query(max_length=10)] = None,
                kind: Literal["PERSON", "ORG", "COUNTRY", "GROUP", "LOCATION"] | None = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Actors, most mentioned first; ``q`` matches any alias (case-insensitive)."""
    return reader(request).actors(q, country, sector, kind, limit, offset)


@router.get("/actors/{actor_id}", response_model=Actor)
def get_actor(request: Request, actor_id: str, limit: Limit = 50, offset: Offset = 0) -> dict:
    """One actor: aliases, codes, roles with evidence, events as source and target, quotes;
    its mentions (``mention_count`` in all) are paged with ``limit`` and ``offset``."""
    return _found(reader(request).actor(actor_id, limit, offset),  # type: ignore[no-any-return]
                  "actor", actor_id)


@router.get("/events", response_model=EventPage)
def list_events(request: Request, type: PloverType | None = None,
                modality: Modality | None = None,
                actor: Annotated[str | None, Query(max_length=500)] = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None,
                cluster: Annotated[str | None, Query(max_length=500)] = None,
                doc_id: Annotated[str | None, Query(max_length=500)] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Events by date; filter by PLOVER type, modality, actor (source or target), date
    range (event date, else publication date), cluster or document."""
    f = EventFilter(type, modality, actor, date_from, date_to, cluster, doc_id)
    return reader(request).events(f, limit, offset)


@router.get("/events/{event_id}", response_model=Event)
def get_event(request: Request, event_id: str) -> dict:
    return _found(reader(request).event(event_id), "event", event_id)  # type: ignore[no-any-return]


@router.get("/clusters/{cluster_id}", response_model=list[Event])
def get_cluster(request: Request, cluster_id: str) -> list[dict]:
    """Every report of one real-world event."""
    return _found(reader(request).cluster(cluster_id) or None, "cluster", cluster_id)  # type: ignore[no-any-return]


@router.get("/documents", response_model=DocumentPage)
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    return reader(request).documents(limit, offset)


@router.get("/documents/{doc_id}", response_model=Document)
def get_document(request: Request, doc_id: str) -> dict:
    """A document's text with every mention, event, quote and claim span."""
    return _found(reader(request).document(doc_id), "document", doc_id)  # type: ignore[no-any-return]


@router.get("/quotes", response_model=QuotePage)
def list_quotes(request: Request,
                speaker: Annotated[str | None, Query(max_length=500,
                                                     description="A corpus actor id.")] = None,
                kind: QuoteKind | None = None, anonymous: bool | None = None,
                doc_id: Annotated[str | None, Query(max_length=500)] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Quotes in document order; filter by speaker, kind, anonymous source or document."""
    return reader(request).quotes(QuoteFilter(speaker, kind, anonymous, doc_id), limit, offset)


@router.get("/claims", response_model=ClaimPage)
def list_claims(request: Request,
                claimant: Annotated[str | None, Query(max_length=500,
                                                      description="A corpus actor id.")] = None,
                stance: Stance | None = None,
                doc_id: Annotated[str | None, Query(max_length=500)] = None,
                about: Annotated[str | None, Query(max_length=500,
                                                   description="An event id.")] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Claims in document order; filter by claimant, stance, document or the event they are
    about."""
    return reader(request).claims(ClaimFilter(claimant, stance, doc_id, about), limit, offset)


@router.get("/contradictions", response_model=RowPage)
def list_contradictions(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    return reader(request).contradictions(limit, offset)


@router.get("/network", response_model=Network)
def network(request: Request, type: PloverType | None = None,
            modality: Modality | None = None, date_from: dt.date | None = None,
            date_to: dt.date | None = None,
            anonymous: Annotated[bool, Query(description="Include anonymous sources.")] = False,
            limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict:
    """The actor network: nodes (with mentions) and edges counted by type and modality;
    anonymous sources ("a senior official") only when ``anonymous`` is true."""
    return reader(request).network(EventFilter(type, modality, None, date_from, date_to), limit,
                                   anonymous)
