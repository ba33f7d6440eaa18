"""Our data tables as the code reads them, and the comparison form of names they are keyed by.

``norm(text)`` is the form in which names are compared: accents, case, dots after initials,
hyphens and dashes, surrounding quotes and a leading "the" dropped ("The U.N." and "UN"
compare equal, "Al-Sisi" and "al Sisi" too); ``slug(text)`` the same as a key
("Supreme Court" → "supreme-court").

``rows(name)`` reads a CSV table of ``actorgraph/data`` as dicts, ``load_yaml(name)`` a YAML
one, ``word_list(name, key)`` one word list of a YAML table as a set and ``word_table(name,
key)`` one mapping of it, read-only, each read once per process (call them where needed: they
cost a dict look-up after the first call).
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

_INITIAL_DOT = re.compile(r"(?<=\b\w)\.")
_SEPARATORS = re.compile(r"[\s\-–]+")


@functools.lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """A comparison form of a name: no accents, case, dots, hyphens or leading "the"."""
    if text.isascii() and text.isalpha():  # one plain word ("Kharkiv"): its case folded, as
        return text.casefold()  # _folded would give (most of geonames' town names are such)
    if text.isascii() and text.replace(" ", "").isalnum() and "  " not in text \
            and text[0] != " " and text[-1] != " ":  # plain words and single spaces ("San
        text = text.casefold()  # Jose", "The Hague"): no dot, separator or quote to drop
        return text[4:] if text.startswith("the ") else text
    return _folded(text)


def _folded(text: str) -> str:
    """``norm`` of any text, step by step."""
    if text.isascii():
        text = text.casefold()
    else:
        text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _INITIAL_DOT.sub("", text)  # U.N. -> un
    text = _SEPARATORS.sub(" ", text).strip(" .,'\"")
    return text[4:] if text.startswith("the ") else text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


def rows(name: str) -> Iterator[dict[str, str]]:
    with resources.files("actorgraph.data").joinpath(name).open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def load_yaml(name: str) -> list[dict]:
    with resources.files("actorgraph.data").joinpath(name).open(encoding="utf-8") as fh:
        # libyaml's loader when PyYAML has it: five times faster on our tables
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []


@functools.cache
def word_list(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the data file ``name`` (``data/names.yaml``, ...), read once."""
    return frozenset(_word_lists(name)[key])


@functools.cache
def word_table(name: str, key: str) -> Mapping[str, Any]:
    """The table ``key`` (a mapping: "labels" of ``data/sectors.yaml``, ...) of the data
    file ``name``, read once with its word lists, read-only."""
    return MappingProxyType(_word_lists(name)[key])


@functools.cache
def _word_lists(name: str) -> dict:
    """The data file ``name`` read once for all its word lists and tables (only
    ``word_list`` and ``word_table`` read it, and neither gives out what can be changed)."""
    return load_yaml(name)  # type: ignore[return-value]
