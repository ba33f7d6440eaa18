"""A definite noun tells again the act it names by its own sense, not an act of another kind
told beside it (``events.retellings.retold``: ``_names``, ``_coded_as``): "the walkout" after
"stopped work and marched" is the strike, "the shelling" after "shelled ... and bombed" the
shelling, "the bombing" after "a car bomb exploded, and gunmen opened fire" the blast.

Every sentence is our own wording, with invented states, towns and groups. A row names the
noun (``noun``) and the act it tells (``act``): the noun must be a mention of that act. A near
miss names an act of another kind, or the noun names a kind no act was told of: the noun
keeps the act it told before. And two acts of one type told apart (two attacks on two days,
a second meeting a week later, an attack and a later reprisal) stay two records.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, noun: str, act: str):
    return pytest.param(text, noun, act, id=id)


OWN_SENSE = [
    row("walkout-not-march", "Dock workers in Lemmar stopped work on Tuesday and marched to "
        "the port office. The walkout cost the port millions.", "walkout", "stopped"),
    row("shelling-not-bombing", "Tarsian troops shelled Kessel and bombed the bridge at Dorlo "
        "on Sunday. The shelling killed four civilians.", "shelling", "shelled"),
    row("bombing-gerund", "Tarsian jets bombed a bridge near Dorlo and artillery shelled "
        "Kessel on Sunday. The bombing killed four.", "bombing", "bombed"),
    row("expulsions-not-closure", "Belvania expelled two Tarsian diplomats and closed its "
        "consulate in Ostra. The expulsions were the first since 2019.", "expulsions",
        "expelled"),
    row("bombing-after-blast", "A car bomb exploded near a police station in Dorlo, and "
        "gunmen then opened fire on the officers. The bombing killed six.", "bombing",
        "car bomb"),
    row("live-blog-strike", "09:12 Miners in Kessel have walked off the job. 09:40 Hundreds "
        "of miners are marching on the company offices. 10:05 The strike is the largest in a "
        "decade.", "strike", "walked"),
    row("communique-air-strike", "The Ministry of Defence announces that its aircraft struck "
        "a militant depot near Dorlo and that its artillery shelled positions near Kessel. "
        "The air strike destroyed the depot.", "air strike", "struck"),
    row("raid-not-arrest", "Police raided the offices of the Kessel Herald and arrested its "
        "editor. The raid lasted three hours.", "raid", "raided"),
    row("kidnapping-not-arson", "Rebels kidnapped two aid workers and torched a clinic near "
        "Dorlo on Friday. The kidnapping was the second this month.", "kidnapping",
        "kidnapped"),
    row("abduction-and-reprisal", "Militants abducted three engineers near Dorlo on Monday. "
        "Troops killed four militants in a reprisal raid on Tuesday. The abduction was "
        "condemned by the governor.", "abduction", "abducted"),
]


@pytest.mark.parametrize(("text", "noun", "act"), OWN_SENSE)
def test_a_noun_tells_the_act_of_its_own_sense(text: str, noun: str, act: str) -> None:
    ex = events(text)
    told = event_on(ex, act)
    assert record_of(ex, event_on(ex, noun, told.type)) == told.id


@pytest.mark.parametrize(("text", "noun", "act"), [
    row("bombing-of-no-bombing-told", "Tarsian artillery shelled Kessel on Sunday. The "
        "bombing killed four.", "bombing", "shelled"),
    row("second-meeting-a-week-later", "Ostrel and Kavaria held talks in Lemmar on March 2. "
        "The two sides met again in Ostra a week later. The meeting produced no deal.",
        "meeting", "met"),
    row("meeting-not-the-one-set-against", "Kavarian Trade Minister Olen Strand arrived in "
        "Ostra on Tuesday for talks with Economy Minister Pia Varga, a month after the two "
        "ministers met in Lemmar. Asked about tariffs after the meeting, Strand declined to "
        "comment.", "meeting", "talks"),
    row("detentions-live-blog", "10:42 Police have detained the organisers of the Varrow "
        "rally. 10:55 Riot police have fired rubber bullets at the crowd. 11:10 The "
        "detentions have been condemned by the opposition.", "detentions", "detained"),
])
def test_a_noun_keeps_the_act_it_names(text: str, noun: str, act: str) -> None:
    ex = events(text)
    told = event_on(ex, act)
    assert record_of(ex, event_on(ex, noun, told.type)) == told.id


@pytest.mark.parametrize(("text", "first", "second"), [
    pytest.param("Rebels attacked an army post near Kessel on Monday. On Wednesday, rebels "
                 "attacked another post near Dorlo.", "attacked an", "attacked another",
                 id="two-attacks-two-days"),
    pytest.param("Ostrel and Kavaria held talks in Lemmar on March 2. The two sides met again "
                 "in Ostra a week later. The meeting produced no deal.", "held talks", "met",
                 id="second-meeting-a-week-later"),
    pytest.param("Militants abducted three engineers near Dorlo on Monday. Troops killed four "
                 "militants in a reprisal raid on Tuesday. The abduction was condemned by the "
                 "governor.", "abducted", "killed", id="attack-and-reprisal"),
])
def test_two_acts_stay_two_records(text: str, first: str, second: str) -> None:
    ex = events(text)
    assert record_of(ex, event_on(ex, first)) != record_of(ex, event_on(ex, second))
