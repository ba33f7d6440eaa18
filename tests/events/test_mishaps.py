"""Victims of a device they set off are not its doers (issue 12, class 2 of the fresh-text
audit; ``events/mishaps``): "their truck struck a landmine", "hit a roadside bomb", "ran over
a mine", "stepped on a mine" tell people meeting a device someone laid. Those who rode or
walked are whom the blast hit; the doer is the party the text lays the device on ("blamed on
al-Shabaab", "planted by FARC dissidents"), else no one named. Our own sentences.

Rows: (text, trigger, type, source, target). Near misses: (text, trigger, type, source) that
must not be found. Kept: acts with a doer of their own, and "hit"/"struck" with no device.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the party the device is laid on did it to the victims.
LAID = [
    ("Five Somali troops were killed when their convoy hit a roadside bomb blamed on "
     "al-Shabaab militants.", "killed", "ASSAULT", "al-Shabaab", "Somali troops"),
    ("Five Somali troops were killed when their convoy hit a roadside bomb blamed on "
     "al-Shabaab militants.", "hit a roadside bomb", "ASSAULT", "al-Shabaab", "Somali troops"),
    ("Three Colombian soldiers were wounded when they stepped on a mine planted by FARC "
     "dissidents.", "wounded", "ASSAULT", "FARC", "Colombian soldiers"),
    ("Two Ethiopian soldiers were killed when their vehicle hit a mine blamed on Fano "
     "militiamen.", "killed", "ASSAULT", "Fano", "Ethiopian soldiers"),
    ("Four Sudanese policemen were wounded when their car struck an explosive device planted "
     "by RSF fighters.", "struck", "ASSAULT", "Rapid Support Forces", "Sudanese policemen"),
]
#: Near misses: the victims are not the doers.
NOT_VICTIMS = [
    ("Four Malian soldiers were killed when their truck struck a landmine near Tessit, the "
     "army said.", "struck", "ASSAULT", "Malian soldiers"),
    ("A Nigerian army patrol ran over a mine near Damboa, killing three soldiers.", "killing",
     "ASSAULT", "Nigerian army"),
    ("Two peacekeepers were killed when their armoured vehicle struck an explosive device in "
     "Kidal, the UN mission said.", "struck", "ASSAULT", "peacekeepers"),
    ("A Pakistani army convoy struck a roadside bomb in North Waziristan, wounding four "
     "soldiers.", "wounding", "ASSAULT", "Pakistani army"),
    ("A Pakistani army convoy struck a roadside bomb in North Waziristan, wounding four "
     "soldiers.", "struck a roadside bomb", "ASSAULT", "Pakistani army"),
]
#: Kept: a doer of its own, or no device met.
KEPT = [
    ("Rebels ambushed the convoy after it hit a mine near Kidal.", "ambushed", "ASSAULT",
     "Rebels", None),
    ("Police hit the protesters with batons in Harare.", "hit", "ASSAULT", "Police",
     "protesters"),
    ("Malian troops struck a rebel base near Gao on Sunday.", "struck", "ASSAULT",
     "Malian troops", None),
    ("Insurgents planted a bomb that killed four soldiers in Kunduz.", "planted a bomb",
     "ASSAULT", "Insurgents", None),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), LAID + KEPT)
def test_device_is_laid_on_its_doer(text: str, trigger: str, type_: str, source: str,
                                    target: str | None) -> None:
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "type_", "source"), NOT_VICTIMS)
def test_victims_of_a_device_are_not_its_doers(text: str, trigger: str, type_: str,
                                               source: str) -> None:
    expect_none_with(text, trigger, type_, source=source)
