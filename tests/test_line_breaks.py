"""A line break alone is no paragraph break, in every stage (``nlp.same_paragraph``).

Text that reaches the analysis without ingest's cleaning may keep a line break inside a
paragraph; quotes and their speakers, events, their episodes and retellings must then read as
with a space there (the line break and the space have one length, so offsets agree).
"""

from __future__ import annotations

from actorgraph import nlp
from actorgraph.config import DEFAULT
from actorgraph.ingest.readers import content_hash
from actorgraph.pipeline import analyse, pipeline
from actorgraph.records import Document, Extraction

TEXT = ("\u201cWe will not leave the square until the decree is withdrawn,\u201d said Ines "
        "Tarrow, who leads the teachers' union. Police fired tear gas at the crowd.\n\n"
        "The teachers marched to the ministry again on Friday and the police fired tear gas "
        "at them again.")
#: Where a wrap may have fallen: after the closing mark, and inside the second paragraph.
WRAPS = (TEXT.index(" said"), TEXT.index(" and the police"))


def run(text: str) -> Extraction:
    doc = Document(id="d", text=text, hash=content_hash(text))
    return analyse(doc, next(nlp.parse(pipeline(DEFAULT.model), [text], DEFAULT)))


def test_a_line_break_reads_as_a_space() -> None:
    wrapped = TEXT
    for at in WRAPS:
        wrapped = wrapped[:at] + "\n" + wrapped[at + 1:]
    flat, got = run(TEXT), run(wrapped)
    assert flat.quotes and flat.quotes[0].speaker_text
    assert [(q.start, q.end, q.speaker_text) for q in got.quotes] == [
        (q.start, q.end, q.speaker_text) for q in flat.quotes]
    assert [(e.start, e.type, e.source, e.target) for e in got.events] == [
        (e.start, e.type, e.source, e.target) for e in flat.events]
