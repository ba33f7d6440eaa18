"""Whose "its", and what a description does not make (our own sentences, many countries).

* "its" under a reporting verb ("X said that its fighters ...") is the speaker's, the subject
  of that verb, not the nearest organisation named before it ("Katiba Macina, which the army
  has fought for years, said its fighters ..."); "its" whose own clause has a subject of its
  kind is that subject's ("The army said Uganda had moved its troops").
* A description set beside a group that merely mentions a country ("a group active along the
  border with Niger", "based near the Chad border") gives the group no country; one naming
  the group's own country does ("a Malian jihadist group").
* An unnamed "the president" after "the Kazakh president" is that one (same title, the
  latest mention holding it), not the visitor's country.
* "his Azerbaijani counterpart X" gives X that country; "his counterpart X", with no
  nationality, gives none (not the other side's).

Each row: (text, a name or pronoun as written, the actor's country code, a name, or None for
no country).
"""

from __future__ import annotations

import re

import pytest

from .helpers import actors_of


def actor_at(text: str, words: str, nth: int = 0) -> tuple[str | None, set[str]]:
    """The country and the names (lowercase) of the actor the ``nth`` use of ``words`` is a
    mention of (the mention starting there); (None, {}) when it is no actor's."""
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text))
    assert len(found) > nth, words
    at = found[nth].start()
    ex = actors_of(text)
    for a in ex.actors:
        if any(m.start == at for m in a.mentions):
            return a.country, {x.lower() for x in (a.name, *a.aliases) if x}
    return None, set()


def holds(text: str, words: str, want: str | None, nth: int = 0) -> bool:
    country, names = actor_at(text, words, nth)
    if want is None:  # an actor, of no country
        return bool(names) and country is None
    return want == country or any(want.lower() in n for n in names)


SPEAKER = [
    # "its" under "X said": the speaker's, past an organisation named between them
    ("Katiba Macina, which the army has fought for a decade, said its fighters had killed "
     "four soldiers.", "its", "Katiba Macina"),
    ("The Arakan Army, which the military has battled since 2018, said its fighters had "
     "overrun a border post.", "its", "Arakan Army"),
    ("The Allied Democratic Forces, which the Ugandan army has pursued into Congo, said in "
     "a statement that its fighters had repelled an attack.", "its", "Allied Democratic"),
    ("The Tigray People's Liberation Front, which the federal government calls a terrorist "
     "organisation, said its forces had retaken the town.", "its", "Tigray"),
    ("The RSF, which the Sudanese army has fought since April, announced that its troops "
     "had taken the airport.", "its", "RSF"),
    ("The Karen National Union, which the Myanmar army has fought for decades, claimed that "
     "its fighters had downed a drone.", "its", "Karen National Union"),
    # near misses: the speaker is the owner anyway, or the clause has its own subject
    ("Kenya said its troops had taken control of the town.", "its", "KEN"),
    ("Ghana's government said its soldiers would leave Mali by December.", "its", "GHA"),
    ("The army said Uganda had moved its troops to the border.", "its", "UGA"),
    ("Ethiopia said Eritrea had sent its troops back into Tigray.", "its", "ERI"),
    ("Japan said Chinese ships had entered its waters.", "its", "JPN"),
]

DESCRIBED = [
    # a description that only mentions a country gives the group none
    ("Katiba Macina, a group active along the border with Burkina Faso, said in a statement "
     "that its fighters had killed four soldiers.", "Katiba Macina", None),
    ("Katiba Hanifa, a group active on both sides of the border with Niger, said its "
     "fighters had captured six soldiers.", "Katiba Hanifa", None),
    ("The Twirwaneho militia, a group based near the Burundi border, said its fighters had "
     "repelled an attack.", "Twirwaneho", None),
    # near misses: the description names the group's own country
    ("Katiba Serma, a Malian jihadist group, said its fighters had killed three soldiers.",
     "its", "MLI"),
    ("Katiba Hanifa, a Burkinabe armed group active near the border with Niger, said its "
     "fighters had ambushed a convoy.", "its", "BFA"),
    ("Kenya said its troops had taken control of the town near the Somali border.", "its",
     "KEN"),
]

PRESIDENT = [
    # an unnamed "the president" after a placed one: that one, not the visitor's country
    ("Serbia's foreign minister ended a visit to Hungary after he was received by the "
     "Hungarian president. The president promised to back Serbia's bid to join the bloc.",
     "The president", "HUN"),
    ("Armenia's deputy prime minister ended a two-day visit to Kazakhstan on Wednesday after "
     "he was received by the Kazakh president. The president offered to keep hosting the "
     "talks.", "The president", "KAZ"),
    ("Chile's foreign minister ended a visit to Argentina after she was received by the "
     "Argentine president. The president pledged to back the gas pipeline.",
     "The president", "ARG"),
    ("Vietnam's trade minister flew to Laos, where he was welcomed by the Lao president. "
     "The president said the railway would open next year.", "The president", "LAO"),
    # near misses: the latest holder of the same title, not of another one
    ("Ghana's president ended a visit to Togo, where he met the Togolese prime minister. "
     "The president said the border would stay open.", "The president", "GHA"),
    ("The Kenyan president met Uganda's foreign minister in Nairobi. The minister said the "
     "pipeline deal was close.", "The minister", "UGA"),
]

COUNTERPART = [
    # "his <nationality> counterpart X": X is of that country
    ("Armenian Deputy Prime Minister Tigran Melkumyan and his Azerbaijani counterpart Rauf "
     "Gasimzade met in Almaty.", "Rauf Gasimzade", "AZE"),
    ("Peru's foreign minister and his Chilean counterpart Alberto van Klaveren signed the "
     "accord.", "Alberto van Klaveren", "CHL"),
    ("Norway's foreign minister spoke by phone with Margus Tsahkna, his Estonian "
     "counterpart.", "Margus Tsahkna", "EST"),
    ("Ghana's finance minister met his Ivorian counterpart, Adama Coulibaly, in Abidjan.",
     "Adama Coulibaly", "CIV"),
    ("Mongolia's defence minister hosted her Kazakh counterpart Ruslan Zhaksylykov in "
     "Ulaanbaatar.", "Ruslan Zhaksylykov", "KAZ"),
    # near misses: no nationality on "counterpart": no country, not the other side's
    ("Peru's foreign minister and his counterpart Alberto van Klaveren signed the accord.",
     "Alberto van Klaveren", None),
    ("Norway's foreign minister spoke by phone with Margus Tsahkna, his counterpart.",
     "Margus Tsahkna", None),
]


@pytest.mark.parametrize(("text", "words", "owner"), SPEAKER)
def test_its_under_a_reporting_verb_is_the_speakers(text: str, words: str,
                                                     owner: str) -> None:
    assert holds(text, words, owner), actor_at(text, words)


@pytest.mark.parametrize(("text", "words", "country"), DESCRIBED)
def test_a_description_mentioning_a_country_gives_the_group_none(
        text: str, words: str, country: str | None) -> None:
    assert holds(text, words, country), actor_at(text, words)


@pytest.mark.parametrize(("text", "words", "country"), PRESIDENT)
def test_an_unnamed_title_is_its_latest_holder(text: str, words: str,
                                               country: str | None) -> None:
    assert holds(text, words, country), actor_at(text, words)


@pytest.mark.parametrize(("text", "words", "country"), COUNTERPART)
def test_a_counterparts_nationality_is_his_country(text: str, words: str,
                                                   country: str | None) -> None:
    assert holds(text, words, country), actor_at(text, words)
