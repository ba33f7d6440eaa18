"""A proposal told before and refused later is still the proposal of whoever made it (CAMEO
03 offers; refusing a proposal to meet, mediate or settle is 125-127): "Brazil offered to
mediate. Lima rejected *the offer*" tells Brazil's offer twice (AGREE, the second time by the
definite noun pointing back) and Lima's refusal (REJECT). The refusing verb's sense names its
object ("rejected the offer": 127), yet a definite object with no maker of its own points to
an act told before, no part of the refusal the way "lifted the *curfew*" is of the lifting.

Near misses: a proposal named only as what is refused ("rejected *Brazil's* offer") is the
refusal's content, one REJECT; with nothing offered before, "the offer" points nowhere and is
no event; the refusal itself stays.

Every sentence is our own wording (wire, live blog styles).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at

TOLD_BEFORE = [
    pytest.param("Kenya proposed a joint border commission on Monday. Tanzania's foreign "
                 "ministry has rebuffed the proposal.", "proposal", "Kenya", id="rebuffed"),
    pytest.param("Qatar offered on Sunday to host talks between Chad and its rebels. "
                 "N'Djamena turned down the offer, a minister said.", "offer", "Qatar",
                 id="turned-down"),
    pytest.param("10:05 - Norway offers to mediate between Serbia and Kosovo. 11:40 - Belgrade "
                 "rejects the offer, saying the EU is enough.", "offer", "Norway",
                 id="liveblog-rejects"),
    pytest.param("Armenia proposed a summit in Geneva. Azerbaijan brushed aside the proposal "
                 "on Thursday.", "proposal", "Armenia", id="brushed-aside"),
    pytest.param("The African Union offered to send mediators to Juba. South Sudan's "
                 "government rejected that offer on Monday.", "offer", "African Union",
                 id="that-offer"),
    pytest.param("Brazil offered to mediate on Tuesday. Lima turned the offer down within a "
                 "day.", "offer", "Brazil", id="turned-it-down"),
    pytest.param("Iceland invited Norway and Russia to talks on the cod quota. Moscow rejected "
                 "the invitation on Friday.", "invitation", "Iceland", id="invitation"),
    pytest.param("Ghana proposed a joint patrol of the Volta. Togo rejected the proposal, "
                 "officials in Lome said.", "proposal", "Ghana", id="reported-rejection"),
]

REFUSALS = [
    pytest.param("Brazil offered to mediate on Tuesday. Lima turned the offer down within a "
                 "day.", "turned", ("Lima", "Peru"), id="refusal-stays"),
    pytest.param("Armenia proposed a summit in Geneva. Azerbaijan brushed aside the proposal "
                 "on Thursday.", "brushed aside", "Azerbaijan", id="refusal-stays-2"),
]

CONTENT_ONLY = [
    pytest.param("On Friday Ecuador turned down Brazil's offer of mediation, saying the "
                 "dispute needed no go-between.", "offer", id="possessed-offer"),
    pytest.param("Chile rejected the Argentine proposal for a joint patrol zone.", "proposal",
                 id="named-maker"),
    pytest.param("Ecuador rejected the offer.", "offer", id="offer-of-nobody"),
    pytest.param("Ecuador rejected the proposal on Monday.", "proposal", id="nothing-before"),
]


def _second(text: str, word: str) -> int:
    """Where the noun stands: its last whole-word occurrence."""
    return text.rindex(" " + word) + 1


@pytest.mark.parametrize(("text", "word", "maker"), TOLD_BEFORE)
def test_refused_proposal_told_before_is_its_makers_act(text: str, word: str,
                                                         maker: str) -> None:
    ex = events(text)
    at = _second(text, word)
    assert any(e.type == "AGREE" and e.start <= at < e.end and e.source for e in ex.events), [
        (e.type, text[e.start:e.end]) for e in ex.events]
    expect_at(text, word, "AGREE", source=maker)


@pytest.mark.parametrize(("text", "word", "refuser"), REFUSALS)
def test_the_refusal_stays(text: str, word: str, refuser: str | tuple[str, ...]) -> None:
    expect_at(text, word, "REJECT", source=refuser)


@pytest.mark.parametrize(("text", "word"), CONTENT_ONLY)
def test_refused_content_is_no_event_of_its_own(text: str, word: str) -> None:
    at = _second(text, word)
    assert not any(e.type == "AGREE" and e.start <= at < e.end for e in events(text).events)
