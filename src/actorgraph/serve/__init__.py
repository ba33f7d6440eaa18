"""Serve: a read-only web app and JSON API over a store.

In: a store file. Out: a FastAPI application (``create_app``) with the API under ``/api``
(``api``), server-rendered pages (``pages``) and static files, the graph library among them
(cytoscape, installed from npm by ``make install`` into ``static/vendor``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from . import api, pages
from .queries import Reader

STATIC = Path(str(resources.files("actorgraph.serve").joinpath("static")))


def create_app(db: str | Path) -> FastAPI:
    """The web app over the store ``db``, opened read-only (raises if it does not exist)."""
    reader = Reader(db)  # one read-only connection for the app's life; a cursor per request
    app = FastAPI(title="actorgraph",
                  description="Actors, events, quotes and claims from news, with evidence.")
    app.state.reader = reader
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages.install_errors(app)
    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
