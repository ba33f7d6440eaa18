"""One act, one record: what a request, an offer, a promise or a threat asks for, offers,
promises or threatens is the content of that speech act, not an act of its own.

CAMEO codes the speech act by its content ("urged X to free the sailors" is 1053, a demand
for a release; "threatened to shut the border" 1312 ...), so the content event (a release
requested, a meeting or a gift announced, a closure threatened) stays an event line, its
evidence kept, with ``content_of`` naming the speech act, and the PLOVER export folds it into
that act's record. Every sentence is our own wording, with invented names and towns. A row
names the word and type of the speech act and of its content; a near miss names two acts
that stay two records: the act asked for and then done, a threat and the act carried out on
another day, an offer of talks and the talks a week later, an act denied.
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, record_of


def row(id: str, text: str, act: str, act_type: str, what: str, what_type: str):
    return pytest.param(text, act, act_type, what, what_type, id=id)


CONTENTS = [
    row("request-wire", "Zerevia's foreign ministry on Wednesday urged Calladon to free nine "
        "sailors seized off Ostrevik.", "urged", "REQUEST", "free", "RETREAT"),
    row("request-asked-deploy", "Zerevia asked Norway to deploy peacekeepers along the border.",
        "asked", "REQUEST", "deploy", "AID"),
    row("request-noun-object", "Calladon demanded the release of two journalists held in "
        "Zerevia.", "demanded", "REQUEST", "release", "RETREAT"),
    row("request-said-must", "Zerevia said Calladon must withdraw its troops from the Ostrevik "
        "valley.", "must", "REQUEST", "withdraw", "RETREAT"),
    row("request-communique-two", "The European Union called on both sides to respect the "
        "ceasefire and to allow aid convoys into Harsk.", "called", "REQUEST", "allow",
        "RETREAT"),
    row("threat-close", "Calladon threatened on Monday to shut its border crossings with "
        "Zerevia.", "threatened", "THREATEN", "shut", "COERCE"),
    row("threat-vowed", "The Marnau Liberation Army vowed to attack army convoys on the "
        "northern highway.", "vowed", "THREATEN", "attack", "ASSAULT"),
    row("threat-conditional", "Calladon warned that it would shell the border villages if "
        "Zerevia did not pull back its units.", "warned", "THREATEN", "shell", "ASSAULT"),
    row("offer-host-talks", "Norway offered to host peace talks between Zerevia and Calladon.",
        "offered", "AGREE", "talks", "CONSULT"),
    row("announced-meeting", "The foreign ministers of Zerevia and Calladon will meet in Marnau "
        "next month.", "will", "AGREE", "meet", "CONSULT"),
    row("promise-aid-reported", "Japan will send medical supplies to Calladon, its aid agency "
        "said.", "will", "AGREE", "supplies", "AID"),
    row("refusal-hand-over", "Calladon refused to hand over the two suspects to Zerevia.",
        "refused", "REJECT", "hand over", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "act", "act_type", "what", "what_type"), CONTENTS)
def test_the_content_of_a_speech_act_is_folded_into_its_record(
        text: str, act: str, act_type: str, what: str, what_type: str) -> None:
    ex = events(text)
    speech, content = event_on(ex, act, act_type), event_on(ex, what, what_type)
    assert speech.content_of is None and speech.retells is None
    assert content.content_of is not None and record_of(ex, content, contents=True) == speech.id


NEAR_MISSES = [
    row("asked-then-done", "Zerevia urged Calladon to free the sailors, and Calladon released "
        "four of them on Friday.", "urged", "REQUEST", "released", "RETREAT"),
    row("threat-then-carried-out", "Calladon threatened to shut the border. On Thursday its "
        "troops closed two crossings near Harsk.", "threatened", "THREATEN", "closed", "COERCE"),
    row("offer-then-meeting", "Norway offered to host talks between the two sides. Officials of "
        "Zerevia and Calladon met in Marnau a week later.", "offered", "AGREE", "met", "CONSULT"),
]


@pytest.mark.parametrize(("text", "act", "act_type", "what", "what_type"), NEAR_MISSES)
def test_an_act_done_after_it_was_asked_or_threatened_is_a_record_of_its_own(
        text: str, act: str, act_type: str, what: str, what_type: str) -> None:
    ex = events(text)
    speech, done = event_on(ex, act, act_type), event_on(ex, what, what_type)
    assert speech.content_of is None and done.content_of is None
    assert record_of(ex, done, contents=True) == done.id


def test_an_act_denied_is_no_content_of_the_denial() -> None:
    ex = events("Calladon denied that its troops had shelled the village of Drevno.")
    shelling = event_on(ex, "shelled", "ASSAULT")
    assert shelling.content_of is None
