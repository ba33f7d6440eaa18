"""Warnings that are threats, and acts whose doers are told as "any", "no" or "never".

PLOVER THREATEN (CAMEO 13) is a threat or a coercive warning, its mode the content of the
threat. A warning that the speaker's side will do a hostile act on a condition another party
must meet (or must not break) is a threat by the speaker against that party, whoever "he" is
(a pronoun whose antecedent the sentence before names); its mode is the act's (troops sent or
an attack: violence; arrests: arrest; a walkout: relations, CAMEO 133). The act threatened is
only hypothetical. A warning aimed at "anyone who" does something names no target, and the
deed of "anyone who" is no act that took place.

A warning that someone "would resign if ..." is a threat only when another party can meet
the condition (the resignation is leverage on it: 130, no mode); the resignation itself is
not done, nor announced (no CONCEDE or RETREAT): it hangs on the condition. A forecast ("of
heavy rain", "the virus could spread", "the deal could collapse") coerces nobody and is no
threat (``events.warnings``); one whose clause has a person for its subject ("he would
resign if his health did not improve") is still a strict xfail.

An act denied or negated with its doer told as "its fighters", "no priest", "never" keeps its
event: a negated ASSAULT by the fighters' side, a COERCE (arrest) with its doer the force that
denies it. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import Names, events, expect, expect_none, known, matching, problems

OneOf = str | tuple[str, ...]


def row(id: str, text: str, kind: str, *, source: Names | None = None,
        target: Names | None = None, modality: OneOf | None = None, mode: str | None = None):
    return pytest.param(text, kind, source, target, modality, mode, id=id)


SAID = ("asserted", "reported")
NOT_DONE = ("negated", "denied")

WARNINGS = [
    row("pronoun-speaker-if-blocked", "Interior Minister Justin Tokely toured the port of "
        "Toamasina on Monday. He warned that if protesters blocked the highway again, the "
        "government would send the army to guard the port.", "THREATEN", source="Tokely",
        target="protesters", modality=SAID, mode="violence"),
    row("unresolved-pronoun-speaks-for-doer", "Madagascar's interior minister visited the "
        "port on Monday. He warned that if protesters blocked the highway again, the "
        "government would send the army to guard the port.", "THREATEN", source="government",
        target="protesters", modality=SAID, mode="violence"),
    row("unresolved-pronoun-sanctions", "Ghana's finance minister met bankers in Accra. She "
        "warned that if the miners did not pay their royalties, the state would revoke their "
        "licences.", "THREATEN", target="miners", modality=SAID),
    row("pronoun-speaker-if-strikers", "Interior Minister Justin Tokely toured the port of "
        "Toamasina on Monday. He warned that if strikers blocked the highway again, the "
        "government would send the army to guard the port.", "THREATEN", source="Tokely",
        target="strikers", modality=SAID),
    row("union-walkout-if-unpaid", "Union leader Roger Rakotomalala addressed dockers in "
        "Toamasina on Tuesday. He warned that dockers at Mahajanga would also stop work if the "
        "government did not pay the arrears by Friday.", "THREATEN",
        source="Rakotomalala", modality=SAID, mode="relations"),
    known(row("teachers-strike-if", "Kenyan teachers' union leader Collins Oyuu warned that "
              "teachers would strike if the government did not raise their pay.", "THREATEN",
              source="Oyuu", target="government", modality=SAID, mode="relations"),
          "content.refine gives the walkout 'strike' the mode of an attack (violence)"),
    row("anyone-who-blocked", "The governor of Lagos warned that anyone who blocked roads "
        "would be arrested on the spot.", "THREATEN", source=("governor", "Lagos"),
        modality=SAID, mode="arrest"),
    row("anyone-who-joined", "The Nigerian police warned that officers would arrest anyone "
        "who joined the banned march in Abuja.", "THREATEN", source="police", modality=SAID,
        mode="arrest"),
    row("doctors-sacked-if", "President William Ruto warned that if doctors continued their "
        "strike, the government would sack them.", "THREATEN", source="Ruto",
        target="doctors", modality=SAID),
    row("army-strike-if-crossed", "The Ethiopian army warned that it would strike Tigrayan "
        "forces if they crossed the Tekeze river.", "THREATEN", source="Ethiopia",
        modality=SAID, mode="violence"),
    row("shoot-down-if-entered", "Kim Yo Jong warned that North Korea would shoot down U.S. "
        "spy planes if they entered its airspace.", "THREATEN", source="Kim Yo Jong",
        modality=SAID, mode="violence"),
    row("sanctions-if-allowed", "The Chinese foreign ministry warned that Beijing would "
        "impose sanctions on Lithuania if Vilnius allowed a Taiwanese office to open.",
        "THREATEN", source=("China", "Chinese"), target="Lithuania", modality=SAID,
        mode="restrict"),
    row("pronoun-troops-if-entered", "Serbian President Aleksandar Vucic spoke to reporters "
        "in Belgrade. He warned that Serbia would send troops to the border if Kosovo police "
        "entered the north again.", "THREATEN", source="Vucic", target="Kosovo",
        modality=SAID, mode="violence"),
    row("pronoun-bomb-unless", "Colombian President Gustavo Petro met mayors in Cali. He "
        "warned that the army would bomb ELN camps if the group did not free the hostages.",
        "THREATEN", source="Petro", target="ELN", modality=SAID, mode="violence"),
    row("hostages-if-stormed", "Hamas warned that it would kill the hostages if Israel "
        "stormed the camp.", "THREATEN", source="Hamas", target="Israel", modality=SAID,
        mode="violence"),
    row("expel-if-closed", "Russia's foreign ministry warned that Moscow would expel "
        "Moldovan diplomats if Chisinau closed the Russian cultural centre.", "THREATEN",
        source="Russia", target=("Moldova", "Chisinau"), modality=SAID, mode="expel"),
    row("bomb-beirut-if-fired", "Israeli Defence Minister Yoav Gallant warned that if "
        "Hezbollah fired again, Israel would bomb Beirut.", "THREATEN", source="Gallant",
        target="Hezbollah", modality=SAID, mode="violence"),
    row("ban-party-if-rally", "Pakistan's interior minister, Mohsin Naqvi, warned that the "
        "government would ban the party if it held another rally in Islamabad.", "THREATEN",
        source="Naqvi", modality=SAID),
    row("coast-guard-expel-if", "Taiwan's coast guard warned that it would expel Chinese "
        "vessels if they entered its restricted waters.", "THREATEN", source="coast guard",
        modality=SAID),
    row("resign-if-parliament", "Prime Minister Rishi Sunak warned that he would resign if "
        "Parliament rejected the bill.", "THREATEN", source="Sunak", target="Parliament",
        modality=SAID),
    row("warned-of-response-if", "Iran warned the United States of a crushing response if it "
        "attacked Iranian nuclear sites.", "THREATEN", source="Iran",
        target="United States", modality=SAID),
    # the warner's own side named as the doer, or the warner itself: still a threat
    row("army-treat-foreign-troops", "The Malian army warned that it would treat any foreign "
        "troops on its soil as enemy forces.", "THREATEN", source=("Mali", "army"),
        modality=SAID),
    row("minister-own-troops-cross", "Chad's defence minister warned that Chadian troops would "
        "cross the border if the raids continued.", "THREATEN", source="Chad", modality=SAID),
    row("told-after-own-country", "If the rockets keep falling, Israel will bomb Beirut, the "
        "Israeli defence minister warned.", "THREATEN", source="Israel"),
    row("the-spokesman-after", "If the strikes go on, Ghana will expel the traders, the "
        "spokesman warned.", "THREATEN"),
    row("passive-place-struck", "Pakistan's army chief warned that Kabul would be bombed if "
        "the raids went on.", "THREATEN", source="Pakistan"),
    row("unless-first-warning", "Unless Niger frees President Bazoum, ECOWAS will send troops "
        "to Niamey, Nigeria's president warned.", "THREATEN", source="Nigeria", target="Niger",
        modality=SAID, mode="violence"),
    # acts told with "any", "no", "never" doers, denied or negated: still events
    row("its-fighters-not-fired-towards", "The Arakan Army said its fighters had not fired "
        "towards Bangladeshi territory.", "ASSAULT", source="Arakan Army",
        modality=NOT_DONE),
    row("its-soldiers-not-fired-across", "The Thai army said its soldiers had not fired "
        "across the border into Myanmar.", "ASSAULT", source=("Thai", "Thailand"),
        modality=NOT_DONE),
    row("never-fired-toward", "The Indian army said its troops had never fired toward "
        "Chinese positions in Ladakh.", "ASSAULT", source=("India", "Indian"),
        modality=NOT_DONE),
    row("it-not-fired-towards", "Hezbollah said it had not fired towards Israeli towns on "
        "Sunday.", "ASSAULT", source="Hezbollah", modality=NOT_DONE),
    row("no-priest-detained", "No priest has been detained in Matagalpa, the Nicaraguan "
        "police said.", "COERCE", source="police", modality=NOT_DONE),
    row("no-journalist-arrested", "No journalist has been arrested in Harare, Zimbabwe's "
        "police said.", "COERCE", source="police", modality=NOT_DONE),
    row("not-a-single-protester", "Not a single protester was detained during the march in "
        "Dakar, the Senegalese police said.", "COERCE", source="police", modality=NOT_DONE),
    row("no-student-arrested-denied", "Bangladesh's police denied that any student had been "
        "arrested at the Dhaka campus.", "COERCE", source="police",
        modality=("denied", "negated")),
    row("any-officer-shot-denied", "Kenya's police denied that any officer had shot "
        "protesters in Nairobi.", "ASSAULT", source="police", modality=("denied", "negated")),
    row("none-of-its-soldiers", "The Ethiopian army said none of its soldiers had fired "
        "on civilians in Gondar.", "ASSAULT", source=("Ethiopia", "army"), modality=NOT_DONE),
]


@pytest.mark.parametrize("text, kind, source, target, modality, mode", WARNINGS)
def test_warning_or_denied_act_keeps_its_event(text: str, kind: str, source: Names | None,
                                               target: Names | None, modality: OneOf | None,
                                               mode: str | None) -> None:
    expect(text, kind, source=source, target=target, modality=modality)
    if mode is not None:
        found = matching(events(text), kind, source=source, target=target, modality=modality)
        assert any(e.mode == mode for e in found), (mode, [e.mode for e in found])
    assert not problems(events(text))


def miss(id: str, text: str, kind: OneOf, modality: OneOf | None = None,
         source: Names | None = None):
    return pytest.param(text, kind, modality, source, id=id)


DONE = ("asserted", "reported", "future")

NEAR_MISSES = [
    # what a warning threatens is not done: not by "anyone who", not by the one who warns
    miss("anyone-who-blocked-no-protest", "The governor of Lagos warned that anyone who "
         "blocked roads would be arrested on the spot.", "PROTEST", DONE),
    miss("anyone-who-blocked-no-arrest", "The governor of Lagos warned that anyone who "
         "blocked roads would be arrested on the spot.", "COERCE", DONE),
    miss("anyone-who-joined-no-march", "The Nigerian police warned that officers would "
         "arrest anyone who joined the banned march in Abuja.", "PROTEST", DONE),
    miss("whoever-attacks-no-attack", "Seoul warned that whoever attacked its ships would "
         "face a swift response.", "ASSAULT", DONE),
    miss("troops-sent-only-if", "Serbian President Aleksandar Vucic spoke to reporters in "
         "Belgrade. He warned that Serbia would send troops to the border if Kosovo police "
         "entered the north again.", "MOBILIZE", DONE),
    miss("resign-not-done", "Prime Minister Rishi Sunak warned that he would resign if "
         "Parliament rejected the bill.", ("CONCEDE", "RETREAT"), DONE),
    miss("anyone-protests-risks", "Anyone who protests in Minsk risks arrest, the opposition "
         "said.", "PROTEST", DONE),
    miss("no-rally-no-doer", "No rally has been held in Minsk since the crackdown, residents "
         "said.", "PROTEST", DONE),
    # a warner told by a noun speaks for nobody else: no threat by the side it forecasts
    miss("analysts-forecast-attack", "Analysts in Kyiv warned that Russia would attack "
         "Odesa if NATO sent troops to Ukraine.", "THREATEN", source="Russia"),
    # what another side would do, told by one who does not speak for it, is a forecast
    miss("diplomat-forecast-after", "If the talks fail, the rebels would march on the capital, "
         "a Western diplomat warned.", "THREATEN"),
    miss("diplomat-forecast-army", "A European diplomat warned that the Congolese army would "
         "attack the rebels if talks failed.", "THREATEN"),
    miss("analysts-forecast-other-army", "Analysts in Nairobi warned that the Ethiopian army "
         "would attack Eritrean positions if the border stayed closed.", "THREATEN"),
    known(miss("aid-workers-forecast-gangs", "Aid workers in Haiti warned that the gangs would "
               "loot the warehouses if the police left.", "THREATEN"),
          "the actors stage gives 'Aid workers in Haiti' no actor ('Aid' is read as an AID act)"),
    miss("envoy-forecast-militias", "A UN envoy warned that the militias would keep fighting "
         "unless donors paid their wages.", "THREATEN"),
    # forecasts coerce nobody
    miss("heavy-rain", "Forecasters in Maputo warned of heavy rain in Mozambique.",
         "THREATEN"),
    miss("virus-could-spread", "The World Health Organization warned that the virus could "
         "spread to Uganda.", "THREATEN"),
    miss("deal-could-collapse", "Analysts in Nairobi warned that the deal could collapse.",
         "THREATEN"),
    miss("famine-forecast", "The United Nations warned that millions faced famine in Sudan.",
         "THREATEN"),
    known(miss("resign-own-health", "Prime Minister Rishi Sunak warned that he would resign if "
               "his health did not improve.", "THREATEN"),
          "the sense of 'warn' codes every warning THREATEN"),
]


@pytest.mark.parametrize("text, kind, modality, source", NEAR_MISSES)
def test_near_miss_has_no_such_event(text: str, kind: OneOf, modality: OneOf | None,
                                     source: Names | None) -> None:
    expect_none(text, kind, modality=modality, source=source)


def test_threatened_act_stays_hypothetical() -> None:
    text = ("Hamas warned that it would kill the hostages if Israel stormed the camp.")
    expect_none(text, "ASSAULT", modality=DONE)
