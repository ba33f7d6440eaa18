"""Accuracy on our attribution corpus (bench/attribution: articles written for the purpose,
annotated PolNeAR-style, source/cue/content), scored by bench/attribution_eval.py with strict
half-overlap matching. Floors sit at the measured score less 0.02 and only go up; the test
half is the one no rule was written from."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ..conftest import REPO

#: split -> (content F1, speaker-and-content recall), measured less 0.02
FLOORS = {"test": (0.89, 0.84), "dev": (0.90, 0.88)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_attribution_corpus_scores_stay_above_their_floors(split: str) -> None:
    run = subprocess.run([sys.executable, str(REPO / "bench" / "attribution_eval.py"),
                          "--split", split, "--json"], capture_output=True, text=True,
                         check=True, cwd=REPO)
    strict = json.loads(run.stdout)["strict"]
    f1, speaker = FLOORS[split]
    assert strict["f1"] >= f1 and strict["speaker_recall"] >= speaker, strict
