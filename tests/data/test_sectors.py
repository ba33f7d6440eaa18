"""data/sectors.yaml: the groups of actor sectors the code tests a sector against, one
definition each. One row per sector of a group: each fails when its sector leaves the file."""

from __future__ import annotations

import pytest

from actorgraph.actors.tables import load_yaml, word_list

#: The groups as the code read them when they were moved out of it.
GROUPS = {
    "state": "GOV MIL JUD LEG COP SPY",
    "state_forces": "MIL COP",
    "state_parties": "GOV MIL COP SPY",
    "state_party_forces": "MIL COP SPY",
    "placed_organs": "MIL COP JUD SPY",
    "member_forces": "MIL COP REB INS UAF SPY",
    "armed": "MIL REB INS UAF COP",
    "non_state_armed": "REB INS UAF RAD",
}


@pytest.mark.parametrize("group,sector", [(g, s) for g, ss in GROUPS.items()
                                          for s in ss.split()])
def test_group_keeps_its_sector(group: str, sector: str) -> None:
    assert sector in word_list("sectors.yaml", group)


def test_no_group_holds_a_sector_of_no_table() -> None:
    """Every sector of a group is a known sector code: three capitals, no typo."""
    for group, sectors in load_yaml("sectors.yaml").items():
        assert sectors and all(len(s) == 3 and s.isupper() for s in sectors), group


def test_force_sets_are_read_from_data() -> None:
    """The modules that test a force's sector read the file, not a copy of their own."""
    from actorgraph.actors import collectives, nominals, regional
    from actorgraph.events import actormap, handless
    from actorgraph.fuse import parties

    assert collectives.FORCE_SECTORS is word_list("sectors.yaml", "state_forces")
    assert handless.FORCE_SECTORS is collectives.FORCE_SECTORS
    assert collectives.STATE_SECTORS is word_list("sectors.yaml", "state")
    assert nominals.ARMED is word_list("sectors.yaml", "armed")
    assert regional._ORGANS is word_list("sectors.yaml", "placed_organs")
    assert actormap._FORCES is word_list("sectors.yaml", "member_forces")
    assert parties._FORCES is word_list("sectors.yaml", "state_party_forces")
