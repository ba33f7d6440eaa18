"""Verbs whose object decides the act (CAMEO codes from the CAMEO-to-PLOVER table).

Every sentence is our own wording, news style, with invented towns.

* Suspending, halting, pausing or stopping a measure one imposed on people (deportations,
  removals, evictions, demolitions) eases an administrative sanction (CONCEDE 081), and
  pausing, halting or withdrawing a tariff eases an economic sanction (RETREAT 085): no new
  SANCTION. Near misses: a suspended accreditation stays a restriction (COERCE 172); troops
  withdrawn stay a military retreat (0874).
* Withdrawing a tariff, a bill, a complaint or a candidacy is no military withdrawal (RETREAT
  0874 is for forces): nor is withdrawing a draft, an offer, from a race (no act), from,
  pulling out of or quitting a treaty (REJECT 127, as "abandoned the agreement"), from or out
  of talks (SANCTION 164), or a licence (COERCE 172, as "revoked the licence").
* Handing over boats, aircraft, vehicles or equipment is material aid (AID 07), not judicial
  cooperation (COOPERATE 063, the handover of suspects, which stays).
* Observers or monitors sent to a country are international involvement, coded as
  peacekeeping (AID 074, as military observers; their withdrawal is SANCTION 1662), not an
  investigation (ACCUSE 090, which inspectors, investigators and a fact-finding mission
  sent stay), nor a visit.
* Pausing talks or negotiations, or putting them on hold, halts them (SANCTION 164), no
  meeting (CONSULT); removals, tariffs or aid put on hold are eased or stopped as above
  (CONCEDE 081, RETREAT 085, SANCTION 162).
* "Intervening" is force only when forces intervene in a war, a country or militarily:
  intervening to calm a crowd, in a debate, or not intervening at all is no ASSAULT.
* A navy's or army's support for a search, a rescue or relief is help given (AID 073), not
  verbal support (SUPPORT 051); supporting a proposal stays SUPPORT.
* An order a government gives its own forces to a place ("ordered troops to the border")
  moves them (MOBILIZE 15), no REQUEST; ordering another state to withdraw stays a REQUEST.

Each row: (text, type, CAMEO code prefix or None, a word of its trigger). Near misses: (text,
types that must not come on the trigger word).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str, type_: str, cameo: str | None, trigger: str):
    return pytest.param(text, type_, cameo, trigger, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, id=id)


FIRES = [
    # easing a measure one imposed
    case("suspended-deportations", "Chile suspended deportations of Venezuelan migrants on "
         "Tuesday.", "CONCEDE", "081", "suspended"),
    case("halted-removals", "Ireland halted the removal of asylum seekers from Corrandale "
         "after a court ruling.", "CONCEDE", "081", "halted"),
    case("paused-evictions", "Kenya paused evictions from the Mbarika forest during the rainy "
         "season.", "CONCEDE", "081", "paused"),
    case("stopped-demolitions", "Israel stopped the demolitions in the village of Khirbet "
         "Umm Sarra, residents said.", "CONCEDE", "081", "stopped"),
    case("paused-tariffs", "Canada paused its tariffs on American dairy for ninety days.",
         "RETREAT", "085", "paused"),
    case("withdrew-tariff", "Mexico withdrew the tariff on Guatemalan sugar.", "RETREAT",
         "085", "withdrew"),
    # withdrawing from a treaty or talks, a licence withdrawn
    case("withdrew-from-treaty", "Russia withdrew from the arms control treaty in 2023.",
         "REJECT", "127", "withdrew"),
    case("quit-deal", "Iran quit the grain deal with Turkey.", "REJECT", "127", "quit"),
    case("pulled-out-of-deal", "Washington pulled out of the nuclear deal with Iran in 2018.",
         "REJECT", "127", "pulled"),
    case("pulled-out-of-talks", "Russia pulled out of the talks in Istanbul.", "SANCTION",
         "164", "pulled"),
    case("withdrew-from-talks", "Iran withdrew from the talks in Geneva.", "SANCTION", "164",
         "withdrew"),
    case("withdrew-licence", "Kenya withdrew the licence of the broadcaster.", "COERCE",
         "172", "withdrew"),
    # handing over material
    case("handed-over-boats", "Japan handed over six patrol boats to the Philippine navy.",
         "AID", "07", "handed"),
    case("handed-over-aircraft", "Germany handed over two surveillance aircraft to the "
         "Moldovan border police.", "AID", "07", "handed"),
    case("handed-over-equipment", "Poland handed over military equipment to the Lithuanian "
         "army at a ceremony in Varnel.", "AID", "07", "handed"),
    case("handed-over-suspects", "Turkey handed over the suspects to Greek police.",
         "COOPERATE", "063", "handed"),
    # observers sent: international involvement (as peacekeeping), fact-finders investigate
    case("sent-observers", "The African Union sent observers to Malawi for the referendum.",
         "AID", "074", "sent"),
    case("dispatched-monitors", "The OSCE dispatched monitors to oversee the truce in "
         "Karvany.", "AID", "074", "dispatched"),
    case("sent-fact-finding-mission", "The United Nations sent a fact-finding mission to "
         "Myanmar.", "ACCUSE", "09", "sent"),
    case("sent-troops", "Sweden sent troops to the island of Gotland.", "MOBILIZE", "15",
         "sent"),
    # talks halted
    case("paused-negotiations", "Colombia paused negotiations with the rebel group.",
         "SANCTION", "164", "paused"),
    case("talks-on-hold", "Colombia put the peace talks on hold after the bombing.", "SANCTION",
         "164", "put"),
    case("tariffs-on-hold", "Canada put its tariffs on American steel on hold for a month.",
         "RETREAT", "085", "put"),
    case("evictions-on-hold", "Kenya put the evictions from the Mbarika forest on hold.",
         "CONCEDE", "081", "put"),
    case("aid-on-hold", "Sweden put its aid to Zimbabwe on hold.", "SANCTION", "162", "put"),
    case("suspended-talks", "Serbia suspended talks with Kosovo on Monday.", "SANCTION",
         "164", "suspended"),
    # force
    case("intervened-militarily", "Rwandan forces intervened militarily in the war in the "
         "east of Congo.", "ASSAULT", "19", "intervened"),
    case("intervened-in-country", "Russia intervened in Syria in 2015.", "ASSAULT", "19",
         "intervened"),
    # material support
    case("navy-supported-search", "The Greek navy supported the search for the missing "
         "fishermen off Kastrelos.", "AID", "07", "supported"),
    case("army-supported-relief", "The Pakistani army supported the relief effort after the "
         "floods in Sarghuna.", "AID", "07", "supported"),
    case("supported-proposal", "France supported the proposal at the summit.", "SUPPORT",
         "05", "supported"),
    # orders to one's own forces
    case("ordered-troops-border", "The Indian government ordered troops to the border with "
         "China.", "MOBILIZE", "15", "ordered"),
    case("ordered-warships-strait", "Taiwan's defence minister ordered two warships to the "
         "strait near Penghu.", "MOBILIZE", "15", "ordered"),
    case("ordered-police-square", "Peru's interior minister ordered police to the main square "
         "of Huanqui.", "MOBILIZE", "15", "ordered"),
    case("ordered-withdraw", "Ukraine ordered Russia to withdraw its forces.", "REQUEST",
         "10", "ordered"),
]

MISSES = [
    miss("suspended-deportations-no-sanction", "Chile suspended deportations of Venezuelan "
         "migrants on Tuesday.", "SANCTION", "suspended"),
    miss("suspended-evictions-no-sanction", "The city council of Tarvosa suspended evictions "
         "during the winter.", "SANCTION", "suspended"),
    miss("halted-removals-no-deportation", "Ireland halted the removal of asylum seekers from "
         "Corrandale after a court ruling.", "COERCE", "removal"),
    miss("suspended-accreditation-no-easing", "Russia suspended the ambassador's accreditation "
         "after the spy affair.", ("CONCEDE", "RETREAT"), "suspended"),
    miss("withdrew-tariff-no-retreat-of-forces", "Mexico withdrew the tariff on Guatemalan "
         "sugar.", "SANCTION", "withdrew"),
    miss("withdrew-candidacy-no-retreat", "Senator Alvarado of Peru withdrew his candidacy "
         "on Friday.", "RETREAT", "withdrew"),
    miss("withdrew-from-race-no-retreat", "The mayor of Bogota withdrew from the race for the "
         "senate.", "RETREAT", "withdrew"),
    miss("pulled-out-of-tournament-no-retreat", "Burkina Faso pulled out of the tournament "
         "in Abidjan.", "RETREAT", "pulled"),
    miss("pulled-out-of-deal-no-retreat", "Washington pulled out of the nuclear deal with Iran "
         "in 2018.", "RETREAT", "pulled"),
    miss("withdrew-draft-no-retreat", "Russia withdrew its draft resolution at the Security "
         "Council.", "RETREAT", "withdrew"),
    miss("withdrew-offer-no-retreat", "China withdrew its offer to mediate between the two "
         "Koreas.", "RETREAT", "withdrew"),
    miss("withdrew-from-treaty-no-retreat", "Russia withdrew from the arms control treaty in "
         "2023.", "RETREAT", "withdrew"),
    miss("quit-deal-no-resignation", "Iran quit the grain deal with Turkey.", "RETREAT",
         "quit"),
    miss("withdrew-bill-no-retreat", "Kenya's parliament withdrew the finance bill after "
         "protests.", "RETREAT", "withdrew"),
    miss("handed-over-boats-no-extradition", "Japan handed over six patrol boats to the "
         "Philippine navy.", "COOPERATE", "handed over"),
    miss("sent-observers-no-accusation", "The African Union sent observers to Malawi for the "
         "referendum.", "ACCUSE", "sent"),
    miss("fact-finding-mission-no-visit", "The United Nations sent a fact-finding mission to "
         "Myanmar.", "CONSULT", "sent"),
    miss("paused-negotiations-no-meeting", "Colombia paused negotiations with the rebel "
         "group.", "CONSULT", "paused negotiations"),
    miss("did-not-intervene", "The Bolivian army did not intervene when protesters stormed "
         "the palace in Sucre.", "ASSAULT", "intervene"),
    miss("intervened-calm-crowd", "Kenyan police intervened to calm the crowd outside the "
         "stadium in Mbarika.", "ASSAULT", "intervened"),
    miss("intervened-debate", "The Brazilian senator intervened in the debate on the budget.",
         "ASSAULT", "intervened"),
    miss("navy-supported-search-not-verbal", "The Greek navy supported the search for the "
         "missing fishermen off Kastrelos.", "SUPPORT", "supported"),
    miss("ordered-troops-no-request", "The Indian government ordered troops to the border "
         "with China.", "REQUEST", "ordered"),
    miss("withdrew-troops-stays", "Armenia withdrew its troops from the village of Norakert.",
         ("CONCEDE", "SANCTION"), "withdrew"),
    miss("sent-troops-no-aid", "Sweden sent troops to the island of Gotland.", "AID", "sent"),
]


@pytest.mark.parametrize(("text", "type_", "cameo", "trigger"), FIRES)
def test_object_decides_the_act(text: str, type_: str, cameo: str | None,
                                trigger: str) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_
             and trigger.lower() in text[e.start:e.end].lower().split()
             and (cameo is None or (e.cameo_code or e.cameo).startswith(cameo))]
    assert found, f"expected {type_} {cameo or ''} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "types", "trigger"), MISSES)
def test_object_keeps_other_acts_out(text: str, types: tuple[str, ...], trigger: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and trigger.lower() in text[e.start:e.end].lower()]
    assert not found, f"expected no {types} on {trigger!r}\n{describe(ex)}"
