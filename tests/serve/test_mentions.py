"""A mention with no actor of its own (``reference``: "traced *the ambush* of the convoy") is
shown as one: the API gives its ``reference`` flag and no source or target, and the cluster
page says no actor is named in it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

import actorgraph
from actorgraph.serve import create_app

from .conftest import ok

CORPUS = [
    {"id": "m1", "published": "2026-03-10", "source": "Example Wire",
     "text": "Investigators traced the ambush of the convoy on Friday to a cell in the hills."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("mentions")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in CORPUS), encoding="utf-8")
    actorgraph.build([corpus], folder / "store.duckdb")
    app = create_app(folder / "store.duckdb")
    with TestClient(app) as c:
        yield c
    app.state.reader.close()


def test_a_mention_with_no_actor_says_so(client: TestClient) -> None:
    items = ok(client, "/api/events?doc_id=m1")["items"]
    ambush = [e for e in items if e["type"] == "ASSAULT"]
    assert ambush and ambush[0]["reference"] is True, items
    assert not (ambush[0]["source"] or ambush[0]["target"])
    page = client.get(f"/clusters/{quote(ambush[0]['cluster'], safe='')}")
    assert page.status_code == 200
    assert "mention, no actor named" in page.text
