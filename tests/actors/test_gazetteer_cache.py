"""The towns tables are built once per set of inputs and read back from a file after
(``gazetteer.towns``): the same tables, the same order of towns under each name, the same
town object under an own name and an other name."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.actors import gazetteer


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(tmp_path))
    return tmp_path


def test_the_towns_read_back_are_the_towns_built(cache: Path) -> None:
    built = gazetteer.towns()
    assert [p.name for p in cache.iterdir()] == [gazetteer.cache_file().name]
    read = gazetteer.towns()
    assert read is not built and read == built
    own, other = read
    assert [(p.name, p.country) for p in own["tripoli"][:2]] == [("Tripoli", "LBY"),
                                                                  ("Tripoli", "LBN")]
    shared = {id(p) for ps in own.values() for p in ps}
    assert all(id(p) in shared for p in other["rangoon"])  # one object, as when built


def test_a_written_file_is_read_and_nothing_built(cache: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = gazetteer.towns()

    def never() -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(gazetteer, "_built", never)
    assert gazetteer.towns() == first


def test_other_inputs_are_another_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = gazetteer.cache_file()
    monkeypatch.setattr(gazetteer, "_INPUTS", (*gazetteer._INPUTS, "actors/dictionary.py"))
    assert gazetteer.cache_file() != path


def test_a_broken_file_is_built_again(cache: Path) -> None:
    built = gazetteer.towns()
    gazetteer.cache_file().write_bytes(b"not a table")
    assert gazetteer.towns() == built


def test_an_unwritable_place_still_gives_the_towns(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(blocker / "below"))  # under a file: no dir
    own, _ = gazetteer.towns()
    assert own["paris"][0].country == "FRA"
