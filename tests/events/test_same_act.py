"""One act, one event (issue 12, precision: duplicates): a sentence that tells an act twice
yields it once (``actorgraph.events.restatements``).

Every sentence is our own wording. Three classes, each with near misses that must keep two
events:

* an event noun that is the subject of a verb of its own type: the verb tells that act again
  ("The Russian *attack killed* five people": the attack and its casualties are one ASSAULT;
  "a missile *strike that killed* seven": the same through a relative clause). One event is
  kept, the more specific code, with the noun's doer and the verb's object. Near misses: a
  verb of another type ("the attack *prompted* Kenya to close"), another doer in a clause of
  its own ("came after Ukraine shelled"), two attacks each with its own casualties;
* a light noun that is the act its verb names: "signed a *ceasefire agreement*" declares a
  truce (CAMEO 0871, RETREAT), not a signing (057) and a truce besides; signing any other
  agreement stays SUPPORT 057 ("signed a *trade agreement*", "a *peace deal*");
* a noun in apposition to talks that restates them ("held talks with Putin, *the first
  meeting* between them since 2019"); near miss: a meeting put in another time by a
  preposition ("days after *a meeting* with Xi").
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, find, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
ISRAEL = ("Israel",)


def case(id: str, text: str, type_: OneOrMore, count: int, *, source: Names | None = None,
         target: Names | None = None, code: str | None = None):
    return pytest.param(text, type_, count, source, target, code, id=id)


#: (text, type, how many events of that type, the source and target one of them has, the
#: CAMEO code one of them has).
SAME_ACT = [
    # 1. an event noun as the subject of a verb of its type
    case("request-asked", "The Guyanese request asked for armoured vehicles.", "REQUEST", 1,
         source="Guyana"),
    case("attack-killed", "The Russian attack killed five people in Kharkiv.", "ASSAULT", 1,
         source=RUSSIA, target="people"),
    case("airstrike-killed-keeps-aerial", "The Israeli airstrike killed twelve people in Rafah "
         "on Tuesday.", "ASSAULT", 1, source=ISRAEL, target="people", code="195"),
    case("drone-strike-hit", "The Ukrainian drone strike hit an oil depot in Bryansk.",
         "ASSAULT", 1, source="Ukraine", code="195"),
    case("offer-promised", "The Chinese offer promised loans to Zambia.", "AGREE", 1,
         source="China", target="Zambia", code="0331"),
    case("appeal-urged", "The Kenyan appeal urged donors to send food to Somalia.", "REQUEST",
         1, source="Kenya"),
    case("threat-warned", "The Iranian threat warned Israel of a harsh response.", "THREATEN",
         1, source="Iran", target=ISRAEL),
    case("attack-which-killed", "The Russian attack, which killed five people, hit Kharkiv on "
         "Monday.", "ASSAULT", 1, source=RUSSIA),
    case("strike-that-killed", "A Russian missile strike that killed seven people hit Odesa.",
         "ASSAULT", 1, source=RUSSIA, target="people", code="195"),
    case("launched-attack-that-killed", "Russia launched an attack that killed five people in "
         "Kharkiv.", "ASSAULT", 1, source=RUSSIA, target="people"),
    case("ban-forbids", "The Turkish ban forbids gatherings in Istanbul.", "COERCE", 1),
    case("sanctions-target", "The American sanctions target six Iranian firms.", "SANCTION",
         1),
    # near misses: another type, another doer, another clause
    case("near-attack-prompted-close", "The attack prompted Kenya to close its border with "
         "Somalia.", "ASSAULT", 1),
    case("near-attack-prompted-close-keeps-closure", "The attack prompted Kenya to close its "
         "border with Somalia.", "COERCE", 1),
    case("near-protest-police-fired", "The protest turned violent when police fired tear "
         "gas.", "PROTEST", 1),
    case("near-protest-police-fired-keeps-firing", "The protest turned violent when police "
         "fired tear gas.", "ASSAULT", 1, source="police"),
    case("near-attack-after-shelled", "The Russian attack came after Ukraine shelled "
         "Belgorod.", "ASSAULT", 2),
    case("near-two-attacks-two-casualty-clauses", "The Israeli strike that killed the "
         "commander followed a Hezbollah attack that wounded two soldiers.", "ASSAULT", 2),
    case("near-attack-by-another", "The Russian attack came days after Ukrainian drones "
         "killed three soldiers in Kursk.", "ASSAULT", 2),
    case("near-appeal-after-urged", "The Kenyan appeal came days after Uganda urged donors "
         "to send food.", "REQUEST", 2),
    case("near-labour-strike-halted", "A strike by dock workers halted exports from Antwerp.",
         "PROTEST", 1),
    case("near-two-attacks-two-clauses", "The Russian attack killed five people, and the "
         "Ukrainian response killed two soldiers.", "ASSAULT", 2),
    case("near-attack-condemned", "The Iranian attack on Israel was condemned by Germany.",
         "ASSAULT", 1, source="Iran"),
    # an attack with no hand named beside the fighting its sentence names the sides of
    case("fighting-with-gunfire", "On Sunday, fighting broke out in Gao between the Malian "
         "army and the rebels, with gunfire heard around the airport.", "ASSAULT", 1,
         source="Malian army"),
    case("near-gunfire-alone", "Gunfire was heard around the airport of Gao on Sunday night, "
         "residents said.", "ASSAULT", 1),
    # a unit named as the doer of another act, or as what an act is done to, is no deployment
    # of its own
    case("patrol-fired", "A Bahraini coast guard patrol fired warning shots at a Qatari "
         "fishing boat on Friday.", "MOBILIZE", 0),
    case("patrol-arrested", "The patrol arrested four fishermen near the island on Monday.",
         "MOBILIZE", 0),
    case("near-deployment-angered", "The deployment of Russian troops to the border angered "
         "Helsinki.", "MOBILIZE", 1),
    case("patrol-under-fire", "A Malian army patrol came under fire near Kidal on "
         "Monday.", "MOBILIZE", 0),
    # 2. a light noun that is the act of its verb
    case("signed-ceasefire-agreement", "Sudan's army and the RSF signed a ceasefire agreement "
         "in Jeddah.", "RETREAT", 1, code="0871"),
    case("signed-ceasefire-agreement-no-signing", "Sudan's army and the RSF signed a "
         "ceasefire agreement in Jeddah.", "SUPPORT", 0),
    case("signed-ceasefire-accord", "The two sides signed a ceasefire accord on Monday.",
         "RETREAT", 1, code="0871"),
    case("inked-truce-deal", "Israel and Hamas inked a truce deal in Cairo.", "RETREAT", 1,
         source=[ISRAEL, "Hamas"], code="0871"),
    case("inked-truce-deal-no-signing", "Israel and Hamas inked a truce deal in Cairo.",
         "SUPPORT", 0),
    case("signed-ceasefire-deal-brokered", "The junta and the rebels signed a ceasefire deal "
         "brokered by China.", "RETREAT", 1, code="0871"),
    case("signed-truce", "The rebels signed a truce with the government in Doha.", "RETREAT",
         1, source="rebels", code="0871"),
    case("refused-to-sign-ceasefire-agreement", "The rebels refused to sign a ceasefire "
         "agreement with the army.", "RETREAT", 1, code="0871"),
    case("near-signed-peace-deal", "Armenia and Azerbaijan signed a peace deal in "
         "Washington.", "SUPPORT", 1, source=["Armenia", "Azerbaijan"], code="057"),
    case("near-signed-peace-deal-no-truce", "Armenia and Azerbaijan signed a peace deal in "
         "Washington.", "RETREAT", 0),
    case("near-signed-trade-agreement", "Kenya and Ethiopia signed a trade agreement in "
         "Nairobi.", "SUPPORT", 1, code="057"),
    # 3. an apposition restating talks
    case("talks-first-meeting", "Modi held talks with Putin in Moscow, the first meeting "
         "between them since 2019.", "CONSULT", 1, source="Modi"),
    case("talks-second-meeting", "Blinken held talks with Wang Yi in Beijing, his second "
         "meeting with the Chinese minister this year.", "CONSULT", 1, source="Blinken"),
    case("met-first-meeting-between-leaders", "Erdogan met Assad in Ankara, the first meeting "
         "between the two leaders since 2011.", "CONSULT", 1, source="Erdogan"),
    case("talks-a-meeting-described", "Blinken held talks with Wang Yi, a meeting that "
         "Beijing described as candid.", "CONSULT", 1, source="Blinken"),
    case("near-talks-days-after-meeting", "Modi held talks with Putin in Moscow, days after a "
         "meeting with Xi.", "CONSULT", 2),
    case("near-met-after-meeting-of-others", "Erdogan met Assad in Ankara, a week after a "
         "meeting between Putin and Xi.", "CONSULT", 2),
    # 4. a purpose infinitive of the act's own type names the act again
    case("phoned-to-discuss", "Macron phoned Modi on Tuesday to discuss the war in Gaza.",
         "CONSULT", 1, source="Macron", target="Modi"),
    case("called-to-discuss", "Scholz called Erdogan to discuss migration.", "CONSULT", 1,
         source="Scholz", target="Erdogan", code="041"),
    case("met-to-discuss", "The foreign ministers of Egypt and Jordan met in Amman to discuss "
         "the crisis.", "CONSULT", 1),
    case("near-met-to-urge", "Blinken met Netanyahu in Jerusalem to urge restraint.",
         "REQUEST", 1),
    case("near-met-then-discussed", "Ruto met Museveni in Kampala, and the two later discussed "
         "trade with Tanzania's president.", "CONSULT", 2),
]


@pytest.mark.parametrize(("text", "type_", "count", "source", "target", "code"), SAME_ACT)
def test_one_act_one_event(text: str, type_: OneOrMore, count: int, source: Names | None,
                           target: Names | None, code: str | None) -> None:
    ex = events(text)
    found = find(ex, type_)
    assert len(found) == count, f"expected {count} {type_}\n{describe(ex)}"
    if count and (source or target):
        assert matching(ex, type_, source=source, target=target), \
            f"expected {type_} source={source!r} target={target!r}\n{describe(ex)}"
    if count and code:
        assert any(e.cameo_code == code for e in found), \
            f"expected {type_} with CAMEO {code}\n{describe(ex)}"
