"""The cue table: words that attribute content to a speaker, and the stance each implies.

In: ``data/speech_cues.yaml``. Out: ``Cues``, asked by the quote finders and by claims: is this
lemma a verb of saying (``asserts``), denying (``denies``) or believing (``believes``); which
prepositions name a topic of speech ("warned *of*"); which verbs describe ("described X *as*
Y") or name ("called X Y"); which nouns carry someone's words ("the statement said"); which
heads describe a source the text does not name ("a senior *official*").
"""

from __future__ import annotations

import functools
import re

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..actors.dictionary import load_yaml
from ..records import STANCES

_STANCE_KEYS = ("denies", "believes", "asserts")  # a lemma in two lists takes the first


class Cues:
    """The cue table, loaded once (``get()``)."""

    def __init__(self) -> None:
        table = load_yaml("speech_cues.yaml")
        self.stance: dict[str, str] = {}
        for key in _STANCE_KEYS:
            for lemma in table[key]:
                self.stance.setdefault(lemma, key)
        assert set(self.stance.values()) <= set(STANCES)
        self.topics: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in table["topics"].items()}
        self.describes = frozenset(table["describes"])
        self.names = frozenset(table["names"])
        self.particles: dict[str, str] = dict(table["particles"])
        self.needs_clause = frozenset(table["needs_clause"])
        self.declines = frozenset(table["declines"])
        self.infinitives = frozenset(table["infinitives"])
        self.mute = frozenset(table["mute"])
        self.denied_objects = frozenset(table["denied_objects"])
        self.denied_pronouns = frozenset(table["denied_pronouns"])
        self.pronoun_denials = frozenset(table["pronoun_denials"])
        self.confirmations = frozenset(table["confirmations"])
        self.statements = frozenset(table["statements"])
        self.statement_stances: dict[str, str] = dict(table["statement_stances"])
        self.anonymous: dict[str, str | None] = dict(table["anonymous"])
        self.withheld = frozenset(table["withheld"])
        self.institutions = frozenset(table["institutions"])
        self.kinds = frozenset(table["kinds"])
        self.spokes = frozenset(table["spokes"])
        self.telling_types = frozenset(table["telling_types"])
        self.denial_phrases = re.compile(r"\b(?:" + "|".join(
            re.escape(p) for p in table["denial_phrases"]) + r")\b")
        self.references: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in table["references"].items()}
        verbs = (set(self.stance) | set(self.topics) | self.describes | self.names
                 | self.declines | self.infinitives)
        self._verb_hashes = frozenset(get_string_id(w) for w in verbs)

    def verbs(self, doc: Doc) -> list[int]:
        """Indices of tokens whose lemma is a cue verb (any part of speech; callers check),
        found from one array of lemma hashes."""
        if not len(doc):
            return []
        wanted = self._verb_hashes
        return [i for i, h in enumerate(doc.to_array(LEMMA).tolist()) if h in wanted]

    def verb_stance(self, token: Token) -> str | None:
        """The stance a verb of speech gives what it frames, or None if it is not one here
        (a particle it needs is missing: "point" without "out")."""
        lemma = token.lemma_.lower()
        stance = self.stance.get(lemma)
        if stance is None:
            return None
        particle = self.particles.get(lemma)
        if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle
                                            for c in token.children):
            return None
        return stance

    def is_statement(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.statements

    def anonymous_head(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PRON") and token.lower_ in self.anonymous


@functools.cache
def get() -> Cues:
    """The cue table, loaded once per process."""
    return Cues()
