"""An event noun is coded by what its sentence does with it (issue 12: fresh-text audit).

Every sentence is our own wording. A document (deal, pact, accord) is a new agreement only when
the sentence makes it: a light verb or a verb whose subject makes what it names ("reached an
agreement", "struck a deal", "offered a deal", "accepted the deal"), or the two parties it binds
("the pact between Egypt and Sudan"). Named after it is done ("the deal follows weeks of talks",
"under the agreement"), judged ("welcomed, criticised, approved, attacked the deal": the judging
is the act), or dropped ("shelved the pact"), it is no new AGREE: at most a mention of the act
told before, folded into its record (``Event.retells``: "signed a border accord ... The accord
follows months of negotiations"). An act a verb of cutting
names in its own words is that verb's act ("cut its *budget support*": a SANCTION, no SUPPORT).
A noun a speaker describes another's act by ("what it called *a violation*", "said the
overflight was *a violation*") is the speaker's words, no act of its own. A patrol that comes
under fire or was operating is a body of men, no new MOBILIZE; patrols launched or stepped up
are one.
Rows: (text, type, a word of its trigger) must come; near misses: (text, types, trigger word or
None for anywhere) must not.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str, type_: str, trigger: str):
    return pytest.param(text, type_, trigger, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, id=id)


CODED = [
    # the verb that judges or cuts is the act
    case("attacked-deal-criticism", "Opposition lawmakers in Kenya attacked the deal with "
         "Ethiopia as a sellout.", "ACCUSE", "attacked"),
    case("welcomed-agreement-support", "Uganda welcomed the agreement between Sudan's rival "
         "factions.", "SUPPORT", "welcomed"),
    case("approved-pact-support", "Ghana's cabinet approved a security pact with Togo.",
         "SUPPORT", "approved"),
    case("criticised-accord", "Critics in Lima criticised the accord with Bolivia.", "ACCUSE",
         "criticised"),
    case("cut-budget-support-sanction", "The Netherlands cut its budget support to Burundi "
         "last year.", "SANCTION", "cut"),
    case("denounced-called-violation", "Serbia denounced what it called a violation of its "
         "airspace by Albania.", "ACCUSE", "denounced"),
    # a document the sentence makes stays an agreement
    case("reached-agreement", "Kenya and Ethiopia reached an agreement on grazing rights.",
         "AGREE", "agreement"),
    case("struck-deal", "Rwanda and Uganda struck a deal on border trade.", "AGREE", "struck"),
    case("clinched-deal", "Rwanda clinched a deal with Uganda on border trade.", "AGREE",
         "clinched"),
    case("accepted-deal", "Rwanda accepted the deal offered by Uganda.", "AGREE", "accepted"),
    case("offered-deal", "Moldova offered Romania a deal on gas transit.", "AGREE", "offered"),
    case("concluded-accord", "Ecuador and Peru concluded a fisheries accord in Quito.", "AGREE",
         "accord"),
    case("pact-between-took-effect", "The pact between Egypt and Sudan took effect on Monday.",
         "AGREE", "pact"),
    case("signed-accord-support", "Mali and Niger signed a border accord on Monday.",
         "SUPPORT", "signed"),
    case("pledged-budget-support", "The Netherlands pledged budget support to Burundi.",
         "AGREE", "pledged"),
    # patrols sent out are a show of force
    case("launched-patrols", "Indian troops launched patrols along the border with Pakistan.",
         "MOBILIZE", "patrols"),
    case("stepped-up-patrols", "The Greek coast guard stepped up patrols near Lesbos.",
         "MOBILIZE", "patrols"),
]

NOT_NEW = [
    # a document named after the fact, judged or dropped
    miss("deal-follows-talks", "The deal follows three weeks of talks in the Kenyan town of "
         "Narok.", "AGREE"),
    miss("under-the-agreement", "Under the agreement, Chad will reopen two crossings on the "
         "Logone river.", "AGREE"),
    miss("accord-follows-signing", "Mali and Niger signed a border accord on Monday. The "
         "accord follows months of negotiations in Niamey.", "AGREE"),
    miss("attacked-deal-no-agree", "Opposition lawmakers in Kenya attacked the deal with "
         "Ethiopia as a sellout.", ("AGREE", "ASSAULT")),
    miss("shelve-pact", "Ghana's cabinet decided to shelve a security pact with Togo.",
         "AGREE"),
    miss("approved-pact-no-agree", "Ghana's cabinet approved a security pact with Togo.",
         "AGREE"),
    miss("welcomed-agreement-no-agree", "Uganda welcomed the agreement between Sudan's rival "
         "factions.", "AGREE"),
    miss("criticised-accord-no-agree", "Critics in Lima criticised the accord with Bolivia.",
         "AGREE"),
    miss("rejected-pact-no-agree", "Togo rejected the pact with Ghana.", "AGREE"),
    miss("denounced-pact-no-agree", "The Ghanaian opposition denounced the pact with Togo as "
         "a betrayal.", "AGREE"),
    # the cut is the act, not the support cut
    miss("cut-budget-support-no-support", "The Netherlands cut its budget support to Burundi "
         "last year.", "SUPPORT"),
    # a speaker's word for another's act
    miss("called-violation", "Serbia denounced what it called a violation of its airspace by "
         "Albania.", "REJECT"),
    miss("said-was-violation", "Sweden said the overflight was a violation of its airspace.",
         "REJECT"),
    miss("called-invasion", "Ukraine called the deployment an invasion of its territory.",
         "ASSAULT"),
    # a patrol that is a body of men
    miss("patrol-had-been-operating", "The Croatian navy said the patrol had been operating "
         "near the island of Kelvo for a week.", "MOBILIZE"),
    miss("patrol-its-operating", "The Greek coast guard said its patrol had been operating in "
         "the area for a week.", "MOBILIZE"),
    miss("patrol-came-under-fire", "An Indian army patrol came under fire near the village of "
         "Tarkot on Sunday.", "MOBILIZE"),
    miss("patrol-ambushed", "A Ukrainian patrol was ambushed near the town of Velyka Sosna.",
         "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED)
def test_act_is_what_the_sentence_does(text: str, type_: str, trigger: str) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_
             and trigger.lower() in text[e.start:e.end].lower().split()]
    assert found, f"expected {type_} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "types", "trigger"), NOT_NEW)
def test_noun_named_judged_or_described_is_no_new_act(text: str, types: tuple[str, ...],
                                                      trigger: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type in types and not e.reference and e.retells is None
             and (trigger is None or trigger.lower() in text[e.start:e.end].lower().split())]
    assert not found, f"expected no new {types} on {trigger or 'any word'}\n{describe(ex)}"
