"""Word sense and scope (issue 12): which nouns and "target"s are acts, what stopping aid is,
and what a standing measure's modality is.

Every sentence is our own wording.

* Stopping, pausing, suspending, cutting or freezing aid, loans or assistance discontinues it:
  SANCTION (CAMEO 162, 1621-1623, mode discontinue), not a RETREAT; halting or suspending an
  offensive stays RETREAT (087).
* "target" is an attack (ASSAULT) only in a sense of force: weapons, strikes or fighters do the
  targeting, or a military object is targeted. Sanctions, campaigns, ads or laws that "target"
  people are not attacks; "the sanctions target the firms" belongs to the sanction itself.
* A standing relation named by a noun ("the cooperation between X and Y", "their long
  alliance", "the ties between") is no new event unless a verb makes it happen or announces it
  ("agreed to expand cooperation" is, and so is one whose own verb changes it: "cooperation
  between them deepened"; one a verb only praises, discusses or says how it stands is not).
  A measure already in force ("the existing arms embargo", "the 2011 embargo") told as
  background is no new SANCTION, and never takes the modality of a modal or negated clause
  about it: "the embargo would not allow X" leaves the embargo as it
  is, and it is the act X that is blocked.

FIRES rows: (text, type, a word of the trigger, modality or None). QUIET rows: (text, types
that must not come, a word of the trigger or None for anywhere).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str, type_: str, trigger: str, modality: str | None = "asserted"):
    return pytest.param(text, type_, trigger, modality, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None,
         modality: tuple[str, ...] | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, modality,
                        id=id)


#: the readings a standing measure never takes from the clause that speaks of it
CLAUSE_MODALITIES = ("negated", "hypothetical", "future", "requested")


FIRES = [
    # stopping aid, loans or assistance discontinues it (162x)
    case("suspend-aid", "Washington suspended aid to Niger after the coup in Niamey.",
         "SANCTION", "suspended"),
    case("freeze-loans", "The World Bank froze loans to Mali on Thursday.", "SANCTION",
         "froze"),
    case("halt-assistance", "Germany halted development assistance to Burundi last week.",
         "SANCTION", "halted"),
    case("cut-military-aid", "The Netherlands cut military aid to Rwanda over its role in "
         "eastern Congo.", "SANCTION", "cut"),
    case("pause-food-aid", "The United States paused food aid to Ethiopia after reports of "
         "theft.", "SANCTION", "paused"),
    case("stop-funding", "Sweden stopped its funding to the agency in January.", "SANCTION",
         "stopped"),
    case("suspend-budget-support", "The European Union suspended budget support to Burkina "
         "Faso.", "SANCTION", "suspended"),
    case("cut-off-aid", "Britain cut off aid to Myanmar after the crackdown.", "SANCTION",
         "cut"),
    case("halt-disbursement", "The IMF halted a disbursement to Sri Lanka in March.",
         "SANCTION", "halted"),
    case("freeze-assistance-passive", "Aid to Afghanistan was frozen by several donors in "
         "August.", "SANCTION", "frozen"),
    case("suspension-of-aid-noun", "Canada announced the suspension of aid to Haiti on "
         "Friday.", "SANCTION", "suspension"),
    case("aid-freeze-noun", "Japan announced an aid freeze on Sudan after the fighting.",
         "SANCTION", "freeze"),
    case("withhold-tranche", "Brussels withheld a loan tranche from Hungary in December.",
         "SANCTION", "withheld"),
    # suspending talks or membership are other 16x codes, still SANCTION
    case("suspend-membership", "The African Union suspended Guinea's membership after the "
         "coup.", "SANCTION", "suspended"),
    case("suspend-talks", "Pakistan suspended talks with India after the attack in Pulwama.",
         ("SANCTION", "REJECT"), "suspended"),
    # halting an offensive stays RETREAT
    case("suspend-offensive", "The Ethiopian army suspended its offensive on Mekelle on "
         "Sunday.", "RETREAT", "suspended"),
    case("halt-bombing", "Saudi-led forces halted their bombing of Hodeidah, officials said.",
         "RETREAT", "halted", None),
    # "target" in a sense of force
    case("drones-targeted-depot", "Ukrainian drones targeted an oil depot in Bryansk "
         "overnight.", "ASSAULT", "targeted"),
    case("missiles-targeted-port", "Russian missiles targeted the port of Odesa on "
         "Wednesday.", "ASSAULT", "targeted"),
    case("jets-targeted-positions", "Turkish jets targeted PKK positions in northern Iraq.",
         "ASSAULT", "targeted"),
    case("militants-targeted-convoy", "Al-Shabaab militants targeted an army convoy near "
         "Mogadishu.", "ASSAULT", "targeted"),
    # a real sanction whose targets are firms: one SANCTION event
    case("sanction-targeting-firms", "The European Union imposed sanctions targeting Iranian "
         "drone makers.", "SANCTION", "sanctions"),
    case("treasury-sanctioned-firms", "The US Treasury sanctioned four Chinese firms on "
         "Tuesday.", "SANCTION", "sanctioned"),
    # a real new embargo
    case("un-imposed-arms-embargo", "The UN Security Council imposed an arms embargo on South "
         "Sudan in 2018.", "SANCTION", "embargo"),
    case("eu-slapped-embargo", "The European Union slapped an oil embargo on Russia.",
         "SANCTION", "embargo"),
    case("new-embargo-announced", "Turkey announced a trade embargo on Israel on Thursday.",
         "SANCTION", "embargo"),
    # relations made or announced by a verb
    case("agreed-deepen-cooperation", "Japan and the Philippines agreed to deepen defence "
         "cooperation on Friday.", ("AGREE", "COOPERATE"), "agreed", None),
    case("signed-cooperation", "Kenya and Ethiopia signed a security cooperation pact in "
         "Nairobi.", ("AGREE", "COOPERATE", "SUPPORT"), "signed", None),  # signing is 057
    case("expand-cooperation-future", "India and France will expand military cooperation, "
         "the ministers said.", "COOPERATE", "cooperation", None),
    case("formed-alliance", "Mali, Niger and Burkina Faso formed an alliance in September.",
         ("AGREE", "COOPERATE", "SUPPORT"), "formed", None),
    # a standing measure blocks an act: the act is negated/hypothetical, not the embargo
    case("embargo-would-not-allow-sale", "Under the existing embargo, France would not be "
         "allowed to sell rifles to Libya.", "COOPERATE", "sell",
         ("hypothetical", "negated")),
    case("offensive-stopped-passive", "The Israeli offensive in Rafah was halted on Monday.",
         "RETREAT", "halted"),
    case("froze-assets-still", "Britain froze the assets of three Russian banks.",
         "SANCTION", "froze"),
    case("expelled-diplomats-still", "Poland expelled four Belarusian diplomats on Monday.",
         "SANCTION", "expelled"),
    case("cut-aid-modal-is-future", "Washington may cut aid to Egypt, officials said.",
         "SANCTION", "cut", ("hypothetical", "future")),
]

QUIET = [
    # stopping aid is no retreat
    miss("suspend-aid-not-retreat", "Washington suspended aid to Niger after the coup in "
         "Niamey.", "RETREAT"),
    miss("freeze-loans-not-retreat", "The World Bank froze loans to Mali on Thursday.",
         "RETREAT"),
    miss("cut-off-aid-not-retreat", "Britain cut off aid to Myanmar after the crackdown.",
         "RETREAT"),
    miss("halt-assistance-not-retreat", "Germany halted development assistance to Burundi "
         "last week.", "RETREAT"),
    miss("suspension-of-aid-not-retreat", "Canada announced the suspension of aid to Haiti "
         "on Friday.", "RETREAT"),
    miss("suspend-offensive-not-sanction", "The Ethiopian army suspended its offensive on "
         "Mekelle on Sunday.", "SANCTION"),
    # "target" in a sense with no force
    miss("sanctions-target-firms", "The new sanctions target the commanders' firms in "
         "Dubai.", "ASSAULT"),
    miss("campaign-targets-voters", "The ruling party's campaign targets young voters in "
         "Lagos.", "ASSAULT"),
    miss("ads-target-students", "The ads targeted students in Manila, the regulator said.",
         "ASSAULT"),
    miss("law-targets-ngos", "Hungary's new law targets foreign-funded groups.", "ASSAULT"),
    miss("measures-targeting-officials", "Canada announced measures targeting Iranian "
         "officials.", "ASSAULT"),
    miss("one-sanction-not-two", "The European Union imposed sanctions targeting Iranian "
         "drone makers.", "ASSAULT"),
    miss("tax-targets-banks", "The tax targets foreign banks operating in Poland.", "ASSAULT"),
    miss("police-target-smugglers-policy", "The reform targets smugglers who exploit "
         "migrants in Libya.", "ASSAULT"),
    # a standing relation named by a noun is no new event
    miss("cooperation-between-standing", "The cooperation between Egypt and Sudan on the Nile "
         "dates back decades.", ("COOPERATE", "AGREE"), "cooperation"),
    miss("long-alliance", "Their long alliance has shaped the politics of the Gulf, analysts "
         "said.", ("COOPERATE", "AGREE"), "alliance"),
    miss("ties-between", "The ties between Morocco and Spain have improved, the minister "
         "said.", ("COOPERATE", "AGREE", "SUPPORT"), "ties"),
    miss("partnership-history", "The partnership between Germany and Namibia has a painful "
         "history.", ("COOPERATE", "AGREE"), "partnership"),
    miss("cooperation-under-strain", "Security cooperation between Niger and France has been "
         "under strain.", ("COOPERATE", "AGREE"), "cooperation"),
    # ... nor one a verb only praises or discusses (the praise is the event)
    miss("praised-cooperation-between", "The two mayors praised the cooperation between the "
         "ports of Tarnby and Velmar.", ("COOPERATE", "AGREE"), "cooperation"),
    miss("hailed-its-cooperation", "Japan hailed its cooperation with Vietnam on maritime "
         "security.", ("COOPERATE", "AGREE"), "cooperation"),
    # a standing measure is no new SANCTION, and takes no modality of its clause
    miss("existing-un-embargo", "The existing UN arms embargo on Libya bars such sales.",
         "SANCTION", "embargo"),
    miss("embargo-of-2011", "The 2011 embargo still covers all weapons shipments to the "
         "country.", "SANCTION", "embargo"),
    miss("embargo-not-hypothetical", "The current arms embargo would not allow the sale of "
         "jets to Sudan.", "SANCTION", "embargo"),
    miss("sanctions-in-place", "Sanctions already in place prevent Venezuela from selling oil "
         "in the United States.", "SANCTION", "Sanctions"),
    miss("longstanding-embargo", "The decades-old US embargo on Cuba remains in force.",
         "SANCTION", "embargo"),
    miss("un-embargo-would-not-allow", "The UN embargo on Libya would not allow such sales, "
         "diplomats said.", "SANCTION", "embargo", CLAUSE_MODALITIES),
    miss("eu-sanctions-do-not-permit", "The EU's sanctions on Belarus do not permit potash "
         "exports.", "SANCTION", "sanctions", CLAUSE_MODALITIES),
    miss("their-embargo-could-block", "Their embargo on Qatar could block the sale of food to "
         "Doha.", "SANCTION", "embargo", CLAUSE_MODALITIES),
]


def _at(text: str, event, trigger: str) -> bool:
    return trigger in text[event.start:event.end]


@pytest.mark.parametrize("text,types,trigger,modality", FIRES)
def test_act_is_read_in_its_sense(text, types, trigger, modality):
    ex = events(text)
    wanted = (types,) if isinstance(types, str) else types
    modes = (modality,) if isinstance(modality, str) else modality
    found = [e for e in ex.events if e.type in wanted and _at(text, e, trigger)
             and (modes is None or e.modality in modes)]
    assert found, f"expected {types} at {trigger!r} ({modality})\n{describe(ex)}"
    assert not problems(ex), problems(ex)


@pytest.mark.parametrize("text,types,trigger,modality", QUIET)
def test_other_sense_or_standing_fact_is_no_such_event(text, types, trigger, modality):
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and (trigger is None or _at(text, e, trigger))
             and (modality is None or e.modality in modality)]
    assert not found, f"expected no {types} at {trigger!r}\n{describe(ex)}"
