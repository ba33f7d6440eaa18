from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.ingest.normalize import normalize

CASES = [
    # (raw, cleaned)
    ("peace process?Haftar came", "peace process? Haftar came"),
    ("the talks ended.Then fighting resumed", "the talks ended. Then fighting resumed"),
    ("he said.”Then she left", "he said.” Then she left"),
    ("the National Guard(NG) moved", "the National Guard (NG) moved"),
    ("Mr.Smith and the U.S.Army", "Mr.Smith and the U.S.Army"),  # abbreviations stay glued
    ("see www.example.Com/Page now", "see www.example.Com/Page now"),  # URLs are left alone
    ("write to press@Example.org today", "write to press@Example.org today"),
    ("a  b\t\tc", "a b c"),
    ("line one\r\nline two\rline three", "line one\nline two\nline three"),
    ("para one\n\n\n\n\npara two", "para one\n\npara two"),
    ("  trailing spaces   \n  lead", "trailing spaces\nlead"),
    ("non\u00a0breaking", "non breaking"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("bom\ufeff here", "bom here"),
    ("Cafe\u0301", "Café"),  # NFC
    ("bell\x07 char", "bell char"),
    ("   \n\t \n ", ""),
    # a breadcrumb trail before the headline it repeats, and a repeated paragraph
    ("Home World Africa Rebels seize the port town\n\nRebels seize the port town\n\nBody.",
     "Rebels seize the port town\n\nBody."),
    ("Same paragraph.\n\nSame paragraph.\n\nNext.", "Same paragraph.\n\nNext."),
    # near misses: a sentence ending with the next one's words, a short line, a long prefix
    ("Rebels seize the town\n\nthe town", "Rebels seize the town\n\nthe town"),
    ("Officials said: Rebels took the port town.\n\nRebels took the port town.",
     "Officials said: Rebels took the port town.\n\nRebels took the port town."),
    ("The army said on Monday that rebels seize the port town\n\nrebels seize the port town",
     "The army said on Monday that rebels seize the port town\n\nrebels seize the port town"),
]


@pytest.mark.parametrize(("raw", "cleaned"), CASES)
def test_normalize_table(raw: str, cleaned: str) -> None:
    assert normalize(raw) == cleaned


def test_lines_become_paragraphs_for_extracted_html() -> None:
    assert normalize("Title\nFirst para.\nSecond para.", lines_are_paragraphs=True) == (
        "Title\n\nFirst para.\n\nSecond para."
    )


messy = st.lists(
    st.sampled_from([*"abcXYZ .?!()\n\r\t\u00a0\u200b\u0301é”’\"", "LNA", "www.", "@"]),
    max_size=120,
).map("".join)


@given(messy)
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


@given(messy)
def test_normalized_text_has_no_stray_whitespace(raw: str) -> None:
    text = normalize(raw)
    assert text == text.strip()
    assert "  " not in text and "\t" not in text and "\r" not in text and "\n\n\n" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert "\u200b" not in text
