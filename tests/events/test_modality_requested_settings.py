"""Modality of an event a request, offer, threat or condition only refers to.

Every sentence is our own wording, with invented towns. What is asked, offered, threatened or
supposed is the act of the complement ("asked the UN *to investigate*", "called for *the
release*", "threatened *a blockade*"): it takes the irrealis reading. An act that complement
names by a definite noun (a determiner, a possessor, a date: "*the* killing of three miners",
"*Monday's* shelling") as the object of another act, or of a preposition on it ("retaliate *for*
the shelling", "investigate *the* attack"), is presupposed: it took place, and keeps the
reading of the document ("asked Kenya to investigate the attack on its border post" tells of
an attack). So does a state a participle gives a noun ("the *detained* journalists").

The presupposed rows are strict xfails, but for those whose act is the object of a verb that
speaks of it without bringing it about ("investigate", "condemn": ``_READ``): the general rule
that reads them (a definite noun as what another act with a sense of its own answers keeps the
document's reading) was written and passes them, but it costs one cross-document pair on a
fusion split (a recovered "the first march" is told again as the latest march by
events/retellings and clustered with it), so it is not in yet; the near misses hold today and
must go on holding.

Near misses: the requested act itself, even with a definite noun ("called for *the release*",
"asked Russia to join *the talks*": the joining is asked), an act the complement makes, answers
or carries out ("urged Hamas to accept *the truce*", "to sign *the agreement*"), an indefinite
or planned act ("to investigate *a raid*", "to prevent *the planned* march"), and an act a
negation reaches directly ("did not carry out *the raid*").
"""

from __future__ import annotations

import pytest

from .test_modality import PARAMS, case, check

PRESUPPOSED = [
    case("req-investigate-the-killing", "Ghana asked the UN to investigate the killing of "
         "three miners near Wassabo.", "ASSAULT", "asserted", target="miners"),
    case("req-investigate-dated-killing", "Ghana asked the UN to investigate last week's "
         "killing of four farmers near Wassabo.", "ASSAULT", "asserted", target="farmers"),
    case("req-investigate-the-attack", "Uganda asked Kenya to investigate the attack on its "
         "border post at Lomaru.", "ASSAULT", "asserted"),
    case("req-apologise-for-the-arrest", "Niger asked Mali to apologise for the arrest of its "
         "consul in Tessorou.", "COERCE", "asserted"),
    case("req-punish-behind-the-arrest", "Niger asked Mali to punish the officers behind the "
         "arrest of its consul in Tessorou.", "COERCE", "asserted"),
    case("threat-retaliate-for-the-shelling", "Rwanda threatened to retaliate for the "
         "shelling of Kivugo.", "ASSAULT", "asserted", target="Kivugo"),
    case("threat-retaliate-for-dated-shelling", "Rwanda threatened to retaliate for "
         "Monday's shelling of Kivugo.", "ASSAULT", "asserted", target="Kivugo"),
    case("req-release-the-detained", "Amnesty called for the release of the detained "
         "reporters in Malabeni.", "COERCE", "asserted"),
    case("offer-condemn-the-bombing", "Zambia urged the AU to condemn the bombing of the "
         "market in Kelwezi.", "ASSAULT", "asserted"),
    case("would-respond-to-the-attack", "Chad would respond to the attack on its base at "
         "Fadoum, the minister said.", "ASSAULT", "reported", attributed_to="minister"),
    case("not-investigate-the-killing", "The police did not investigate the killing of the "
         "two herders in Ombalu.", "ASSAULT", "asserted", target="herders"),
]

NEAR_MISSES = [
    case("near-asked-to-investigate", "Ghana asked the UN to investigate.", "ACCUSE",
         "requested", source="UN"),
    case("near-called-for-the-release", "Amnesty called for the release of the detained "
         "reporters in Malabeni.", "RETREAT", "requested"),
    case("near-called-for-talks", "Amnesty called for talks between the government and the "
         "rebels.", "CONSULT", "requested"),
    case("near-urged-to-release", "Tanzania urged Kenya to release the fishermen held in "
         "Kilindu.", "RETREAT", "requested", source="Kenya"),
    case("near-investigate-a-raid", "Uganda asked Kenyan police to investigate a raid by "
         "militias on a border post.", "COERCE", "requested"),
    case("near-host-the-talks", "Qatar asked Egypt to host the talks between Hamas and "
         "Fatah.", "CONSULT", "requested"),
    case("near-if-attacks", "If Burundi attacks Rwanda, Uganda will intervene.", "ASSAULT",
         "hypothetical", source="Burundi"),
    case("near-threatened-to-shell", "Rwanda threatened to shell the town of Kivugo.",
         "ASSAULT", "future", source="Rwanda"),
    case("near-did-not-carry-out", "The army did not carry out the raid on the village.",
         "COERCE", "negated"),
    case("near-urged-to-accept-truce", "Qatar urged Hamas to accept the truce.", "AGREE",
         "requested", source="Hamas"),
    case("near-asked-to-join-talks", "Egypt asked Sudan to join the talks in Jeddah.",
         "CONSULT", "requested"),
]

_PENDING = pytest.mark.xfail(strict=True, reason="events inside a request, threat or "
                             "condition take its irrealis reading even when presupposed")
#: Rows read today: the act is the object of a verb that speaks of it and does not bring it
#: about ("investigate", "condemn": ``about_verbs`` in data/modality.yaml).
_READ = frozenset({"req-investigate-the-killing", "req-investigate-dated-killing",
                   "req-investigate-the-attack", "offer-condemn-the-bombing",
                   "not-investigate-the-killing"})
ROWS = [pytest.param(*row.values, id=row.id, marks=() if row.id in _READ else _PENDING)
        for row in PRESUPPOSED] + NEAR_MISSES


def test_the_table_has_twenty_rows_half_of_them_near_misses() -> None:
    assert len(ROWS) >= 20 and len(NEAR_MISSES) >= 10
    assert len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(PARAMS, ROWS)
def test_requested_settings(text: str, type_, modality: str, source, target,
                            attributed_to) -> None:
    check(text, type_, modality, source, target, attributed_to)
