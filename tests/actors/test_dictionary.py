from __future__ import annotations

import pytest

from actorgraph.actors import get


@pytest.mark.parametrize(("text", "key"), [
    ("Kremlin", "C:RUS"),
    ("the White House", "C:USA"),
    ("Moscow", "C:RUS"),          # a capital names its state
    ("Russian Federation", "C:RUS"),
    ("U.N.", "I:UNO"),
    ("United Nations", "I:UNO"),
    ("NATO", "I:NATO"),
])
def test_lookup_table(text: str, key: str) -> None:
    entry = get().lookup(text)
    assert entry is not None and entry.key == key


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "Daesh", "Islamic State"])
def test_armed_group_alias_set_is_one_entry(alias: str) -> None:
    entry = get().lookup(alias)
    assert entry is not None and entry.key == get().lookup("Islamic State").key  # type: ignore[union-attr]


def test_security_council_is_its_own_body_of_the_un() -> None:
    council = get().lookup("UN Security Council")
    assert council is not None and council.key != "I:UNO" and council.sector == "IGO"


def test_pentagon_is_the_us_military_not_the_us() -> None:
    entry = get().lookup("Pentagon")
    assert entry is not None and (entry.country, entry.sector) == ("USA", "MIL")
    assert entry.key != "C:USA"


@pytest.mark.parametrize(("word", "iso3"), [
    ("Russian", "RUS"), ("Emiratis", "ARE"), ("Sudanese", "SDN"), ("Ivorian", "CIV"),
    ("Britons", "GBR"), ("Filipino", "PHL"),
])
def test_demonyms(word: str, iso3: str) -> None:
    assert get().demonym(word) == iso3


@pytest.mark.parametrize(("name", "iso3"), [
    ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("the United States", "USA"), ("UAE", "ARE"),
    # news style (AP): a bare "Congo" is the Democratic Republic; the other one is named
    ("Congo", "COD"), ("DRC", "COD"), ("Republic of the Congo", "COG"),
    ("Congo Brazzaville", "COG"),
])
def test_country_names_use_country_converter(name: str, iso3: str) -> None:
    assert get().country(name) == iso3


@pytest.mark.parametrize(("title", "sector"), [
    ("Foreign Minister", "GOV"), ("Defence Minister", "GOV"), ("defense minister", "GOV"),
    ("commander", "MIL"), ("general", "MIL"), ("columnist", "MED"), ("journalist", "MED"),
    ("spokesman", "GOV"), ("prime minister", "GOV"), ("PM", "GOV"), ("president", "GOV"),
])
def test_titles_give_sectors(title: str, sector: str) -> None:
    found = get().title(title)
    assert found is not None and found.sector == sector


@pytest.mark.parametrize(("noun", "sector"), [
    ("troops", "MIL"), ("rebels", "REB"), ("militants", "INS"), ("police", "COP"),
    ("government", "GOV"), ("protesters", "CVL"), ("refugees", "REF"),
])
def test_group_nouns_give_sectors(noun: str, sector: str) -> None:
    found = get().noun(noun)
    assert found is not None and found.sector == sector


@pytest.mark.parametrize(("city", "iso3"), [("Benghazi", "LBY"), ("Mosul", "IRQ"),
                                            ("Goma", "COD"), ("Tripoli", "LBY")])
def test_places_resolve_to_their_country(city: str, iso3: str) -> None:
    place = get().place(city)
    assert place is not None and place.country == iso3


def test_ruler_patterns_skip_plain_country_names_and_common_words() -> None:
    patterns = get().patterns()
    texts = {p["pattern"] for p in patterns}
    assert "Kremlin" in texts and "Daesh" in texts
    assert "Russia" not in texts and "May" not in texts
