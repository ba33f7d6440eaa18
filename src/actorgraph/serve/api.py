"""The JSON API, under ``/api``: actors, events, documents, quotes, claims, contradictions,
event clusters and the actor network. Every list is paginated (``limit``, ``offset``); bad
filters are 422 and unknown ids 404, as JSON; an actor or cluster id that a later fuse
retired redirects (308) to the id now in use. Shapes are the pydantic models of ``shapes``,
which ``/openapi.json`` and ``/docs`` describe."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from ..records import MODALITIES, PLOVER_TYPES, QUOTE_KINDS, STANCES
from .fusion import ClusterFilter, FusionReader
from .queries import ClaimFilter, EventFilter, QuoteFilter
from .shapes import (
    Actor,
    ActorPage,
    ClaimPage,
    ClusterDetail,
    ClusterPage,
    ContradictionPage,
    Document,
    DocumentPage,
    Event,
    EventPage,
    Network,
    QuotePage,
)

PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Modality = Literal[MODALITIES]  # type: ignore[valid-type]
QuoteKind = Literal[QUOTE_KINDS]  # type: ignore[valid-type]
Stance = Literal[STANCES]  # type: ignore[valid-type]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]


router = APIRouter(prefix="/api", tags=["api"])


MOVED = {308: {"description": "A retired id: the Location header has the id now in use."}}


def reader(request: Request) -> FusionReader:
    return request.app.state.reader  # type: ignore[no-any-return]


def moved(request: Request, prefix: str, old_id: str) -> RedirectResponse | None:
    """A permanent redirect to ``prefix`` + the id now in use, if ``old_id`` was retired
    (keeping the query string)."""
    new = reader(request).current(old_id)
    if new is None:
        return None
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"{prefix}{quote(new, safe='')}{query}", status_code=308)


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} with id {key!r}")
    return value


def _found_or_moved(request: Request, value: Any, what: str, key: str, prefix: str) -> Any:
    """``value``; if there is none, a redirect to the id in use if ``key`` was retired."""
    return _found(value if value is not None else moved(request, prefix, key), what, key)


@router.get("/actors", response_model=ActorPage)
def list_actors(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                country: Annotated[str | None, Query(max_length=10)] = None,
                sector: Annotated[str | None, Query(max_length=10)] = None,
                kind: Literal["PERSON", "ORG", "COUNTRY", "GROUP", "LOCATION"] | None = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Actors, most mentioned first; ``q`` matches any alias (case-insensitive)."""
    return reader(request).actors(q, country, sector, kind, limit, offset)


@router.get("/actors/{actor_id}", response_model=Actor, responses=MOVED)
def get_actor(request: Request, actor_id: str, limit: Limit = 50,
              offset: Offset = 0) -> Any:
    """One actor: aliases, codes, roles with evidence, events as source and target, quotes;
    its mentions (``mention_count`` in all) are paged with ``limit`` and ``offset``."""
    return _found_or_moved(request, reader(request).actor(actor_id, limit, offset), "actor",
                           actor_id, "/api/actors/")


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


@router.get("/clusters", response_model=ClusterPage)
def list_clusters(request: Request, type: PloverType | None = None,
                  min_sources: Annotated[int | None, Query(
                      ge=1, le=100_000, description="At least this many independent sources.")
                  ] = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  limit: Limit = 50, offset: Offset = 0) -> dict:
    """Event clusters, most independent sources first; filter by PLOVER type, sources and a
    date window (clusters whose dates, else report dates, meet it)."""
    f = ClusterFilter(type, min_sources, date_from, date_to)
    return reader(request).clusters(f, limit, offset)


@router.get("/clusters/{cluster_id}", response_model=ClusterDetail, responses=MOVED)
def get_cluster(request: Request, cluster_id: str, limit: Limit = 100,
                offset: Offset = 0) -> Any:
    """One real-world event: its summary, every report of it, the claims about it and its
    contradictions."""
    return _found_or_moved(request, reader(request).cluster(cluster_id, limit, offset),
                           "cluster", cluster_id, "/api/clusters/")


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


@router.get("/contradictions", response_model=ContradictionPage)
def list_contradictions(request: Request,
                        cluster: Annotated[str | None, Query(max_length=500)] = None,
                        limit: Limit = 50, offset: Offset = 0) -> dict:
    """Contradictions by cluster, each with its reason and both sides; filter by cluster."""
    return reader(request).contradictions(limit, offset, cluster)


@router.get("/network", response_model=Network)
def network(request: Request, type: PloverType | None = None,
            modality: Modality | None = None, date_from: dt.date | None = None,
            date_to: dt.date | None = None,
            anonymous: Annotated[bool, Query(description="Include anonymous sources.")] = False,
            limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict:
    """The actor network: nodes (with mentions) and edges, one per source, target and type,
    counting the clusters of events between them in the months from ``date_from`` to
    ``date_to`` (with ``modality``: those whose strongest modality it is); anonymous sources
    ("a senior official") only when ``anonymous`` is true."""
    return reader(request).network(EventFilter(type, modality, None, date_from, date_to), limit,
                                   anonymous)
