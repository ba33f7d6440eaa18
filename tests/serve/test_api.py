"""The JSON API: every endpoint, its shapes, pagination, bad ids (404) and bad filters (422)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

import actorgraph
from actorgraph.serve import create_app

from .conftest import built_store, ok, serving

CORPUS = [
    {"id": "n1", "published": "2024-03-05", "source": "Example Wire",
     "text": "Kenyan President William Ruto visited Addis Ababa on Monday. He met Ethiopian "
             "Prime Minister Abiy Ahmed. Ethiopia denied that its troops had crossed into "
             "Somalia."},
    {"id": "n2", "published": "2024-03-06",
     "text": "William Ruto met Abiy Ahmed in Addis Ababa on Monday, officials said. Somalia "
             "accused Ethiopia of violating its sovereignty."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from serving(built_store(tmp_path_factory, "api", CORPUS))



def test_actors_list_search_filters_and_pages(client: TestClient) -> None:
    page = ok(client, "/api/actors?limit=2")
    assert page["limit"] == 2 and page["offset"] == 0 and len(page["items"]) == 2
    assert page["total"] >= 4
    assert page["items"][0]["mentions"] >= page["items"][1]["mentions"]
    second = ok(client, "/api/actors?limit=2&offset=2")["items"]
    assert {a["id"] for a in second}.isdisjoint({a["id"] for a in page["items"]})
    ruto = ok(client, "/api/actors?q=ruto")["items"]
    assert [a["name"] for a in ruto] == ["William Ruto"]
    kenyans = ok(client, "/api/actors?country=KEN&kind=PERSON")["items"]
    assert {a["name"] for a in kenyans} == {"William Ruto"}
    assert ok(client, "/api/actors?q=nobody-at-all")["total"] == 0


def test_actor_has_aliases_roles_mentions_and_events(client: TestClient) -> None:
    ruto = ok(client, "/api/actors?q=ruto")["items"][0]
    actor = ok(client, f"/api/actors/{quote(ruto['id'])}")
    assert actor["country"] == "KEN" and "William Ruto" in actor["aliases"]
    assert actor["mention_count"] >= 3 and {m["doc_id"] for m in actor["mentions"]} == {"n1",
                                                                                          "n2"}
    assert any("President" in r["title"] for r in actor["roles"])
    first = ok(client, f"/api/actors/{quote(ruto['id'])}?limit=1")["mentions"]
    second = ok(client, f"/api/actors/{quote(ruto['id'])}?limit=1&offset=1")["mentions"]
    assert len(first) == len(second) == 1 and first != second
    meetings = [e for e in actor["events_as_source"] if e["type"] == "CONSULT"]
    assert meetings and all(ruto["id"] in e["source"] for e in meetings)
    assert all(e["sentence"] and e["trigger"] for e in meetings)


def test_events_filters(client: TestClient) -> None:
    every = ok(client, "/api/events?limit=500")
    assert every["total"] == len(every["items"]) > 0
    denied = ok(client, "/api/events?modality=denied")["items"]
    assert denied and all(e["modality"] == "denied" for e in denied)
    consult = ok(client, "/api/events?type=CONSULT")["items"]
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    ruto = ok(client, "/api/actors?q=ruto")["items"][0]["id"]
    his = ok(client, f"/api/events?actor={quote(ruto)}")
    assert his["items"] and all(ruto in e["source"] + e["target"] for e in his["items"])
    assert his["total"] == len(his["items"])
    # "on Monday" in both reports (published on the 5th and the 6th) is 4 March
    monday = ok(client, f"/api/events?actor={quote(ruto)}&type=CONSULT"
                        "&date_from=2024-03-04&date_to=2024-03-04")["items"]
    assert {e["doc_id"] for e in monday} == {"n1", "n2"}
    assert all(e["type"] == "CONSULT" and e["date"] == "2024-03-04" for e in monday)
    paged = ok(client, f"/api/events?actor={quote(ruto)}&limit=1&offset=1")["items"]
    assert [e["id"] for e in paged] == [e["id"] for e in his["items"][1:2]]
    dated = ok(client, "/api/events?date_from=2024-03-06&date_to=2024-03-06")["items"]
    assert all(e["doc_id"] == "n2" or e["date"] == "2024-03-06" for e in dated)
    one = every["items"][0]
    assert ok(client, f"/api/events/{quote(one['id'], safe='')}")["id"] == one["id"]
    cluster = ok(client, f"/api/clusters/{quote(one['cluster'], safe='')}")
    assert one["id"] in {e["id"] for e in cluster["reports"]}
    assert cluster["summary"]["id"] == one["cluster"]
    assert ok(client, "/api/events?doc_id=n2")["total"] <= every["total"]


def test_documents_with_their_spans(client: TestClient) -> None:
    docs = ok(client, "/api/documents")
    assert docs["total"] == 2 and {d["id"] for d in docs["items"]} == {"n1", "n2"}
    doc = ok(client, "/api/documents/n1")
    text = doc["text"]
    assert doc["source"] == "Example Wire" and doc["published"] == "2024-03-05"
    assert any(text[m["start"]:m["end"]] == "He" for m in doc["mentions"])
    assert all(text[e["start"]:e["end"]] == e["trigger"] for e in doc["events"])


def test_speech_tables_and_network(client: TestClient) -> None:
    for name in ("quotes", "claims", "contradictions"):
        page = ok(client, f"/api/{name}?limit=5")
        assert set(page) == {"items", "total", "limit", "offset"}
    net = ok(client, "/api/network")
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    # sources are outlets reporting it as happening: none for an act only denied or negated
    assert all(e["clusters"] >= 1 and (e["sources"] >= 1 or all(
        m["modality"] in ("negated", "denied") for m in e["modalities"])) for e in net["edges"])
    accusations = ok(client, "/api/network?type=ACCUSE")["edges"]
    assert all(e["type"] == "ACCUSE" for e in accusations)


@pytest.mark.parametrize("url", [
    "/api/actors/unknown", "/api/events/unknown", "/api/documents/unknown",
    "/api/clusters/unknown",
])
def test_unknown_ids_are_404_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and "unknown" in r.json()["detail"]


@pytest.mark.parametrize("url", [
    "/api/events?type=BOMBING", "/api/events?modality=maybe", "/api/events?date_from=tuesday",
    "/api/actors?limit=0", "/api/actors?limit=100000", "/api/actors?offset=-1",
    "/api/actors?kind=ALIEN", "/api/network?limit=0", "/api/documents?limit=abc",
])
def test_bad_filters_are_422_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422 and r.json()["detail"], r.text


@pytest.mark.parametrize("url", ["/", "/documents", "/documents/n1", "/contradictions",
                                 "/search?q=ruto", "/search"])
def test_pages_render(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_unknown_pages_are_404_html(client: TestClient) -> None:
    for url in ("/actors/unknown", "/documents/unknown", "/clusters/unknown"):
        r = client.get(url)
        assert r.status_code == 404 and "Not here" in r.text


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = ok(client, "/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/actors", "/api/actors/{actor_id}", "/api/events", "/api/events/{event_id}",
            "/api/clusters/{cluster_id}", "/api/documents", "/api/documents/{doc_id}",
            "/api/quotes", "/api/claims", "/api/contradictions", "/api/network"} <= paths
    assert client.get("/docs").status_code == 200


def test_the_store_is_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(actorgraph.errors.ActorgraphError, match="F002"):
        create_app(tmp_path / "missing.duckdb")
