"""A raid is coercion or an attack by whom and what it strikes (PLOVER_NOTES: COERCE lists
raids, repression short of violence; ASSAULT is the use of force): police or troops raiding
homes, offices or a newspaper search them (COERCE 170); armed men raiding an army post, a
police station or a barracks attack it (ASSAULT 190), and so does any raid on a military or
police post. Our own sentences. Rows: (text, trigger word, type, CAMEO code).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events


def row(id: str, text: str, trigger: str, type_: str, code: str):
    return pytest.param(text, trigger, type_, code, id=id)


RAIDS = [
    row("gunmen-raided-post", "Gunmen raided an army post near Tillia on Tuesday, killing "
        "three soldiers.", "raided", "ASSAULT", "190"),
    row("rebels-raided-police-station", "Rebels raided a police station in Kelewo overnight.",
        "raided", "ASSAULT", "190"),
    row("insurgents-raided-barracks", "Insurgents raided the barracks at Ndakoro before "
        "dawn.", "raided", "ASSAULT", "190"),
    row("raid-on-base-noun", "Four days after the raid on the army base at Mueda, the "
        "governor visited the wounded.", "raid", "ASSAULT", "190"),
    row("raid-on-outpost-noun", "The raid on the border outpost at Kafr Sabt left two guards "
        "dead.", "raid", "ASSAULT", "190"),
    row("militants-raid-checkpoint", "Militants raided a military checkpoint outside Gao.",
        "raided", "ASSAULT", "190"),
    row("bandits-raided-village", "Bandits raided the village of Kurmin Masara on Sunday.",
        "raided", "ASSAULT", "190"),
    # near misses: the police or troops searching premises coerce (COERCE 170)
    row("police-raided-offices", "Police raided the offices of the opposition newspaper "
        "Sauti Yetu on Monday.", "raided", "COERCE", "170"),
    row("troops-raided-homes", "Troops raided homes in the Kibera district searching for "
        "weapons.", "raided", "COERCE", "170"),
    row("police-raid-noun", "A police raid on a bar in Mombasa ended with twelve arrests.",
        "raid", "COERCE", "170"),
    # a post named before the noun is struck as much as one named after it ("the barracks
    #   raid"); warplanes raiding anything bomb it (195, aerial weapons); troops raiding the
    #   camp or base of rebels fight them (190)
    row("barracks-raid-compound", "Nobody has claimed the barracks raid at Ndakoro, the army "
        "said.", "raid", "ASSAULT", "190"),
    row("checkpoint-raid-compound", "Two guards died in Tuesday's checkpoint raid near Gao.",
        "raid", "ASSAULT", "190"),
    row("warplanes-raided-depot", "Syrian warplanes raided a fuel depot outside Idlib on "
        "Sunday.", "raided", "ASSAULT", "195"),
    row("aircraft-carried-out-raid", "Turkish aircraft carried out a raid on a farm near "
        "Qamishli.", "raid", "ASSAULT", "195"),
    row("troops-raided-rebel-camp", "Troops raided a rebel camp in the forest near Beni on "
        "Monday.", "raided", "ASSAULT", "190"),
    # near misses: police searching a camp of civilians, or arriving by air, still search
    row("police-raided-refugee-camp", "Police raided a refugee camp near the capital searching "
        "for smugglers.", "raided", "COERCE", "170"),
    row("police-in-helicopters", "Police in helicopters raided a cannabis farm near Kalo.",
        "raided", "COERCE", "170"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "code"), RAIDS)
def test_a_raid_is_coded_by_whom_and_what_it_strikes(text: str, trigger: str, type_: str,
                                                     code: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end].split()[-1] == trigger
             or text[e.start:e.end] == trigger]
    assert found, describe(ex)
    assert (found[0].type, found[0].cameo_code) == (type_, code), describe(ex)
