"""``extract`` and the offsets invariant: every span indexes the stored text exactly."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import actorgraph
from actorgraph.records import Actor, Document, Extraction, Mention, Sentence


def assert_spans_exact(ex: Extraction) -> None:
    text = ex.document.text
    bounds = [(s.start, s.end) for s in ex.sentences]
    for s in ex.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip()
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
        assert any(s <= m.start and m.end <= e for s, e in bounds), m
    for actor in ex.actors:
        for span in actor.mentions:  # names, and pronouns or descriptions resolved to it
            assert text[span.start:span.end] == text[span.start:span.end].strip() != ""
            assert any(s <= span.start and span.end <= e for s, e in bounds), span
        # an alias is a mention's text, or that text with its whitespace made one space (a
        # name broken by a line wrap is still one name), or the name of one holder of an
        # office told for several countries ("Greek and Turkish foreign ministers": "Greek
        # foreign minister"), every word of which its mention's sentence writes
        seen = {" ".join(text[m.start:m.end].split()) for m in actor.mentions}
        assert any(x in seen or x in {text[m.start:m.end] for m in actor.mentions}
                   or _words_of_its_sentence(x, actor, ex) for x in actor.aliases), actor


def _words_of_its_sentence(alias: str, actor: Actor, ex: Extraction) -> bool:
    """Whether each word of ``alias`` is written (singular, plural or possessive) in a sentence
    of one of ``actor``'s mentions."""
    words: set[str] = set()
    for m in actor.mentions:
        for s in ex.sentences:
            if s.start <= m.start < s.end:
                # words are cut at spaces and at punctuation with no space after it
                # ("Russia,Russia NATO army" writes "Russia" twice), in the sentence and in
                # the alias alike ("Russia?said army" is the words "Russia", "said", "army")
                # and a hyphenated word also writes its parts ("Al-Sisi" writes "Sisi")
                for w in re.split(WORD_BREAK, ex.document.text[s.start:s.end]):
                    words |= {_word(w), *(_word(part) for part in w.split("-"))}
    return all(_word(w) in words or f"{_word(w)}s" in words
               for w in re.split(WORD_BREAK, alias) if w)


WORD_BREAK = r"[^\w’'-]+"


def _word(w: str) -> str:
    return w.strip("’'").lower().removesuffix("’s").removesuffix("'s")


@pytest.mark.parametrize("text, names", [
    ("The Greek and Turkish foreign ministers met in Athens on Monday.",
     {"Greek foreign minister", "Turkish foreign minister"}),
    ("The foreign ministers of Greece and Turkey met in Athens on Monday.",
     {"foreign minister of Greece", "foreign minister of Turkey"}),
    ("Kenyan and Ugandan army chiefs signed a border pact in Busia.",
     {"Kenyan army chief", "Ugandan army chief"}),
])
def test_an_office_told_for_two_countries_is_two_holders_each_pointing_to_its_words(
        text: str, names: set[str]) -> None:
    ex = actorgraph.extract(text)
    assert names <= {a.name for a in ex.actors}
    assert_spans_exact(ex)


def test_extract_returns_typed_records() -> None:
    ex = actorgraph.extract(
        "President Emmanuel Macron visited Nairobi on Tuesday.\n\nHe met William Ruto.",
        doc_id="kenya-visit", published=dt.date(2024, 5, 2), title="Macron in Kenya",
    )
    assert isinstance(ex.document, Document)
    assert ex.document.id == "kenya-visit" and ex.document.published == dt.date(2024, 5, 2)
    assert all(isinstance(s, Sentence) for s in ex.sentences) and len(ex.sentences) == 2
    assert all(isinstance(m, Mention) for m in ex.mentions)
    names = {a.name: a for a in ex.actors}
    assert isinstance(names["Emmanuel Macron"], Actor)
    assert names["Emmanuel Macron"].kind == "PERSON"
    assert_spans_exact(ex)


def test_extract_cleans_text_and_offsets_index_the_cleaned_text() -> None:
    ex = actorgraph.extract("The  Kenyan\u00a0police arrived in Haiti.Officials  welcomed them.")
    assert ex.document.text == "The Kenyan police arrived in Haiti. Officials welcomed them."
    assert len(ex.sentences) == 2
    assert_spans_exact(ex)


def test_extract_takes_the_publication_date_as_a_string_too() -> None:
    text = "Kenyan troops shelled a rebel camp near the border on Tuesday."
    as_string = actorgraph.extract(text, published="2024-01-05")
    as_date = actorgraph.extract(text, published=dt.date(2024, 1, 5))
    assert as_string.document.published == dt.date(2024, 1, 5)
    assert [(e.type, e.date) for e in as_string.events] == [
        (e.type, e.date) for e in as_date.events] and as_date.events[0].date == dt.date(2024, 1, 2)
    with pytest.raises(ValueError):
        actorgraph.extract(text, published="last Tuesday")


def test_extract_rejects_empty_text() -> None:
    with pytest.raises(ValueError, match="E002"):
        actorgraph.extract(" \n\u200b ")


WORDS = ["Russia", "Kenya", "the", "Foreign", "Minister", "Sergey", "Lavrov", "met", "Haftar",
         "in", "Moscow", "on", "Tuesday", "UN", "Security", "Council", "said", "“we", "will”",
         "NATO", "(LNA)", "army", "Abdel-Fattah", "Al-Sisi", "late", "June", "A", "report"]
SEPARATORS = [" ", "  ", "\t", "\n", "\n\n\n", ".", ". ", "?", "!", ",", "\u00a0", "\u200b",
              "\r\n", "", "’s "]
messy_text = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                      min_size=1, max_size=60).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_text)
@example("Russia,Russia NATO army")  # an owner's words cut by a comma with no space after it
@example("Russia Kenya Russia?said army")  # and in the alias by a question mark
@example("Russia Al-Sisi Council")  # an alias word that is part of a hyphenated word
@example("Russia (LNA) army")
@example("Russia\n\nSergey Foreign")  # a run of free words the parser cut into two sentences
@example("(LNA) NATO Russia? Russia (LNA)")  # a long name sought across "?" and a parenthesis
def test_every_span_indexes_the_cleaned_text_and_lies_in_its_sentence(raw: str) -> None:
    assert_spans_exact(actorgraph.extract(raw))


def test_a_name_broken_by_a_line_wrap_is_one_alias_with_one_space() -> None:
    ex = actorgraph.extract("Minister Kenya\nAbdel-Fattah")
    assert_spans_exact(ex)
    [person] = [a for a in ex.actors if a.kind == "PERSON"]
    assert person.aliases == ("Kenya Abdel-Fattah",)
    assert ex.document.text[person.start:person.end] == "Kenya\nAbdel-Fattah"


def test_seed_spans_are_exact(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        ex = actorgraph.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        assert ex.mentions, path
        assert_spans_exact(ex)
