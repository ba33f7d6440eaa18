"""Server-rendered pages (Jinja2, autoescaped): the overview network, actor pages, the
document reader with every span highlighted, event clusters, contradictions, and search.
Anything from the corpus reaches the page only as escaped text. An actor or cluster id that
a later fuse retired redirects (308) to the id now in use."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..records import MODALITIES, PLOVER_TYPES
from .api import moved
from .fusion import ClusterFilter, FusionReader
from .highlights import excerpt, marks

templates = Jinja2Templates(
    directory=str(resources.files("actorgraph.serve").joinpath("templates")))
templates.env.globals["excerpt"] = excerpt
router = APIRouter(include_in_schema=False)
#: Items on a page of clusters or contradictions.
PAGE = 50


def _reader(request: Request) -> FusionReader:
    return request.app.state.reader  # type: ignore[no-any-return]


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _missing(request: Request, what: str) -> HTMLResponse:
    return _page(request, "error.html", 404, message=f"No {what} here.")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return _page(request, "overview.html", types=PLOVER_TYPES, modalities=MODALITIES,
                 args=dict(request.query_params))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str) -> Response:
    actor = _reader(request).actor(actor_id)
    if actor is None:
        return moved(request, "/actors/", actor_id) or _missing(request, "actor")
    names = _names(request, actor["events_as_source"] + actor["events_as_target"])
    timeline = sorted(actor["events_as_source"] + actor["events_as_target"],
                      key=lambda e: (str(e["date"] or e["published"] or "9999"), e["id"]))
    return _page(request, "actor.html", actor=actor, timeline=timeline, names=names)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    return _page(request, "documents.html", page=_reader(request).documents(100, offset))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc = _reader(request).document(doc_id)
    if doc is None:
        return _missing(request, "document")
    return _page(request, "document.html", doc=doc, marks=marks(doc),
                 names=_names(request, doc["events"]))


@router.get("/clusters", response_class=HTMLResponse)
def clusters_page(request: Request, type: Annotated[str, Query(max_length=20)] = "",
                  min_sources: Annotated[int | None, Query(ge=1, le=100_000)] = None,
                  date_from: Annotated[str, Query(max_length=10)] = "",
                  date_to: Annotated[str, Query(max_length=10)] = "",
                  offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    f = ClusterFilter(type or None, min_sources, _day(date_from), _day(date_to))
    page = _reader(request).clusters(f, PAGE, offset)
    names = _reader(request).names({a for c in page["items"] for a in c["source"] + c["target"]})
    args = {k: v for k, v in request.query_params.items() if k != "offset" and v}
    return _page(request, "clusters.html", page=page, names=names, types=PLOVER_TYPES,
                 args=args)


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: str,
                 offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    cluster = _reader(request).cluster(cluster_id, PAGE, offset)
    if cluster is None:
        return moved(request, "/clusters/", cluster_id) or _missing(request, "event cluster")
    return _page(request, "cluster.html", cluster=cluster, c=cluster["summary"],
                 names=_names(request, cluster["reports"]))


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(request: Request,
                        offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    return _page(request, "contradictions.html",
                 page=_reader(request).contradictions(PAGE, offset))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request,
                q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    found = _reader(request).actors(q or None, None, None, None, 100, 0) if q else None
    return _page(request, "search.html", q=q, found=found)


def _day(value: str) -> dt.date | None:
    """A date from a form field; none when it is empty or not a date (the form left it)."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _names(request: Request, events: list[dict]) -> dict[str, str]:
    return _reader(request).names({a for e in events for a in (*e["source"], *e["target"],
                                                                e.get("attributed_to")) if a})


def install_errors(app: FastAPI) -> None:
    """JSON errors under /api, an HTML page elsewhere; never a traceback."""

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return _page(request, "error.html", exc.status_code, message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
                  for e in exc.errors()]
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=422)
        return _page(request, "error.html", 422, message="; ".join(d["msg"] for d in detail))
