"""A known person's family name after another given name is someone else (issue 12 part 5:
first names missing from ``data/first_names.csv`` let "Jean X" take the dictionary entry of
another X). Our own sentences: a teacher, a farmer or a fisherman who shares a president's
or a prime minister's family name is not that politician, in three countries each time; near
misses: the politician named by his own given name, by title, or alone by his family name.

Rows: ``other`` (the name written in the text is a person of no dictionary identity) and
``same`` (it is the dictionary person ``key``).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of


def other(id: str, text: str, name: str):
    return pytest.param(text, name, None, id=id)


def same(id: str, text: str, name: str, key: str):
    return pytest.param(text, name, key, id=id)


ROWS = [
    other("jean-rwanda", "Jean Kagame, a teacher in Butare, said the school had closed.",
          "Kagame"),
    other("jean-pierre-rwanda", "Jean-Pierre Kagame, a teacher, said the school had closed.",
          "Kagame"),
    other("jean-ivory-coast", "Jean Ouattara, a cocoa farmer near Daloa, said prices had "
          "fallen.", "Ouattara"),
    other("yiannis-cyprus", "Yiannis Christodoulides, a fisherman in Limassol, said the "
          "catch had shrunk.", "Christodoulides"),
    other("mateusz-poland", "Mateusz Tusk, a student in Krakow, joined the march.", "Tusk"),
    other("nuno-angola", "Nuno Lourenco, a trader in Luanda, said the market had closed.",
          "Lourenco"),
    other("hery-madagascar", "Hery Rajoelina, a shopkeeper in Antananarivo, said fuel had "
          "run out.", "Rajoelina"),
    same("own-given-name-rwanda", "Paul Kagame met the delegation in Kigali on Monday.",
         "Kagame", "P:paul-kagame"),
    same("title-and-family-name-ivory-coast", "President Ouattara met the delegation in "
         "Abidjan on Monday.", "Ouattara", "P:alassane-ouattara"),
    same("family-name-alone-poland", "Tusk told reporters in Warsaw that the talks had "
         "failed.", "Tusk", "P:donald-tusk"),
    same("own-given-name-madagascar", "Andry Rajoelina dissolved the government on "
         "Tuesday.", "Rajoelina", "P:andry-rajoelina"),
]


@pytest.mark.parametrize(("text", "name", "key"), ROWS)
def test_a_family_name_after_another_given_name_is_someone_else(text, name, key) -> None:
    ex = actors_of(text)
    found = [a for a in ex.actors if any(name in ex.document.text[m.start:m.end]
                                         for m in a.mentions)]
    assert len(found) == 1, ex.actors
    assert found[0].key == key, found[0]
    if key is None:
        assert found[0].kind == "PERSON" and found[0].sector != "GOV", found[0]
