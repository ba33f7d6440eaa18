"""A material act denied outright is an event with no hand named: a seizure, a rescue, an
expulsion, a release or an extradition whose participant a negative quantifier says never
existed ("*nothing* was seized", "*no* soldier rescued anyone", "*no* diplomat was
expelled") is told to say it did not happen, and a denial is what another source's report
of the act is answered by (PLOVER's negation mode: "fighting has not re-emerged"). So it is
the act, ``negated``, with whatever arguments it has, as "*no* shots were fired" is.

Near misses keep their reading: a verbal act denied with no party (an agreement, talks, a
request: "no agreement was signed") tells no act of anyone; a rule or habit in the simple
present ("no ship is boarded without a warrant"), a condition or a modal ("no cargo may be
seized") tells no act done; an act asserted stays asserted; an accident's toll is no
violence. Our own sentences, several domains; rows: (id, text, type, modality).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching


def row(id: str, text: str, type_: str, modality: str | tuple[str, ...] | None):
    return pytest.param(text, type_, modality, id=id)


ROWS = [
    # maritime: goods and vessels
    row("nothing-seized", "Nothing was seized from the trawler, the Indonesian navy said.",
        "COERCE", "negated"),
    row("no-cargo-confiscated", "No cargo was confiscated at the port of Mombasa, customs "
        "officers said on Friday.", "COERCE", "negated"),
    row("no-catch-seized-by-any", "No catch was seized by any patrol boat last week, the "
        "Senegalese fisheries ministry said.", "COERCE", "negated"),
    # rescue and aid
    row("no-soldier-rescued-anyone", "No soldier rescued anyone, the drivers' union said.",
        "AID", "negated"),
    row("no-hostage-rescued", "No hostage was rescued on Tuesday, the tribal elders said.",
        "AID", "negated"),
    # diplomatic sanctions
    row("no-diplomat-expelled", "No diplomat was expelled, the Lithuanian foreign ministry "
        "said.", "SANCTION", "negated"),
    row("not-one-envoy-expelled", "Not one Chinese envoy has been expelled from Vilnius, the "
        "foreign ministry said.", "SANCTION", "negated"),
    # violence: a place or people said never hit
    row("no-village-hit", "No village was hit, the Burmese army said of the air strikes.",
        "ASSAULT", "negated"),
    # releases and extraditions
    row("no-prisoner-freed", "No prisoner was freed on Sunday, the families of the detainees "
        "said.", "RETREAT", "negated"),
    row("nobody-handed-over", "Nobody was extradited last month, the Bolivian prosecutors "
        "said.", "COOPERATE", "negated"),
]

#: Rows that must give no event of this type with one of these modalities (None: any).
NONE = [
    row("agreement-denied-no-party", "No agreement was signed in Doha, the mediators said.",
        "SUPPORT", None),
    row("rule-in-present", "No ship is boarded without a warrant, the navy says.", "COERCE",
        None),
    row("modal-may", "No cargo may be seized without a court order, the judge said.",
        "COERCE", ("negated", "asserted")),
    row("conditional", "If no hostage is freed by Friday, the talks will end, the mediator "
        "said.", "RETREAT", ("negated", "asserted")),
    row("asserted-stays", "Customs officers seized two tonnes of cocaine at the port.",
        "COERCE", "negated"),
    row("accident-toll", "No one was hurt when the truck overturned near Kisumu.", "ASSAULT",
        None),
    row("flood-toll", "Nobody was killed in the floods, the governor said.", "ASSAULT", None),
    row("storm-damage", "No house was destroyed by the storm, officials said.", "ASSAULT",
        None),
    row("crash-toll", "No one was injured in the crash, police said.", "ASSAULT", None),
    row("nothing-said", "Nothing was said about the seizure at the briefing.", "COERCE",
        "negated"),
]


@pytest.mark.parametrize(("text", "type_", "modality"), ROWS)
def test_a_material_act_denied_outright_is_an_event(text, type_, modality) -> None:
    ex = events(text)
    assert matching(ex, type_, modality=modality), describe(ex)


@pytest.mark.parametrize(("text", "type_", "modality"), NONE)
def test_near_misses_give_no_such_event(text, type_, modality) -> None:
    ex = events(text)
    assert not matching(ex, type_, modality=modality), describe(ex)
