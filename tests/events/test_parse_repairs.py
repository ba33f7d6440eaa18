"""Parse repairs of ``events/triggers.py``: classes of errors the small parser or lemmatiser
makes, read back the way the sentence means them (CAMEO coverage, issue 12 part 1).

* A verb with a hyphenated prefix ("re-export", "re-impose") is split into three tokens: the
  prefix takes the verb's place in the clause and the verb itself hangs as a modifier of its
  object ("to re - [export tanks]"). The verb is read on the prefix's place, with the noun it
  modifies as its object.
* A plural whose spaCy lemma is another word's ("bases" -> basis) still names its singular
  when an object list is matched.

Each table states what must fire; near misses must not. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, expect_none, problems

SPLIT_PREFIX = [
    pytest.param("Germany refused to re-export howitzers to Kyiv.", "REJECT", "assist",
                 "Germany", id="refused-re-export"),
    pytest.param("The Swiss government turned down a Spanish request to re-export "
                 "anti-aircraft guns to Ukraine.", "REJECT", "assist", "Swiss",
                 id="request-to-re-export-refused"),
    pytest.param("Austria vetoed Italy's plan to re-export armored vehicles to Kyiv.",
                 "REJECT", None, "Austria", id="plan-to-re-export-vetoed"),
    pytest.param("The EU voted to re-impose tariffs on Chinese steel.", "SANCTION", None, "EU",
                 id="re-impose-tariffs"),
    pytest.param("Kenya re-opened its border with Somalia on Monday.", "RETREAT", None, "Kenya",
                 id="re-opened-border"),
]


@pytest.mark.parametrize("text, kind, mode, source", SPLIT_PREFIX)
def test_split_prefixed_verb_is_read_as_the_verb(text: str, kind: str, mode: str | None,
                                                 source: str) -> None:
    event = expect(text, kind, source=source)
    assert mode is None or event.mode == mode, event
    assert not problems(events(text))


SPLIT_PREFIX_NEAR_MISSES = [
    pytest.param("Traders said the re-export market for coffee grew last year.", "AID",
                 id="re-export-market"),
    pytest.param("Singapore is a re-export hub for electronics.", "AID", id="re-export-hub"),
    pytest.param("The co-op re-elected its chairman on Friday.", "AID", id="re-elected"),
]


@pytest.mark.parametrize("text, kind", SPLIT_PREFIX_NEAR_MISSES)
def test_prefixed_noun_is_no_military_transfer(text: str, kind: str) -> None:
    expect_none(text, kind)


PLURAL_LEMMA = [
    pytest.param("Qatar refused to let American bombers use its bases.", "REJECT", "assist",
                 "Qatar", id="refused-use-of-bases"),
    pytest.param("Kuwait declined to let British jets use its air bases for the strikes.",
                 "REJECT", "assist", "Kuwait", id="declined-use-of-air-bases"),
    pytest.param("Rebels abandoned two bases near the river.", "RETREAT", None, "Rebels",
                 id="abandoned-bases"),
]


@pytest.mark.parametrize("text, kind, mode, source", PLURAL_LEMMA)
def test_plural_read_as_another_lemma_still_names_its_singular(
        text: str, kind: str, mode: str | None, source: str) -> None:
    event = expect(text, kind, source=source)
    assert mode is None or event.mode == mode, event


PLURAL_LEMMA_NEAR_MISSES = [
    pytest.param("The judges questioned the bases of the ruling.", "COOPERATE",
                 id="bases-of-a-ruling"),
    pytest.param("Economists doubted the bases of the forecast.", "COOPERATE",
                 id="bases-of-a-forecast"),
]


@pytest.mark.parametrize("text, kind", PLURAL_LEMMA_NEAR_MISSES)
def test_plural_of_basis_is_no_military_cooperation(text: str, kind: str) -> None:
    expect_none(text, kind)
