""""The visit" tells again the visit its document reported, not the reception told nearer
(``events.retellings.retold``).

Every sentence is our own wording, with invented places and people. A trip's report tells the
guest's arrival or visit (CAMEO 042, make a visit) and, later, a reception by a host (043,
host a visit): one meeting of the trip. A passing "during the visit" paragraphs below names
the trip, so it retells the arrival however many events lie between; the PLOVER export then
lists it in the arrival's record, and fusion puts it in the trip's cluster. Near miss: where
the document tells only the reception, the visit is that reception.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of

ARRIVAL_THEN_RECEPTION = [
    pytest.param(
        "Kelvan Foreign Minister Arno Dace arrived in Talvo on Sunday for two days of talks with "
        "his counterpart Mira Senn, six weeks after the pair had met in Orvel.\n\n"
        "The two ministers went over the fisheries accord signed in the spring and looked at a "
        "plan for direct ferries. Dace was later received by the Talvan president at the "
        "palace, officials said.\n\n"
        "On the drought, both governments put out a joint statement that demanded more aid for "
        "farmers. Students held a rally outside the ministry during the visit to press for a "
        "ban on imports.", "arrived", "visit", id="arrived-then-president"),
    pytest.param(
        "Dravia's president, Lena Ovar, arrived in Kolm on Tuesday, three months after her "
        "election.\n\n"
        "She discussed trade and energy with Prime Minister Tam Ruiz, and the two signed a "
        "memorandum on power lines. They also agreed to reopen a border crossing closed since "
        "2019. Ovar was then received by King Edo at the royal palace.\n\n"
        "Farmers blocked a road near the capital on Wednesday, and dozens of students marched "
        "to the palace during the visit.", "arrived", "visit", id="arrived-then-king"),
]


@pytest.mark.parametrize(("text", "arrival", "noun"), ARRIVAL_THEN_RECEPTION)
def test_the_visit_retells_the_arrival_not_the_reception(text: str, arrival: str,
                                                          noun: str) -> None:
    ex = events(text)
    told = event_on(ex, arrival, "CONSULT")
    at = text.rindex(noun)
    visit = next(e for e in ex.events if e.type == "CONSULT" and e.start <= at < e.end)
    assert record_of(ex, visit) == told.id


def test_a_visit_told_only_as_a_reception_is_that_reception() -> None:
    text = ("King Edo received the Dravian president, Lena Ovar, at the royal palace in Kolm on "
            "Tuesday. Students marched to the palace during the visit.")
    ex = events(text)
    reception = event_on(ex, "received", "CONSULT")
    at = text.rindex("visit")
    visit = next(e for e in ex.events if e.type == "CONSULT" and e.start <= at < e.end)
    assert record_of(ex, visit) == reception.id
