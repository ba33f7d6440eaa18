"""Whose a possessed thing is, when it is the target (``events.reached.reach``), in our own
sentences.

"Its"/"their" on the object tells whose the thing acted on is. The doer's own is no target
("withdrew *its* troops"); another party's is that party, and a place a phrase of where names
beside it ("in Lower Shabelle", "near Tillaberi") only says where. Three classes:

1. the pronoun stands for another party than the doer, most often the one that reports a harm
   done to its own ("The Somali government said al-Shabaab attacked *its* troops"): the target
   is that party, not the place (``actors.coref``: the owner of what is harmed is not whoever
   harms it);
2. "their" on the object of doers named together is theirs ("India and China agreed to pull
   back *their* troops"): their own, no target;
3. near misses: a place acted on is still the target ("struck Kyiv"), a place that only says
   where is not ("in Kharkiv"); the doer's own stays its own; a possessed noun with no
   antecedent stays generic.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, expect_none, matching

#: (text, type, source, target, not_target): the event must have the target, never the other.
OTHERS_OWN = [
    ("The Somali government said al-Shabaab fighters attacked its troops in Lower Shabelle.",
     "ASSAULT", "Shabaab", "Somali", "Lower Shabelle"),
    ("Colombia's army said the ELN had ambushed its soldiers in Arauca on Sunday.",
     "ASSAULT", ("ELN", "National Liberation"), "Colombia", "Arauca"),
    ("The Nigerien army said bandits had ambushed its soldiers near Tillaberi, killing six.",
     "ASSAULT", "bandits", "Niger", "Tillaberi"),
    ("Ukraine's army said Russian drones had struck its positions in the Kharkiv region.",
     "ASSAULT", "Russia", "Ukrain", "Kharkiv"),
    ("The Philippine navy said China's coast guard had attacked its sailors near Second "
     "Thomas Shoal.", "ASSAULT", ("China", "Chinese", "coast guard"), ("Philippin", "its sailors"),
     "Second Thomas Shoal"),
]

#: (text, type, source, the doers' own thing, which must not be the target)
JOINT_OWN = [
    ("India and China agreed to pull back their troops from the Galwan valley.", "RETREAT",
     ["India", "China"], "troops"),
    ("Sudan and South Sudan agreed to withdraw their forces from Abyei.", "RETREAT",
     ["Sudan", "South Sudan"], "forces"),
    ("Armenia and Azerbaijan said they would pull back their soldiers from the border.",
     "RETREAT", ["Armenia", "Azerbaijan"], "soldiers"),
]

#: Near misses: (text, type, source, target or "none", not_target)
NEAR = [
    # a place acted on stands for its state; one that only says where is no target
    ("Russian missiles struck Kyiv on Tuesday.", "ASSAULT", "Russia", ("Kyiv", "Ukrain"),
     None),
    ("Russian drones struck a power plant in Kharkiv on Tuesday, Ukraine's army said.",
     "ASSAULT", "Russia", None, "Ukraine's army"),
    # the doer's own is still its own
    ("The Malian army said it had withdrawn its troops from the town of Ber.", "RETREAT",
     ("Mali", "army"), None, ("army", "troops", "forces")),
    ("Kenya said it would send its police officers to Haiti next month.", "MOBILIZE",
     "Kenya", None, ("police", "officers")),
    # al-Shabaab's own fighters do the act; no harm is done to them
    ("Al-Shabaab said its fighters attacked a Kenyan base near Lamu.", "ASSAULT", "Shabaab",
     None, "Shabaab"),
]

#: "Their" troops of parties named together just before are those parties acting:
#: (text, type, the parties)
THEIRS = [
    ("Sudan and South Sudan agreed to withdraw their forces from Abyei. Their soldiers "
     "clashed near the border a week later.", "ASSAULT", ["Sudan", "South Sudan"]),
    ("Ethiopia and Eritrea signed a peace deal in July. Their troops clashed near Badme on "
     "Sunday.", "ASSAULT", ["Ethiopia", "Eritrea"]),
    ("Thailand and Cambodia traded accusations on Monday after their soldiers exchanged fire "
     "near the Preah Vihear temple.", "ASSAULT", [("Thai",), ("Cambod",)]),
]

#: A possessed noun with no antecedent stays generic: (text, type, source)
GENERIC = [
    ("Their troops shelled the town of Bakhmut overnight.", "ASSAULT", "troops"),
    ("Their fighters ambushed a convoy near Bunia on Friday.", "ASSAULT", "fighters"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target", "not_target"), OTHERS_OWN)
def test_another_partys_own_is_that_party_not_the_place(text: str, type_: OneOrMore,
                                                       source: Names, target: Names,
                                                       not_target: Names | None) -> None:
    expect(text, type_, source=source, target=target)
    if not_target is not None:
        expect_none(text, type_, source=source, target=not_target)


@pytest.mark.parametrize(("text", "type_", "source", "own"), JOINT_OWN)
def test_their_own_on_joint_doers_is_no_target(text: str, type_: OneOrMore, source: Names,
                                              own: str) -> None:
    expect(text, type_, source=source)
    expect_none(text, type_, target=own)


@pytest.mark.parametrize(("text", "type_", "source", "target", "not_target"), NEAR)
def test_near_misses_keep_their_reading(text: str, type_: OneOrMore, source: Names,
                                        target: Names | None, not_target: Names | None) -> None:
    expect(text, type_, source=source, target=target)
    if not_target is not None:
        expect_none(text, type_, source=source, target=not_target)


@pytest.mark.parametrize(("text", "type_", "source"), GENERIC)
def test_possessed_noun_without_antecedent_stays_generic(text: str, type_: OneOrMore,
                                                         source: str) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source)
    assert found, f"expected {type_} by {source!r}\n{describe(ex)}"
    by_id = {a.id: a for a in ex.actors}
    assert all(by_id[s].country is None for e in found for s in e.source), describe(ex)


@pytest.mark.parametrize(("text", "type_", "parties"), THEIRS)
def test_their_troops_are_the_parties_named_together(text: str, type_: OneOrMore,
                                                     parties: Names) -> None:
    expect(text, type_, source=parties)
