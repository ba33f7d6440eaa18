"""Who "holds" a person decides the act (CAMEO 181 against 173).

People held by an armed group (gunmen, militants, kidnappers, a militia) are captives: their
captivity is the state an abduction leaves (CAMEO 181, ASSAULT abduct), not an arrest. A
person the police hold is detained (173, COERCE arrest). "Held talks", "held a rally",
"held elections", "held the hilltop" hold no one. A person held where the sentence tells a
kidnapping, a ransom or captivity is a captive too, whoever the named captor is.

Every sentence is our own wording, news style, with invented towns and groups.
Rows: (text, trigger word, type, CAMEO prefix, source or None). Near misses: (text, trigger
word, types that must not come there).
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_at, expect_none_at, problems


def case(id: str, text: str, trigger: str, type_: str, cameo: str, source: str | None):
    return pytest.param(text, trigger, type_, cameo, source, id=id)


FIRES = [
    case("held-by-gunmen", "Three Indian engineers are being held by gunmen in the hills "
         "above Tarvoy, the embassy said.", "held", "ASSAULT", "181", "gunmen"),
    case("held-by-militants-since", "The two nurses, held by militants since March, appeared "
         "in a video on Sunday.", "held", "ASSAULT", "181", "militants"),
    case("militia-holds", "A militia in the Korran valley still holds the Dutch journalist, "
         "his family said.", "holds", "ASSAULT", "181", None),
    case("kidnappers-holding", "Kidnappers are holding eleven schoolchildren in a forest near "
         "Gusam, police said.", "holding", "ASSAULT", "181", "Kidnappers"),
    case("held-named-group-kidnapped", "The kidnapped priest was held for six weeks by the "
         "Ossa Valley Front before his release.", "held", "ASSAULT", "181", None),
    case("held-for-ransom", "The businessman was held for ransom in a house outside Pelvan.",
         "held", "ASSAULT", "181", None),
    case("police-held-suspects", "Police in Dorvanne held three suspects overnight after the "
         "explosion at the depot.", "held", "COERCE", "173", "Police"),
    case("police-holding-men", "Police are holding two men over the arson attack on the "
         "Brenna mosque.", "holding", "COERCE", "173", "Police"),
    case("held-in-custody", "The blogger has been held in custody since his arrest in "
         "Vantor.", "held", "COERCE", "173", None),
]

MISSES = [
    pytest.param("The Indian foreign minister held talks with his Nepali counterpart in "
                 "Morvi.", "held", ("ASSAULT", "COERCE"), id="held-talks"),
    pytest.param("The opposition held a rally in central Tessany on Saturday.", "held",
                 ("ASSAULT", "COERCE"), id="held-rally"),
    pytest.param("Mexico held local elections in Pradera last year.", "held",
                 ("ASSAULT", "COERCE"), id="held-elections"),
    pytest.param("The army held the ridge above Dorvik despite heavy shelling.", "held",
                 ("ASSAULT", "COERCE"), id="held-ridge"),
    pytest.param("The mayor of Selmar holds the record for the longest speech.", "holds",
                 ("ASSAULT", "COERCE"), id="holds-record"),
    pytest.param("The rebels held a news conference in Gattan on Monday.", "held",
                 ("ASSAULT", "COERCE"), id="rebels-held-conference"),
]


@pytest.mark.parametrize("text, trigger, type_, cameo, source", FIRES)
def test_held_person(text: str, trigger: str, type_: str, cameo: str,
                     source: str | None) -> None:
    expect_at(text, trigger, type_, source=source)
    ex = events(text)
    assert any(e.type == type_ and (e.cameo_code or "").startswith(cameo)
               for e in ex.events if text[e.start:e.end].startswith(trigger)), \
        [(e.type, e.cameo_code) for e in ex.events]
    assert not problems(ex)


@pytest.mark.parametrize("text, trigger, types", MISSES)
def test_nobody_held(text: str, trigger: str, types: tuple[str, ...]) -> None:
    for type_ in types:
        expect_none_at(text, trigger, type_)
