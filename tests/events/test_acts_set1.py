"""Acts that had no trigger, set 1: vessels, listing as a sanction, borders, military moves,
aid arrivals. Each row is (sentence, trigger word, PLOVER type or a tuple of them, source name
or None, target name or None); the near misses name a trigger word that must give no event of
the type. Every sentence is our own wording.

* Vessels (CAMEO 190 force, 1711 seizure, 1712 destruction of property): a ship ramming or
  colliding with another one, boarding or seizing a vessel; an anchor or a ship cutting or
  damaging an undersea cable or pipeline.
* Listing (CAMEO 163 embargo/sanctions, 161 cutting diplomatic relations / expelling): adding
  firms to a sanctions or entity list, 'blacklisted', a body 'designated' firms; sending
  diplomats home; recalling an ambassador.
* Borders (CAMEO 0872 easing a blockade, 191 blockade / 172 restriction): reopening and
  closing a crossing, a checkpoint or a port.
* Military moves (CAMEO 152 alert, 154 mobilizing forces): moving units toward a border,
  putting or keeping them on alert, police flown to a town.
* Aid arrivals (CAMEO 070 AID): a delivery, shipment or convoy of aid reaching a place.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

ROWS = [
    # --- vessels
    ("Iranian Revolutionary Guard speedboats rammed a Greek-flagged oil tanker in the Gulf of "
     "Oman before dawn.", "rammed", "ASSAULT", "Iran", None),
    ("Chinese coast guard vessels rammed and boarded two Vietnamese fishing boats off the "
     "Paracel Islands, Hanoi said.", "boarded", "COERCE", ("China", "Chinese"), None),
    ("Indian navy commandos boarded the hijacked bulk carrier from a helicopter in the Arabian "
     "Sea on Friday.", "boarded", "COERCE", "India", None),
    ("Nigerian naval forces intercepted a vessel carrying stolen crude in the Niger Delta.",
     "intercepted", "COERCE", "Nigeria", None),
    ("A Chinese navy frigate rammed a Philippine supply boat near Second Thomas Shoal, Manila "
     "said.", "rammed", "ASSAULT", "China", "Philippines"),
    ("A Chinese cargo ship severed two Taiwanese undersea cables near the Matsu islands last "
     "week.", "severed", "ASSAULT", "China", "Taiwan"),
    ("Finnish investigators said a Russian tanker cut Estonia's power cable with its anchor.",
     "cut", "ASSAULT", "Russia", "Estonia"),
    # --- listing as a sanction
    ("The US Commerce Department added 37 Chinese companies to its entity list on Wednesday, "
     "citing support for Beijing's military.", "added", "SANCTION",
     ("Commerce", "United States"), None),
    ("Britain blacklisted six Iranian banks over the weekend.", "blacklisted", "SANCTION",
     "Britain", "Iran"),
    ("The Treasury designated four Venezuelan officials for corruption on Monday.",
     "designated", "SANCTION", "Treasury", None),
    ("Canada recalled its ambassador from Riyadh after the spat over rights activists.",
     "recalled", "SANCTION", "Canada", None),
    ("Mali sent the French ambassador home on Monday, giving him 72 hours to leave.", "sent",
     "SANCTION", "Mali", None),
    ("The listing of the Wagner Group by the European Union froze its assets in the bloc.",
     "listing", "SANCTION", "European Union", None),
    # --- borders
    ("Pakistan reopened the Torkham crossing with Afghanistan on Friday after a nine-day "
     "closure.", "reopened", "RETREAT", "Pakistan", None),
    ("The Rafah crossing was reopened on Sunday for wounded Palestinians.", "reopened",
     "RETREAT", None, None),
    ("Algeria closed its border with Morocco in 1994 after a hotel attack in Marrakesh.",
     "closed", "COERCE", "Algeria", None),
    ("The Egyptian army closed the Rafah crossing on Friday.", "closed", "COERCE", "Egypt",
     None),
    ("Israel reopened the checkpoints it shut last week.", "shut", "COERCE", "Israel", None),
    # --- military moves
    ("Russia moved two battalions of paratroopers closer to the Ukrainian border this week.",
     "moved", "MOBILIZE", "Russia", None),
    ("Armenia put its forces on alert after shooting near the Azerbaijani border.", "put",
     "MOBILIZE", "Armenia", None),
    ("South Korean troops remained on high alert on Tuesday after the North fired artillery "
     "near the sea border.", "alert", "MOBILIZE", "South Korea", None),
    ("Some 400 federal police were flown to Culiacan after the cartel gunfights.", "flown",
     "MOBILIZE", None, "Culiacan"),
    # --- aid arrivals
    ("A UN convoy of food and medicine reached the besieged town of Madaya on Monday.",
     "reached", "AID", "UN", None),
    ("Qatar's first shipment of fuel reached Gaza's power station on Thursday.", "reached",
     "AID", "Qatar", None),
    ("A Red Cross convoy carrying flour arrived in Mekelle on Friday, the first in weeks.",
     "arrived", "AID", None, None),
    ("The first UN aid convoy crossed into Tigray on Friday.", "crossed", "AID", "UN", None),
    # more, longer
    ("Egyptian authorities shut the Salloum border crossing with Libya on Wednesday, leaving "
     "hundreds of trucks stranded on the desert road.", "shut", "COERCE", "Egypt", None),
    ("Two Norwegian firms were designated by the Treasury on Thursday for shipping parts to "
     "Russian arms makers.", "designated", "SANCTION", "Treasury", None),
    ("Colombia flew 300 soldiers to the border town of Cucuta after the attack on the "
     "bridge.", "flew", "MOBILIZE", "Colombia", None),
    # a convoy's verb the parser hangs on its "of" phrase (misreadings.misrooted_subject)
    ("An aid convoy of 40 trucks crossed into northwest Syria from Turkey at Bab al-Hawa on "
     "Tuesday.", "crossed", "AID", None, None),
    # found since "coast guard" in a name is the Philippine coast guard, a state body
    # (actors.mentions.state_body_noun), no longer an ORG of no country
    ("A Philippine coast guard cutter collided with a Chinese fishing boat near Scarborough "
     "Shoal on Saturday, the coast guard said.", "collided", "ASSAULT", None, None),
]

# rows the parse or a later stage still loses (strict xfails): "said the anchor" read as
#   said's object, a tanker and a cable with no actor named, "crossing" after a name read as a
#   verb clause
KNOWN = [
    ("The Finnish police said the anchor of a Chinese-owned container ship damaged the "
     "Balticconnector gas pipeline last October.", "damaged", "ASSAULT", None, None),
    ("A tanker dragging its anchor severed an undersea power cable between Finland and Estonia "
     "on Christmas Day.", "severed", "ASSAULT", None, None),
    ("Israeli forces shut the Kerem Shalom crossing after rocket fire on Monday.", "shut",
     "COERCE", "Israel", None),
    ("A Russian-flagged cargo ship cut a data cable linking Taiwan to its Matsu islands, the "
     "island's telecom regulator said.", "cut", "ASSAULT", None, None),
]

NEAR_MISSES = [
    # boats that collide with rocks or docks, no act of force
    ("A ferry collided with a pier in Manila Bay, injuring four passengers.", "collided",
     "ASSAULT"),
    # passengers boarding a ship
    ("Hundreds of pilgrims boarded the ferry to Jeddah on Friday.", "boarded", "COERCE"),
    # listing on a stock exchange
    ("The Saudi oil giant listed its shares on the Riyadh exchange in December.", "listed",
     "SANCTION"),
    # designated a venue, not a sanction
    ("The government designated three stadiums as evacuation centres.", "designated",
     "SANCTION"),
    # a shop reopening
    ("The bakery reopened on Tuesday after the floods receded.", "reopened", "RETREAT"),
    # the convoy of tanks is no aid
    ("A column of Russian tanks reached the outskirts of Kherson on Monday.", "reached", "AID"),
    # moving house
    ("The minister moved to a flat closer to parliament.", "moved", "MOBILIZE"),
    # a storm damaging a cable is no act
    ("A winter storm damaged a power cable off the coast of Brittany on Sunday.", "damaged",
     "ASSAULT"),
    # a convoy of lorries with no aid named, and a minister flying in
    ("A convoy of armoured vehicles reached Goma late on Sunday.", "reached", "AID"),
    ("The Kenyan foreign minister flew to Mogadishu on Monday.", "flew", "MOBILIZE"),
    # a firm that shuts its office shuts no border
    ("The logistics company shut its office at the port of Mombasa.", "shut", "COERCE"),
]


@pytest.mark.parametrize(("text", "word", "type_", "source", "target"), ROWS,
                         ids=[r[0][:45] for r in ROWS])
def test_act_is_found(text, word, type_, source, target) -> None:
    expect_at(text, word, type_, source, target)


@pytest.mark.xfail(strict=True, reason="parse or a later stage loses it")
@pytest.mark.parametrize(("text", "word", "type_", "source", "target"), KNOWN,
                         ids=[r[0][:45] for r in KNOWN])
def test_known_misses(text, word, type_, source, target) -> None:
    test_act_is_found(text, word, type_, source, target)


@pytest.mark.parametrize(("text", "word", "type_"), NEAR_MISSES,
                         ids=[r[0][:45] for r in NEAR_MISSES])
def test_near_miss_is_not(text, word, type_) -> None:
    expect_none_at(text, word, type_)
