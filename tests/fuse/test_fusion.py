"""Fusion end to end on small multi-outlet corpora of our own: one event per cluster with its
independent sources, contradictions with reasons, and a store that grows like it rebuilds."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

import actorgraph

from ..conftest import read_jsonl


def doc(id_: str, outlet: str, published: str, text: str) -> dict:
    return {"id": id_, "source": outlet, "published": published, "text": text,
            "title": id_}


VISIT = [
    doc("ledger-visit", "Daily Ledger", "2024-03-11", "Egypt's foreign minister Sameh Shoukry "
        "arrived in Ankara on Sunday for talks with Turkish officials on Libya and Gaza."),
    doc("wire-visit", "Coast Wire", "2024-03-12", "Sameh Shoukry was in Ankara at the weekend, "
        "where he met Turkey's foreign minister Hakan Fidan for three hours."),
    doc("post-visit", "Harbour Post", "2024-03-14", "Shoukry's visit to Turkey this week was "
        "the first by an Egyptian foreign minister in more than a decade."),
    doc("ledger-visit-2", "Daily Ledger", "2024-03-12", "Egyptian and Turkish diplomats said "
        "Shoukry met Fidan on Sunday and would return to Cairo on Tuesday."),
]
MEETINGS = [
    doc("ledger-may", "Daily Ledger", "2024-05-06", "Sameh Shoukry met Hakan Fidan in Cairo on "
        "Sunday to discuss a ceasefire in Gaza."),
    doc("ledger-june", "Daily Ledger", "2024-06-11", "Sameh Shoukry and Hakan Fidan met again in "
        "Cairo on Monday, a month after their last talks."),
]
REQUEST = [
    doc("wire-request", "Coast Wire", "2024-04-02", "Sudanese army officials said the Rapid "
        "Support Forces had asked Chad for artillery shells last week."),
    doc("post-request", "Harbour Post", "2024-04-03", "An RSF spokesman said no such request "
        "was ever sent to N'Djamena."),
]
SHELLING = [
    doc("ledger-threat", "Daily Ledger", "2024-07-01", "If Ethiopia shells the border town of "
        "Kassala, Sudan will respond with force, the army warned on Monday."),
    doc("wire-shelling", "Coast Wire", "2024-07-03", "Ethiopian artillery shelled Kassala on "
        "Tuesday, residents said."),
    doc("post-shelling", "Harbour Post", "2024-07-04", "Ethiopia's government declined to "
        "confirm the shelling of Kassala."),
]


def build(tmp: Path, *docs: dict, db: Path | None = None) -> Path:
    corpus = tmp / f"corpus-{len(list(tmp.iterdir()))}.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db = db or tmp / "store.duckdb"
    report = actorgraph.build([corpus], db)
    assert report.rejected == 0
    return db


def exported(db: Path, out: Path) -> dict[str, list[dict]]:
    actorgraph.export(db, "jsonl", out)
    return {p.stem: read_jsonl(p) for p in out.glob("*.jsonl")}


def events_of(ex: dict[str, list[dict]], trigger: str, doc_id: str) -> list[dict]:
    texts = {d["id"]: d["text"] for d in ex["documents"]}
    return [e for e in ex["events"] if e["doc_id"] == doc_id
            and texts[doc_id][e["start"]:e["end"]] == trigger]


def one(ex: dict[str, list[dict]], trigger: str, doc_id: str) -> dict:
    """The one exported event of ``doc_id`` at ``trigger``."""
    found = events_of(ex, trigger, doc_id)
    assert len(found) == 1, (trigger, doc_id, found)
    return found[0]


def exported_corpus(tmp_path_factory: pytest.TempPathFactory, name: str,
                    docs: list[dict]) -> dict[str, list[dict]]:
    """The export of a store built from ``docs`` (a module's corpus fixture)."""
    tmp = tmp_path_factory.mktemp(name)
    return exported(build(tmp, *docs), tmp / "out")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    tmp = tmp_path_factory.mktemp("fusion")
    db = build(tmp, *VISIT, *MEETINGS, *REQUEST, *SHELLING)
    return exported(db, tmp / "out")


def test_one_story_from_three_outlets_is_one_cluster_with_three_sources(corpus) -> None:
    visits = [events_of(corpus, t, d)[0] for t, d in [
        ("arrived", "ledger-visit"), ("met", "wire-visit"), ("visit", "post-visit"),
        ("met", "ledger-visit-2")]]
    assert len({e["cluster"] for e in visits}) == 1, visits
    (cluster,) = [c for c in corpus["clusters"] if c["id"] == visits[0]["cluster"]]
    # four documents, three outlets: the same outlet twice is one source
    assert cluster["mentions"] >= 4 and cluster["sources"] == 3
    assert cluster["outlets"] == ["Coast Wire", "Daily Ledger", "Harbour Post"]
    assert cluster["first_report"] == "2024-03-11" and cluster["last_report"] == "2024-03-14"
    assert all(e["corroboration"] == 3 for e in visits)


def test_two_meetings_a_month_apart_are_two_clusters(corpus) -> None:
    # (the meeting's evidence runs over its purpose: "met ... to discuss", one act)
    may = events_of(corpus, "met Hakan Fidan in Cairo on Sunday to discuss", "ledger-may")[0]
    june = events_of(corpus, "met", "ledger-june")[0]
    visit = events_of(corpus, "arrived", "ledger-visit")[0]
    assert len({may["cluster"], june["cluster"], visit["cluster"]}) == 3


def test_a_request_reported_by_officials_and_denied_by_the_party_named(corpus) -> None:
    texts = {d["id"]: d["text"] for d in corpus["documents"]}
    spans = {x["id"]: texts[x["doc_id"]][x["start"]:x["end"]]
             for x in corpus["claims"] + corpus["quotes"]}
    spans.update({e["id"]: texts[e["doc_id"]][e["sentence_start"]:e["sentence_end"]]
                  for e in corpus["events"]})
    found = [c for c in corpus["contradictions"]
             if "no such request" in spans[c["b"]] and "artillery" in spans[c["a"]]]
    assert len(found) == 1, corpus["contradictions"]
    reason = found[0]["reason"]
    assert "Coast Wire" in reason and "Harbour Post" in reason, reason
    assert "2 April 2024" in reason and "3 April 2024" in reason, reason


ACCUSATION = [
    doc("ledger-accused", "Daily Ledger", "2024-08-05", "Georgia accused Russian troops of "
        "shelling two villages near Gori on Sunday."),
    doc("wire-denied", "Coast Wire", "2024-08-06", "Russia's defence ministry denied that its "
        "troops had shelled villages near Gori."),
]


def test_an_accusation_against_a_denial_is_a_contradiction(tmp_path: Path) -> None:
    """What one side accuses another of is its allegation (believed): a position for the act,
    against the accused's denial."""
    ex = exported(build(tmp_path, *ACCUSATION), tmp_path / "out")
    (shelled,) = [e for e in ex["events"] if e["doc_id"] == "ledger-accused"
                  and e["type"] == "ASSAULT"]
    assert shelled["modality"] == "believed", shelled
    found = [c for c in ex["contradictions"] if shelled["id"] in (c["a"], c["b"])
             or shelled["cluster"] == c.get("cluster")]
    assert len(found) == 1, ex["contradictions"]
    assert "Daily Ledger" in found[0]["reason"] and "Coast Wire" in found[0]["reason"]


def test_a_threat_against_an_attack_is_no_contradiction(corpus) -> None:
    ids = {e["id"] for e in corpus["events"] if e["doc_id"] in ("ledger-threat",
                                                                "wire-shelling")}
    assert not [c for c in corpus["contradictions"] if {c["a"], c["b"]} & ids]


def test_adding_documents_gives_what_a_rebuild_gives(tmp_path: Path) -> None:
    first, second = [*VISIT[:2], *REQUEST[:1]], [*VISIT[2:], *REQUEST[1:], *MEETINGS]
    (tmp_path / "a").mkdir()
    grown = build(tmp_path / "a", *first)
    before = exported(grown, tmp_path / "before")
    build(tmp_path / "a", *second, db=grown)
    after = exported(grown, tmp_path / "after")
    (tmp_path / "b").mkdir()
    whole = exported(build(tmp_path / "b", *first, *second), tmp_path / "whole")

    def partition(ex: dict[str, list[dict]]) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for e in ex["events"]:
            groups.setdefault(e["cluster"], set()).add(e["id"])
        return {frozenset(g) for g in groups.values()}

    def disputes(ex: dict[str, list[dict]]) -> set[tuple[str, str]]:
        return {(c["a"], c["b"]) for c in ex["contradictions"]}

    def counts(ex: dict[str, list[dict]]) -> list[tuple]:
        return sorted((c["mentions"], c["sources"], c["type"]) for c in ex["clusters"])

    assert partition(after) == partition(whole)
    assert disputes(after) == disputes(whole) and disputes(after)
    assert counts(after) == counts(whole)
    # identities last: every actor and cluster id seen before still resolves
    with duckdb.connect(str(grown), read_only=True) as con:
        retired = dict(con.execute("SELECT old, new FROM retired").fetchall())
    actors = {a["id"] for a in after["actors"]}
    clusters = {c["id"] for c in after["clusters"]}
    for a in before["actors"]:
        assert a["id"] in actors or retired.get(a["id"]) in actors, a["name"]
    for c in before["clusters"]:
        assert c["id"] in clusters or retired.get(c["id"]) in clusters
    # an event keeps its cluster's id, or that id now points at the cluster it joined
    kept = {e["id"]: e["cluster"] for e in before["events"]}
    for e in after["events"]:
        if e["id"] in kept:
            assert e["cluster"] in (kept[e["id"]], retired.get(kept[e["id"]])), e


def test_declining_to_confirm_is_no_contradiction_but_leaves_the_event_unconfirmed(
        corpus) -> None:
    (shelled,) = events_of(corpus, "shelled", "wire-shelling")
    (cluster,) = [c for c in corpus["clusters"] if c["id"] == shelled["cluster"]]
    assert cluster["unconfirmed"] and cluster["contradictions"] == 0
    declined = [c for c in corpus["claims"] if c["doc_id"] == "post-shelling"]
    assert [c["stance"] for c in declined] == ["declines_to_confirm"]
    assert declined[0]["cluster"] == shelled["cluster"]
