"""A passive that is an adjective has its subject for its doer, not for whom it is done to
(``events.subjects``, ``adjectival_passives`` in data/arguments.yaml): "Brandovia is
*committed* to impose sanctions on Selmark" is Brandovia's commitment.

The list matters where the passive is itself an act: of its words, only "committed" is one in
these sentences ("is prepared to impose sanctions" is a THREATEN whose doer other rules find),
so only it has rows, which fail when it leaves the file. Our own sentences, with invented
countries.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at


@pytest.mark.parametrize("text", [
    "Brandovia is committed to impose sanctions on Selmark.",
    "Brandovia has been committed to expel Selmark's ambassador.",
])
def test_the_subject_of_an_adjectival_passive_does_it(text: str) -> None:
    expect_at(text, "committed", "AGREE", source="Brandovia")
