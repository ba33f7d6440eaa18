"""Quotes and claims in the API and the pages: speakers and claimants as corpus actors, the
filters and their 422s, an actor's quotes and claims, the reader's quote, speaker and cue
highlights, anonymous sources left out of the network, and empty speech tables skipped."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

import actorgraph
from actorgraph.serve import create_app

from .conftest import ANONYMOUS_QUOTE, NAMED_QUOTE, ok, serving


@pytest.fixture(scope="module")
def client(speech_store: Path) -> Iterator[TestClient]:
    yield from serving(speech_store)



def actor_id(client: TestClient, name: str) -> str:
    found = [a for a in ok(client, f"/api/actors?q={quote(name)}")["items"] if a["name"] == name]
    assert len(found) == 1, found
    return found[0]["id"]  # type: ignore[no-any-return]


def named_quote(client: TestClient) -> dict:
    found = [q for q in ok(client, "/api/quotes?limit=500")["items"] if q["text"] == NAMED_QUOTE]
    assert len(found) == 1, found
    return found[0]


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def marks(self, kind: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags
                if t == "mark" and kind in (a.get("class") or "").split() and "data-start" in a]


# -- the API ------------------------------------------------------------------------------
def test_quote_has_its_text_and_speaker_as_corpus_actor(client: TestClient) -> None:
    mudavadi = actor_id(client, "Musalia Mudavadi")
    q = named_quote(client)
    text = ok(client, f"/api/documents/{q['doc_id']}")["text"]
    assert q["text"] == text[q["start"]:q["end"]] == NAMED_QUOTE
    assert q["speaker"] == mudavadi and q["speaker_name"] == "Musalia Mudavadi"
    assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
    assert "Musalia Mudavadi" in q["speaker_text"]
    assert q["cue"] == "said" == text[q["cue_start"]:q["cue_end"]]
    assert q["kind"] == "direct" and q["anonymous"] is False and q["stance"] == "asserts"
    assert q["link"] == f"/documents/speech-kenya#c{q['start']}"


def test_quotes_filter_by_speaker_kind_anonymous_and_document(client: TestClient) -> None:
    every = ok(client, "/api/quotes?limit=500")
    assert every["total"] == len(every["items"]) >= 4
    mudavadi = actor_id(client, "Musalia Mudavadi")
    his = ok(client, f"/api/quotes?speaker={quote(mudavadi)}")["items"]
    assert {q["doc_id"] for q in his} == {"speech-kenya", "speech-talks"}
    assert all(q["speaker"] == mudavadi for q in his)
    direct = ok(client, "/api/quotes?kind=direct")["items"]
    assert {q["text"] for q in direct} >= {NAMED_QUOTE, ANONYMOUS_QUOTE}
    assert all(q["kind"] == "direct" for q in direct)
    anonymous = ok(client, "/api/quotes?anonymous=true")
    assert ANONYMOUS_QUOTE in {q["text"] for q in anonymous["items"]}
    assert all(q["anonymous"] and q["speaker"] for q in anonymous["items"])
    named = ok(client, "/api/quotes?anonymous=false")
    assert not any(q["anonymous"] for q in named["items"])
    assert anonymous["total"] + named["total"] == every["total"]
    talks = ok(client, "/api/quotes?doc_id=speech-talks&kind=direct&anonymous=true")["items"]
    assert [q["text"] for q in talks] == [ANONYMOUS_QUOTE]
    first = ok(client, "/api/quotes?limit=1&offset=1")
    assert first["items"] == every["items"][1:2] and first["total"] == every["total"]
    assert ok(client, "/api/quotes?speaker=nobody")["total"] == 0


def test_claims_filter_by_claimant_stance_document_and_event(client: TestClient) -> None:
    every = ok(client, "/api/claims?limit=500")
    assert every["total"] == len(every["items"]) >= 4
    mudavadi = actor_id(client, "Musalia Mudavadi")
    his = ok(client, f"/api/claims?claimant={quote(mudavadi)}")["items"]
    assert his and all(c["claimant"] == mudavadi for c in his)
    assert all(c["claimant_name"] == "Musalia Mudavadi" for c in his)
    denied = ok(client, "/api/claims?stance=denies")["items"]
    assert [c["claimant"] for c in denied] == [mudavadi]
    assert denied[0]["text"].endswith("Kenyan troops had crossed into Somalia")
    assert denied[0]["cue"] == "denied" and denied[0]["quote"]
    declined = ok(client, "/api/claims?stance=declines_to_confirm&doc_id=speech-talks")["items"]
    assert [c["claimant_name"] for c in declined] == ["Somalia"]
    about = denied[0]["about"]
    assert about and denied[0]["about_type"] == "ASSAULT"
    on_event = ok(client, f"/api/claims?about={quote(about, safe='')}")["items"]
    assert [c["id"] for c in on_event] == [denied[0]["id"]]
    assert all(c["doc_id"] == "speech-talks"
               for c in ok(client, "/api/claims?doc_id=speech-talks")["items"])
    text = ok(client, "/api/documents/speech-kenya")["text"]
    assert text[denied[0]["start"]:denied[0]["end"]] == denied[0]["text"]


@pytest.mark.parametrize("url", [
    "/api/quotes?kind=shouted", "/api/quotes?anonymous=perhaps", "/api/quotes?limit=0",
    "/api/quotes?offset=-1", "/api/claims?stance=doubts", "/api/claims?limit=501",
    "/api/network?anonymous=sometimes",
])
def test_bad_speech_filters_are_422_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422 and r.json()["detail"], r.text


def test_actor_has_quotes_by_and_about_it_and_its_claims(client: TestClient) -> None:
    mudavadi = actor_id(client, "Musalia Mudavadi")
    actor = ok(client, f"/api/actors/{quote(mudavadi)}")
    said = {q["text"]: q for q in actor["quotes_by"]}
    assert NAMED_QUOTE in said and all(q["speaker"] == mudavadi for q in actor["quotes_by"])
    q = said[NAMED_QUOTE]
    assert (q["kind"], q["cue"], q["doc_id"]) == ("direct", "said", "speech-kenya")
    assert q["link"] == f"/documents/speech-kenya#c{q['start']}"
    assert {c["stance"] for c in actor["claims_by"]} >= {"asserts", "denies"}
    assert all(c["claimant"] == mudavadi and c["link"] for c in actor["claims_by"])
    somalia = ok(client, f"/api/actors/{quote(actor_id(client, 'Somalia'))}")
    about = [q for q in somalia["quotes_about"] if "Somalia" in q["text"]]
    assert about and about[0]["speaker"] == mudavadi, somalia["quotes_about"]
    assert [c["stance"] for c in somalia["claims_by"]] == ["declines_to_confirm"]
    # "Kenya would reopen the embassy" mentions Kenya, spoken by Mudavadi: about Kenya, and
    # not about Mudavadi, whose own words they are
    kenya = ok(client, f"/api/actors/{quote(actor_id(client, 'Kenya'))}")
    assert any("reopen the embassy" in q["text"] for q in kenya["quotes_about"])
    assert all(q["speaker"] != mudavadi for q in actor["quotes_about"]), actor["quotes_about"]


def test_anonymous_source_is_an_actor_of_its_own(client: TestClient) -> None:
    q = next(q for q in ok(client, "/api/quotes?anonymous=true")["items"]
             if q["text"] == ANONYMOUS_QUOTE)
    source = ok(client, f"/api/actors/{quote(q['speaker'])}")
    assert source["anonymous"] is True and source["named"] is False
    assert [x["text"] for x in source["quotes_by"]] == [ANONYMOUS_QUOTE]


# -- the pages ----------------------------------------------------------------------------
def test_actor_page_lists_quotes_with_cue_stance_and_link(client: TestClient) -> None:
    q = named_quote(client)
    page = client.get(f"/actors/{quote(q['speaker'])}")
    assert page.status_code == 200
    html = page.text
    by = html[html.index('<ul class="quotes quotes-by">'):html.index("<h2>Quotes about")]
    assert f"“{NAMED_QUOTE}”" in by and f'href="{q["link"]}"' in by
    assert '<span class="cue">said</span>' in by and "stance-asserts" in by
    claims = html[html.index('<ul class="quotes claims-by">'):]
    assert "stance-denies" in claims and "Kenyan troops had crossed into Somalia" in claims


def test_reader_highlights_quote_speaker_and_cue_apart(client: TestClient) -> None:
    q = named_quote(client)
    html = client.get("/documents/speech-kenya").text
    tags = Tags(html)
    legend = html[html.index('<p class="legend">'):html.index('<div class="doc-text"')]
    assert all(f'class="span {k}"' in legend for k in ("quote", "speaker", "cue", "claim"))
    quotes = [m for m in tags.marks("quote") if m["data-start"] == str(q["start"])]
    assert [m["data-end"] for m in quotes] == [str(q["end"])]
    speaker = [m for m in tags.marks("speaker") if m["data-start"] == str(q["speaker_start"])]
    assert [m["data-end"] for m in speaker] == [str(q["speaker_end"])]
    assert speaker[0]["title"].startswith("speaker of a direct quote: Musalia Mudavadi")
    cue = [m for m in tags.marks("cue") if m["data-start"] == str(q["cue_start"])]
    assert [m["data-end"] for m in cue] == [str(q["cue_end"])]
    assert f'<a href="/actors/{q["speaker"]}">' in html
    assert any("(anonymous source)" in (m["title"] or "") for m in tags.marks("speaker"))
    assert any((m["title"] or "").startswith("claim (denies) by Musalia Mudavadi")
               for m in tags.marks("claim"))
    for kind in ("quote", "speaker", "cue", "claim", "mention", "event"):
        assert all(len(m["class"].split()) == 2 for m in tags.marks(kind))  # type: ignore[union-attr]
    anchors = [a["id"] for _, a in tags.tags if a.get("id", "").startswith("c")]  # type: ignore[union-attr]
    assert len(anchors) == len(set(anchors)) and f"c{q['start']}" in anchors


def test_overview_offers_anonymous_sources(client: TestClient) -> None:
    assert 'name="anonymous" value="true" checked' not in client.get("/").text
    assert 'name="anonymous" value="true" checked' in client.get("/?anonymous=true").text


# -- the network --------------------------------------------------------------------------
def test_network_leaves_anonymous_actors_out_unless_asked(speech_store: Path,
                                                          tmp_path: Path) -> None:
    # the extractor makes anonymous sources speakers, not event participants: one is planted
    db = tmp_path / "planted.duckdb"
    shutil.copy(speech_store, db)
    con = duckdb.connect(str(db))
    try:
        planted = con.execute("UPDATE actors SET anonymous = true, named = false"
                              " WHERE name = 'Kenyan troops' RETURNING id").fetchall()
    finally:
        con.close()
    assert len(planted) == 1
    troops = planted[0][0]
    app = create_app(db)
    try:
        with TestClient(app) as c:
            hidden = ok(c, "/api/network")
            shown = ok(c, "/api/network?anonymous=true")
            explicit = ok(c, "/api/network?anonymous=false")
    finally:
        app.state.reader.close()
    assert troops in {n["id"] for n in shown["nodes"]}
    assert any(troops in (e["source"], e["target"]) for e in shown["edges"])
    for net in (hidden, explicit):
        assert troops not in {n["id"] for n in net["nodes"]}
        assert not any(troops in (e["source"], e["target"]) for e in net["edges"])
        assert net["edges"]  # the others stay


# -- empty speech tables ------------------------------------------------------------------
def test_empty_speech_tables_are_never_queried(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "quiet", "published": "2024-01-02",
                                  "text": "Chad closed its border with Sudan on Monday."}),
                      encoding="utf-8")
    actorgraph.build([corpus], tmp_path / "store.duckdb")
    app = create_app(tmp_path / "store.duckdb")
    reader = app.state.reader
    assert {"quotes", "claims"} <= reader.empty
    sql: list[str] = []
    rows = reader._rows
    reader._rows = lambda query, params=None: sql.append(query) or rows(query, params)
    try:
        with TestClient(app) as c:
            chad = actor_id(c, "Chad")
            actor = ok(c, f"/api/actors/{quote(chad)}")
            assert actor["quotes_by"] == actor["quotes_about"] == actor["claims_by"] == []
            doc = ok(c, "/api/documents/quiet")
            assert doc["quotes"] == doc["claims"] == []
            for name in ("quotes", "claims"):
                assert ok(c, f"/api/{name}") == {"items": [], "total": 0, "limit": 50,
                                                 "offset": 0}
            assert c.get("/documents/quiet").status_code == 200
    finally:
        app.state.reader.close()
    touched = [q for q in sql if "FROM quotes" in q or "FROM claims" in q]
    assert not touched, touched


def test_speech_tables_with_rows_are_not_cached_as_empty(client: TestClient) -> None:
    reader = client.app.state.reader  # type: ignore[attr-defined]
    assert not {"quotes", "claims"} & reader.empty
