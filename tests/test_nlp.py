from __future__ import annotations

import socket

import pytest
import spacy

from actorgraph import nlp
from actorgraph.config import DEFAULT
from actorgraph.pipeline import pipeline


def sentence_texts(text: str) -> list[str]:
    return [s.text.strip() for s in pipeline(DEFAULT.model)(text).sents if s.text.strip()]


def test_missing_stop_before_capitalised_opener_starts_a_sentence() -> None:
    sents = sentence_texts("The envoy had flown to Oslo in early May A statement said he left.")
    assert sents == ["The envoy had flown to Oslo in early May", "A statement said he left."]


def test_paragraph_break_always_starts_a_sentence() -> None:
    sents = sentence_texts("Ministers meet in Rome\n\nThe summit opens on Monday.")
    assert sents[0] == "Ministers meet in Rome"
    assert sents[1] == "The summit opens on Monday."


def test_the_before_a_capitalised_name_is_not_a_boundary() -> None:
    sents = sentence_texts("Judges at The Hague heard the case on Monday.")
    assert len(sents) == 1


def test_pipeline_is_loaded_once() -> None:
    assert pipeline(DEFAULT.model) is pipeline(DEFAULT.model)


def test_actor_ruler_runs_before_ner_and_wins() -> None:
    patterns = [{"label": "ORG", "pattern": "Blue Helmets", "id": "X:blue"}]
    custom = nlp.load(DEFAULT.model, patterns)
    assert custom.pipe_names.index(nlp.RULER) < custom.pipe_names.index("ner")
    doc = custom("Blue Helmets patrolled the border near Goma.")
    assert ("Blue Helmets", "ORG", "X:blue") in [(e.text, e.label_, e.ent_id_) for e in doc.ents]


def test_model_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    doc = spacy.load(DEFAULT.model)("Kenya sent police officers to Haiti.")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Kenya", "Haiti"]
