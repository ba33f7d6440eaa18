"""A pronoun does not stand for the place where an act happened: "met Fiona Marsh at
Parliament House ... their talks" are the two ministers' talks, not the building's. A name in
a phrase telling where a verb's act was done ("at State House", "outside Government House",
"inside the Grand Hotel") is the venue, even when the parser makes it an organisation; the
pronoun resolves as if it were not there (to a plural body, else to no one: two people who met
are no one actor). Our own sentences, many countries.

Near misses: an organisation acting is still an antecedent.

Each row: (text, the pronoun as written, country codes, names or aliases it must not resolve
to, or the one it must).
"""

from __future__ import annotations

import pytest

from .helpers import resolved

NOT_THE_VENUE = [
    ("Vanuatu's foreign minister, Marcel Tari, met Fiona Marsh at Parliament House on "
     "Wednesday, five weeks after their talks in Port Vila.", "their", "parliament house"),
    ("President Lungu received the Angolan envoy at State House on Monday. Their meeting "
     "lasted two hours.", "Their", "state house"),
    ("The two foreign ministers met at the Palais des Nations on Friday, and their aides "
     "said the talks went well.", "their", "palais des nations"),
    ("Hundreds of nurses rallied outside Government House in Suva on Tuesday, and their "
     "union said the strike would go on.", "their", "government house"),
    ("Kenyan and Ugandan officials met at the Lake Basin Mall in Kisumu, where they agreed "
     "to share patrol boats.", "they", "lake basin mall"),
    ("Delegates gathered at the Kigali Convention Centre on Sunday. They adopted a "
     "declaration on refugees.", "They", "kigali convention centre"),
]

STILL_ANTECEDENT = [
    ("The opposition National Alliance marched to Parliament on Monday, and its leaders "
     "said they would return.", "its", "national alliance"),
    ("The Unity Party said on Monday that its leader had been arrested at a hotel in "
     "Lusaka.", "its", "unity party"),
]


@pytest.mark.parametrize("text,pronoun,venue", NOT_THE_VENUE)
def test_a_pronoun_is_not_the_venue(text: str, pronoun: str, venue: str) -> None:
    assert venue not in resolved(text, pronoun)


@pytest.mark.parametrize("text,pronoun,expected", STILL_ANTECEDENT)
def test_an_actor_is_still_an_antecedent(text: str, pronoun: str, expected: str) -> None:
    assert expected in resolved(text, pronoun)
