"""Pledges, exchanges, deliveries, releases and praise as news tells them (issue 12).

Five kinds of cooperative act, each by the CAMEO description it falls under:

* a pledge, promise or vow to do something cooperative, and a meeting arranged or scheduled,
  is an intent to cooperate (AGREE 03x; a meeting to come 036); a pledge to fight on or to
  retaliate is a threat (THREATEN), not an intent to cooperate;
* a material exchange between parties (documents, maps, samples) is material cooperation
  (COOPERATE 06x); an exchange or swap of prisoners releases persons (RETREAT 0841);
* arms, munitions or their parts sold, shipped, supplied or delivered to an actor are
  military cooperation or aid (COOPERATE 062, AID 072), and so are deliveries and shipments
  of arms to an actor;
* persons freed, released or set free, and the release of persons held, are RETREAT 0841;
* praise of an actor or its act is SUPPORT 051.

Near misses: a released report or statement, goods "shipped in" from a place with no actor,
a show "sold out", a letter sent, fire exchanged (ASSAULT), views exchanged (CONSULT).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known


def _at(text: str, word: str) -> int:
    """The offset of the last occurrence of ``word`` in ``text``."""
    start = text.rfind(word)
    assert start >= 0, f"{word!r} not in {text!r}"
    return start


# (text, trigger word (its last occurrence), PLOVER type(s), CAMEO code prefix or None): an
# event of that type whose trigger covers the word, coded under that prefix
FIRES = [
    # pledges, promises, vows with a cooperative content; meetings arranged
    ("Armenia and Azerbaijan pledged to hand over their maps of the disputed border sections.",
     "pledged", "AGREE", "03"),
    ("Kenya promised to extradite the two businessmen to Uganda.", "promised", "AGREE", "0313"),
    ("Serbia and Kosovo made a promise to reconvene in Brussels next month.",
     "promise", "AGREE", "036"),
    ("Japan pledged to send emergency food aid to Bangladesh.", "pledged", "AGREE", "033"),
    # (a vow to release is an announced concession, CONCEDE, by the PLOVER notes)
    ("The Colombian government vowed to share intelligence with Ecuador on the gangs.",
     "vowed", "AGREE", "03"),
    ("Ghana's president pledged support for the regional force.", "pledged", "AGREE", "03"),
    ("Nigeria and Cameroon arranged a meeting of their defence chiefs in Yaounde.",
     "arranged", "AGREE", "036"),
    ("Vietnam and Cambodia scheduled talks on the border for early June.",
     "scheduled", "AGREE", "036"),
    ("Lithuania's foreign minister pledged to visit Taipei before the end of the year.",
     "pledged", "AGREE", "036"),
    # material exchanges between parties
    ("India and Nepal exchanged documents on the Kalapani boundary on Monday.",
     "exchanged", "COOPERATE", "06"),
    ("Armenia and Azerbaijan exchanged maps of the minefields in Tavush last week.",
     "exchanged", "COOPERATE", "06"),
    ("Russia and Ukraine swapped prisoners on Friday after mediation by the UAE.",
     "swapped", "RETREAT", "0841"),
    ("Israel and Hamas exchanged hostages and prisoners for a third day.",
     "exchanged", "RETREAT", "0841"),
    ("Armenia and Azerbaijan swapped detained soldiers at the border on Wednesday.",
     "swapped", "RETREAT", "0841"),
    # arms, munitions and their parts to an actor
    ("North Korea sold artillery shells to Russia, South Korean officials said.",
     "sold", "COOPERATE", "062"),
    ("Iran delivered hundreds of attack drones to Russia last year.", "delivered", "AID", "07"),
    ("Germany shipped 40 howitzers to Ukraine in March.", "shipped", "AID", "072"),
    ("The United States supplied Taiwan with anti-ship missiles.", "supplied", "AID", "072"),
    ("Turkey sent armoured vehicles to the Libyan government in Tripoli.",
     "sent", "AID", "07"),
    ("A Chinese firm shipped 3,000 drone engines to a Russian army unit.",
     "shipped", ("AID", "COOPERATE"), "0"),
    ("Belarus supplied ammunition to the Russian army.", "supplied", "AID", "072"),
    ("Washington announced new deliveries of air defence systems to Kyiv.",
     "deliveries", "AID", "072"),
    known(pytest.param("Arms shipments from Iran to the Houthis were seized by the US Navy "
                       "in the Arabian Sea.", "shipments", ("AID", "COOPERATE"), "0",
                       id="shipments-from-to"),
          "arguments: a noun's 'from' phrase names no source, so the shipment has no actor"),
    ("Sweden shipped arms to Kyiv in May. The weapons shipment included anti-tank missiles.",
     "shipment", "AID", "072"),
    # halting arms deliveries is withdrawing aid: the halt is the event (SANCTION 1622)
    ("Norway halted weapons deliveries to Turkey after the offensive.",
     "halted", "SANCTION", "162"),
    # persons freed and released
    ("Iran freed nine of the crew of the seized tanker on Thursday.", "freed", "RETREAT", "0841"),
    ("Police in Lagos freed most of the protesters on bail on Sunday.",
     "freed", "RETREAT", "0841"),
    ("The junta in Niger released the former president's son on Friday.",
     "released", "RETREAT", "0841"),
    ("Rebels in Mali set free twelve hostages on Tuesday.", "set", "RETREAT", "0841"),
    ("Hamas announced the release of four Thai hostages.", "release", "RETREAT", "0841"),
    ("Belarus pardoned and freed an Italian activist on Monday.", "freed", "RETREAT", "0841"),
    ("Taliban authorities released two British aid workers held since January.",
     "released", "RETREAT", "0841"),
    # praise
    ("The Greek minister praised the new tone from Skopje.", "praised", "SUPPORT", "051"),
    ("Egypt hailed the ceasefire agreement between Israel and Islamic Jihad.",
     "hailed", "SUPPORT", "051"),
    ("The African Union commended Kenya for leading the mission to Haiti.",
     "commended", "SUPPORT", "051"),
    ("Chancellor Scholz lauded Poland's help for Ukrainian refugees.",
     "lauded", "SUPPORT", "051"),
    ("The UN envoy's praise for the Yemeni truce was echoed by Saudi Arabia.",
     "praise", "SUPPORT", "051"),
]

# (text, word (its last occurrence), a type that must not be coded at that word, or None for
# no event at all)
QUIET = [
    ("Hezbollah pledged to fight on until the last village is retaken.", "pledged", "AGREE"),
    ("The Houthis promised to retaliate for the strikes on Hodeidah.", "promised", "AGREE"),
    ("The new recruits pledged allegiance to the king in Rabat.", "pledged", "THREATEN"),
    ("The ministry released a statement on Sunday evening.", "released", None),
    ("The World Bank released its annual report on Tuesday.", "released", None),
    ("Police released the names of the three victims.", "released", None),
    ("The film was released in cinemas across Europe last week.", "released", None),
    ("Most of the oranges sold in Oslo are shipped in from Italy.", "shipped", None),
    ("The concert in Lagos sold out in minutes.", "sold", None),
    ("Tickets for the final sold quickly in Doha.", "sold", None),
    ("Germany's chancellor sent a letter to the European Commission.", "sent", None),
    ("Indian and Pakistani troops exchanged fire along the Line of Control.",
     "exchanged", "COOPERATE"),
    ("Putin and Xi exchanged views on Ukraine in Beijing.", "exchanged", "COOPERATE"),
    ("The two leaders exchanged greetings at the summit in Jakarta.", "exchanged", "COOPERATE"),
    ("The company sold its stake in the Nigerian oil field to a local firm.", "sold", "AID"),
    ("Syrian refugees sold their jewellery to pay for the crossing.", "sold", None),
    ("The shipment of bananas from Ecuador arrived in Rotterdam.", "shipment", None),
    ("The company delivered record profits in the third quarter.", "delivered", None),
    ("The president delivered a speech to parliament on Monday.", "delivered", None),
    ("The singer was praised by critics for her new album.", "praised", None),
]


@pytest.mark.parametrize(("text", "word", "type_", "code"), FIRES,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in FIRES])
def test_a_cooperative_act_is_coded(text: str, word: str, type_: str | tuple[str, ...],
                                    code: str | None) -> None:
    ex = events(text)
    start = _at(text, word)
    types = (type_,) if isinstance(type_, str) else type_
    found = [e for e in ex.events if e.type in types and e.start <= start < e.end
             and (code is None or (e.cameo_code or e.cameo).startswith(code))]
    assert found, f"expected {type_} {code or ''} at {word!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "word", "type_"), QUIET,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in QUIET])
def test_a_near_miss_is_not_coded(text: str, word: str, type_: str | None) -> None:
    ex = events(text)
    start = _at(text, word)
    found = [e for e in ex.events if e.start <= start < e.end
             and (type_ is None or e.type == type_)]
    assert not found, f"expected no {type_ or 'event'} at {word!r}\n{describe(ex)}"
