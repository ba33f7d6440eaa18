"""A strike of force is an ASSAULT, a labour strike a PROTEST.

A strike carried out or conducted ("denied carrying out strikes", "no strikes were carried
out on civilian areas") or told beside fighters, civilians or munitions is military (ASSAULT
190): workers stage, hold, call or begin a strike, they do not carry it out. A strike told
with workers, unions, pay or a walkout stays a labour strike (PROTEST 143), also when carried
out, and so does one civilians carry out.

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over

MILITARY = [
    pytest.param("The Kessel army said no strikes were carried out on civilian areas of "
                 "Varno.", "strikes", id="negated-carried-out"),
    pytest.param("Ostria vowed to continue its strikes until the militia disarmed.",
                 "strikes", id="strikes-until-militia"),
    pytest.param("Kessel said its strikes would go on until the rebels laid down their "
                 "arms.", "strikes", id="strikes-until-rebels"),
    pytest.param("Brask's air force carried out more than forty strikes in the Lenk "
                 "district.", "strikes", id="air-force-carried-out"),
    pytest.param("The Ostrian defence ministry said it had conducted strikes overnight in "
                 "Tessin.", "strikes", id="conducted-overnight"),
    pytest.param("Marovia's navy carried out a strike in the port of Dalmir on Sunday.",
                 "strike", id="navy-carried-out"),
    pytest.param("Residents of Lenk said the strikes had killed jihadist commanders.",
                 "strikes", id="strikes-killed-jihadists"),
    pytest.param("Kessel denied carrying out strikes in the Orlan valley.", "strikes",
                 id="denied-carrying-out"),
]


@pytest.mark.parametrize("text, word", MILITARY)
def test_a_strike_of_force_is_no_protest(text: str, word: str) -> None:
    over = events_over(text, word)
    assert not [e for e in over if e.type == "PROTEST"], describe(events(text))


@pytest.mark.parametrize("text, word", MILITARY[:7])
def test_a_strike_of_force_is_an_assault(text: str, word: str) -> None:
    over = events_over(text, word)
    assert [e for e in over if e.type == "ASSAULT"], describe(events(text))


LABOUR = [
    pytest.param("Dockworkers went on strike in Port Harlin on Monday.", "strike",
                 id="went-on-strike"),
    pytest.param("The strike by dockworkers in Port Harlin entered its third day.", "strike",
                 id="strike-by-dockworkers"),
    pytest.param("The teachers' union in Velka called a strike over pay.", "strike",
                 id="union-called"),
    pytest.param("Workers at the Orlan mine carried out a strike over unpaid wages.",
                 "strike", id="workers-carried-out"),
    pytest.param("Protesters in Dalmir carried out a two-day strike.", "strike",
                 id="protesters-carried-out"),
    pytest.param("Bus drivers in Dalmir staged a strike on Tuesday.", "strike",
                 id="drivers-staged"),
]


@pytest.mark.parametrize("text, word", LABOUR)
def test_a_labour_strike_stays_a_protest(text: str, word: str) -> None:
    over = events_over(text, word)
    assert [e for e in over if e.type == "PROTEST"], describe(events(text))
    assert not [e for e in over if e.type == "ASSAULT"], describe(events(text))
