"""A noun of a document is no event by itself: only what is done with it is
(``events.sides.of``, ``document_nouns`` in data/arguments.yaml). "The *pact* with Selmark
covers fishing rights" tells no agreement made.

One near miss a noun of the list, each failing when its noun leaves the file ("resolution",
"charter", "protocol", "contract", "declaration" and "convention" have none: this sentence
fires nothing with them even without the list). Our own sentences, with invented countries.
"""

from __future__ import annotations

import pytest

from .helpers import expect_none

NOUNS = ["agreement", "deal", "accord", "treaty", "pact", "memorandum"]


@pytest.mark.parametrize("noun", NOUNS)
def test_a_document_named_is_no_agreement_made(noun: str) -> None:
    expect_none(f"The {noun} with Selmark covers fishing rights, officials in Brandovia said.",
                "AGREE")
