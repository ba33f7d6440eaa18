"""A definite noun that retells an event of the document ("the march", "Saturday's protest",
"the blockade") is an event mention of its own, with the actors of the event it retells, also
when that event names none (a crowd the text does not name)."""

from __future__ import annotations

import pytest

from .helpers import events, find

# (text, type, trigger word of the retelling, how many events of that type)
CASES = [
    ("Thousands marched through Lima on Saturday against the new mining law. The march was "
     "the largest since 2020, organisers said.", "PROTEST", "march", 2),
    ("Crowds rallied outside parliament in Tbilisi on Sunday. Sunday's rally drew students "
     "and pensioners alike.", "PROTEST", "rally", 2),
    ("Thousands demonstrated in Dhaka on Friday against fuel price rises. The demonstration "
     "ended peacefully at dusk.", "PROTEST", "demonstration", 2),
    # near misses: nothing to retell, or not definite
    ("The visit was the first by a Chilean minister in a decade.", "CONSULT", None, 0),
    ("Chile's foreign minister met students in Santiago on Monday. The visit was the first "
     "by a minister to the campus in a decade.", "CONSULT", "visit", 2),
    ("Thousands marched through Lima on Saturday. A second march is planned for Friday.",
     "PROTEST", None, 1),
]


@pytest.mark.parametrize(("text", "type_", "word", "count"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_a_definite_noun_retells_the_event_of_its_type(text: str, type_: str,
                                                       word: str | None, count: int) -> None:
    ex = events(text)
    found = [e for e in find(ex, type_) if e.modality in ("asserted", "reported")]
    assert len(found) == count, [text[e.start:e.end] for e in find(ex, type_)]
    if word is not None:
        assert any(text[e.start:e.end].lower() == word for e in found)
