"""A headline's passive with its "was" left out is still a passive (issue 12: fresh-text audit).

Every sentence is our own wording. Wire briefs and headlines drop the auxiliary: "Tear gas
fired at students", "Shots fired near the palace". The parser reads them as active past
tenses with the thing fired as their subject; that thing is what was fired (the sense that
names it as object: tear gas and rubber bullets are crowd control, CAMEO 18), not a doer, so
the attack is told with no hand named, as "shots were fired" is. A doer before the verb stays
the doer ("gunmen fired on a bus", "the army fired shots"), and a noun of the list under
another verb is no attack ("gas exports rose").
Rows: (text, type, mode or None, a word of the trigger) must come; near misses: (text, type,
source name or None) must not come.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, names_match, problems


def case(id: str, text: str, type_: str, mode: str | None, trigger: str):
    return pytest.param(text, type_, mode, trigger, id=id)


TOLD = [
    case("shots-fired-near-palace", "Shots fired near the presidential palace in Bissau, "
         "residents say.", "ASSAULT", None, "fired"),
    case("tear-gas-fired-crowd-control", "Tear gas fired at students in Dhaka, witnesses "
         "say.", "ASSAULT", "crowd-control", "fired"),
    case("rubber-bullets-crowd-control", "Rubber bullets fired at mourners in Jos, witnesses "
         "say.", "ASSAULT", "crowd-control", "fired"),
    case("mortar-rounds-fired", "Mortar rounds fired at the airport of Gao overnight, "
         "residents say.", "ASSAULT", None, "fired"),
    case("rockets-fired-heavy", "Rockets fired at a base near Erbil, officials say.",
         "ASSAULT", "heavy-weapons", "fired"),
    # the full passive and an active doer stay as they were
    case("shots-were-fired", "Shots were fired near the presidential palace in Bissau, "
         "residents said.", "ASSAULT", None, "fired"),
    case("gunmen-fired-on-bus", "Gunmen fired on a bus near Bauchi, police said.", "ASSAULT",
         None, "fired"),
    case("army-fired-shots", "The army fired shots near the border town of Meruk, residents "
         "said.", "ASSAULT", None, "fired"),
]


@pytest.mark.parametrize(("text", "type_", "mode", "trigger"), TOLD)
def test_headline_passive_is_the_act(text: str, type_: str, mode: str | None,
                                     trigger: str) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_ and (mode is None or e.mode == mode)
             and trigger in text[e.start:e.end].lower().split()]
    assert found, f"expected {type_} {mode or ''} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("Gas exports rose sharply in March, the ministry said.", None,
                 id="gas-exports-rose"),
    pytest.param("Tear gas fired at students in Dhaka, witnesses say.", "gas",
                 id="tear-gas-no-doer"),
    pytest.param("Rockets fired at a base near Erbil, officials say.", "rocket",
                 id="rockets-no-doer"),
])
def test_thing_fired_is_no_doer(text: str, source: str | None) -> None:
    ex = events(text)
    if source is None:
        assert not ex.events, describe(ex)
    else:
        assert not [e for e in ex.events if e.source and names_match(ex, e.source, source)], \
            describe(ex)
