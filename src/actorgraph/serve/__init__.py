"""Serve: a read-only web app and JSON API over a store.

In: a store file. Out: a FastAPI application (``create_app``) with the API under ``/api``
(``api``), server-rendered pages (``pages``) and static files, the graph library among them
(cytoscape, installed from npm by ``make install`` into ``static/vendor``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from . import api, pages
from .fusion import FusionReader

STATIC = Path(str(resources.files("actorgraph.serve").joinpath("static")))


def create_app(db: str | Path) -> FastAPI:
    """The web app over the store ``db``, opened read-only (raises if it does not exist)."""
    reader = FusionReader(db)  # one read-only connection for the app's life; a cursor per request
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


@contextmanager
def in_thread(db: str | Path) -> Iterator[str]:
    """Serve the app over ``db`` on a free local port in a daemon thread (for tests, scripts
    and screenshots); yield its base URL; stop it on exit."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(db)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.reader.close()
