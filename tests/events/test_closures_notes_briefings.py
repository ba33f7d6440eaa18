"""Closures by order, diplomatic notes and briefings of envoys.

Closing, shutting or ordering closed a place of worship, teaching or association is an
administrative restriction (COERCE 172), as closing a border is; ordering it is imposing it,
as an expulsion ordered is one done. Closing an embassy stays the recall of a mission
(SANCTION 161). A verbal or diplomatic note handed, delivered or sent to another state is a
diplomatic protest (ACCUSE 114), as a protest handed is. Briefing another state's envoys, or
a state, is consulting them (CONSULT 040); a briefing for diplomats too.

Near misses: schools that close for the holidays, schools or ports a general strike shuts
(the walkout's effect, no order), a company's factory, a mine's closure announced, notes
taken at a meeting or issued on fees, and reporters briefed. Every sentence is our own
wording.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect, expect_none, expect_none_at


def row(id: str, text: str, kind: str, word: str, source: Names | None,
        target: Names | None, code: str):
    return pytest.param(text, kind, word, source, target, code, id=id)


ACTS = [
    row("shut-schools", "Zambian authorities shut all schools and markets in the district by "
        "order of the governor.", "COERCE", "shut", "authorities", None, "172"),
    row("shut-down-offices", "Police shut down the offices of the Ndugu rights group in "
        "Kampala.", "COERCE", "shut down", "Police", "Ndugu", "172"),
    row("ordered-closure-universities", "The military council ordered the closure of all "
        "universities.", "COERCE", "ordered the closure", "military council", None, "172"),
    row("ordered-closure-party-offices", "The junta ordered the closure of the opposition "
        "party's offices.", "COERCE", "ordered the closure", "junta", "opposition party",
        "172"),
    row("ordered-closure-border", "Chad ordered the closure of its border with Sudan.",
        "COERCE", "ordered the closure", "Chad", "Sudan", "172"),
    row("closure-of-seminaries", "The governor's closure of two seminaries in Kano drew "
        "protests.", "COERCE", "closure", "governor", None, "172"),
    row("verbal-note-to", "The foreign ministry handed a verbal note to the Chinese charge "
        "d'affaires.", "ACCUSE", "verbal note", "ministry", "China", "114"),
    row("diplomatic-note-over", "Morocco delivered a diplomatic note to Spain over the fishing "
        "boats.", "ACCUSE", "diplomatic note", "Morocco", "Spain", "114"),
    row("sent-verbal-note", "Ghana sent a verbal note to Togo on Friday.", "ACCUSE",
        "verbal note", "Ghana", "Togo", "114"),
    row("briefed-ambassadors", "Estonia's foreign minister briefed NATO ambassadors on the "
        "cable damage.", "CONSULT", "briefed", ("Estonia",), "NATO", "040"),
    row("briefed-a-state", "Kenya briefed Washington on the talks.", "CONSULT", "briefed",
        "Kenya", ("United States", "Washington"), "040"),
    row("will-brief-diplomats", "Kenya's foreign minister will brief the diplomats on "
        "Monday.", "CONSULT", "brief", None, None, "040"),
    row("briefing-for-diplomats", "The ministry held a briefing for foreign diplomats in "
        "Nairobi.", "CONSULT", "briefing", "ministry", None, "040"),
]


@pytest.mark.parametrize("text, kind, word, source, target, code", ACTS)
def test_closures_notes_and_briefings_are_coded(text: str, kind: str, word: str,
                                                source: Names | None, target: Names | None,
                                                code: str) -> None:
    event = expect(text, kind, source=source, target=target)
    span = text[event.start:event.end]
    assert word in span, describe(events(text))
    assert event.cameo_code.startswith(code), describe(events(text))


def test_embassy_closure_ordered_stays_a_sanction() -> None:
    text = "Ghana ordered the closure of the Togolese embassy."
    expect(text, "SANCTION")
    expect_none(text, "COERCE")


NOT_ACTS = [
    pytest.param("Schools closed for the summer holidays.", "closed", "COERCE",
                 id="holiday-closing"),
    pytest.param("The company shut its factory in Kenya.", "shut", "COERCE",
                 id="factory-shut"),
    pytest.param("The government announced the closure of the coal mine.", "closure",
                 "COERCE", id="mine-closure"),
    pytest.param("A general strike closed schools and banks across Kenya on Thursday.",
                 "closed", "COERCE", id="strike-closes-schools"),
    pytest.param("A general strike shut the ports of Kenya.", "shut", "COERCE",
                 id="strike-shuts-ports"),
    pytest.param("He took notes during the meeting in Accra.", "notes", "ACCUSE",
                 id="notes-taken"),
    pytest.param("The ministry issued a note on visa fees.", "note", "ACCUSE",
                 id="note-on-fees"),
    pytest.param("The general briefed reporters on the offensive.", "briefed", "CONSULT",
                 id="reporters-briefed"),
]


@pytest.mark.parametrize("text, word, kind", NOT_ACTS)
def test_near_misses_stay_uncoded(text: str, word: str, kind: str) -> None:
    expect_none_at(text, word, kind)
