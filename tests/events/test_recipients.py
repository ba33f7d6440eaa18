"""Recipients (PLOVER's target) of acts whose sentence names them outside the trigger's own
arguments: tests for ``actorgraph/events/recipients.py``.

Every sentence is our own wording. Four kinds of phrasing, one table each:

* a preposition of a nominal trigger ("a request *to Delhi*", "criticism *of* the junta",
  "pressure *on* Minsk", "threats *against* Kyiv", "aid *for* Gaza");
* the object of the verb that governs a nominal trigger through a preposition ("blamed the
  attack *on Hamas*", "accused Iran *of* aggression");
* the partner of a joint act named before the act's infinitive ("agreed *with Ankara* to
  hold talks");
* the addressee of a speech act carrying a demand or a threat ("told Israel to stop",
  "warned Seoul that ...").

Each table keeps near-misses that must keep no target: a theme is not a recipient ("aid for
reconstruction", "pressure on prices", "talks on trade").
"""

from __future__ import annotations

import pytest

from .helpers import expect_none, known
from .test_targets import NO_TARGET, case, check

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
TABLE = "text, type_, source, target, not_target"


#: The trigger lexicon has no sense for these words yet: the event is missing, not its target.
_NO_TRIGGER = "no trigger yet in event_triggers.yaml for this word (lexicon, not arguments)"

NOUN_PREPS = [
    case("request-to-capital", "Nepal sent a formal request to New Delhi for fuel supplies on "
         "Monday.", "REQUEST", source="Nepal", target=("Delhi", "India")),
    case("criticism-of-junta", "The African Union issued sharp criticism of the military junta "
         "in Niger.", ("ACCUSE", "REJECT"), source="African Union", target=("junta", "Niger")),
    known(case("pressure-on-minsk", "The European Union stepped up pressure on Minsk after "
               "the disputed vote.", "COERCE", source=("European Union", "EU"),
               target=("Minsk", "Belarus")), _NO_TRIGGER + ": 'pressure'"),
    case("threats-against-kyiv", "Russia renewed its threats against Kyiv on Thursday.",
         "THREATEN", source=RUSSIA, target=("Kyiv", "Ukraine")),
    case("aid-for-gaza", "Egypt pledged fresh aid for Gaza at a conference in Cairo.", "AID",
         source="Egypt", target="Gaza"),
    case("sanctions-against-tehran", "Britain announced new sanctions against Tehran over "
         "drone sales.", "SANCTION", source=("Britain", "United Kingdom"),
         target=("Tehran", "Iran")),
    case("demand-on-serbia", "Kosovo's government repeated its demand on Serbia to recognise "
         "its independence.", "REQUEST", source="Kosovo", target="Serbia"),
    case("accusations-against-rwanda", "Congo's president renewed accusations against Rwanda "
         "on Tuesday.", "ACCUSE", source=("Congo", "president"), target="Rwanda"),
    case("rejection-of-plan-by-hamas", "Israel voiced its rejection of Hamas's proposal.",
         "REJECT", source="Israel"),
    case("condemnation-of-coup", "ECOWAS issued a condemnation of the soldiers who seized "
         "power in Niamey.", ("ACCUSE", "REJECT"), source="ECOWAS", target="soldiers"),
    # near-misses: a theme is not a recipient
    case("aid-for-reconstruction", "Japan pledged aid for reconstruction on Monday.", "AID",
         source="Japan", target=NO_TARGET),
    case("sanctions-on-exports", "Canada imposed sanctions on steel exports on Friday.",
        "SANCTION", source="Canada", target=NO_TARGET),
    case("threats-over-trade", "China issued threats over trade during the summit in "
         "Geneva.", "THREATEN", source="China", not_target="Geneva"),
]

GOVERNING_VERB = [
    case("blamed-attack-on-hamas", "Israel blamed the attack on Hamas.", "ACCUSE",
         source="Israel", target="Hamas"),
    case("blamed-bombing-on-rebels", "The Pakistani army blamed Tuesday's bombing on Baloch "
         "separatists.", "ACCUSE", source="Pakistan", target="Baloch"),
    case("accused-iran-of-aggression", "Saudi Arabia accused Iran of aggression in the Gulf.",
         "ACCUSE", source="Saudi", target="Iran"),
    case("charged-minister-with-fraud", "Prosecutors in Kenya charged former finance minister "
         "Henry Rotich with fraud.", ("ACCUSE", "SANCTION", "COERCE"), target="Rotich"),
    # a nominal act answered by the verb that holds it: whoever answers was addressed
    case("rejected-us-accusations", "Iran rejected the US accusations of arming the "
         "Houthis.", "ACCUSE", source=USA, target="Iran"),
    case("denied-allegations", "Pakistan denied India's allegations of cross-border "
         "shelling.", "ACCUSE", source="India", target="Pakistan"),
    case("granted-request", "Tokyo granted Manila's request for patrol boats.", "REQUEST",
         source=("Manila", "Philippines"), target=("Tokyo", "Japan")),
    case("refuted-claims", "Somalia refuted Kenya's accusations of meddling in the vote.",
         "ACCUSE", source="Kenya", target="Somalia"),
    case("turned-down-request", "Germany turned down Kyiv's request for long-range missiles.",
         "REQUEST", source=("Kyiv", "Ukraine"), target="Germany"),
    # near-misses: the doer repeats or drops its own act
    case("renewed-own-accusations", "Albania renewed its accusations of vote rigging.",
         "ACCUSE", source="Albania", target=NO_TARGET),
    case("repeated-own-demand", "Kosovo repeated its demand for recognition.", "REQUEST",
         source="Kosovo", target=NO_TARGET),
]

JOINT_PARTNER = [
    case("agreed-with-ankara-to-talk", "Greece agreed with Ankara to hold talks on maritime "
         "borders.", "CONSULT", source="Greece", target=("Ankara", "Turkey")),
    case("decided-with-seoul-to-meet", "Japan decided with Seoul to meet again in the spring.",
         "CONSULT", source="Japan", target=("Seoul", "South Korea")),
    case("agreed-with-khartoum-to-convene", "The African Union agreed with Khartoum to "
         "convene peace talks.", "CONSULT", source="African Union", target=("Khartoum", "Sudan")),
    case("arranged-with-poland", "Ukraine arranged with Poland to hold consultations next "
         "month.", "CONSULT", source="Ukraine", target="Poland"),
    case("agreed-with-rwanda-to-cooperate", "Britain agreed with Rwanda to cooperate on "
         "migration.", "COOPERATE", source=("Britain", "United Kingdom"), target="Rwanda"),
    # near-misses: the parties are both subjects; a theme after "on"
    case("worked-with-to-sanction", "France worked with Germany to impose sanctions on "
         "Belarus.", "SANCTION", source="France", target="Belarus", not_target="Germany"),
    case("both-agreed-to-talk", "Greece and Turkey agreed to hold talks on trade.", "CONSULT",
         source=["Greece", "Turkey"], target=NO_TARGET),
    case("talks-on-trade", "Vietnam held talks on trade in Hanoi.", "CONSULT",
         source="Vietnam", target=NO_TARGET),
]

ADDRESSEE = [
    case("demand-that-clause", "Egypt repeated its demand that Ethiopia stop filling the "
         "dam.", "REQUEST", source="Egypt", target="Ethiopia"),
    case("request-that-clause", "Lebanon submitted a request that Cyprus send firefighting "
         "planes.", "REQUEST", source="Lebanon", target="Cyprus"),
    case("demand-that-no-actor", "Egypt repeated its demand that the filling of the dam "
         "stop.", "REQUEST", source="Egypt", target=NO_TARGET),
    known(case("told-israel-to-stop", "The United Nations chief told Israel to stop the "
               "bombardment.", "REQUEST", target="Israel"), _NO_TRIGGER + ": 'told X to'"),
    case("warned-seoul-that", "North Korea warned Seoul that it would retaliate against any "
         "provocation.", "THREATEN", source="North Korea", target=("Seoul", "South Korea")),
    case("urged-ethiopia-to-withdraw", "Kenya urged Ethiopia to withdraw its forces from the "
         "border.", "REQUEST", source="Kenya", target="Ethiopia"),
    case("warned-washington-against", "Beijing warned Washington against arming Taiwan.",
         "THREATEN", source=("Beijing", "China"), target=USA),
    known(case("told-rebels-they-must", "Sudan's army told the RSF they must leave "
               "Khartoum.", "REQUEST", source="Sudan", target="RSF"),
          _NO_TRIGGER + ": 'told X they must'"),
    case("pressed-hanoi-to-release", "The European Union pressed Hanoi to release jailed "
         "activists.", "REQUEST", source=("European Union", "EU"),
         target=("Hanoi", "Vietnam")),
    case("told-reporters", "Moscow told reporters that it would demand an apology.",
        "REQUEST", source=RUSSIA, not_target="reporters"),
    case("called-for-x-to", "The African Union called for Ethiopia to withdraw its troops "
         "from the border.", "REQUEST", source="African Union", target="Ethiopia"),
    case("called-for-x-to-resign", "Student groups in Dhaka called for Prime Minister Hasina "
         "to resign.", "REQUEST", target="Hasina"),
    case("called-for-no-actor", "The African Union called for talks to resume in Nairobi.",
         "REQUEST", source="African Union", target=NO_TARGET),
]


@pytest.mark.parametrize(TABLE, NOUN_PREPS)
def test_preposition_of_a_nominal_trigger_names_the_recipient(text, type_, source, target,
                                                              not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, GOVERNING_VERB)
def test_object_of_the_governing_verb_is_the_recipient(text, type_, source, target,
                                                       not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, JOINT_PARTNER)
def test_with_partner_before_an_infinitive_is_the_recipient(text, type_, source, target,
                                                            not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, ADDRESSEE)
def test_addressee_of_a_demand_is_the_recipient(text, type_, source, target, not_target):
    check(text, type_, source, target, not_target)


#: Near-misses where the phrase is a theme: no event of the type may take it as its target.
THEMES = [
    pytest.param("Higher oil costs kept pressure on prices in Kenya, the central bank said.",
                 "COERCE", "Kenya", id="pressure-on-prices"),
    pytest.param("Rwanda's aid for reconstruction in Burundi arrived late.", "AID", "Rwanda",
                 id="aid-by-its-giver"),
    pytest.param("Officials in Pakistan blamed the floods on heavy rain.", "ACCUSE",
                 "Pakistan", id="blamed-floods-on-rain"),
    pytest.param("Officials from Chile and Peru held talks on trade in Lima.", "CONSULT",
                 "Lima", id="talks-on-trade-in-city"),
]


@pytest.mark.parametrize("text, type_, not_target", THEMES)
def test_a_theme_is_not_a_recipient(text, type_, not_target):
    expect_none(text, type_, target=not_target)
