"""A past participle that describes a noun ("Luis Quintero, *kidnapped* in Arauca", "two
soldiers *wounded* in the attack", "the journalist, *detained* by police") tells of an act
done to that noun: the noun is the target, the by-phrase (if any) the source; a present
participle ("rebels *holding* a village") is done by its noun. Our own sentences.

Rows: (id, text, type, source names or None, target names, names the source must not hold).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching, names


def row(id: str, text: str, type_: str, source, target, not_source=()):
    return pytest.param(text, type_, source, target, not_source, id=id)


ROWS = [
    row("kidnapped-appositive", "The fate of councillor Mateo Ibarra, kidnapped in Arauca last "
        "weekend, remains unknown.", "ASSAULT", None, "Mateo Ibarra", ("mateo ibarra",)),
    row("detained-by-agent", "The journalist Ana Rivas, detained by Peruvian police on Monday, "
        "was released on Friday.", "COERCE", "police", "Ana Rivas", ("ana rivas",)),
    row("wounded-in-attack", "Two Afghan soldiers wounded in the attack were flown to Kabul.",
        "ASSAULT", None, "soldiers", ("soldiers",)),
    row("arrested-activists", "Twelve Kenyan activists arrested at the rally appeared in court "
        "on Tuesday.", "COERCE", None, "activists", ("activists",)),
    row("expelled-diplomat", "A Russian diplomat expelled by Estonia last week left Tallinn on "
        "Sunday.", "SANCTION", "Estonia", "Russian", ("russian diplomat",)),
    # near misses: a present participle's noun does the act
    row("holding-village", "Malian troops attacking the town were repelled on Sunday.",
        "ASSAULT", "Malian", None),
    row("deal-signed-by", "The truce, signed by Sudan's army and the RSF in Jeddah, collapsed.",
        ("RETREAT", "SUPPORT", "AGREE"), ["army", "RSF"], None),
]


@pytest.mark.parametrize(("text", "type_", "source", "target", "not_source"), ROWS)
def test_a_participle_acts_on_its_noun(text, type_, source, target, not_source) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source, target=target)
    assert found, describe(ex)
    assert not any(names(ex, e.source) & set(not_source) for e in found), describe(ex)


@pytest.mark.parametrize("text", [
    pytest.param("Aid agencies, which have lost staff and warehouses to looting in Darfur "
                 "since April, welcomed the truce.", id="lost-to-looting"),
    pytest.param("The opposition party lost three of its offices to arson attacks last year.",
                 id="lost-to-arson"),
])
def test_what_befell_a_subject_is_not_its_act(text: str) -> None:
    """What one loses something to ("lost staff *to looting*") is done to one, never by one."""
    ex = events(text)
    subject = ex.actors[0].id
    assert not [e for e in ex.events if e.type in ("COERCE", "ASSAULT", "PROTEST")
                and subject in e.source], describe(ex)
