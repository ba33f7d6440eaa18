"""The model's rule lemmatizer, read and written in arrays.

spaCy's ``Lemmatizer`` in "rule" mode makes a ``Token`` for every word and works out its lemma
from three of its attributes only (its text, part of speech and morphology: the key of its
own cache), but caches only the words its rules change, so every noun, name or word already
in its base form has its morphology parsed again at each occurrence. ``FastLemmatizer`` reads
those three attributes of a whole document at once (``Doc.to_array``), asks the model's
lemmatizer once per distinct key, on the first word that has it, and writes the lemmas back
in one array: the same lemmas (``tests/test_lemmatizer.py`` compares them word by word), at a
tenth of the cost. A model whose lemmatizer works in another mode keeps its own.
"""

from __future__ import annotations

from spacy import attrs
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

LEMMAS = "actorgraph_lemmas"
_READ = [attrs.LEMMA, attrs.ORTH, attrs.POS, attrs.MORPH]


class FastLemmatizer:
    """Sets each word's lemma as ``lemmatizer`` would, asking it once per (text, part of
    speech, morphology) and keeping its answers for the process's later documents."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        #: (orth, pos, morph) -> the key of the lemma, in the vocabulary's strings
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        overwrite, known = self.lemmatizer.overwrite, self.known
        array = doc.to_array(_READ)
        lemmas = array[:, 0].copy()
        for i, (lemma, orth, pos, morph) in enumerate(array.tolist()):
            if lemma and not overwrite:  # set before (an exception of the attribute ruler)
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                word = doc[i]
                word.lemma_ = self.lemmatizer.lemmatize(word)[0]
                found = known[key] = word.lemma
            lemmas[i] = found
        doc.from_array([attrs.LEMMA], lemmas)
        return doc


@Language.factory(LEMMAS)
def _make_lemmas(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def swap_in(nlp: Language) -> None:
    """Replace the model's rule lemmatizer of ``nlp`` by ``FastLemmatizer`` (disabled, not
    removed: ours asks it)."""
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").mode == "rule":
        nlp.add_pipe(LEMMAS, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
