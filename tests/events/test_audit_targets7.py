"""Whom an act is done to, where news tells it by what the act reaches (issue 12 targets).

Every sentence is our own wording, news style, one row per construction, with near misses:

* A site a force holds, named by the force's noun before it ("a *rebel* camp", "*jihadist*
  positions", "an *insurgent* outpost"), is the force's: storming, shelling or raiding it is
  done to the rebels, not to the town the camp is in ("... in Ituri" is where). A state
  force's site was read so already ("a *police* checkpoint", "an *army* camp").
* People "set free" in the passive are freed, not freeing: "the activists were set free" is
  done to them, by whoever the text names or no one; "is set to" still tells what its
  subject will do.
* Lifting, ending or revoking a suspension eases the act suspended (CONCEDE, CAMEO 081 "ease
  administrative sanctions"), never a new suspension (SANCTION); a suspension announced or
  imposed stays one.
* An operation carried out *against* someone by a police force is coercion (CAMEO 170), by an
  army or against armed men force (190); a surgeon's operation or a firm's operations are
  neither.
* Riot squads or gendarmes a police force sends are its own, moved (MOBILIZE, CAMEO 153): a
  deployment, with no target "squads"; a police report sent is no deployment.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, expect_none, matching


def row(id: str, text: str, type_: OneOrMore, source: Names | None, target: Names | None):
    return pytest.param(text, type_, source, target, id=id)


#: Events a sentence must yield, with their source and target.
PRESENT = [
    # a site named by the force that holds it is that force's
    row("stormed-rebel-camp", "Congolese troops stormed a rebel camp in Ituri on Saturday.",
        "ASSAULT", "Congolese troops", "rebel"),
    row("shelled-rebel-positions", "The army shelled rebel positions near Goma overnight.",
        "ASSAULT", "army", "rebel"),
    row("bombed-jihadist-base", "Malian jets bombed a jihadist base outside Gao on Tuesday.",
        "ASSAULT", None, "jihadist"),
    row("overran-insurgent-outpost", "Soldiers overran an insurgent outpost in the hills.",
        "ASSAULT", "Soldiers", "insurgent"),
    row("raided-militia-camp", "Nigerian troops raided a militia camp in Zamfara state.",
        ("COERCE", "ASSAULT"), "Nigerian troops", "militia"),
    row("army-camp-still-army", "Gunmen attacked an army camp in Borno state.",
        "ASSAULT", "Gunmen", "army"),
    row("police-checkpoint-still-police", "Militants attacked a police checkpoint in Quetta.",
        "ASSAULT", "Militants", "police"),
    # set free, in the passive: done to them
    row("were-set-free", "The two activists were set free on Friday.",
        "RETREAT", None, "activists"),
    row("set-free-by-agent", "Forty detainees were set free by the junta on Monday.",
        "RETREAT", "junta", "detainees"),
    row("set-free-active", "Police set the activists free on Friday.",
        "RETREAT", "Police", "activists"),
    row("set-to-still-doer", "Kenya is set to deploy police officers to Haiti next month.",
        "MOBILIZE", "Kenya", None),
    # a suspension lifted eases, it does not suspend
    row("lifted-suspension-of-aid", "The European Union lifted the suspension of aid to "
        "Niger on Thursday.", "CONCEDE", "European Union", None),
    row("lifted-suspension-of-party", "The junta lifted the suspension of the main "
        "opposition party on Monday.", "CONCEDE", "junta", None),
    row("ended-suspension", "Brussels ended its suspension of budget support to Mozambique.",
        "CONCEDE", ("Belgium", "Brussels"), None),
    row("suspension-announced", "The European Union announced the suspension of aid to Niger.",
        "SANCTION", None, None),
    # police units sent are the police's own: a deployment
    row("sent-riot-squads", "Colombian police sent two riot squads to the port of "
        "Buenaventura on Friday.", "MOBILIZE", "police", None),
    # an operation against someone, by a force or against armed men, is an act of force
    row("police-operation-against", "Police conducted an operation against drug gangs in "
        "Rio on Thursday.", "COERCE", "Police", "gangs"),
    row("operation-against-militants", "Turkey launched an operation against Kurdish "
        "militants in northern Syria.", "ASSAULT", ("Türkiye", "Turkey"), "militants"),
    row("army-operation-against-group", "The army began an operation against al-Shabaab in "
        "Lower Shabelle.", "ASSAULT", "army", "al-Shabaab"),
    # people turned back at a border or stopped at sea are coerced, not fought
    row("pushed-refugees-back", "Greek coastguards pushed the refugees back toward Turkey.",
        "COERCE", "coastguards", "refugees"),
    row("pushed-back-asylum-seekers", "The Greek coastguard pushed back 40 asylum seekers "
        "toward Turkey.", "COERCE", "coastguard", "asylum seekers"),
    row("pushed-back-migrants-into", "Croatian police pushed back dozens of migrants into "
        "Bosnia.", "COERCE", "police", "migrants"),
    row("intercepted-migrants", "Libyan coastguards intercepted 60 migrants off Zuwara.",
        "COERCE", "coastguards", "migrants"),
    row("pushed-back-protesters-still-force", "Riot police pushed back protesters with "
        "batons.", "ASSAULT", "police", "protesters"),
    # what a speaker names by a free relative is the verb's object, and whom it reaches
    row("stop-what-it-called-reaches", "The UN urged Israel to stop what it called the "
        "indiscriminate shelling of Rafah.", "RETREAT", "Israel", "Rafah"),
    row("rejected-what-it-called", "Moscow rejected what it called a provocation by Kyiv.",
        "REJECT", ("Russia", "Moscow"), ("Ukraine", "Kyiv")),
    row("dispatched-gendarmes", "The interior ministry dispatched gendarmes to the "
        "university campus.", "MOBILIZE", ("ministry", "Interior"), None),
]


#: Events a sentence must not yield with this source or target.
ABSENT = [
    row("camp-town-not-target", "Congolese troops stormed a rebel camp in Ituri on Saturday.",
        "ASSAULT", None, "Ituri"),
    row("positions-town-not-target", "The army shelled rebel positions near Goma overnight.",
        "ASSAULT", None, "Goma"),
    row("set-free-not-freeing", "The two activists were set free on Friday.",
        "RETREAT", "activists", None),
    row("lifted-suspension-no-sanction", "The European Union lifted the suspension of aid to "
        "Niger on Thursday.", "SANCTION", None, None),
    row("ended-suspension-no-sanction", "Brussels ended its suspension of budget support to "
        "Mozambique.", "SANCTION", None, None),
    row("squads-no-target", "Colombian police sent two riot squads to the port of "
        "Buenaventura on Friday.", "MOBILIZE", None, "squad"),
    row("surgery-no-force", "Doctors carried out an operation on the wounded minister.",
        ("ASSAULT", "COERCE"), None, None),
    row("surgery-against-advice", "Surgeons performed an operation against the advice of his "
        "family.", ("ASSAULT", "COERCE"), None, None),
    row("mine-operations-no-force", "The firm suspended operations at its mine in Mali.",
        ("ASSAULT", "COERCE"), None, None),
    row("pushed-back-vote", "Parliament pushed back the vote on the migrants bill.",
        ("ASSAULT", "COERCE"), None, None),
    row("police-report-no-deployment", "The ministry sent a police report to the court.",
        "MOBILIZE", None, None),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PRESENT)
def test_act_reaches_whom_it_is_done_to(text: str, type_: OneOrMore, source: Names | None,
                                         target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "source", "target"), ABSENT)
def test_act_does_not_reach_the_wrong_party(text: str, type_: OneOrMore,
                                            source: Names | None,
                                            target: Names | None) -> None:
    if source is None and target is None:
        expect_none(text, type_)
    else:
        ex = events(text)
        found = matching(ex, type_, source=source) if source is not None else \
            [e for e in matching(ex, type_, target=target) if e.target]
        assert not found, describe(ex)


#: "what X called Y": the act a speaker names by a free relative is the verb's object, as if
#: the text had named it bare ("urged Israel to stop *the shelling of Rafah*").
CALLED = [
    pytest.param("The UN urged Israel to stop what it called the indiscriminate shelling of "
                 "Rafah.", "stop", ("Israel",), id="stop-what-it-called"),
    pytest.param("Germany urged Russia to halt what it called deliberate attacks on Ukrainian "
                 "power plants.", "halt", ("Russia",), id="halt-what-it-called"),
    pytest.param("Sweden urged Moscow to stop what it described as the bombing of Kharkiv.",
                 "stop", ("Russia", "Moscow"), id="stop-what-it-described-as"),
]


@pytest.mark.parametrize(("text", "word", "source"), CALLED)
def test_act_named_by_what_it_called_is_the_content(text: str, word: str,
                                                    source: Names) -> None:
    ex = events(text)
    asked = [e for e in matching(ex, "RETREAT", source=source, modality="requested")
             if e.content_of is not None and text[e.start:e.end].startswith(word)]
    assert asked, describe(ex)


def test_what_it_called_near_miss_names_no_act() -> None:
    """"rejected what it called a provocation": the thing named is the object of rejecting,
    no act of the speaker's (the naming is an ACCUSE of its own)."""
    ex = events("Moscow rejected what it called a provocation by Kyiv.")
    assert not matching(ex, ("RETREAT", "ASSAULT")), describe(ex)
