"""Reports of one act that name its two sides apart: one outlet the doers ("Nigerien soldiers
opened fire on herders"), another only the victim ("Moussa Issoufou was shot dead on Sunday")
are one event of one story (``fuse.stories.join_two_sides``); a victim's report that could be
of two attacks told by their doers joins neither, and two reports naming different doers stay
apart. Small corpora of our own, several outlets."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus, one

STORIES = [
    # one attack: its doers in one report, its victim in another
    doc("niger-doers", "Sahel Wire", "2025-03-04", "Nigerien soldiers opened fire on a group "
        "of herders on Sunday, a local official said. The army has stepped up patrols since "
        "January."),
    doc("niger-victim", "Niamey Post", "2025-03-05", "Moussa Issoufou, a 30-year-old herder, "
        "was shot dead on Sunday, his brother told the Niamey Post. The family wants the "
        "Nigerien authorities to open an inquiry."),
    # near miss: two attacks by different doers the same day in one country; the victim's
    # report could be of either
    doc("chad-army", "Lake Wire", "2025-06-10", "Chadian soldiers opened fire on fishermen on "
        "Sunday, a local chief said."),
    doc("chad-fighters", "Sahel Wire", "2025-06-10", "Boko Haram fighters opened fire on "
        "traders in western Chad on Sunday, witnesses said."),
    doc("chad-victim", "N'Djamena Daily", "2025-06-11", "Abakar Saleh, a trader, was shot dead "
        "on Sunday, his family said, calling on the Chadian government to punish those "
        "responsible."),
    # near misses: an abduction and a raid on the abductors' camp a day apart; a threat's two
    # imagined acts in one sentence
    doc("hela-kidnap", "Highlands Post", "2025-08-12", "Gunmen kidnapped the engineer Li Wei "
        "near Tari on Monday, his employer said."),
    doc("hela-raid", "Port Moresby Wire", "2025-08-13", "Papua New Guinea police attacked a "
        "camp in the Tagari valley on Tuesday, the provincial commander said."),
    doc("sudan-warning", "Nile Wire", "2025-09-02", "Sudan's army chief warned that if the "
        "rebels raided Sudanese positions again, the army would bomb their bases."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "sides", STORIES)


def test_the_doers_report_and_the_victims_report_are_one_event(corpus) -> None:
    doers, victim = one(corpus, "opened fire", "niger-doers"), one(corpus, "shot",
                                                                   "niger-victim")
    assert doers["source"] and not victim["source"] and victim["target"]  # the premise
    assert doers["cluster"] == victim["cluster"], (doers, victim)


def test_a_victims_report_that_could_be_of_two_attacks_joins_neither(corpus) -> None:
    army, fighters = one(corpus, "opened fire", "chad-army"), one(corpus, "opened fire",
                                                                  "chad-fighters")
    victim = one(corpus, "shot", "chad-victim")
    assert army["cluster"] != fighters["cluster"]
    assert victim["cluster"] not in (army["cluster"], fighters["cluster"])


@pytest.mark.parametrize(("one_", "other"), [
    pytest.param(("kidnapped", "hela-kidnap"), ("attacked", "hela-raid"), marks=pytest.mark.xfail(
        strict=True, reason="the clustering lets a report naming no mode join an abduction "
        "(Group.fits_act is one-way); making it two-way cost the read splits 0.07 of E2E F1")),
    (("raided", "sudan-warning"), ("bomb", "sudan-warning")),
])
def test_other_acts_stay_apart(corpus, one_, other) -> None:
    assert one(corpus, *one_)["cluster"] != one(corpus, *other)["cluster"]
