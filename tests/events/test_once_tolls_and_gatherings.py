"""One act, one event line: a toll told with the act it was taken in (and a headline's toll
with that act), and one gathering or attack told by two verbs of one sentence
(``events.once``, ``events.headlines``).

Every sentence is our own wording, with invented towns and people. A row names the word of
the act (``act``) and the word of another mention of it (``again``); the second must retell
the first (through any chain of retellings), so that the PLOVER export writes one record for
the two. A near miss names two words that tell two acts: neither is a mention of the other's.
"""

from __future__ import annotations

import pytest

from .helpers import assert_folded, event_on, events, names_match, record_of


def row(id: str, text: str, act: str, again: str, kind: str | None = None):
    return pytest.param(text, act, again, kind, id=id)


CASUALTIES = [
    row("killed-in-the-fighting-no-doer", "Herders and farmers clashed near Oskel on Sunday. "
        "Five people were killed in the fighting.", "clashed", "killed"),
    row("the-fighting-itself", "Herders and farmers clashed near Oskel on Sunday. Five people "
        "were killed in the fighting.", "clashed", "fighting"),
    row("injured-in-the-clashes-reported", "Villagers and loggers clashed in the Belka forest "
        "on Thursday, local officials said. Three loggers were injured in the clashes.",
        "clashed", "injured"),
    row("killed-in-the-clashes-family-said", "Students and police clashed at the university "
        "in Kelsa. A student was killed in the clashes, his family said.", "clashed", "killed"),
    row("live-blog-wounded-in-the-fighting", "09:10 Rival militias clashed near the Marsa "
        "stadium overnight.\n09:25 Four bystanders were wounded in the fighting, police say.",
        "clashed", "wounded"),
    row("when-clause-exchanged-fire", "Two militias fought in the streets of Tarsa on Friday. "
        "Seven civilians were killed when the militias exchanged fire.", "fought",
        "exchanged fire"),
    row("when-clause-toll", "Fighting broke out between herders and farmers in the Ondra "
        "valley on Tuesday. Nine people were killed when the two groups fought over grazing "
        "land.", "Fighting", "killed"),
    row("when-clause-act", "Fighting broke out between herders and farmers in the Ondra valley "
        "on Tuesday. Nine people were killed when the two groups fought over grazing land.",
        "Fighting", "fought"),
    row("wire-as-clause", "KELSO, March 3 (Wire) - Gunmen and village guards fought for hours "
        "near Duvna on Monday.\n\nSix guards were wounded as the two sides exchanged fire, a "
        "local official said.", "fought", "exchanged fire"),
    row("wire-as-clause-toll", "KELSO, March 3 (Wire) - Gunmen and village guards fought for "
        "hours near Duvna on Monday.\n\nSix guards were wounded as the two sides exchanged "
        "fire, a local official said.", "fought", "wounded"),
    row("headline-first-toll-in-lead", "Nine killed as herders and farmers clash in Ondra\n\n"
        "Nine people were killed on Tuesday when herders and farmers clashed in the Ondra "
        "valley, police said.", "clashed in", "were killed"),
    row("headline-toll-to-the-shooting", "Clashes kill four near Tarsk\n\nMilitiamen burned a "
        "market near Tarsk on Monday. Four traders were killed when the militiamen opened fire "
        "on the crowd.", "opened fire", "Clashes"),
    row("headline-toll-its-killing", "Clashes kill four near Tarsk\n\nMilitiamen burned a "
        "market near Tarsk on Monday. Four traders were killed when the militiamen opened fire "
        "on the crowd.", "opened fire", "were killed"),
    row("riot-with-its-clash", "Herders and farmers clashed near Oskel on Sunday. Five people "
        "were injured when the two groups fought over water.", "clashed", "fought", "PROTEST"),
]

TWO_VERBS = [
    row("marched-and-chanted", "Protesters marched through Caldera and chanted slogans "
        "against the governor.", "marched", "chanted"),
    row("rallied-and-chanted", "Hundreds of nurses rallied outside the health ministry in "
        "Orvel on Monday and chanted slogans against the minister.", "rallied", "chanted"),
    row("occupied-and-staged-a-sit-in", "Students occupied the rector's office in Brova and "
        "staged a sit-in.", "occupied", "staged"),
    row("attacked-and-shot-dead", "Rebels attacked an army post near Tesk and shot dead two "
        "guards.", "attacked", "shot"),
    row("raided-and-shot-dead", "Gunmen raided a farm near Sollen on Monday and shot dead the "
        "owner.", "raided", "shot"),
    row("met-and-held-talks", "Ministers of Kenya and Tanzania met in Arusha on Monday and "
        "held talks on trade.", "met", "held talks"),
    row("communique-met-and-consulted", "The foreign ministers of Latvia and Estonia met in "
        "Tallinn on 3 May and held consultations on regional security, the ministry said in a "
        "statement.", "met", "held consultations"),
    row("visit-during-which-talks", "The Zambian president arrived in Lilongwe on Tuesday for "
        "a two-day visit during which he held talks with President Chakwera.", "arrived",
        "held talks"),
    row("visit-noun-during-which-talks", "The Estonian foreign minister's visit to Vilnius, "
        "during which she held talks with her Lithuanian counterpart, ended on Friday.",
        "visit", "held talks"),
]

NEAR_MISSES = [
    row("fighting-two-days-later-elsewhere", "Herders and farmers clashed near Oskel on "
        "Sunday. Two days later, five people were killed in fighting near Marsa.", "clashed",
        "killed"),
    row("toll-of-another-doers-attack", "Herders and farmers clashed near Oskel on Sunday. "
        "Five people were killed when soldiers attacked a camp in Velda on Monday.", "clashed",
        "attacked"),
    row("toll-of-another-doers-attack-toll", "Herders and farmers clashed near Oskel on "
        "Sunday. Five people were killed when soldiers attacked a camp in Velda on Monday.",
        "clashed", "killed"),
    row("fought-again-on-another-day", "Herders and farmers clashed near Oskel on Sunday. On "
        "Tuesday nine people were killed when the two groups fought again near Marsa.",
        "clashed", "fought"),
    row("headline-toll-not-the-burning", "Clashes kill four near Tarsk\n\nMilitiamen burned "
        "a market near Tarsk on Monday. Four traders were killed when the militiamen opened "
        "fire on the crowd.", "burned", "Clashes"),
    row("marched-and-blocked", "Protesters marched through Caldera and blocked the main "
        "bridge.", "marched", "blocked"),
    row("shot-two-days-later", "Rebels attacked an army post near Tesk and, two days later, "
        "shot dead two guards in Malo.", "attacked", "shot"),
    row("talks-with-another-on-another-day", "Ministers of Kenya and Tanzania met in Arusha "
        "on Monday and held talks with Uganda's president on Friday.", "met", "held talks"),
    row("talks-with-someone-else", "The Ghanaian president met the Togolese envoy and held "
        "talks with the Beninese foreign minister.", "met", "held talks"),
    row("marched-again", "Protesters marched through Caldera on Monday and marched again on "
        "Tuesday.", "marched through", "marched again"),
    row("visit-then-talks-a-week-later", "The Zambian president arrived in Lilongwe on "
        "Tuesday. A week later he held talks with President Chakwera in Blantyre.", "arrived",
        "held talks"),
]


@pytest.mark.parametrize(("text", "act", "again", "kind"), CASUALTIES + TWO_VERBS)
def test_second_mention_of_an_act_retells_it(text: str, act: str, again: str,
                                             kind: str | None) -> None:
    ex = events(text)
    assert_folded(ex, act, again, kind)


@pytest.mark.parametrize(("text", "act", "again", "kind"), NEAR_MISSES)
def test_two_acts_stay_two_records(text: str, act: str, again: str, kind: str | None) -> None:
    ex = events(text)
    first, second = event_on(ex, act, kind), event_on(ex, again, kind)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)


def test_a_visit_takes_the_host_of_the_talks_held_during_it() -> None:
    ex = events("The Zambian president arrived in Lilongwe on Tuesday for a two-day visit "
                "during which he held talks with President Chakwera.")
    acts = [e for e in ex.events if e.type == "CONSULT" and e.retells is None]
    assert len(acts) == 1 and acts[0].mode == "visit"
    assert names_match(ex, acts[0].target, "Chakwera")
