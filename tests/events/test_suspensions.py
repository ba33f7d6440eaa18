"""What is suspended tells the act (the suspend, halt, freeze family against CAMEO).

A government that suspends freedoms or gatherings ("the right of assembly", "civil
liberties", "public gatherings") restricts them (COERCE 1721, as a ban does). A firm that
suspends or halts its own work, output or building at its site acts against no one: no
SANCTION (the bare "suspend" is a reduction of relations, 160, only between parties);
workers who stop work strike (PROTEST 143).
Aid, ties, imports and assets suspended or frozen by a state stay its SANCTION; a licence
or a newspaper suspended stays COERCE.

Every sentence is our own wording, with invented names and places.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, events_over, expect, expect_none_at


def row(id: str, text: str, kind: str, source: Names | None, code: str):
    return pytest.param(text, kind, source, code, id=id)


RESTRICTIONS = [
    row("right-of-assembly", "The government of Marovia suspended the right of assembly for "
        "thirty days.", "COERCE", "government", "1721"),
    row("freedom-of-assembly", "The junta in Brask suspended the freedom of assembly in three "
        "provinces.", "COERCE", "junta", "1721"),
    row("public-gatherings", "Authorities in Velka suspended all public gatherings until "
        "further notice.", "COERCE", "Authorities", "1721"),
    row("civil-liberties", "The military council suspended civil liberties across Kessel on "
        "Friday.", "COERCE", "military council", "1721"),
    row("right-to-strike", "Ostria's cabinet suspended the right to strike in the energy "
        "sector.", "COERCE", "Ostria", "1721"),
]

KEPT = [
    row("aid-suspended", "Germany suspended development aid to Marovia over the coup.",
        "SANCTION", "Germany", "16"),
    row("ties-suspended", "Ostria suspended diplomatic ties with Kessel on Friday.",
        "SANCTION", "Ostria", "16"),
    row("assets-frozen", "The European Union froze the assets of three Marovian generals.",
        "SANCTION", "European Union", "16"),
    row("imports-suspended", "The Kessel government suspended imports of Ostrian grain.",
        "SANCTION", "Kessel", "16"),
    row("licence-suspended", "The Velka regulator suspended the licence of the broadcaster "
        "Radio Lenk.", "COERCE", None, "172"),
]


@pytest.mark.parametrize("text, kind, source, code", RESTRICTIONS + KEPT)
def test_what_is_suspended_tells_the_act(text: str, kind: str, source: Names | None,
                                         code: str) -> None:
    event = expect(text, kind, source=source)
    assert event.cameo_code.startswith(code), describe(events(text))


OWN_WORK = [
    pytest.param("The mining firm Orlan suspended work at its copper mine in Marovia after a "
                 "landslide.", "suspended", id="work-at-mine"),
    pytest.param("Drillco suspended production at its offshore field near Kessel.",
                 "suspended", id="production-suspended"),
    pytest.param("The Ostrian state oil company halted production at the Tessin refinery "
                 "after a fire.", "halted", id="production-halted"),
    pytest.param("The builder Bavel suspended construction of the Varno bridge in Kessel.",
                 "suspended", id="construction-suspended"),
    pytest.param("The Brask mining group Gerak halted work at two of its pits on Monday.",
                 "halted", id="work-halted"),
]


@pytest.mark.parametrize("text, word", OWN_WORK)
def test_a_firm_stopping_its_own_work_is_no_sanction(text: str, word: str) -> None:
    expect_none_at(text, word, "SANCTION")
    expect_none_at(text, word, "COERCE")


def test_workers_who_stop_work_still_strike() -> None:
    text = "Workers at the Orlan copper mine stopped work over unpaid wages on Monday."
    assert [e for e in events_over(text, "stopped") if e.type == "PROTEST"], \
        describe(events(text))
