"""The speech stage on text nobody wrote carefully: it never crashes and every span it emits
points at characters of the document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import actorgraph

WORDS = ["“", "”", "\"", "‘", "’", "'", ":", ",", ".", "\n\n", "said", "told", "according",
         "to", "the", "minister", "he", "a", "source", "close", "denied", "that", "Russia",
         "Kenya", "army", "will", "not", "withdraw", "declined", "confirm", "it", "is",
         "believed", "12", "officials", "as", "put", "warned", "of", "war", "called", "on"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_speech_never_crashes_and_every_span_is_in_the_text(words: list[str]) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    ex = actorgraph.extract(text)
    n = len(ex.document.text)
    ids = {a.id for a in ex.actors}
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= n
        assert all(q.start <= s < e <= q.end for s, e in q.parts)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= n  # type: ignore[operator]
        assert q.speaker is None or q.speaker in ids
    for c in ex.claims:
        assert 0 <= c.start < c.end <= n
        assert c.claimant is None or c.claimant in ids
    for e in ex.events:
        assert e.attributed_to is None or e.attributed_to in ids
