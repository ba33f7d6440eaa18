"""Places, modifiers and topics are not actors; a country's non-state groups keep their
identity (our own sentences, news style).

* A town or city named only as where an act happened ("clashes *in Khartoum*", "shelling
  *near Merowe*", "a rally *at the port of Mombasa*") is neither the act's source nor its
  target. A place is an actor where it stands for its government or people as subject, object
  or destination ("*Moscow* condemned", "shelled *Kharkiv*", "flew to *Beijing*").
* A country adjective, possessive or "in/of/from COUNTRY" phrase on a non-state group
  ("*Libyan* tribes", "tribes *in eastern Libya*", "*Sudanese* refugees") gives the group its
  country; the actor is the group, never the state (PLOVER/POLECAT: the agent type is the
  group, the country an attribute).
* A topic ("talks *on Libya*", "a conference *about Sudan's war*") is what an act is about,
  not whom it is aimed at; PLOVER_NOTES names no type whose recipient is the topic country.

Rows: (text, type, source, target, places that must be neither source nor target). Name tests
follow ``helpers``; a place is compared with an actor's whole name or alias, so "Libyan
tribes" is not "Libya". ``GROUPS`` rows say which group (a word of its name) and which ISO3
code the source or target must carry, with no COUNTRY actor in that role.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known, matching

#: Not done here: the events stage (events/__init__, ``_PLACE_TARGETS``) gives a protest or a
#: deployment that names no target the place it happens in ("rallied *in Lagos*"). Dropping
#: that for PROTEST and MOBILIZE lowered the PLOVER dev target-code accuracy from 0.8276 to
#: 0.8000: its gold codes such acts against the place's country, so the place should become
#: its state, not vanish; the argument readers of this table no longer give the place.
_PLACE_RULE = "events/__init__ gives a protest or deployment with no target its place"
#: "drivers" is no actor noun of the actors stage yet (data/actor_nouns.csv, being added by
#: the engineer who owns it): the lone adjective is read as the state.
_NOUNS = "the actors stage reads 'Kenyan' alone as Kenya: 'drivers' is no actor noun yet"
#: The actors stage (actors/) makes no actor of this noun phrase ("rebel positions", "the
#: two presidents", "the rebel commander").
_ACTORS = "the actors stage (actors/) makes no actor of this noun phrase"

#: (id, text, type(s), source, target, places that are not actors here)
WHERE_ONLY = [
    ("clash-city", "Rebel fighters clashed with government troops in Khartoum on Monday.",
     "ASSAULT", "rebel", ("troops", "army", "government"), ("Khartoum",)),
    ("shell-near", "The army shelled rebel positions near Merowe overnight.",
     "ASSAULT", "army", "rebel", ("Merowe",)),
    ("rally-port", "Dockworkers staged a rally at the port of Mombasa on Friday.",
     "PROTEST", "dockworkers", None, ("Mombasa",)),
    ("arrest-city", "Police arrested twelve activists in Harare on Saturday.",
     "COERCE", "police", "activists", ("Harare",)),
    ("meet-venue", "Ethiopian and Kenyan officials met in Mombasa to discuss the border.",
     "CONSULT", None, None, ("Mombasa",)),
    ("sign-venue", "Turkey signed a trade agreement with Iraq in Istanbul on Sunday.",
     ("SUPPORT", "COOPERATE"), "Turkey", "Iraq", ("Istanbul",)),
    ("protest-outside", "Protesters demonstrated outside the parliament in Dhaka against "
     "rising fuel prices.", "PROTEST", "protesters", None, ("Dhaka",)),
    ("abduct-near", "Militants abducted three aid workers near Gao on Wednesday.",
     "ASSAULT", "militants", "aid workers", ("Gao",)),
    ("deploy-around", "Soldiers were deployed around Goma after the attack on the camp.",
     "MOBILIZE", None, None, ("Goma",)),
    ("accuse-presser", "Opposition leaders accused the government of rigging the vote at a "
     "press conference in Lusaka.", "ACCUSE", "opposition", "government", ("Lusaka",)),
    ("teargas-outside", "Police fired tear gas at students outside the university in Dakar.",
     "ASSAULT", "police", "students", ("Dakar",)),
    ("kill-near", "Gunmen killed five villagers in an attack near Bamenda.",
     "ASSAULT", "gunmen", "villagers", ("Bamenda",)),
    ("talks-venue", "The two presidents held talks in Luanda on Thursday.",
     "CONSULT", None, None, ("Luanda",)),
    ("rally-city", "Striking teachers rallied in Lagos to demand higher pay.",
     "PROTEST", "teachers", None, ("Lagos",)),
    ("veto-summit", "Hungary vetoed the EU sanctions package at a summit in Porto.",
     "REJECT", "Hungary", ("EU", "European Union"), ("Porto",)),
    ("release-checkpoint", "Israel released 30 Palestinian prisoners at a checkpoint near "
     "Ramallah.", "RETREAT", "Israel", None, ("Ramallah",)),
    ("agree-venue", "Japan and Australia agreed to share intelligence at talks in Perth.",
     ("AGREE", "COOPERATE"), None, None, ("Perth",)),
    ("block-outside", "Hundreds of farmers blocked roads outside Amritsar in protest.",
     "PROTEST", "farmers", None, ("Amritsar",)),
    ("drones-near", "Turkish drones struck Kurdish fighters near Qamishli.",
     "ASSAULT", ("Turkey", "Turkish"), "Kurdish", ("Qamishli",)),
    ("extradite-border", "Morocco extradited two suspects to Spain at a border post near "
     "Tangier.", ("COOPERATE", "COERCE"), "Morocco", "Spain", ("Tangier",)),
    ("apologise-townhall", "The governor apologised to flood victims at a town hall in "
     "Sylhet.", "CONCEDE", "governor", "victims", ("Sylhet",)),
    ("aid-refugees-in", "The United States will send food aid to refugees in Chad.",
     ("AID", "AGREE"), "United States", "refugees", ("Chad",)),
    ("sanction-presser", "The European Union imposed sanctions on Belarusian officials at a "
     "meeting in Tallinn.", "SANCTION", "European Union", "Belarus", ("Tallinn",)),
    ("threaten-rally", "The rebel commander threatened the army at a rally in Bunia.",
     "THREATEN", "commander", "army", ("Bunia",)),
    ("threaten-port-of", "Al-Shabaab threatened Kenyan soldiers at the port of Kismayo.",
     "THREATEN", "Shabaab", "soldiers", ("Kismayo",)),
    ("protest-town-of", "Farmers protested against the government outside the town of "
     "Amritsar.", "PROTEST", "farmers", "government", ("Amritsar",)),
    ("request-visit", "Somalia asked Kenya for more troops during a visit to Garissa.",
     "REQUEST", "Somalia", "Kenya", ("Garissa",)),
]

TOPICS = [
    ("talks-on", "The foreign ministers of France and Italy held talks on Libya in Rome.",
     "CONSULT", None, None, ("Libya",)),
    ("conference-about", "Diplomats met in Geneva for a conference about Sudan's war.",
     "CONSULT", None, None, ("Sudan", "Geneva")),
    ("host-on", "Qatar hosted talks on Afghanistan with American envoys.",
     "CONSULT", None, None, ("Afghanistan",)),
    ("phone-about", "Scholz spoke with Macron by phone about Ukraine.",
     "CONSULT", None, None, ("Ukraine",)),
    ("criticise-silence", "Brazil criticised the Security Council over its silence on Gaza.",
     "ACCUSE", "Brazil", "Security Council", ("Gaza",)),
    ("urge-policy", "Turkey urged NATO to agree on a common policy toward Syria.",
     "REQUEST", "Turkey", "NATO", ("Syria",)),
    ("reject-proposal", "South Africa rejected an American proposal on Zimbabwe.",
     "REJECT", "South Africa", ("United States", "American"), ("Zimbabwe",)),
    ("praise-plan", "Egypt praised the Saudi plan for Yemen.",
     "SUPPORT", "Egypt", ("Saudi",), ("Yemen",)),
    ("meet-over", "Indian and Chinese generals met over the Ladakh standoff.",
     "CONSULT", None, None, ("Ladakh",)),
    ("criticise-over", "Turkey criticised Israel over the siege of Gaza.",
     "ACCUSE", ("Turkey", "Türkiye"), "Israel", ("Gaza",)),
    ("reject-offer", "Venezuela rejected a Colombian offer on border trade in Cucuta.",
     "REJECT", "Venezuela", "Colombia", ("Cucuta",)),
]

#: (id, text, type(s), source or target role, word of the group's name, its ISO3 code)
GROUPS = [
    ("tribes-adj", "Libyan tribes shut down the oil terminal at Zueitina.",
     ("COERCE", "PROTEST", "REJECT"), "source", "tribes", "LBY"),
    ("tribes-in", "Tribes in eastern Libya threatened to halt oil exports.",
     "THREATEN", "source", "tribes", "LBY"),
    ("tribes-poss", "Libya's tribes blocked the coastal road for a week.",
     ("COERCE", "PROTEST", "REJECT"), "source", "tribes", "LBY"),
    ("refugees-adj", "Sudanese refugees protested outside the UNHCR office in Cairo.",
     "PROTEST", "source", "refugees", "SDN"),
    ("traders-adj", "Malian traders accused Algerian customs officers of extortion.",
     "ACCUSE", "source", "traders", "MLI"),
    ("migrants-target", "Pakistani police deported hundreds of Afghan migrants on Friday.",
     "COERCE", "target", "migrants", "AFG"),
    ("migrants-march", "Venezuelan migrants marched in Bogota to demand work permits.",
     "PROTEST", "source", "migrants", "VEN"),
    ("refugees-in", "Refugees in Lebanon appealed to donors for more food aid.",
     "REQUEST", "source", "refugees", "LBN"),
    ("fishermen-adj", "Nigerian fishermen clashed with Cameroonian gendarmes near Bakassi.",
     "ASSAULT", "source", "fishermen", "NGA"),
    ("farmers-target", "Settlers attacked Palestinian farmers near Nablus.",
     "ASSAULT", "target", "farmers", "PSE"),
    ("traders-welcome", "Ukrainian grain traders welcomed the export deal.",
     "SUPPORT", "source", "traders", "UKR"),
    ("drivers-strike", "Kenyan truck drivers went on strike over delays at the border.",
     "PROTEST", "source", "drivers", "KEN"),
    ("herders-from", "Herders from Chad raided villages across the border.",
     ("ASSAULT", "COERCE"), "source", "herders", "TCD"),  # a raid is COERCE (PLOVER_NOTES)
    ("traders-poss", "Pakistan's traders shut their shops to protest the new tax.",
     "PROTEST", "source", "traders", "PAK"),
]

#: Near misses: the place stands for its state or people and IS the actor.
PLACE_ACTS = [
    ("capital-rejects", "Kyiv rejected the plan on Sunday.", "REJECT", "Kyiv", None),
    ("city-shelled", "Russian forces shelled Kharkiv overnight.", "ASSAULT", None, "Kharkiv"),
    ("flew-to", "The foreign minister flew to Beijing for talks.", "CONSULT", None,
     ("Beijing", "China")),
    ("capital-condemns", "Moscow condemned the new sanctions.", "ACCUSE", ("Moscow", "Russia"),
     None),
    ("town-attacked", "Troops attacked Mariupol at dawn.", "ASSAULT", None, "Mariupol"),
    ("visited-capital", "The prime minister visited Islamabad on Tuesday.", "CONSULT", None,
     ("Islamabad", "Pakistan")),
    ("capital-sanctions", "Washington imposed sanctions on Caracas.", "SANCTION",
     ("Washington", "United States"), ("Caracas", "Venezuela")),
    ("city-captured", "Rebels captured Goma after days of fighting.", ("ASSAULT", "COERCE"),
     None, "Goma"),
    ("capital-accuses", "Beijing accused Manila of provoking the standoff.", "ACCUSE",
     ("Beijing", "China"), ("Manila", "Philippines")),
    ("city-bombed", "Israeli jets bombed Gaza City.", "ASSAULT", None, "Gaza"),
    ("capital-threatens", "Tehran threatened Baku with retaliation.", "THREATEN",
     ("Tehran", "Iran"), ("Baku", "Azerbaijan")),
    ("aid-to-capital", "Pretoria sent food aid to Harare.", "AID", ("Pretoria", "South Africa"),
     ("Harare", "Zimbabwe")),
    ("recall-from", "Ankara recalled its ambassador from Vienna.", "SANCTION",
     ("Ankara", "Turkey"), ("Vienna", "Austria")),
    ("country-accused", "Washington accused Venezuela of rigging the vote.", "ACCUSE", None,
     "Venezuela"),
    ("matter-only", "Egypt complained about Ethiopia on Monday.", "ACCUSE", "Egypt",
     "Ethiopia"),
    ("embassy-outside", "Students protested outside the French embassy in Dakar.", "PROTEST",
     "Students", ("France", "French")),
    ("outskirts-bombed", "Russian warplanes bombed the outskirts of Kharkiv.", "ASSAULT",
     "Russia", "Kharkiv"),
    ("marched-on", "Rebels marched on the capital, Bangui.", ("PROTEST", "MOBILIZE", "ASSAULT"),
     "Rebels", ("Bangui", "Central African Republic")),
]

_KNOWN = {"talks-venue": _ACTORS, "threaten-rally": _ACTORS,
          "rally-port": _PLACE_RULE, "deploy-around": _PLACE_RULE, "rally-city": _PLACE_RULE,
          "block-outside": _PLACE_RULE}


def _whole_names(ex, ids) -> set[str]:
    return {n.lower() for a in ex.actors if a.id in ids for n in (a.name, *a.aliases)}


def _params(rows):
    params = [pytest.param(*row[1:], id=row[0]) for row in rows]
    params = [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(reason=_NOUNS))
              if p.id == "drivers-strike" else p for p in params]  # passes once data lands
    return [known(p, _KNOWN[p.id]) if p.id in _KNOWN else p for p in params]


@pytest.mark.parametrize("text, type_, source, target, places",
                         _params(WHERE_ONLY + TOPICS))
def test_place_or_topic_is_not_an_actor(text, type_, source, target, places):
    ex = events(text)
    found = matching(ex, type_, source=source, target=target)
    assert found, f"expected {type_} source={source!r} target={target!r}\n{describe(ex)}"
    wrong = {p.lower() for p in places}
    clean = [e for e in found if not _whole_names(ex, (*e.source, *e.target)) & wrong]
    assert clean, f"a place or topic {places} became an actor\n{describe(ex)}"


@pytest.mark.parametrize("text, type_, role, word, iso3", _params(GROUPS))
def test_group_keeps_its_identity_with_its_country(text, type_, role, word, iso3):
    ex = events(text)
    by_id = {a.id: a for a in ex.actors}
    for e in matching(ex, type_):
        holders = [by_id[i] for i in (e.source if role == "source" else e.target)]
        if any(a.kind == "COUNTRY" for a in holders):
            continue
        if any(word in a.name.lower() and a.country == iso3 for a in holders):
            return
    pytest.fail(f"expected {type_} {role} '{word}' ({iso3}), not the state\n{describe(ex)}")


@pytest.mark.parametrize("text, type_, source, target", _params(PLACE_ACTS))
def test_place_standing_for_its_state_is_an_actor(text, type_, source, target):
    ex = events(text)
    assert matching(ex, type_, source=source, target=target), (
        f"expected {type_} source={source!r} target={target!r}\n{describe(ex)}")
