"""A noun in the "into" or "on" phrase of a verb that already has an object is that object's
topic, not the verb's act: "opened an investigation *into the kidnapping*" points to the
kidnapping (a reference, ``events.references``), which the prosecutor did not commit, even
when the parser hangs the phrase on the verb. A light verb with no object of its own still
carries the noun of its "on"/"into" phrase: "went *on strike*" is the strike.

Rows are ours. Each: a sentence, the noun and its PLOVER type(s): an event whose doer is not
the one who looks into it (a reference when the sentence names nobody it was done to either).
"""

from __future__ import annotations

import pytest

from .helpers import events_over

POINTED = [
    ("Prosecutors in the province opened an inquiry into the bombing on Tuesday.", "bombing",
     "ASSAULT"),
    ("The ombudsman has launched a probe into the arrests of the four journalists.", "arrests",
     "COERCE"),
    ("The senate began an inquiry into the expulsion last week.", "expulsion",
     ("SANCTION", "COERCE")),
    ("The bar association has opened an investigation into the detention of the lawyers.",
     "detention", "COERCE"),
]

#: The light verb that carries its own noun keeps it: the walkout is the union's, the fire
#: the police's; an indefinite noun of a topic points to nothing that happened.
CARRIED = [
    ("The dockers' union went on strike over unpaid wages on Monday.", "strike", "PROTEST",
     "went"),
    ("Police opened fire on the crowd outside the ministry.", "fire", ("ASSAULT", "COERCE"),
     "opened"),
]

NOT_POINTED = [
    ("The committee opened an inquiry into a possible strike at the port.", "strike"),
    ("The panel began an investigation into any abuses by the guards.", "abuses"),
]


@pytest.mark.parametrize(("text", "word", "kind"), POINTED)
def test_a_noun_in_the_topic_phrase_of_an_objects_verb_is_a_reference(text, word, kind):
    kinds = (kind,) if isinstance(kind, str) else kind
    found = [e for e in events_over(text, word) if e.type in kinds]
    assert found and all(not e.source for e in found), text
    assert all(e.reference for e in found if not e.target), text


@pytest.mark.parametrize(("text", "word", "kind", "verb"), CARRIED)
def test_a_light_verb_with_no_object_carries_its_phrase(text, word, kind, verb):
    kinds = (kind,) if isinstance(kind, str) else kind
    found = [e for e in events_over(text, word) if e.type in kinds]
    assert found and all(verb in text[e.start:e.end] and not e.reference for e in found), text


@pytest.mark.parametrize(("text", "word"), NOT_POINTED)
def test_an_indefinite_topic_points_to_nothing(text, word):
    assert not [e for e in events_over(text, word) if e.reference], text
