"""Contradictions: one for and one against, on one cluster, from two sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from actorgraph.fuse.contradictions import Position, contradictions, find


def pos(item: str, polarity: int, speaker: str | None, outlet: str, *, cluster: str = "c1",
        claim: bool = True, day: int = 3) -> Position:
    return Position(cluster, polarity, item, claim, speaker, f"doc-{outlet}-{item}", outlet,
                    dt.date(2024, 5, day), 0, 10)


def test_assert_against_deny_from_two_sources_is_one_contradiction() -> None:
    pairs = find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                  pos("c2", -1, "REBELS", "Coast Wire", day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c2")]


def test_a_source_restating_itself_is_no_contradiction() -> None:
    assert not find([pos("c1", 1, "REBELS", "Daily Ledger"),
                     pos("c2", -1, "REBELS", "Coast Wire")])
    assert not find([pos("e1", 1, None, "Daily Ledger", claim=False),
                     pos("e2", -1, None, "Daily Ledger", claim=False)])


def test_a_denial_nobody_asserted_and_two_clusters_are_none() -> None:
    assert not find([pos("c2", -1, "REBELS", "Coast Wire")])
    assert not find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                     pos("c2", -1, "REBELS", "Coast Wire", cluster="c2")])


def test_two_statements_meeting_in_two_clusters_contradict_once() -> None:
    both = [pos(item, polarity, who, outlet, cluster=cluster)
            for cluster in ("c1", "c2")
            for item, polarity, who, outlet in (("c1", 1, "OFFICIALS", "Daily Ledger"),
                                                ("c2", -1, "REBELS", "Coast Wire"))]
    pairs = find(both)
    assert [(a.item, b.item, a.cluster) for a, b in pairs] == [("c1", "c2", "c1")]


def test_one_contradiction_per_pair_of_sources_between_their_firmest_items() -> None:
    pairs = find([pos("e1", 1, "OFFICIALS", "Daily Ledger", claim=False),
                  pos("c1", 1, "OFFICIALS", "Daily Ledger", day=5),
                  pos("c2", -1, "REBELS", "Coast Wire")])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c2")]


def test_the_reason_names_both_sources_and_dates() -> None:
    (x,) = contradictions(find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                                pos("c2", -1, "REBELS", "Coast Wire", day=4)]),
                          {"OFFICIALS": "unnamed officials", "REBELS": "the rebels"}.get,
                          lambda doc, s, e: "the rebels asked for artillery" if "c1" in doc
                          else "no such request was sent", {})
    assert x.reason == ("Unnamed officials (Daily Ledger, 3 May 2024) says the rebels asked "
                        "for artillery; The rebels (Coast Wire, 4 May 2024) says no such "
                        "request was sent.")


def said(item: str, polarity: int, speaker: str | None, doc: str, start: int, end: int, *,
         claim: bool = True, day: int = 3) -> Position:
    """A position with its evidence where a document says it."""
    return Position("c1", polarity, item, claim, speaker, doc, doc, dt.date(2024, 5, day),
                    start, end)


def test_each_denial_answers_each_source_that_asserts_the_act() -> None:
    # the ministry denies it on the 4th ("did not fire") and again on the 6th ("denied any
    # role"): two statements, each a contradiction with the army's account
    pairs = find([said("c1", 1, "ARMY", "wire", 0, 50),
                  said("c2", -1, "MINISTRY", "ledger", 0, 40, day=4),
                  said("c3", -1, "MINISTRY", "herald", 0, 40, day=6)])
    assert sorted((a.item, b.item) for a, b in pairs) == [("c1", "c2"), ("c1", "c3")]


def test_a_denial_told_in_two_sentences_of_one_report_is_two_statements() -> None:
    pairs = find([said("c1", 1, "ARMY", "wire", 0, 50),
                  said("c2", -1, "REBELS", "ledger", 0, 40, day=4),
                  said("c3", -1, "REBELS", "ledger", 60, 90, day=4)])
    assert sorted((a.item, b.item) for a, b in pairs) == [("c1", "c2"), ("c1", "c3")]


def test_a_claim_inside_a_sentence_is_shown_by_its_sentence() -> None:
    # "Police have denied arresting union stewards": the claim's span starts at the cue; the
    # sentence names who denies
    pairs = find([said("c1", 1, "UNION", "wire", 0, 50),
                  said("e5", -1, "POLICE", "ledger", 0, 60, claim=False, day=4),
                  said("c0", -1, "POLICE", "ledger", 13, 45, day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "e5")]


def test_a_claim_reaching_past_its_sentence_is_shown_by_itself() -> None:
    pairs = find([said("c1", 1, "UNION", "wire", 0, 50),
                  said("e5", -1, "POLICE", "ledger", 0, 60, claim=False, day=4),
                  said("c0", -1, "POLICE", "ledger", 13, 120, day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c0")]


def test_one_source_denying_twice_what_it_asserted_is_still_no_contradiction() -> None:
    assert not find([said("c1", 1, "REBELS", "wire", 0, 50),
                     said("c2", -1, "REBELS", "ledger", 0, 40, day=4),
                     said("c3", -1, "REBELS", "herald", 0, 40, day=6)])


def test_an_assertion_repeated_by_its_source_answers_a_denial_once() -> None:
    # the army tells its account on the 3rd and again on the 5th: one denial, one
    # contradiction with the army, between the firmest (earliest) statements
    pairs = find([said("c1", 1, "ARMY", "wire", 0, 50),
                  said("c4", 1, "ARMY", "herald", 0, 50, day=5),
                  said("c2", -1, "REBELS", "ledger", 0, 40, day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c2")]


def test_the_reason_quotes_the_claim_of_the_sentence_shown() -> None:
    pairs = find([said("c1", 1, "UNION", "wire", 0, 40),
                  said("e5", -1, "POLICE", "ledger", 0, 60, claim=False, day=4),
                  replace(said("c0", -1, "POLICE", "ledger", 13, 45, day=4),
                          opens_with_cue=True)])
    (x,) = contradictions(pairs, {"UNION": "the union", "POLICE": "police"}.get,
                          lambda doc, s, e: "officers arrested three stewards" if doc == "wire"
                          else "denied arresting stewards", {})
    assert (x.a, x.b) == ("c1", "e5")
    assert x.reason.endswith("Police (ledger, 4 May 2024) denied arresting stewards."), x.reason


def test_a_denial_pointing_to_the_act_and_then_stating_it_is_one_statement() -> None:
    # "The chief denies this. He says no tear gas was used": shown where it states the act
    pointing = replace(said("c2", -1, "CHIEF", "ledger", 0, 20, day=4), points=True)
    pairs = find([said("c1", 1, "WITNESSES", "wire", 0, 40), pointing,
                  said("c3", -1, "CHIEF", "ledger", 30, 60, day=4)])
    assert [(a.item, b.item) for a, b in pairs] == [("c1", "c3")]
