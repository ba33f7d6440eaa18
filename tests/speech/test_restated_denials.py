"""A denial restated in the speaker's own words: "The police denied that. 'Not one officer
went near that building,' he said." The quote names no act of the lexicon ("went near",
"called him home"), yet it denies, in the words of the one who just denied, the act the denial
is about: it is ``denies`` and ``about`` that act (``speech.claims``), so that fusion sets it
against whoever told the act. Near misses: a negative quote by another speaker; the same
speaker going on to say something that denies nothing; a negative quote with no denial before
it. Our own sentences and places (Kenya, Peru, Ghana, Nepal)."""

from __future__ import annotations

import pytest

from .helpers import extraction


@pytest.mark.parametrize(("text", "quote", "act"), [
    ("The rights group said police raided its offices in Kisumu on Tuesday night. Police "
     "spokesman Joseph Owino denied that. \"Not one officer went near that building,\" he said.",
     "Not one officer", "raided"),
    ("Two diplomats said Peru had recalled its ambassador to Quito. Foreign ministry "
     "spokeswoman Ana Ruiz dismissed reports that Lima had recalled its ambassador. \"Our "
     "ambassador is at his desk in Quito. Nobody has called him home,\" she said.",
     "Nobody has called him home", "recalled"),
    ("Fishermen said a Ghanaian navy boat rammed their canoe off Keta on Sunday. Navy "
     "spokesman Kofi Mensah denied that any of its boats had rammed a canoe. \"None of our "
     "crews was anywhere near Keta that day,\" he said.",
     "None of our crews", "rammed"),
])
def test_a_denial_restated_in_the_speakers_words_denies_the_same_act(
        text: str, quote: str, act: str) -> None:
    ex = extraction(text)
    (claim,) = [c for c in ex.claims if quote in ex.document.text[c.start:c.end]] or [None]
    assert claim is not None and claim.stance == "denies", ex.claims
    about = next((e for e in ex.events if e.id == claim.about), None)
    assert about is not None and ex.document.text[about.start:about.end] == act, (claim, ex.events)


@pytest.mark.parametrize(("text", "quote"), [
    # another speaker's negative words are his own, not the denial restated
    ("Villagers said soldiers burned huts near Dailekh on Friday. The army denied that. \"Nobody "
     "has come to help us since,\" a farmer said.", "Nobody has come"),
    # the speaker goes on to say what denies nothing
    ("Villagers said soldiers burned huts near Dailekh on Friday. The army denied that. \"We "
     "will cooperate with any inquiry,\" its spokesman said.", "We will cooperate"),
    # a negative quote with no denial before it
    ("Heavy rain fell on Pokhara on Friday. \"Nobody has seen a storm like this,\" the mayor "
     "said.", "Nobody has seen"),
])
def test_other_words_after_a_denial_are_no_denial(text: str, quote: str) -> None:
    ex = extraction(text)
    claims = [c for c in ex.claims if quote in ex.document.text[c.start:c.end]]
    assert claims and all(c.stance != "denies" or c.about is None for c in claims), ex.claims
