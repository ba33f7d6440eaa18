"""References, more: a definite event noun that takes up an act, as the subject of a verb that
tells no act ("the truce has been in force", "the launch drew protests"), and the object of a
verb of defiance ("flouted a curfew": the curfew is a measure in force, known to the reader).

A definite subject of a verb of no act points to one known event only when something says so:
a demonstrative ("this truce", "that raid") or an act of its type the document told before it
(fusion then joins the noun to that act's reports). Each row: a text (ours), the trigger word,
its PLOVER type(s). Near misses: a definite subject with nothing before it ("the raid lasted
two hours": the raid the text may go on to tell, a police raid, a product launch, surgery),
which must stay unemitted as a reference.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import events_over

PUBLISHED = dt.date(2025, 6, 13)

POINTING = [
    # a demonstrative subject points back by its own word
    ("This ceasefire has held for three weeks, elders in the villages around Goma said.",
     "ceasefire", "RETREAT"),
    ("That blockade is now in its second month and diesel is running short in Aden.",
     "blockade", ("PROTEST", "COERCE")),
    # an act of the noun's type told before, which gave the noun no actor of its own
    ("A ceasefire was declared in the hills above Tripoli on Sunday, a local council said. "
     "The ceasefire, the third since January, has been shaky from the first night.",
     "ceasefire, the third", "RETREAT"),
    ("Shells hit a market in Kharkiv overnight, the regional governor said. The shelling "
     "left deep craters along the main road.", "shelling left", "ASSAULT"),
    # the object of an act, told in the passive
    ("The raid on the newspaper's offices was condemned by press unions in Bogota.", "raid",
     ("ASSAULT", "COERCE")),
    ("The truce between the herders and the farmers was welcomed by chiefs across Plateau "
     "State on Friday.", "truce", "RETREAT"),
    # the object of a verb of defiance: the measure defied is in force, whatever its article
    ("Hundreds of farmers in Punjab flouted a curfew and marched to the district office on "
     "Monday.", "curfew", "COERCE"),
    ("Fishing crews in Dakar defied a blockade of the harbour for a second night.",
     "blockade", ("PROTEST", "COERCE")),
]

NOT_POINTING = [
    # a definite subject with nothing before it and no demonstrative
    ("The raid lasted two hours, residents said.", "raid"),
    ("The operation took four hours and the patient is stable, the surgeon said.",
     "operation"),
    ("The launch of the new phone drew long queues in Seoul.", "launch"),
    ("The delivery of the parcel was held up by heavy snow in the Alps.", "delivery"),
    # a demonstrative wish, a kind
    ("This truce would let food reach the besieged districts, the mediators said.", "truce"),
    # the passive subject of a verb that tells no act, with nothing before it
    ("The meeting was held up by heavy traffic on the bridge.", "meeting"),
    # defiance of what is no measure of coercion
    ("The striker defied a knee injury to score twice in Lisbon.", "injury"),
]


def _at(text: str, word: str):
    return events_over(text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "kind"), POINTING)
def test_a_definite_noun_taking_up_an_act_is_an_event_mention(text, word, kind) -> None:
    found = _at(text, word)
    kinds = (kind,) if isinstance(kind, str) else kind
    assert any(e.type in kinds for e in found), [(e.type, text[e.start:e.end]) for e in found]


@pytest.mark.parametrize(("text", "word"), NOT_POINTING)
def test_a_noun_nothing_points_back_to_is_no_reference(text, word) -> None:
    assert not [e for e in _at(text, word) if e.reference], text


#: A definite subject with nothing before it still names one known event when every sense of
#: its noun is an act of no violence and no coercion (a truce, a ceasefire, talks, a meeting):
#: the reader knows it ("the truce has been in force since May 6"). Not a raid, an operation
#: or a launch (the rows above), nor one under a modal, nor a kind with no article.
STANDING = [
    ("The truce has been in force since May 6, elders in Saada said.", "truce", "RETREAT"),
    ("The ceasefire has been in force since Sunday, villagers near Goma said.", "ceasefire",
     "RETREAT"),
    ("The talks lasted into the night at the palace in Niamey.", "talks", "CONSULT"),
    ("The meeting lasted three hours at the foreign ministry in Tbilisi.", "meeting",
     "CONSULT"),
]

NOT_STANDING = [
    ("The truce would let food reach the camps, mediators in Sanaa said.", "truce"),
    ("Talks are important for peace, the envoy in Oslo said.", "Talks"),
    ("The accord will be signed in Geneva next week, diplomats in Bern said.", "accord"),
    ("The truce is to start at dawn, officials in Aden said.", "truce"),
]


@pytest.mark.parametrize(("text", "word", "kind"), STANDING)
def test_a_standing_subject_of_no_violence_is_a_reference(text, word, kind) -> None:
    found = [e for e in _at(text, word) if e.type == kind]
    assert found and all(e.reference and not e.source for e in found), text


@pytest.mark.parametrize(("text", "word"), NOT_STANDING)
def test_a_wish_or_a_kind_stands_for_no_event(text, word) -> None:
    assert not [e for e in _at(text, word) if e.reference], text
