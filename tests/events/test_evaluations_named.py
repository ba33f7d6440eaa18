"""Criticism by naming (CAMEO 111, an ACCUSE; ``evaluations``) is told by the naming verb and
its evaluation together: "*called* the ban *disproportionate*", "*branded* the decision a
*provocation*", "*described* the move as *illegal*", so the event's evidence runs over both
words and a report pointing at "called" finds it. "Disproportionate" and "unfriendly" are
words of disapproval like "unacceptable". Near misses: a report verb ("said the blockade was
illegal") is the speaking, not the naming, and keeps the evaluation word alone; a storm is no
actor to criticise; praise by naming stays SUPPORT.

Every sentence is our own wording (wire, live blog styles).
"""

from __future__ import annotations

import pytest

from .helpers import events, events_over

NAMED = [
    pytest.param("Peru's agriculture ministry called the ban \"disproportionate\".", "called",
                 id="called-disproportionate"),
    pytest.param("Russia expelled the Estonian consul on Monday. Tallinn called the expulsion "
                 "\"an unfriendly act\".", "called", id="called-unfriendly-act"),
    pytest.param("Chile described the Argentine move as illegal.", "described",
                 id="described-as"),
    pytest.param("Ghana's information minister branded the Togolese decision a provocation.",
                 "branded", id="branded"),
    pytest.param("16:05 - Quito calls the Peruvian tariffs \"unacceptable\".", "calls",
                 id="liveblog-calls"),
    pytest.param("Hungary labelled the Romanian expulsion \"absurd\", a spokesman said.",
                 "labelled", id="labelled"),
    pytest.param("The Moroccan foreign ministry termed the Algerian decision a mistake.",
                 "termed", id="termed"),
    pytest.param("Finland called Russia's border closure illegal.", "called",
                 id="called-illegal"),
]


@pytest.mark.parametrize(("text", "word"), NAMED)
def test_naming_verb_tells_the_criticism(text: str, word: str) -> None:
    assert any(e.type == "ACCUSE" for e in events_over(text, word)), [
        (e.type, text[e.start:e.end]) for e in events(text).events]


def test_report_verb_is_not_the_naming() -> None:
    text = "Bolivia's president said the blockade was illegal."
    assert any(e.type == "ACCUSE" for e in events(text).events)
    assert not any(e.type == "ACCUSE" for e in events_over(text, "said"))


def test_no_actor_no_criticism() -> None:
    assert not events("The storm was called unfriendly by sailors.").events


def test_praise_by_naming_stays_support() -> None:
    text = "Chile called the Argentine move historic."
    over = events_over(text, "called")
    assert any(e.type == "SUPPORT" for e in over) and not any(e.type == "ACCUSE" for e in over)
