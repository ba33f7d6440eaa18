"""What the fuse stage derives, as the API and the pages show it: event clusters with their
reports, claims and contradictions; contradictions side by side; corroboration in the events
tables and claims; the actor network by month; redirects for retired ids.

The store is built from two outlets that report one visit on different days and disagree
about a request (``FUSION_DOCS``); a copy of it gets planted rows where the corpus cannot
produce them (retired ids, an unconfirmed cluster, contradictions with an event, a quote and
a missing id as sides, network edges over several months)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

from actorgraph.serve.fusion import stands_for

from .conftest import DENIAL, REQUEST_SAID, elements, ok, serving, squeeze

VISIT_OUTLETS = ["Coast Wire", "Harbour Post"]


@pytest.fixture(scope="module")
def client(fusion_store: Path) -> Iterator[TestClient]:
    yield from serving(fusion_store)


def url(prefix: str, key: str) -> str:
    return prefix + quote(key, safe="")


def cluster_of(client: TestClient, type_: str) -> dict:
    """The one cluster of a type, from the list."""
    found = ok(client, f"/api/clusters?type={type_}")["items"]
    assert len(found) == 1, found
    return found[0]  # type: ignore[no-any-return]


def actor_id(client: TestClient, name: str) -> str:
    found = [a for a in ok(client, f"/api/actors?q={quote(name)}&limit=500")["items"]
             if a["name"] == name]
    assert len(found) == 1, found
    return found[0]["id"]  # type: ignore[no-any-return]


# -- clusters -----------------------------------------------------------------------------
def test_cluster_api_has_summary_reports_claims_and_contradictions(client: TestClient) -> None:
    visit = ok(client, url("/api/clusters/", cluster_of(client, "CONSULT")["id"]))
    s = visit["summary"]
    # visited, met; held talks ("the visit was announced", in the talks' own sentence, tells
    # the same act again and is no mention of its own: events/restatements)
    assert (s["type"], s["mentions"], s["sources"]) == ("CONSULT", 3, 2)
    assert s["outlets"] == VISIT_OUTLETS
    assert (s["first_report"], s["last_report"]) == ("2024-04-02", "2024-04-03")
    assert s["date_from"] <= "2024-04-01" <= s["date_to"]  # "on Monday": 1 April
    assert (s["strongest"], s["weakest"], s["unconfirmed"]) == ("asserted", "asserted", False)
    reports = visit["reports"]
    assert len(reports) == 3 and {e["cluster"] for e in reports} == {s["id"]}
    assert [e["outlet"] for e in reports] == ["Coast Wire"] * 2 + ["Harbour Post"]
    assert [e["published"] for e in reports] == ["2024-04-02"] * 2 + ["2024-04-03"]
    for e in reports:
        text = ok(client, url("/api/documents/", e["doc_id"]))["text"]
        assert e["trigger"] == text[e["start"]:e["end"]] and e["trigger"] in e["sentence"]
        assert e["link"] == f"/documents/{e['doc_id']}#c{e['start']}"
        assert e["corroboration"] == 2
    assert visit["claims"] == visit["contradictions"] == []

    request = ok(client, url("/api/clusters/", cluster_of(client, "REQUEST")["id"]))
    assert request["summary"]["contradictions"] == len(request["contradictions"]) == 1
    claims = {c["stance"]: c for c in request["claims"]}
    assert set(claims) == {"asserts", "denies"}
    assert claims["asserts"]["text"] == REQUEST_SAID
    assert claims["asserts"]["claimant_name"] == "Sudanese army officials"
    assert claims["denies"]["text"].endswith(DENIAL)
    assert all(c["corroboration"] == 1 and c["cluster"] == request["summary"]["id"]
               for c in claims.values())
    paged = ok(client, url("/api/clusters/", s["id"]) + "?limit=1&offset=2")["reports"]
    assert [e["id"] for e in paged] == [reports[2]["id"]]


def test_clusters_list_filters_and_pages(client: TestClient) -> None:
    every = ok(client, "/api/clusters")
    assert every["total"] == len(every["items"]) == 2
    visit, request = every["items"]  # most sources first
    assert (visit["type"], request["type"]) == ("CONSULT", "REQUEST")
    deby = actor_id(client, "Mahamat Déby")
    assert visit["source"] == [deby]
    assert actor_id(client, "Abdel Fattah al-Burhan") in visit["target"]
    assert "visited Port Sudan" in visit["example"]
    assert DENIAL not in request["example"]  # the request reported, not its denial
    assert visit["example_link"].startswith("/documents/coast-0402#c")

    def ids(query: str) -> list[str]:
        return [c["id"] for c in ok(client, f"/api/clusters?{query}")["items"]]

    assert ids("min_sources=2") == [visit["id"]]
    assert ids("type=REQUEST") == [request["id"]]
    # the request was "last week" before 2 April; the visit on Monday 1 April
    assert ids("date_to=2024-03-25") == [request["id"]]
    assert ids("date_from=2024-04-02") == [visit["id"]]
    assert ids("date_from=2024-03-30&date_to=2024-03-31") == [visit["id"], request["id"]]
    assert ids("date_from=2024-05-01") == []
    second = ok(client, "/api/clusters?limit=1&offset=1")
    assert [c["id"] for c in second["items"]] == [request["id"]] and second["total"] == 2


@pytest.mark.parametrize("query", ["min_sources=0", "type=VISIT", "date_from=monday",
                                   "limit=0", "offset=-1"])
def test_bad_cluster_filters_are_422(client: TestClient, query: str) -> None:
    r = client.get(f"/api/clusters?{query}")
    assert r.status_code == 422 and r.json()["detail"], r.text


def test_cluster_page_shows_summary_and_reports_side_by_side(client: TestClient) -> None:
    visit = ok(client, url("/api/clusters/", cluster_of(client, "CONSULT")["id"]))
    html = client.get(url("/clusters/", visit["summary"]["id"])).text
    summary = {a["class"]: squeeze(t) for a, t in elements(html, "dd")}
    assert summary["type"] == "CONSULT" and summary["mentions"] == "3"
    assert summary["sources"] == "2: Coast Wire, Harbour Post"
    assert summary["reported"] == "2024-04-02 – 2024-04-03"
    s = visit["summary"]
    assert summary["window"] == f"between {s['date_from']} and {s['date_to']}"
    assert summary["firmness"] == "strongest asserted"
    assert summary["contradiction-count"] == "none"
    assert not elements(html, "p", "unconfirmed")
    reports = elements(html, "section", "report")
    assert len(reports) == 3
    for (_, text), e in zip(reports, visit["reports"], strict=True):
        assert f"{e['outlet']} · {e['published']}" in squeeze(text)
    marks = [t for _, t in elements(html, "mark", "hl")]
    assert marks == [e["trigger"] for e in visit["reports"]]
    links = [a["href"] for a, _ in elements(html, "a", "evidence")]
    assert links == [e["link"] for e in visit["reports"]]


def test_cluster_page_lists_claims_and_contradictions(client: TestClient) -> None:
    request = cluster_of(client, "REQUEST")
    html = client.get(url("/clusters/", request["id"])).text
    claims = squeeze(elements(html, "ul", "cluster-claims")[0][1])
    assert f"asserts Sudanese army officials: “{REQUEST_SAID}”" in claims
    assert "denies Rapid Support Forces" in claims and DENIAL in claims
    assert "made by 1 independent source" in claims
    assert len(elements(html, "article", "contradiction")) == 1
    assert [squeeze(t) for a, t in elements(html, "dd")][-1] == "1"


def test_clusters_page_is_in_the_navigation_and_lists_clusters(client: TestClient) -> None:
    home = client.get("/").text
    assert any(a.get("href") == "/clusters" for a, _ in elements(home, "a"))
    html = client.get("/clusters?min_sources=2").text
    rows = elements(html, "table", "clusters")
    assert "CONSULT" in rows[0][1] and "REQUEST" not in rows[0][1]
    visit = cluster_of(client, "CONSULT")
    assert any(a.get("href") == url("/clusters/", visit["id"]) for a, _ in elements(html, "a"))
    assert "Mahamat Déby → " in squeeze(rows[0][1])
    assert client.get("/clusters?date_from=not-a-date").status_code == 200


# -- contradictions -----------------------------------------------------------------------
def test_contradictions_api_has_both_sides(client: TestClient) -> None:
    page = ok(client, "/api/contradictions")
    assert page["total"] == len(page["items"]) == 1
    c = page["items"][0]
    a, b = c["sides"]
    assert (a["id"], b["id"]) == (c["a"], c["b"])
    assert (a["kind"], b["kind"]) == ("claim", "claim")
    assert (a["stance"], b["stance"]) == ("asserts", "denies")
    assert (a["outlet"], a["published"]) == ("Coast Wire", "2024-04-02")
    assert (b["outlet"], b["published"]) == ("Harbour Post", "2024-04-03")
    assert a["speaker_name"] == "Sudanese army officials"
    assert b["speaker"] == actor_id(client, "Rapid Support Forces")
    for side in (a, b):
        text = ok(client, url("/api/documents/", side["doc_id"]))["text"]
        assert side["text"] == text[side["start"]:side["end"]]
        start = side["start"] - side["sentence_start"]
        assert side["sentence"][start:start + len(side["text"])] == side["text"]
        assert side["link"] == f"/documents/{side['doc_id']}#c{side['start']}"
    assert a["text"] == REQUEST_SAID and b["text"].endswith(DENIAL)
    assert b["sentence"] == f"An RSF spokesman said {DENIAL}."
    assert c["cluster"] == cluster_of(client, "REQUEST")["id"]
    assert (c["doc_id"], c["start"], c["end"]) == (a["doc_id"], a["start"], a["end"])
    assert ok(client, url("/api/contradictions?cluster=", c["cluster"]))["total"] == 1
    assert ok(client, "/api/contradictions?cluster=nowhere")["items"] == []
    assert ok(client, "/api/contradictions?offset=1") == {
        "items": [], "total": 1, "limit": 50, "offset": 1}


def test_contradictions_page_shows_sides_with_evidence_and_links(client: TestClient) -> None:
    c = ok(client, "/api/contradictions")["items"][0]
    html = client.get("/contradictions").text
    sides = elements(html, "div", "side")
    assert len(sides) == 2
    for (_, text), side in zip(sides, c["sides"], strict=True):
        text = squeeze(text)
        assert f"{side['outlet']} · {side['published']}" in text
        assert side["speaker_name"] in text and f"CLAIM {side['stance']}".lower() in text.lower()
    assert [t for _, t in elements(html, "mark", "hl")] == [s["text"] for s in c["sides"]]
    assert [a["href"] for a, _ in elements(html, "a", "evidence")] == [
        s["link"] for s in c["sides"]]
    assert any(a.get("href") == url("/clusters/", c["cluster"]) for a, _ in elements(html, "a"))
    assert squeeze(elements(html, "p", "reason")[0][1]) == squeeze(c["reason"])


# -- corroboration ------------------------------------------------------------------------
def test_events_and_claims_carry_their_corroboration(client: TestClient) -> None:
    events = ok(client, "/api/events?limit=500")["items"]
    by_type = {e["type"]: e["corroboration"] for e in events}
    assert by_type == {"CONSULT": 2, "REQUEST": 1}
    assert {e["outlet"] for e in events} == set(VISIT_OUTLETS)
    claims = ok(client, "/api/claims")["items"]
    request = cluster_of(client, "REQUEST")["id"]
    assert [(c["cluster"], c["corroboration"]) for c in claims] == [(request, 1)] * 2
    deby = ok(client, url("/api/actors/", actor_id(client, "Mahamat Déby")))
    assert {e["corroboration"] for e in deby["events_as_source"]} == {2}


def test_events_tables_link_each_event_to_its_cluster_with_its_sources(
        client: TestClient) -> None:
    visit = cluster_of(client, "CONSULT")["id"]
    for page in ("/documents/harbour-0403", url("/actors/", actor_id(client, "Mahamat Déby"))):
        html = client.get(page).text
        cells = [(a["href"], t) for a, t in elements(html, "a", "corroboration")]
        assert (url("/clusters/", visit), "2 sources") in cells, (page, cells)
    rsf = client.get(url("/actors/", actor_id(client, "Rapid Support Forces"))).text
    claims = squeeze(elements(rsf, "ul", "claims-by")[0][1])
    assert DENIAL in claims and "made by 1 independent source" in claims


# -- the network --------------------------------------------------------------------------
def test_network_counts_clusters_and_sources_not_reports(client: TestClient) -> None:
    net = ok(client, "/api/network")
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = {(names[e["source"]], names[e["target"]], e["type"]): e for e in net["edges"]}
    met = edges[("Mahamat Déby", "Abdel Fattah al-Burhan", "CONSULT")]
    # reported twice, by two outlets: one event
    assert (met["clusters"], met["sources"], met["modality"]) == (1, 2, "asserted")
    assert met["modalities"] == [{"modality": "asserted", "clusters": 1}]
    assert met["first_date"] == met["last_date"] == "2024-04-01"
    asked = edges[("Rapid Support Forces", "Chad", "REQUEST")]
    assert (asked["clusters"], asked["sources"], asked["modality"]) == (1, 1, "reported")


def test_network_window_filters_on_month(client: TestClient) -> None:
    def types(query: str) -> set[str]:
        return {e["type"] for e in ok(client, f"/api/network?{query}")["edges"]}

    assert types("") == {"CONSULT", "REQUEST"}
    # the visit is dated April; the request "last week" before 2 April, in March
    assert types("date_from=2024-04-15") == {"CONSULT"}
    assert types("date_to=2024-03-01") == {"REQUEST"}
    assert types("date_from=2024-05-01") == set()
    assert types("date_from=2024-03-31&date_to=2024-04-01") == {"CONSULT", "REQUEST"}
    assert types("modality=reported") == {"REQUEST"}
    assert types("modality=denied") == set()
    assert types("type=CONSULT&date_to=2024-03-31") == set()


def test_overview_graph_asks_the_network_for_its_dates(client: TestClient) -> None:
    html = client.get("/?date_from=2024-04-01&date_to=2024-04-30&type=CONSULT").text
    graph = [a for a, _ in elements(html, "div") if a.get("id") == "graph"]
    assert graph[0]["data-query"] == "date_from=2024-04-01&date_to=2024-04-30&type=CONSULT"
    script = (Path(__file__).parents[2] / "src/actorgraph/serve/static/app.js").read_text()
    assert 'fetch("/api/network?" + params.toString())' in script


# -- a store with planted rows ----------------------------------------------------------------
@pytest.fixture(scope="module")
def planted(fusion_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A copy of the store with planted rows, and the ids they use."""
    db = tmp_path_factory.mktemp("planted") / "planted.duckdb"
    shutil.copy(fusion_store, db)
    con = duckdb.connect(str(db))
    try:
        ids = dict(con.execute(
            "SELECT name, id FROM actors WHERE name IN ('Mahamat Déby', 'Abdel Fattah al-Burhan',"
            " 'Sudanese army officials')").fetchall())
        clusters = dict(con.execute("SELECT type, id FROM clusters").fetchall())
        deby, burhan = ids["Mahamat Déby"], ids["Abdel Fattah al-Burhan"]
        con.execute("INSERT INTO retired VALUES ('A-retired', ?), ('c:retired', ?)",
                    [deby, clusters["CONSULT"]])
        con.execute("UPDATE clusters SET unconfirmed = true WHERE type = 'REQUEST'")
        event = con.execute("SELECT id, doc_id, sentence_start, sentence_end FROM events"
                            " WHERE doc_id = 'coast-0402' ORDER BY start LIMIT 1").fetchone()
        assert event is not None
        con.execute(
            "INSERT INTO contradictions VALUES ('x:planted-1', ?, 'harbour-0403#q0', 'planted',"
            " ?, ?, ?, ?), ('x:planted-2', 'nowhere#e9', 'harbour-0403#c0', 'planted', NULL,"
            " NULL, NULL, ?)", [event[0], *event[1:], clusters["CONSULT"], clusters["CONSULT"]])
        # Deby -> Burhan, CONSULT: January (2 clusters: asserted, denied; 3 sources), an
        # undated one, and the April one the corpus gives
        con.execute(
            "INSERT INTO network_edges VALUES"
            " (?, ?, 'CONSULT', '2024-01', 2, 3, [{'modality': 'asserted', 'clusters': 1},"
            "  {'modality': 'denied', 'clusters': 1}], '2024-01-10', '2024-01-20'),"
            " (?, ?, 'CONSULT', NULL, 1, 1, [{'modality': 'asserted', 'clusters': 1}], NULL,"
            "  NULL)", [deby, burhan, deby, burhan])
    finally:
        con.close()
    return {"db": str(db), "deby": deby, "burhan": burhan, "event": event[0], **{
        f"cluster:{t}": c for t, c in clusters.items()}}


@pytest.fixture(scope="module")
def planted_client(planted: dict[str, str]) -> Iterator[TestClient]:
    yield from serving(Path(planted["db"]))


@pytest.mark.parametrize(("old", "prefix", "key"), [
    ("A-retired", "/actors/", "deby"), ("A-retired", "/api/actors/", "deby"),
    ("c:retired", "/clusters/", "cluster:CONSULT"),
    ("c:retired", "/api/clusters/", "cluster:CONSULT")])
def test_retired_ids_redirect_to_the_ones_in_use(planted_client: TestClient,
                                                 planted: dict[str, str], old: str,
                                                 prefix: str, key: str) -> None:
    r = planted_client.get(url(prefix, old) + "?limit=2", follow_redirects=False)
    assert r.status_code == 308
    assert r.headers["location"] == url(prefix, planted[key]) + "?limit=2"
    assert planted_client.get(url(prefix, old)).status_code == 200


@pytest.mark.parametrize("prefix", ["/actors/", "/api/actors/", "/clusters/", "/api/clusters/"])
def test_unknown_ids_are_404_not_redirects(planted_client: TestClient, prefix: str) -> None:
    r = planted_client.get(url(prefix, "c:never-was"), follow_redirects=False)
    assert r.status_code == 404
    if prefix.startswith("/api"):
        assert "c:never-was" in r.json()["detail"]


def test_unconfirmed_cluster_has_a_note(planted_client: TestClient,
                                        planted: dict[str, str]) -> None:
    html = planted_client.get(url("/clusters/", planted["cluster:REQUEST"])).text
    assert "Unconfirmed" in squeeze(elements(html, "p", "unconfirmed")[0][1])
    listed = planted_client.get("/clusters?type=REQUEST").text
    assert elements(listed, "span", "unconfirmed")


def test_sides_can_be_an_event_a_quote_or_missing(planted_client: TestClient,
                                                  planted: dict[str, str]) -> None:
    items = ok(planted_client, url("/api/contradictions?cluster=",
                                   planted["cluster:CONSULT"]))["items"]
    (event, quoted), (missing, claim) = (c["sides"] for c in items)
    assert (event["kind"], quoted["kind"], missing["kind"], claim["kind"]) == (
        "event", "quote", None, "claim")
    assert event["id"] == planted["event"] and event["outlet"] == "Coast Wire"
    text = ok(planted_client, "/api/documents/coast-0402")["text"]
    assert event["text"] == event["sentence"] == text[event["start"]:event["end"]]
    assert event["link"] == f"/documents/coast-0402#c{event['trigger_start']}"
    assert quoted["text"] == DENIAL and quoted["speaker_name"] == "Rapid Support Forces"
    html = planted_client.get("/contradictions").text
    assert len(elements(html, "div", "side")) == 6
    trigger = text[event["trigger_start"]:event["trigger_end"]]
    assert [t for _, t in elements(html, "mark", "hl")][:2] == [trigger, DENIAL]
    second = planted_client.get("/contradictions?offset=1").text  # a page from the second on
    sides = [squeeze(t) for _, t in elements(second, "div", "side")]
    assert len(sides) == 4 and "not in the store" in sides[0] and "nowhere#e9" in sides[0]
    cluster = planted_client.get(url("/clusters/", planted["cluster:CONSULT"])).text
    assert len(elements(cluster, "article", "contradiction")) == 2


def test_network_sums_months_in_the_window(planted_client: TestClient,
                                           planted: dict[str, str]) -> None:
    def met(query: str) -> dict | None:
        edges = ok(planted_client, f"/api/network?type=CONSULT&{query}")["edges"]
        found = [e for e in edges if (e["source"], e["target"]) == (planted["deby"],
                                                                    planted["burhan"])]
        return found[0] if found else None

    every = met("")
    assert every is not None
    assert (every["clusters"], every["sources"]) == (4, 3)
    assert every["modalities"] == [{"modality": "asserted", "clusters": 3},
                                   {"modality": "denied", "clusters": 1}]
    assert (every["first_date"], every["last_date"]) == ("2024-01-10", "2024-04-01")
    january = met("date_from=2024-01-01&date_to=2024-02-29")
    assert january is not None
    assert (january["clusters"], january["sources"]) == (2, 3)
    assert (january["first_date"], january["last_date"]) == ("2024-01-10", "2024-01-20")
    april = met("date_from=2024-03-15")
    assert april is not None and (april["clusters"], april["sources"]) == (1, 2)
    denied = met("modality=denied")
    assert denied is not None and (denied["clusters"], denied["modality"]) == (1, "denied")
    assert denied["modalities"] == [{"modality": "denied", "clusters": 1}]
    assert met("modality=denied&date_from=2024-02-01") is None


D = dt.date


@pytest.mark.parametrize(("reports", "chosen"), [
    # an analysis denying the talks sorts first by id; the asserted report stands for them
    ([("a-analysis#e5", "negated", None), ("b-wire#e0", "asserted", D(2024, 5, 7)),
      ("c-blog#e2", "reported", D(2024, 5, 6))], "b-wire#e0"),
    # of two asserted reports the first published, an undated one last
    ([("x#e1", "asserted", None), ("y#e0", "asserted", D(2024, 3, 9)),
      ("z#e4", "asserted", D(2024, 3, 8))], "z#e4"),
    # a request reported by officials stands before its denial, whatever the dates
    ([("m#e0", "denied", D(2024, 1, 1)), ("n#e3", "reported", D(2024, 1, 5))], "n#e3"),
    # nothing told as done: a negation before a denial, though published later
    ([("p#e0", "denied", D(2024, 2, 2)), ("q#e0", "negated", D(2024, 2, 3))], "q#e0"),
])
def test_the_firmest_first_report_stands_for_its_cluster(
        reports: list[tuple[str, str, dt.date | None]], chosen: str) -> None:
    rows = [{"cluster": "c:1", "event": e, "modality": m, "published": p}
            for e, m, p in reports]
    assert stands_for(rows) == {"c:1": chosen}
