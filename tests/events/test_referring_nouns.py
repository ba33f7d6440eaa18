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


# A bare definite noun of several senses ("the strike": a labour strike or a military one) is
# read in the sense its document last gave that noun. (text, trigger, its type)
SENSES = [
    ("An air force drone strike near Bama killed dozens of militants on Saturday.\n\n"
     "Officers say Saturday's strike shows the air force can respond within days.",
     "strike", "ASSAULT"),
    ("Israeli jets carried out an air strike on a camp near Deir al-Balah on Monday. The strike "
     "killed four people, medics said.", "strike", "ASSAULT"),
    ("A Russian missile strike hit a fuel depot outside Dnipro overnight. Officials said the "
     "strike had started a fire that burned until noon.", "strike", "ASSAULT"),
    # near misses: the document's last sense is the labour one, or the noun has its own words
    ("Teachers began a strike in Nairobi on Monday. The strike closed 400 schools.",
     "strike", "PROTEST"),
    ("Rockets hit a depot near Kharkiv on Monday. Dockworkers in Odesa began a strike on "
     "Tuesday. The strike closed the port.", "strike", "PROTEST"),
    ("An air strike hit a market in Maungdaw on Friday. The strike by teachers in Yangon "
     "entered its third week.", "strike", "PROTEST"),
]


@pytest.mark.parametrize(("text", "word", "type_"), SENSES, ids=[c[0][:40] for c in SENSES])
def test_a_bare_noun_keeps_the_sense_its_document_gave_it(text: str, word: str,
                                                          type_: str) -> None:
    ex = events(text)
    last = text.rindex(word)
    at = [e.type for e in ex.events if e.start <= last < e.end]
    assert at == [type_], [(text[e.start:e.end], e.type) for e in ex.events]
