"""Screenshots of the web app over the demo store, for the docs.

    .venv/bin/python bench/screenshots.py [--db build/demo.duckdb] [--out docs/screenshots]

Builds the demo store from ``demo/corpus`` (documents already stored are skipped, so an
existing store is reused), serves it with uvicorn in a background thread, and drives Debian's
Chromium through Playwright at 1400x900: ``overview.png`` is the network once drawn,
``actor.png`` the page of the most mentioned actor of the network that takes part in events,
``document.png`` the reader of the document with the most quotes (quote, speaker and cue
highlighted).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

import actorgraph
from actorgraph.serve import in_thread

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "build" / "demo.duckdb")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    report = actorgraph.build([CORPUS], args.db)
    print(f"{args.db}: {report.added} added, {report.skipped} already stored")
    args.out.mkdir(parents=True, exist_ok=True)
    overview, actor = args.out / "overview.png", args.out / "actor.png"
    document = args.out / "document.png"

    with in_thread(args.db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.set_default_timeout(30_000)
            page.goto(base + "/")
            page.wait_for_selector("#graph[data-ready=true]", state="attached")
            page.wait_for_timeout(800)  # let the canvas settle after the layout
            page.screenshot(path=str(overview))

            nodes = page.request.get(base + "/api/network").json()["nodes"]
            chosen = None
            for node in sorted(nodes, key=lambda n: (-n["mentions"], n["name"])):
                url = f"{base}/api/actors/{quote(node['id'], safe='')}"
                detail = page.request.get(url).json()
                if detail["events_as_source"] or detail["events_as_target"]:
                    chosen = node
                    break
            if chosen is None:
                raise SystemExit("no actor of the network takes part in an event")
            page.goto(f"{base}/actors/{quote(chosen['id'], safe='')}")
            page.wait_for_selector("h1.actor-name")
            page.screenshot(path=str(actor))

            quotes = page.request.get(base + "/api/quotes?limit=500").json()["items"]
            counts: dict[str, int] = {}
            for q in quotes:
                counts[q["doc_id"]] = counts.get(q["doc_id"], 0) + 1
            busiest = max(sorted(counts), key=lambda d: counts[d])
            page.goto(f"{base}/documents/{quote(busiest, safe='')}")
            page.wait_for_selector("mark.quote")
            page.screenshot(path=str(document))
        finally:
            browser.close()
    print(f"actor page: {chosen['name']} ({chosen['mentions']} mentions)")
    print(overview)
    print(actor)
    print(document)


if __name__ == "__main__":
    main()
