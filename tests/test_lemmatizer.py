"""``FastLemmatizer`` sets the very lemmas of the model's rule lemmatizer."""

from __future__ import annotations

import json

import spacy

from actorgraph import lemmatizer
from actorgraph.config import DEFAULT
from actorgraph.pipeline import pipeline

from .conftest import DEMO

#: Words the lemmatizer's rules change, words in their base form, names, numbers, forms its
#: cache never kept ("talks" as a noun and a verb), exceptions of the attribute ruler ("'s",
#: "n't", "ai"), spaces and an empty text.
_OWN = ["The talks broke down; she talks to the envoys who were talking of talks.",
        "Ministers didn't say they'd met; he's been to Lagos twice, isn't that so?",
        "We ain't leaving.  The 3rd brigade's 1,200 troops withdrew\n\n on 4 May 2026.",
        "Better, best, worse: the worst-hit towns were hit hardest.", ""]


def _lemmas(nlp: spacy.language.Language, texts: list[str]) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]


def test_fast_lemmas_are_the_model_lemmatizers_word_for_word() -> None:
    texts = [json.loads(line)["text"] for line in (DEMO / "reports.jsonl").open()] + _OWN
    model = spacy.load(DEFAULT.model)
    fast = spacy.load(DEFAULT.model)
    lemmatizer.swap_in(fast)
    assert lemmatizer.LEMMAS in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    expected = _lemmas(model, texts)
    assert sum(map(len, expected)) > 2000
    assert _lemmas(fast, texts) == expected
    assert _lemmas(fast, texts) == expected  # again, from what it kept


def test_a_word_form_seen_again_is_not_asked_again() -> None:
    fast = spacy.load(DEFAULT.model)
    lemmatizer.swap_in(fast)
    ours = fast.get_pipe(lemmatizer.LEMMAS)
    fast("Talks resumed. Talks resumed.")
    assert len(ours.known) == 3  # "Talks", "resumed", "."


def test_the_build_pipeline_lemmatizes_with_it() -> None:
    names = pipeline(DEFAULT.model).pipe_names
    assert lemmatizer.LEMMAS in names and "lemmatizer" not in names
    assert pipeline(DEFAULT.model)("Rebels seized the towns.")[3].lemma_ == "town"
