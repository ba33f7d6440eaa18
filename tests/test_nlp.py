from __future__ import annotations

import socket
import textwrap

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


DATELINES = [
    # (paragraph, the sentence the dateline's dash must end, or None when no dateline is seen)
    ("LAGOS, June 4 - Gunmen attacked a police post near Zaria on Monday.", "LAGOS, June 4 -"),
    ("SAN SALVADOR, Oct. 2 \u2014 Troops took over the port on Tuesday.",
     "SAN SALVADOR, Oct. 2 \u2014"),
    ("NAIROBI (Coast Wire) - The president left for Addis Ababa.", "NAIROBI (Coast Wire) -"),
    ("KYIV, Ukraine, March 3 (Steppe Wire) \u2013 Drones hit a depot.",
     "KYIV, Ukraine, March 3 (Steppe Wire) \u2013"),
    # a place alone, when a capitalised word opens the text after the dash
    ("HARARE - Riot police broke up a rally on Saturday.", "HARARE -"),
    ("PORT LOUIS -- The island's parliament met on Monday.", "PORT LOUIS --"),
    ("N'DJAMENA — Chad recalled its ambassador on Friday.", "N'DJAMENA —"),
    # near misses: no place in capitals, no comma or outlet after it, or not at a paragraph start
    ("NATO - the alliance - said on Monday it would send more jets.", None),
    ("OPEC - whose members meet on Friday - cut output.", None),
    ("NATO-Russia talks resumed on Monday.", None),
    ("Police in HARARE - the capital - broke up a rally.", None),
    ("The UN, March 3 - a date it chose - opened the talks.", None),
    ("US-Russia talks resumed in Geneva on Monday.", None),
    ("Officials said on Monday, June 4 - a holiday - that the border was shut.", None),
]


@pytest.mark.parametrize(("paragraph", "dateline"), DATELINES)
def test_a_wire_dateline_is_a_sentence_of_its_own(paragraph: str, dateline: str | None) -> None:
    sents = sentence_texts("A first paragraph.\n\n" + paragraph)[1:]
    if dateline is None:
        assert not any(s.endswith(("-", "\u2013", "\u2014")) for s in sents)
    else:
        assert sents[0] == dateline
        assert sents[1] == paragraph[len(dateline):].strip()


BAR_DATELINES = [
    # (paragraph, the dateline its closing bar must end, or None)
    ("NAIROBI | 12 March 2026 | Police fired tear gas on Tuesday.", "NAIROBI | 12 March 2026 |"),
    ("KAMPALA | May 3, 2026 (Lake Wire) | Troops left the town.",
     "KAMPALA | May 3, 2026 (Lake Wire) |"),
    # near misses: fields with no date between the bars
    ("UN | WHO | Agencies warned of cholera on Monday.", None),
    ("OPINION | ANALYSIS | The vote showed a divided country.", None),
]


@pytest.mark.parametrize(("paragraph", "dateline"), BAR_DATELINES)
def test_a_dateline_between_bars_is_a_sentence_of_its_own(paragraph, dateline) -> None:
    doc = pipeline(DEFAULT.model)("A first paragraph.\n\n" + paragraph)
    places = [doc[start:end].text for start, end in nlp.datelines(doc)]
    if dateline is None:
        assert places == []
    else:
        assert places == [dateline.split(" |")[0]]
        sents = [s.text.strip() for s in doc.sents if s.text.strip()][1:]
        assert sents[:2] == [dateline, paragraph[len(dateline):].strip()]


HEAD_LINES = [
    # (text, its last sentence)
    ("By Amina Odhiambo, Staff Writer\nUpdated 14 May 2026\nPolice arrested twelve "
     "protesters in Mombasa on Monday.", "Police arrested twelve protesters in Mombasa on "
     "Monday."),
    ("Strike in the port\nBy Amina Odhiambo | 14 May 2026\nDockers walked out on Monday.",
     "Dockers walked out on Monday."),
    # near miss: a lead hard-wrapped after a date is one sentence
    ("Dockers said they would walk out on Monday\n14 May 2026\nunless the port paid them.",
     "Dockers said they would walk out on Monday\n14 May 2026\nunless the port paid them."),
]


@pytest.mark.parametrize(("text", "last"), HEAD_LINES)
def test_a_date_line_of_the_head_ends_its_sentence(text: str, last: str) -> None:
    assert sentence_texts(text)[-1] == last


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


@pytest.mark.parametrize("text", [
    "Para one.\n\nPara two is here.\n\nPara three.",
    "no breaks at all " * 20,
    "x" * 250,
    "",
])
def test_pieces_rejoin_to_the_text_and_respect_the_limit(text: str) -> None:
    parts = nlp.pieces(text, limit=40)
    assert "".join(parts) == text
    assert all(len(p) <= 40 for p in parts)


def test_long_text_is_parsed_in_pieces_with_exact_offsets() -> None:
    paragraph = ("Kenyan police officers arrived in Haiti on Tuesday. The mission is led by "
                 "Kenya and backed by the United Nations.")
    text = "\n\n".join(f"Report {i}. {paragraph}" for i in range(40))
    [doc] = nlp.parse(pipeline(DEFAULT.model), [text], DEFAULT, limit=1_000)
    assert doc.text == text
    kenya = [e for e in doc.ents if e.text == "Kenya"]
    assert len(kenya) == 40 and all(text[e.start_char:e.end_char] == "Kenya" for e in kenya)
    assert len(list(doc.sents)) >= 80


def test_fast_attributes_give_exactly_what_the_models_attribute_ruler_gives() -> None:
    """Our table-lookup replacement must set the same POS, morphology and lemmas."""
    import json

    from .conftest import DEMO

    texts = [json.loads(line)["text"] for line in (DEMO / "reports.jsonl").open()]
    texts += ["Y'all said nothin' about it.", "There were talks; it's what they'd wanted.",
              "Don't you think so?\n\n  Spaces   and\ttabs, e.g. U.S.-led forces."]
    original = spacy.load(DEFAULT.model)
    fast = spacy.load(DEFAULT.model)
    fast.add_pipe(nlp.ATTRIBUTES, after="attribute_ruler")
    fast.disable_pipe("attribute_ruler")
    seen = 0
    for a, b in zip(original.pipe(texts), fast.pipe(texts), strict=True):
        for x, y in zip(a, b, strict=True):
            seen += 1
            assert (x.pos_, str(x.morph), x.lemma_) == (y.pos_, str(y.morph), y.lemma_), x.text
    assert seen > 2000
    assert nlp.ATTRIBUTES in pipeline(DEFAULT.model).pipe_names
    assert "attribute_ruler" not in pipeline(DEFAULT.model).pipe_names


def test_the_sentence_after_a_dateline_keeps_its_doer_and_its_own_date() -> None:
    from actorgraph import extract

    text = "LAGOS, June 4 - Gunmen attacked a police station near Zaria on Monday, killing six."
    x = extract(text, published="2024-06-05")
    names = {a.id: a.name for a in x.actors}
    attack = next(e for e in x.events if text[e.start:e.end] == "attacked")
    assert [names[i] for i in attack.source] == ["Gunmen"]
    assert str(attack.date) == "2024-06-03"  # Monday, not the dateline's day


def test_word_at_is_the_first_whole_word_of_the_characters() -> None:
    doc = pipeline(DEFAULT.model)("Riot police fired tear gas at the marchers.")
    assert nlp.word_at(doc, 6, 17).text == "police"  # "police fired"
    assert nlp.word_at(doc, 14, 16).text == "fired"  # inside a word: the whole word
    assert nlp.word_at(doc, 100, 110) is None


def test_same_paragraph_is_no_blank_line_between_two_tokens() -> None:
    doc = pipeline(DEFAULT.model)(
        "Troops shelled the port. Residents fled\nthe town.\n\nAid arrived on Monday.")
    shelled, fled, town, aid = (next(t for t in doc if t.text == w)
                                for w in ("shelled", "fled", "town", "Aid"))
    assert nlp.same_paragraph(shelled, fled)
    assert nlp.same_paragraph(shelled, town)  # a line break alone is no paragraph break
    assert not nlp.same_paragraph(fled, aid)
    assert nlp.paragraph_break(doc, shelled.idx, aid.idx) == doc.text.index("\n\n")
    assert nlp.paragraph_break(doc, shelled.idx, town.idx) == -1


#: (text, the lines each paragraph of it is read to end after): nlp.paragraph_ends_of.
_WRAPPED = textwrap.fill(
    "Fishermen blocked the harbour mouth at Ostri with forty boats on Thursday, saying the "
    "new quotas would ruin them, and the coast guard towed six of the boats away.", 60)
PARAGRAPH_ENDS = [
    ("blank line", "Troops shelled the port.\n\nResidents fled.", ["Troops shelled the port."]),
    ("blank lines, several", "Troops shelled the port.\n\n\n\nResidents fled.",
     ["Troops shelled the port."]),
    ("a line too long to be wrapped: one paragraph a line",
     "Storm hits the coast\n" + "X" * 120 + "\nThe road is shut.",
     ["Storm hits the coast", "X" * 120]),
    ("hard-wrapped: a short line ends its paragraph",
     "Boats block the harbour\n" + _WRAPPED + "\nThe quotas stand.",
     ["Boats block the harbour", _WRAPPED.split("\n")[-1]]),
    # near misses: nothing in the layout shows a paragraph's end
    ("a lone break in a short text", "Finance Minister Kofi\nMensah opened the bridge.", []),
    ("hard-wrapped, no blank line", _WRAPPED, []),
    ("a lower-case line goes on", "x" * 120 + "\nand the road is shut.", []),
    ("short lines tell no width", "Dead: 4\nInjured: 11\nMissing: 2", []),
]


@pytest.mark.parametrize(("text", "after"), [r[1:] for r in PARAGRAPH_ENDS],
                         ids=[r[0] for r in PARAGRAPH_ENDS])
def test_paragraph_ends_whatever_the_layout(text: str, after: list[str]) -> None:
    assert [text[:at].rsplit("\n", 1)[-1] for at in nlp.paragraph_ends_of(text)] == after


def test_paragraph_breaks_and_starts_read_one_definition() -> None:
    doc = pipeline(DEFAULT.model)(
        "Storm hits the coast\n" + "X" * 120 + "\n\nAid came, and the road\nwas shut.")
    first, second = doc.text.index("\n"), doc.text.index("\n\n")
    assert nlp.paragraph_ends(doc) == (first, second)
    assert nlp.paragraph_breaks(doc, 0, len(doc.text)) == (first, second)
    assert nlp.paragraph_break(doc, 0, len(doc.text)) == second
    assert nlp.paragraph_start(doc, doc.text.index("X")) == first + 1
    assert nlp.paragraph_start(doc, doc.text.index("shut")) == second + 2
    aid, was = (next(t for t in doc if t.text == w) for w in ("Aid", "was"))
    assert nlp.same_paragraph(aid, was)  # a wrap is no paragraph break
    assert next(t for t in doc if t.text.startswith("XXX")).is_sent_start  # a paragraph opens
