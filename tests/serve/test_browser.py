"""The web app in a real browser (Debian's Chromium driven by Playwright): the overview graph
is drawn and clickable and follows the date window, the reader's highlights cover exactly
their offsets, a contradiction's sides lead to the reader and to the event's reports, and text
from a hostile corpus is shown as text, never run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import (
    ANONYMOUS_QUOTE,
    DENIAL,
    EVIL_ALIAS,
    EVIL_NAME,
    IMG,
    NAMED_QUOTE,
    REQUEST_CLAIM,
    REQUEST_SAID,
    SCRIPT,
)

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    if os.environ.get("CI"):  # `make test` installs it: in CI its absence is a failure
        pytest.fail(f"{CHROMIUM} is not installed", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (`make browser` installs it)",
                allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    yield pg
    context.close()


def visit(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None, url
    assert response.status == 200, f"{url}: HTTP {response.status}"


def text_of(page: Page, selector: str) -> list[str]:
    """The rendered text of every element matching ``selector`` (no waiting: a page whose
    markup was broken by an injection must fail the assertions, not time out)."""
    return page.eval_on_selector_all(selector, "els => els.map(e => e.innerText)")


def wait_for_graph(page: Page) -> None:
    page.wait_for_selector("#graph[data-ready=true]", state="attached")


def test_overview_graph_node_opens_its_actor(seeds_store: Path, live_server, page: Page) -> None:
    base = live_server(seeds_store)
    visit(page, base + "/")
    wait_for_graph(page)
    assert page.evaluate("window.actorgraph.cy.nodes().length") >= 5

    page.locator("#graph").scroll_into_view_if_needed()
    found = page.evaluate("""() => {
        const cy = window.actorgraph.cy;
        const node = cy.nodes().filter(n => String(n.data('label')).includes('Haftar'))[0];
        if (!node) { return null; }
        const p = node.renderedPosition();
        return {id: node.id(), x: p.x, y: p.y};
    }""")
    assert found is not None, "no node labelled Haftar in the overview graph"
    box = page.locator("#graph").bounding_box()
    assert box is not None
    x, y = box["x"] + found["x"], box["y"] + found["y"]
    assert box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"]

    with page.expect_navigation(url="**/actors/**"):
        page.mouse.click(x, y)
    assert "/actors/" in page.url

    assert "Haftar" in page.inner_text("h1.actor-name")
    aliases = [a.strip().lower() for a in page.locator("ul.aliases li").all_inner_texts()]
    assert {"haftar", "khalifa haftar"} & set(aliases), aliases
    evidence = page.locator(".evidence").all_inner_texts()
    assert any("Haftar" in e for e in evidence), evidence


MARKS_JS = """() => Array.from(document.querySelectorAll('div.doc-text mark.span')).map(m => ({
    start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent,
    classes: Array.from(m.classList)}))"""


def test_reader_marks_cover_their_offsets(seeds_store: Path, live_server, page: Page) -> None:
    base = live_server(seeds_store)
    docs = page.request.get(base + "/api/documents?limit=500").json()["items"]
    assert docs
    for d in docs:
        doc_id = d["id"]
        text = page.request.get(f"{base}/api/documents/{quote(doc_id, safe='')}").json()["text"]
        visit(page, f"{base}/documents/{quote(doc_id, safe='')}")
        marks = page.evaluate(MARKS_JS)
        assert len(marks) >= 20, f"{doc_id}: only {len(marks)} highlighted spans"
        wrong = [m for m in marks if m["text"] != text[m["start"]:m["end"]]]
        assert not wrong, f"{doc_id}: {wrong[:5]}"
        classes = {c for m in marks for c in m["classes"]}
        assert {"event", "mention"} <= classes, f"{doc_id}: {classes}"


SPEECH_JS = """() => Array.from(document.querySelectorAll('div.doc-text mark.span')).map(m => ({
    start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent,
    kind: m.classList[1], title: m.title, background: getComputedStyle(m).backgroundColor}))"""


def test_reader_quote_and_its_speaker_link(speech_store: Path, live_server,
                                           page: Page) -> None:
    base = live_server(speech_store)
    doc = page.request.get(base + "/api/documents/speech-kenya").json()
    text = doc["text"]
    said = next(q for q in doc["quotes"] if q["text"] == NAMED_QUOTE)
    assert said["speaker_name"] == "Musalia Mudavadi" and said["kind"] == "direct"
    visit(page, base + "/documents/speech-kenya")
    marks = page.evaluate(SPEECH_JS)
    wrong = [m for m in marks if m["text"] != text[m["start"]:m["end"]]]
    assert not wrong, wrong

    quote_marks = page.locator(f'div.doc-text mark.quote[data-start="{said["start"]}"]')
    assert quote_marks.count() == 1
    assert quote_marks.text_content() == text[said["start"]:said["end"]] == NAMED_QUOTE
    speaker = page.locator(f'div.doc-text mark.speaker[data-start="{said["speaker_start"]}"]')
    assert speaker.text_content() == text[said["speaker_start"]:said["speaker_end"]]
    assert speaker.get_attribute("title").startswith(
        "speaker of a direct quote: Musalia Mudavadi")
    cue = page.locator(f'div.doc-text mark.cue[data-start="{said["cue_start"]}"]')
    assert cue.text_content() == "said"
    colours = {k: {m["background"] for m in marks if m["kind"] == k}
               for k in ("quote", "speaker", "cue")}
    assert all(len(c) == 1 for c in colours.values()), colours
    assert len(set.union(*colours.values())) == 3, colours  # three different colours
    assert any(m["kind"] == "speaker" and "(anonymous source)" in m["title"] for m in marks)

    with page.expect_navigation(url="**/actors/**"):
        speaker.locator("a").click()
    assert page.url == f"{base}/actors/{quote(said['speaker'], safe='')}"
    assert page.inner_text("h1.actor-name") == "Musalia Mudavadi"
    said_here = page.locator("ul.quotes-by li").all_inner_texts()
    assert any(NAMED_QUOTE in li and "said" in li and "asserts" in li for li in said_here)

    # and back: the quote's link opens the reader at the quote
    page.locator("ul.quotes-by a.evidence", has_text=NAMED_QUOTE).click()
    page.wait_for_url(f"**/documents/speech-kenya#c{said['start']}")
    target = page.evaluate("document.querySelector(':target').textContent")
    assert target == NAMED_QUOTE


def test_reader_shows_an_anonymous_direct_quote(speech_store: Path, live_server,
                                                page: Page) -> None:
    base = live_server(speech_store)
    visit(page, base + "/documents/speech-talks")
    marks = page.evaluate(SPEECH_JS)
    quote_mark = next(m for m in marks if m["kind"] == "quote" and m["text"] == ANONYMOUS_QUOTE)
    assert "anonymous source" in quote_mark["title"]
    speakers = [m for m in marks if m["kind"] == "speaker" and m["text"] == "an unnamed diplomat"]
    assert [m["title"].split(";")[0] for m in speakers] == [
        "speaker of a direct quote (anonymous source)"]


HOSTILE_JS = """() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    onerror: document.querySelectorAll('[onerror]').length,
    jsLinks: Array.from(document.querySelectorAll('a[href], [src], [action]')).filter(e =>
        /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') ||
                                 e.getAttribute('action') || '')).map(e => e.outerHTML),
    inline: Array.from(document.scripts).filter(s =>
        !(s.getAttribute('src') || '').startsWith('/static/')).map(s => s.outerHTML),
    evil: Array.from(document.querySelectorAll('b')).filter(b =>
        b.textContent.trim() === 'Evil').map(b => b.outerHTML)})"""


def test_injection_corpus_is_shown_as_text(injection_store: Path, live_server,
                                           page: Page) -> None:
    base = live_server(injection_store)
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        dialogs.append(f"{page.url}: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    def on_error(error) -> None:  # type: ignore[no-untyped-def]
        errors.append(f"{page.url}: {error}")

    page.on("dialog", on_dialog)
    page.on("pageerror", on_error)
    try:
        actors = page.request.get(base + "/api/actors?limit=500").json()["items"]
        docs = page.request.get(base + "/api/documents?limit=500").json()["items"]
        events = page.request.get(base + "/api/events?limit=500").json()["items"]
        assert actors and docs and events
        clusters = sorted({e["cluster"] for e in events if e.get("cluster")})

        urls = ["/"]
        urls += [f"/actors/{quote(a['id'], safe='')}" for a in actors]
        urls += ["/documents"] + [f"/documents/{quote(d['id'], safe='')}" for d in docs]
        urls += [f"/clusters/{quote(c, safe='')}" for c in clusters]
        urls += ["/contradictions", "/search?q=" + quote("<script>"),
                 "/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
                 "/search?q=" + quote("<b>Evil</b>")]

        shown_as_text = False
        planted_shown: set[str] = set()
        graph_labels: set[str] = set()
        alias_found = False
        speaker_titles: list[str] = []
        quoted_by_evil: list[str] = []
        problems = []
        for url in urls:
            visit(page, base + url)
            if url == "/":
                wait_for_graph(page)
                labels = page.evaluate(
                    "window.actorgraph.cy.nodes().map(n => n.data('label'))")
                graph_labels.update(set(labels) & {EVIL_NAME, IMG})
            elif url.startswith("/search?q=%3Cscript"):
                results = text_of(page, "ul.results")
                alias_found |= any(EVIL_ALIAS in r for r in results)
            elif url.startswith("/documents/"):
                shown_as_text |= any(SCRIPT in t for t in text_of(page, "div.doc-text"))
                speaker_titles += page.eval_on_selector_all(
                    "div.doc-text mark.speaker", "els => els.map(e => e.title)")
            elif url.startswith("/actors/"):
                heading = "".join(text_of(page, "h1.actor-name"))
                if heading in (EVIL_NAME, IMG):
                    planted_shown.add(heading)
                    quoted_by_evil += text_of(page, "ul.quotes-by li")
                    aliases = text_of(page, "ul.aliases li")
                    if EVIL_ALIAS not in aliases and IMG not in aliases:
                        problems.append((url, {"aliases": aliases}))
            found = page.evaluate(HOSTILE_JS)
            if any(found.values()):
                problems.append((url, found))
        # Give any deferred handler (an <img onerror>, a timer) a moment to fire.
        page.wait_for_timeout(300)
    finally:
        page.remove_listener("dialog", on_dialog)
        page.remove_listener("pageerror", on_error)

    assert not dialogs, dialogs
    assert not problems, problems
    assert not errors, errors
    assert shown_as_text, f"{SCRIPT!r} is not shown as text in any document"
    assert planted_shown == {EVIL_NAME, IMG}, f"actor headings shown: {planted_shown}"
    assert graph_labels == {EVIL_NAME, IMG}, f"graph labels shown: {graph_labels}"
    assert alias_found, f"{EVIL_ALIAS!r} is not listed when searching for <script>"
    assert any(EVIL_NAME in t for t in speaker_titles), speaker_titles
    assert any(SCRIPT in q for q in quoted_by_evil), quoted_by_evil


TARGET_JS = """() => { const t = document.querySelector(':target');
    return t && {text: t.textContent, classes: Array.from(t.classList),
                 start: Number(t.dataset.start), end: Number(t.dataset.end),
                 outline: getComputedStyle(t).outlineStyle}; }"""


def test_contradiction_sides_lead_to_the_reader_and_the_reports(fusion_store: Path,
                                                                live_server,
                                                                page: Page) -> None:
    base = live_server(fusion_store)
    found = page.request.get(base + "/api/contradictions").json()["items"]
    assert len(found) == 1, found
    c = found[0]
    visit(page, base + "/contradictions")
    sides = page.locator("article.contradiction div.side")
    assert sides.count() == 2
    a, b = sides.nth(0), sides.nth(1)
    assert a.locator(".where .outlet").inner_text() == "Coast Wire"
    assert b.locator(".where .outlet").inner_text() == "Harbour Post"
    assert a.locator(".who").inner_text() == "Sudanese army officials"
    assert b.locator(".who").inner_text() == "Rapid Support Forces"
    assert a.locator("mark.hl").inner_text() == REQUEST_SAID
    assert b.locator("mark.hl").inner_text().endswith(DENIAL)

    # side b's evidence opens the reader at the claim, highlighted, the stored span exactly
    side_b = c["sides"][1]
    stored = next(x for x in page.request.get(
        f"{base}/api/claims?doc_id={quote(side_b['doc_id'], safe='')}").json()["items"]
        if x["id"] == c["b"])
    text = page.request.get(
        f"{base}/api/documents/{quote(side_b['doc_id'], safe='')}").json()["text"]
    b.locator("a.evidence").click()
    page.wait_for_url(f"**/documents/{side_b['doc_id']}#c{stored['start']}")
    target = page.evaluate(TARGET_JS)
    assert target is not None and "claim" in target["classes"], target
    assert (target["start"], target["end"]) == (stored["start"], stored["end"])
    assert target["text"] == text[stored["start"]:stored["end"]] == side_b["text"]
    assert target["outline"] == "solid"

    # back, and on to every report of the event disputed
    page.go_back()
    page.wait_for_url("**/contradictions")
    with page.expect_navigation(url="**/clusters/**"):
        page.locator(".cluster-link a").click()
    cluster = page.request.get(f"{base}/api/clusters/{quote(c['cluster'], safe='')}").json()
    reports = page.locator("section.report")
    assert reports.count() == len(cluster["reports"]) == cluster["summary"]["mentions"]
    assert reports.locator(".outlet").all_inner_texts() == [
        e["outlet"] for e in cluster["reports"]]
    assert page.locator("dd.sources").inner_text() == (
        f"{cluster['summary']['sources']}: {', '.join(cluster['summary']['outlets'])}")
    claims = page.locator("ul.cluster-claims li").all_inner_texts()
    assert len(claims) == 2 and any(REQUEST_CLAIM in x for x in claims)
    assert page.locator("article.contradiction").count() == 1


def test_overview_graph_follows_the_date_window(fusion_store: Path, live_server,
                                                page: Page) -> None:
    base = live_server(fusion_store)

    def drawn() -> list[str]:
        wait_for_graph(page)
        return sorted(page.evaluate("window.actorgraph.cy.edges().map(e => e.data('label'))"))

    visit(page, base + "/")
    every = drawn()
    assert "REQUEST" in every and "CONSULT" in every
    page.fill("input[name=date_from]", "2024-04-01")
    page.fill("input[name=date_to]", "2024-04-30")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert "date_from=2024-04-01" in page.url and "date_to=2024-04-30" in page.url
    april = page.request.get(base + "/api/network?date_from=2024-04-01&date_to=2024-04-30")
    assert drawn() == sorted(e["type"] for e in april.json()["edges"]) == ["CONSULT"] * 2
