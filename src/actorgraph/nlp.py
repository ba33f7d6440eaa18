"""spaCy: load the pipeline once, add our components, parse texts in batches.

Components we add to the packaged model (which ships its weights; nothing is downloaded):
- ``actorgraph_boundaries`` before the parser: a paragraph break always starts a sentence, and
  so does a capitalised sentence opener glued to the previous sentence without a stop
  ("in late June A report claimed").
- ``actor_ruler`` (an ``entity_ruler``) before the NER: dictionary actors are labelled before
  the statistical NER runs, which then keeps them. The actors stage supplies its patterns.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings

RULER = "actor_ruler"
BOUNDARIES = "actorgraph_boundaries"

# Words that open a sentence and, capitalised, rarely stand anywhere else.
_OPENERS = frozenset({"A", "An", "The", "He", "She", "They", "It", "We", "This", "These", "Those",
                      "His", "Her", "Their", "Its", "But", "However", "Meanwhile"})


@Language.component(BOUNDARIES)
def mark_boundaries(doc: Doc) -> Doc:
    """Preset sentence starts the parser would otherwise miss."""
    for i, token in enumerate(doc[1:], start=1):
        prev = doc[i - 1]
        if token.is_space:
            continue
        if prev.is_space and "\n\n" in prev.text:
            token.is_sent_start = True
        elif (
            token.text in _OPENERS and not prev.is_punct and not prev.is_space
            and not prev.is_lower and i + 1 < len(doc) and doc[i + 1].text[:1].islower()
        ):
            # "... in late June A report claimed": a capitalised opener after a capitalised
            # word or number, followed by a lower-case word, starts a new sentence.
            token.is_sent_start = True
    return doc


@functools.cache
def _load(model: str, patterns_json: str) -> Language:
    nlp = spacy.load(model)
    nlp.add_pipe(BOUNDARIES, before="parser")
    patterns = json.loads(patterns_json)
    if patterns:  # an empty ruler would only warn on every document
        ruler = nlp.add_pipe("entity_ruler", name=RULER, before="ner",
                             config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
        ruler.add_patterns(patterns)
    return nlp


def load(settings: Settings, patterns: Sequence[dict] = ()) -> Language:
    """Return the pipeline for ``settings`` with ``patterns`` in the actor ruler (cached)."""
    return _load(settings.model, json.dumps(list(patterns), sort_keys=True))


def parse(nlp: Language, texts: Iterable[str], settings: Settings) -> Iterator[Doc]:
    """Parse ``texts`` in order."""
    return nlp.pipe(texts, batch_size=settings.batch_size, n_process=settings.n_process)
