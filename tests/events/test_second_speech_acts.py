"""A second act coordinated with a plea is the pleader's own, not part of what is asked.

"Church leaders urged both sides to lay down their arms and offered to mediate": a plain
past ("offered") shares no "to" with the infinitive the parser hangs it on ("to lay down"),
so it is coordinated with the governing verb ("urged"): the leaders' own offer (AGREE,
asserted, by the leaders), its content (mediation) theirs to do, not a content of the
request done by the ones asked. An infinitive conjunct ("to lay down their arms and
*free* the hostages") stays asked of them.

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, event_on, events, expect


def row(id: str, text: str, word: str, kind: str, source: Names):
    return pytest.param(text, word, kind, source, id=id)


OWN_ACTS = [
    row("urged-and-offered", "Church leaders in Kessel urged both sides to lay down their "
        "arms and offered to mediate.", "offered", "AGREE", "Church leaders"),
    row("asked-and-promised", "The bishops asked the rebels to release the hostages and "
        "promised to pay for their care.", "promised", "AGREE", "bishops"),
    row("urged-and-pledged", "The Brask aid minister urged the militias to open the roads and "
        "pledged to send food.", "pledged", ("AGREE", "AID"), "Brask"),
    row("told-and-threatened", "Elders in Lenk told the herders to leave the valley and "
        "threatened to call in the army.", "threatened", "THREATEN", "Elders"),
    row("asked-and-appealed", "The Velka mayor asked residents to stay indoors and appealed "
        "to Ostria for help.", "appealed", "REQUEST", "Velka"),
    row("called-and-offered-talks", "The Marovian president called on the strikers to return "
        "to work and offered to meet their leaders.", "offered", "AGREE", "Marovian"),
    row("pressed-and-agreed", "Brask's foreign minister pressed Ostria to reopen the border "
        "and agreed to release two Ostrian fishermen.", "agreed", "AGREE", "Brask"),
    row("urged-and-refused", "The Tessin governor urged the protesters to disperse and "
        "refused to meet their leaders.", "refused", "REJECT", "Tessin"),
]


@pytest.mark.parametrize("text, word, kind, source", OWN_ACTS)
def test_a_past_conjunct_is_the_pleaders_own_act(text: str, word: str, kind, source: Names
                                                 ) -> None:
    ex = events(text)
    kinds = (kind,) if isinstance(kind, str) else kind
    found = [e for e in ex.events if e.type in kinds
             and text[e.start:e.end].startswith(word)]
    assert found, describe(ex)
    act = found[0]
    assert act.modality == "asserted" and act.content_of is None, describe(ex)
    expect(text, kind, source=source, modality="asserted")


def test_the_offers_content_is_the_offerers() -> None:
    text = "Church leaders in Kessel urged both sides to lay down their arms and offered to " \
        "mediate."
    ex = events(text)
    offer = event_on(ex, "offered", "AGREE")
    mediation = event_on(ex, "mediate")
    assert mediation.content_of == offer.id and mediation.modality == "future", describe(ex)


ASKED = [
    pytest.param("Kessel's president urged the rebels to lay down their arms and free the "
                 "hostages.", "free", id="infinitive-conjunct"),
    pytest.param("The envoy asked both sides to respect the truce and to resume talks.",
                 "resume", id="infinitive-with-to"),
]


@pytest.mark.parametrize("text, word", ASKED)
def test_an_infinitive_conjunct_stays_asked(text: str, word: str) -> None:
    ex = events(text)
    asked = event_on(ex, word)
    assert asked.modality == "requested", describe(ex)


def test_a_request_keeps_its_content() -> None:
    text = "The bishops asked the rebels to release the hostages and promised to pay for " \
        "their care."
    ex = events(text)
    freed = event_on(ex, "release", "RETREAT")
    assert freed.modality == "requested" and freed.content_of == \
        event_on(ex, "asked", "REQUEST").id, describe(ex)
