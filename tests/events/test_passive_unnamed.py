"""Coercion and killing told in the passive with no agent named (handless.told_act). Each
row is (sentence, trigger word, PLOVER type, modality or None); the event must be of that
type at that word. A coercive act done to people or a vessel (CAMEO 173 arrest or detain,
1711 seize a vessel: boarding, interception, towing away; 181 abduct) or a killing done to
people (CAMEO 18/20, PLOVER ASSAULT), told as having happened or denied ("no detainee has
been killed": negated) is an event though the text names no hand. The near misses name a
word that must give no event of that type: a generic or conditional statement (a warning's
condition: whoever would be arrested), a plan or a fear, natural harm (floods, a quake, a
crash), goods or places seized with no people nor vessel, a thing "detained" that is no
person. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events

ROWS = [
    # --- vessels boarded, stopped, intercepted, towed (CAMEO 1711)
    ("Two Sri Lankan trawlers were intercepted off Delft island late on Sunday, a navy "
     "spokesman in Colombo said.", "intercepted", "COERCE", None),
    ("The tanker was seized in the Gulf of Oman on Thursday and escorted to Bandar Abbas.",
     "seized", "COERCE", None),
    ("A cargo ship bound for Odesa was detained in the Bosphorus for three days last week.",
     "detained", "COERCE", None),
    ("A dhow carrying 20 Somali fishermen was intercepted in the Gulf of Aden on Monday.",
     "intercepted", "COERCE", None),
    ("A Vietnamese fishing boat was boarded near the Paracel Islands on Tuesday and its "
     "catch was thrown overboard, the fishermen's association in Quang Ngai said.", "boarded",
     "COERCE", None),
    # --- people arrested, detained, held (CAMEO 173)
    ("Eleven students were arrested outside the university in Dhaka on Friday evening, "
     "their lawyers said.", "arrested", "COERCE", None),
    ("Three journalists covering the vote were detained in Harare on Wednesday and released "
     "the next morning.", "detained", "COERCE", None),
    ("At least forty protesters were detained in central Minsk on Sunday, a rights group "
     "said.", "detained", "COERCE", None),
    ("Those arrested in Kano on Monday include two local councillors, a police source said.",
     "arrested", "COERCE", None),
    ("The opposition leader was arrested at his home in Kampala before dawn on Tuesday.",
     "arrested", "COERCE", None),
    ("No journalist was detained during the count in Lusaka, the electoral commission said.",
     "detained", "COERCE", "negated"),
    ("Two aid workers were abducted on the road to Mopti on Thursday, their organisation "
     "said in Bamako.", "abducted", "ASSAULT", None),
    ("A priest was kidnapped from his parish in Kaduna state overnight, the diocese said.",
     "kidnapped", "ASSAULT", None),
    # --- people killed (CAMEO 18, 20), told or denied
    ("Four demonstrators were killed in Khartoum on Thursday when the march reached the "
     "palace, a doctors' committee said.", "killed", "ASSAULT", None),
    ("No hostage was harmed or killed during the rescue in Bamako, the army said.", "killed",
     "ASSAULT", "negated"),
    ("Two village elders were murdered in the hills above Bunia last week, a local chief "
     "said.", "murdered", "ASSAULT", None),
    ("A human rights lawyer was shot dead outside his office in Guatemala City on Friday.",
     "shot", "ASSAULT", None),
    ("Five prisoners were executed at a jail near Tehran on Wednesday, an Oslo-based rights "
     "group said.", "executed", "ASSAULT", None),
    ("Two soldiers were killed on Sunday in an ambush near the border with Niger, the "
     "Beninese army said.", "killed", "ASSAULT", None),
    ("Six civilians were killed when their minibus was fired on near Kidal, local officials "
     "said.", "killed", "ASSAULT", None),
    ("The three farmers who were killed near Bambari on Sunday were buried the next day, "
     "the mayor said.", "killed", "ASSAULT", None),
    # "not one" before the victim (the parser hangs "not" on the numeral) negates the act
    #   under a report verb too (modality.no_such; a strict xfail until then)
    ("Not one protester has been killed in the capital, the interior minister of Peru "
     "said on Monday.", "killed", "ASSAULT", "negated"),
]

NEAR_MISSES = [
    # generic statements, warnings' conditions, plans and fears
    ("Anyone who blocks the highway will be arrested, the governor of Chiapas warned.",
     "arrested", "COERCE"),
    ("Whoever breaks the curfew in Dhaka may be detained without charge, the police said.",
     "detained", "COERCE"),
    ("Fishing boats that enter the zone without a licence can be seized under the new law "
     "in Jakarta.", "seized", "COERCE"),
    ("Relatives in Caracas fear that anyone who returns could be arrested on arrival.",
     "arrested", "COERCE"),
    # natural harm and accidents
    ("Twelve villagers were killed in the floods that swept northern Bangladesh on "
     "Saturday.", "killed", "ASSAULT"),
    ("At least thirty people were killed when a landslide buried a village in Papua New "
     "Guinea.", "killed", "ASSAULT"),
    ("Seven passengers were killed when a bus plunged into a ravine near Shimla.", "killed",
     "ASSAULT"),
    ("Nine workers were killed in an explosion at a coal mine in Balochistan on Monday.",
     "killed", "ASSAULT"),
    ("Two hikers were killed by lightning near Chamonix on Sunday.", "killed", "ASSAULT"),
    # goods seized, no person nor vessel; a thing held up, not a person
    ("Two tonnes of cocaine were seized at the port of Guayaquil on Tuesday.", "seized",
     "COERCE"),
    ("The shipment was detained at customs in Mombasa for lack of papers.", "detained",
     "COERCE"),
    # films and sport
    ("The final scene, in which the hero is shot, was filmed in a village near Almeria.",
     "shot", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "kind", "modality"), ROWS,
                         ids=[r[0][:45] for r in ROWS])
def test_passive_act_is_found(text, word, kind, modality) -> None:
    ex = events(text)
    found = [e for e in ex.events if at(text, e, word) and e.type == kind
             and (modality is None or e.modality == modality)]
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "word", "kind"), NEAR_MISSES,
                         ids=[r[0][:45] for r in NEAR_MISSES])
def test_near_miss_is_not(text, word, kind) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, word) and e.type == kind], describe(ex)
