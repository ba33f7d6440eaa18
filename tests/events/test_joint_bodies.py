"""A meeting or an agreement told of bodies that stand for the two parties met earlier
(events.joint): "the panels", "the co-chairs", "the two men", "the working groups" agreed,
met or signed, where the report named the parties a few sentences before and no noun of the
sentence names them. The act is kept with the parties of the latest meeting or agreement
told before it. Each row is (text, trigger word, type, parties that must all be among the
event's sources and targets). Near misses: no meeting told before (the act stays dropped:
no party known), a habit in the present ("the panels meet every month"), and a plan keeps
its modality ("a meeting of the panels is planned": no act told as done). Every sentence is
our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events, names

ROWS = [
    ("Brandovia and Selmark opened talks on their shared river in the border town of "
     "Ostinvale on Monday. It was the first round since the spring floods. Both capitals "
     "sent hydrologists. Fishing cooperatives on both banks are anxious. On Tuesday the "
     "panels agreed to share flow data every week.", "agreed", "AGREE",
     ["brandovia", "selmark"]),
    ("Brandovia's foreign minister, Ilse Varga, met her Selmarkan counterpart, Tomas Renk, "
     "in Ostinvale on Monday. The meeting was the first in a year. Farmers on both sides of "
     "the river have lost land to erosion. Grain prices have risen since March. The two men "
     "also agreed to open a second bridge at Pellwick.", "agreed", "AGREE",
     ["varga", "renk"]),
    ("Brandovia and Selmark held a third round of boundary talks in Ostinvale on Monday. "
     "Surveyors from both sides walked the disputed section. A local priest blessed the "
     "markers. The co-chairs agreed to reconvene in Harnsey in June.", "agreed", "AGREE",
     ["brandovia", "selmark"]),
    ("Brandovia and Selmark held a third round of boundary talks in Ostinvale on Monday. "
     "Surveyors from both sides walked the disputed section. A local priest blessed the "
     "markers. Reporters were kept away from the site. The working groups met again on "
     "Wednesday.", "met", "CONSULT", ["brandovia", "selmark"]),
    ("Keldoran and Vessmark resumed trade talks in Drumlow on Thursday after a pause of two "
     "years. Ferry operators hope for lower port fees. Dairy exporters are less hopeful. "
     "The negotiating teams signed a protocol on customs checks late on Friday.", "signed",
     ("SUPPORT", "AGREE"), ["keldoran", "vessmark"]),
    ("Keldoran and Vessmark resumed trade talks in Drumlow on Thursday. Ferry operators hope "
     "for lower port fees. Dairy exporters are less hopeful. After a long night the panels "
     "held a second session on Friday morning.", "held", "CONSULT",
     ["keldoran", "vessmark"]),
    ("The presidents of Keldoran and Vessmark met in Drumlow on Thursday. Their talks lasted "
     "four hours. Protesters gathered outside the palace. Police kept them behind barriers. "
     "The panels agreed to lift visa rules for students.", "agreed", "AGREE",
     ["keldoran", "vessmark"]),
    ("Officials of Keldoran and Vessmark met in Drumlow on Thursday to discuss fishing "
     "quotas. The harbour was closed for the day. Boats stayed at anchor. Fish prices rose "
     "at the market. The panels agreed to meet again in Ostinvale in May.", "agreed",
     "AGREE", ["keldoran", "vessmark"]),
]

NEAR_MISSES = [
    ("Fishing cooperatives on both banks are anxious. On Tuesday the panels agreed to share "
     "flow data every week.", "agreed", "AGREE"),
    ("Brandovia and Selmark held boundary talks in Ostinvale on Monday. Surveyors walked the "
     "line. The panels meet every month.", "meet", "CONSULT"),
    ("Brandovia and Selmark held boundary talks in Ostinvale on Monday. Surveyors walked the "
     "line. A meeting of the panels is planned for June.", "meeting", "CONSULT"),
]


def _parties(ex, e) -> set[str]:
    return names(ex, (*e.source, *e.target))


@pytest.mark.parametrize(("text", "word", "type_", "parties"), ROWS,
                         ids=[r[0][:40] + r[1] for r in ROWS])
def test_joint_act_kept_with_parties(text, word, type_, parties) -> None:
    ex = events(text)
    kinds = (type_,) if isinstance(type_, str) else type_
    found = [e for e in ex.events if at(text, e, word) and e.type in kinds]
    assert found, describe(ex)
    assert all(any(p in n for n in _parties(ex, found[0])) for p in parties), describe(ex)


@pytest.mark.parametrize(("text", "word", "type_"), NEAR_MISSES,
                         ids=[r[0][:40] + r[1] for r in NEAR_MISSES])
def test_near_miss_stays_dropped(text, word, type_) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, word) and e.type == type_
                and e.modality in ("asserted", "reported")], describe(ex)


#: The words that make a plural the bodies already known (``joint_determiners`` in
#: data/modality.yaml), one row each: each fails when its word leaves the file. ("their" has
#: no row: coreference reads "their panels" as one party's.)
KNOWN = ["The", "These", "Those", "Both", "Two"]


@pytest.mark.parametrize("word", KNOWN)
def test_known_bodies_take_the_parties(word) -> None:
    text = ("Brandovia and Selmark held boundary talks in Ostinvale on Monday. Surveyors "
            "walked the line. A local priest blessed the markers. "
            f"{word} panels agreed to reconvene in Harnsey in June.")
    ex = events(text)
    found = [e for e in ex.events if at(text, e, "agreed") and e.type == "AGREE"]
    assert found, describe(ex)
    assert {"brandovia", "selmark"} <= {p for n in _parties(ex, found[0])
                                        for p in ("brandovia", "selmark") if p in n}
