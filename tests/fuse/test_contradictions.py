"""Contradictions: one for and one against, on one cluster, from two sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

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
         claim: bool = True, day: int = 3, points: bool = False) -> Position:
    """A position with its evidence where a document says it."""
    return Position("c1", polarity, item, claim, speaker, doc, doc, dt.date(2024, 5, day),
                    start, end, points=points)


def sides(pairs: list[tuple[Position, Position]]) -> list[tuple[str, str]]:
    return sorted((a.item, b.item) for a, b in pairs)


def test_each_denial_answers_each_source_that_asserts_the_act() -> None:
    # the garrison denies the shelling in a bulletin on the 4th and again in a paper on the
    # 6th: two statements, each against the militia's account
    assert sides(find([said("c1", 1, "MILITIA", "bulletin", 0, 50),
                       said("c2", -1, "GARRISON", "gazette", 0, 40, day=4),
                       said("c3", -1, "GARRISON", "courier", 0, 40, day=6)])) == [
        ("c1", "c2"), ("c1", "c3")]


def test_a_denial_told_in_two_sentences_of_one_report_is_two_statements() -> None:
    assert sides(find([said("c1", 1, "MILITIA", "bulletin", 0, 50),
                       said("c2", -1, "GARRISON", "gazette", 0, 40, day=4),
                       said("c3", -1, "GARRISON", "gazette", 70, 110, day=4)])) == [
        ("c1", "c2"), ("c1", "c3")]


def test_a_claim_and_the_sentence_holding_it_are_one_statement_shown_by_the_claim() -> None:
    # "The port authority denied seizing the trawlers": the negated seizure (the sentence,
    # e5) and the denial (the claim from its cue, c0) are one statement; the side is the
    # claim, with its stance and claimant
    pairs = find([said("c1", 1, "FISHERS", "bulletin", 0, 50),
                  said("e5", -1, "PORT", "gazette", 0, 60, claim=False, day=4),
                  said("c0", -1, "PORT", "gazette", 19, 58, day=4)])
    assert sides(pairs) == [("c1", "c0")]


def test_the_asserting_side_is_shown_by_its_claim_too() -> None:
    pairs = find([said("e1", 1, "FISHERS", "bulletin", 0, 70, claim=False),
                  said("c1", 1, "FISHERS", "bulletin", 12, 66),
                  said("c2", -1, "PORT", "gazette", 0, 40, day=4)])
    assert sides(pairs) == [("c1", "c2")]


def test_a_claim_reaching_past_its_sentence_is_one_statement_with_it() -> None:
    pairs = find([said("c1", 1, "FISHERS", "bulletin", 0, 50),
                  said("e5", -1, "PORT", "gazette", 0, 60, claim=False, day=4),
                  said("c0", -1, "PORT", "gazette", 19, 130, day=4)])
    assert sides(pairs) == [("c1", "c0")]


def test_an_event_alone_in_its_sentence_is_a_side_of_its_own() -> None:
    # the gazette's own voice ("No trawler was seized") and the port's claim elsewhere
    pairs = find([said("c1", 1, "FISHERS", "bulletin", 0, 50),
                  said("e5", -1, None, "gazette", 0, 30, claim=False, day=4)])
    assert sides(pairs) == [("c1", "e5")]


def test_one_source_denying_twice_what_it_asserted_is_still_no_contradiction() -> None:
    assert not find([said("c1", 1, "GARRISON", "bulletin", 0, 50),
                     said("c2", -1, "GARRISON", "gazette", 0, 40, day=4),
                     said("c3", -1, "GARRISON", "courier", 0, 40, day=6)])


def test_an_assertion_repeated_by_its_source_answers_a_denial_once() -> None:
    # the militia tells its account on the 3rd and again on the 5th: one contradiction with
    # the denial, from the militia's firmest (earliest) statement
    pairs = find([said("c1", 1, "MILITIA", "bulletin", 0, 50),
                  said("c4", 1, "MILITIA", "courier", 0, 50, day=5),
                  said("c2", -1, "GARRISON", "gazette", 0, 40, day=4)])
    assert sides(pairs) == [("c1", "c2")]


def test_a_denial_pointing_to_the_act_then_stating_it_is_one_statement() -> None:
    # "The mayor rejects this. She says no curfew was imposed": shown where it states the act
    pairs = find([said("c1", 1, "RESIDENTS", "bulletin", 0, 40),
                  said("c2", -1, "MAYOR", "gazette", 0, 20, day=4, points=True),
                  said("c3", -1, "MAYOR", "gazette", 30, 60, day=4)])
    assert sides(pairs) == [("c1", "c3")]


def test_a_denial_that_only_points_still_answers_the_act() -> None:
    pairs = find([said("c1", 1, "RESIDENTS", "bulletin", 0, 40),
                  said("c2", -1, "MAYOR", "gazette", 0, 20, day=4, points=True)])
    assert sides(pairs) == [("c1", "c2")]


def test_the_record_keeps_the_claims_as_sides_and_the_claim_as_evidence() -> None:
    pairs = find([said("e1", 1, "FISHERS", "bulletin", 0, 70, claim=False),
                  said("c1", 1, "FISHERS", "bulletin", 10, 66),
                  said("e5", -1, "PORT", "gazette", 0, 60, claim=False, day=4),
                  replace(said("c0", -1, "PORT", "gazette", 19, 58, day=4),
                          opens_with_cue=True)])
    (x,) = contradictions(pairs, {"FISHERS": "the fishers", "PORT": "the port authority"}.get,
                          lambda doc, s, e: "the coastguard seized two trawlers"
                          if doc == "bulletin" else "denied seizing the trawlers", {})
    assert (x.a, x.b, x.doc_id, x.start, x.end) == ("c1", "c0", "bulletin", 10, 66)
    assert x.reason.endswith("The port authority (gazette, 4 May 2024) denied seizing the "
                             "trawlers."), x.reason


def test_a_side_whose_words_name_its_speaker_is_quoted_after_its_source() -> None:
    """A claim whose evidence names who takes it ("The rebels' spokesman said ...") is quoted
    as it stands, after the outlet and date; one that does not is said by its speaker."""
    (x,) = contradictions(find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                                replace(pos("c2", -1, "REBELS", "Coast Wire", day=4),
                                        names_speaker=True)]),
                          {"OFFICIALS": "unnamed officials", "REBELS": "the rebels"}.get,
                          lambda doc, s, e: "the rebels asked for artillery" if "c1" in doc
                          else "the rebels' spokesman said no such request was sent", {})
    assert x.reason == ("Unnamed officials (Daily Ledger, 3 May 2024) says the rebels asked "
                        "for artillery; Coast Wire (4 May 2024): The rebels' spokesman said "
                        "no such request was sent.")


def test_a_side_naming_its_speaker_by_a_pronoun_is_quoted_after_the_name() -> None:
    (x,) = contradictions(find([replace(pos("c1", 1, "ENVOY", "Daily Ledger"),
                                        names_speaker=True),
                                pos("c2", -1, "REBELS", "Coast Wire", day=4)]),
                          {"ENVOY": "Emirati diplomat", "REBELS": "the rebels"}.get,
                          lambda doc, s, e: "he said the planes carried food" if "c1" in doc
                          else "no arms were sent", {})
    assert x.reason.startswith("Emirati diplomat (Daily Ledger, 3 May 2024): He said the "
                               "planes carried food; "), x.reason


@pytest.mark.parametrize(("said", "quoted"), [
    # a word that only ties the sentence to the one before is no part of what is said
    ("Separately, the militia fired on the convoy", "says the militia fired on the convoy"),
    ("However, no convoy was hit", "says no convoy was hit"),
    # near misses: a name, and a word that opens no clause of its own, are kept
    ("Stillwater police fired on the convoy", "says Stillwater police fired on the convoy"),
    ("Also at the scene, witnesses saw the convoy hit",
     "says Also at the scene, witnesses saw the convoy hit"),
])
def test_the_reason_leaves_out_a_word_tying_its_sentence_to_the_last(said, quoted) -> None:
    (x,) = contradictions(find([pos("c1", 1, "OFFICIALS", "Daily Ledger"),
                                pos("c2", -1, "REBELS", "Coast Wire", day=4)]),
                          {"OFFICIALS": "unnamed officials", "REBELS": "the rebels"}.get,
                          lambda doc, s, e: said if "c1" in doc else "nothing happened", {})
    assert f"(Daily Ledger, 3 May 2024) {quoted};" in x.reason, x.reason


@pytest.mark.parametrize(("told", "denied", "contradict"), [
    # "the MCNO kidnapped them" against "the MCNO took no one"
    ((frozenset({"MCNO"}), True), frozenset({"MCNO"}), True),
    # "they were kidnapped" (no doer) against "the MCNO took no one": the act is not denied
    ((frozenset(), False), frozenset({"MCNO"}), False),
    # "soldiers took them" against "the MCNO took no one": another doer's act
    ((frozenset({"country:CAF"}), True), frozenset({"MCNO"}), False),
    # "gunmen took them" (a doer of no party we know) against "the MCNO took no one"
    ((frozenset(), True), frozenset({"MCNO"}), True),
    # "they were kidnapped" against "nobody was kidnapped": a denial of the act itself
    ((frozenset(), False), frozenset(), True),
])
def test_a_denial_of_one_doers_part_answers_only_who_lays_the_act_on_him(
        told, denied, contradict) -> None:
    doers, named = told
    pairs = find([replace(pos("c1", 1, "CHARITY", "Daily Ledger"), doers=doers,
                          names_doer=named),
                  replace(pos("c2", -1, "MCNO", "Coast Wire", day=4), doers=denied)])
    assert bool(pairs) is contradict
