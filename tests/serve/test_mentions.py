"""A mention with no actor of its own (``reference``: "traced *the ambush* of the convoy") is
shown as one: the API gives its ``reference`` flag and no source or target, and the cluster
page says no actor is named in it."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from .conftest import built_store, ok, serving

CORPUS = [
    {"id": "m1", "published": "2026-03-10", "source": "Example Wire",
     "text": "Investigators traced the ambush of the convoy on Friday to a cell in the hills."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from serving(built_store(tmp_path_factory, "mentions", CORPUS))


def test_a_mention_with_no_actor_says_so(client: TestClient) -> None:
    items = ok(client, "/api/events?doc_id=m1")["items"]
    ambush = [e for e in items if e["type"] == "ASSAULT"]
    assert ambush and ambush[0]["reference"] is True, items
    assert not (ambush[0]["source"] or ambush[0]["target"])
    page = client.get(f"/clusters/{quote(ambush[0]['cluster'], safe='')}")
    assert page.status_code == 200
    assert "mention, no actor named" in page.text
