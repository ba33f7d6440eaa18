"""Property-based API testing with schemathesis against our own OpenAPI document: whatever
the inputs, no endpoint answers with a server error, and answers match their schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

import actorgraph
from actorgraph.serve import create_app


def _app():  # type: ignore[no-untyped-def]
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="actorgraph-schema-"))
    corpus = folder / "corpus.jsonl"
    corpus.write_text(json.dumps({
        "id": "s1", "published": "2024-01-02",
        "text": "Chad closed its border with Sudan on Monday. The UN urged Chad to reopen it. "
                "“We will not reopen it,” a senior Chadian official said. Sudan denied that "
                "its troops had crossed the border."}),
        encoding="utf-8")
    actorgraph.build([corpus], folder / "store.duckdb")
    return create_app(folder / "store.duckdb")


APP = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _close_store():  # type: ignore[no-untyped-def]
    yield
    APP.state.reader.close()
    del APP.state.reader  # no DuckDB object may outlive the test session (nanobind warns)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.filterwarnings("ignore")
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
