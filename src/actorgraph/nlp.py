"""spaCy: load the pipeline once, add our components, parse texts in batches.

Components we add to the packaged model (which ships its weights; nothing is downloaded):
- ``actorgraph_boundaries`` before the parser: a paragraph break always starts a sentence, and
  so does a capitalised sentence opener glued to the previous sentence without a stop
  ("in late June A report claimed").
- ``actor_ruler`` (an ``entity_ruler``) before the NER: dictionary actors are labelled before
  the statistical NER runs, which then keeps them. The actors stage supplies its patterns.
"""

from __future__ import annotations

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


def load(model: str, patterns: Sequence[dict] = ()) -> Language:
    """A new pipeline of ``model`` with our components; ``patterns`` go to the actor ruler.

    A pattern is ``{"label", "pattern": str, "id"}``; with ``"exact": True`` it matches only
    as written (single-word names), otherwise case-insensitively. Both run as phrase
    matchers, which stay fast with thousands of names.
    """
    nlp = spacy.load(model)
    nlp.add_pipe(BOUNDARIES, before="parser")
    exact = [{k: v for k, v in p.items() if k != "exact"} for p in patterns if p.get("exact")]
    loose = [p for p in patterns if not p.get("exact")]
    for name, attr, group in ((RULER, "LOWER", loose), (f"{RULER}_exact", "ORTH", exact)):
        if group:  # an empty ruler would only warn on every document
            ruler = nlp.add_pipe("entity_ruler", name=name, before="ner",
                                 config={"phrase_matcher_attr": attr, "overwrite_ents": False})
            with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
                ruler.add_patterns(group)
    return nlp


#: Longer texts are parsed in pieces of at most this many characters (spaCy refuses texts
#: over ``nlp.max_length`` and its parser's memory grows with the length of a text).
PIECE = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int = PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending after a
    paragraph break where possible (else a line break, a full stop, a space); joined,
    the pieces are ``text`` again."""
    out = []
    while len(text) > limit:
        cut = next((i + len(b) for b in _BREAKS if (i := text.rfind(b, 0, limit)) > 0), limit)
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text] if text or not out else out


def parse(nlp: Language, texts: Iterable[str], settings: Settings,
          limit: int = PIECE) -> Iterator[Doc]:
    """Parse ``texts`` in order; a text longer than ``limit`` is parsed in pieces and joined
    back, with the same characters at the same offsets."""
    split = [pieces(t, limit) for t in texts]
    docs = nlp.pipe((p for ps in split for p in ps), batch_size=settings.batch_size,
                    n_process=settings.n_process)
    for ps in split:
        parts = [next(docs) for _ in ps]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
