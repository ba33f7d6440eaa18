"""No word in data/*.yaml is read as a boolean by accident: YAML 1.1 reads a bare ``on``,
``off``, ``yes``, ``no``, ``y`` or ``n`` as true/false, so a list of words that holds one
unquoted silently loses that word (``trip_times`` lost "on" this way: "*on* the Moscow visit"
was no trip time). Booleans meant as flags are written ``true``/``false``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import actorgraph

DATA = Path(actorgraph.__file__).parent / "data"
_FLAGS = {"true", "false"}


def _accidental_booleans(text: str) -> list[str]:
    """Line and text of each scalar YAML reads as a boolean not spelt true or false."""
    found: list[str] = []
    stack = [yaml.compose(text, Loader=yaml.SafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.tag.endswith(":bool") and node.value.lower() not in _FLAGS:
                found.append(f"line {node.start_mark.line + 1}: {node.value}")
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
    return sorted(found)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_is_read_as_a_boolean(path: Path) -> None:
    assert _accidental_booleans(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_bare_on_and_keeps_flags() -> None:
    text = "words: [in, on, at]\nflag: true\nquoted: ['no', \"off\"]\n"
    assert _accidental_booleans(text) == ["line 1: on"]
