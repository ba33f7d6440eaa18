"""Attacks told with no attacker named, but with a place or what they hit (ACLED's
"unidentified armed group"; UCDP codes such an attack too when the report gives where and
when). Each row is (sentence, trigger word, modality or None); the event must be an ASSAULT
at that word. The near misses name a word that must give no ASSAULT: a generic or habitual
statement, a hypothetical, a fear or a demand, fireworks, sport, an exercise or a test, a
film, a natural force or an accident. Every sentence is our own wording.

CAMEO 19 (fight: 190 use conventional military force, 194 fight with artillery and tanks,
195 employ aerial weapons) and 18 (183 bombings): ASSAULT, material, its doer may be
unknown to the reporter. An artillery or rocket barrage, or a barrage of shells or rockets,
is 194; a gunshot, and shots heard or ringing out, are 193. A barrage of criticism, questions
or calls is none, nor shots that are photographs, vaccines, film takes or tries at goal, nor
a gunshot wound or gunshot residue with no shooting told (the wound is no act of its own
told: the attack it came from is not reported there).
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events

ROWS = [
    # --- Ukraine and Russia
    ("Residents of Kupiansk reported heavy shelling near the central market since early "
     "morning.", "shelling", None),
    ("Shelling struck the village of Krynky early on Wednesday, the regional governor said.",
     "Shelling", None),
    ("A second, lighter bombardment near the town of Vuhledar on 3 March caused no casualties.",
     "bombardment", None),
    ("Shelling near the Zaporizhzhia nuclear plant cut a power line on Monday, the IAEA said.",
     "Shelling", None),
    ("There was shelling in the village of Velyka Pysarivka overnight, local officials said.",
     "shelling", None),
    ("Artillery fire hit the outskirts of Belgorod on Tuesday evening, the regional governor "
     "wrote on Telegram.", "fire", None),
    # --- Middle East
    ("Local media reported an air strike on the town of Saraqeb on Wednesday.", "strike",
     None),
    ("The health ministry did not say who fired on the town of Khan Younis on Friday.",
     "fired", None),
    ("Who shelled the hospital in the old city of Aleppo remains unclear.", "shelled", None),
    ("Heavy shelling was reported on Thursday in the southern suburbs of Sanaa.", "shelling",
     None),
    ("Explosions and gunfire were reported near the airport in Khartoum early on Saturday.",
     "gunfire", None),
    ("The interior ministry denied reports of shelling in the town of Afrin on Sunday.",
     "shelling", "denied"),
    ("Shots were fired at a checkpoint outside the town of Jenin late on Friday, witnesses "
     "said.", "fired", None),
    # --- Africa
    ("Gunfire erupted in the main market of Gao on Friday afternoon.", "Gunfire", None),
    ("Sporadic gunfire was heard in the town of Beni after nightfall on Tuesday.", "gunfire",
     None),
    ("Mortar fire hit a camp for displaced people outside Mogadishu on Thursday, a camp "
     "leader said.", "fire", None),
    ("Shooting broke out near the presidential palace in Ouagadougou late on Sunday night.",
     "Shooting", None),
    ("Heavy gunfire was heard on Monday near the army headquarters in the Nigerien capital "
     "Niamey.", "gunfire", None),
    # --- Americas and Asia
    ("Heavy gunfire was heard overnight in the Bel Air district of Port-au-Prince.",
     "gunfire", None),
    ("The town of Marawi came under heavy mortar fire on Saturday, the mayor said.", "fire",
     None),
    ("A bombardment of villages near the Thai border forced hundreds of Karen families to "
     "flee on Sunday, aid groups said.", "bombardment", None),
    ("An air strike hit a school in the village of Let Yet Kone in Sagaing region on "
     "Monday, residents said.", "strike", None),
    # --- barrages (194: artillery, rockets), gunshots and shots heard or ringing out (193)
    ("An artillery barrage on the village of Kfar Kila left two farmers dead on Saturday.",
     "barrage", None),
    ("Witnesses in Bamenda said gunshots were heard in the Nkwen neighbourhood throughout the "
     "night.", "gunshots", None),
    ("Police in Manipur said gunshots were heard near the village of Moreh overnight.",
     "gunshots", None),
    ("A rocket barrage hit the outskirts of the northern town of Kiryat Shmona late on "
     "Tuesday, emergency services said.", "barrage", None),
    ("A barrage of shells struck the industrial zone of Horlivka on Thursday, the city's "
     "mayor said.", "barrage", None),
    ("A barrage of mortar shells hit a camp for displaced families near Goma on Friday.",
     "barrage", None),
    # --- the craft or weapon the only doer named: someone flies or fires it
    ("Unidentified aircraft bombed a fuel depot on Tuesday night, residents said.", "bombed",
     None),
    ("Military aircraft bombed a cattle market before dawn, witnesses told our reporter.",
     "bombed", None),
    ("Helicopters strafed a column of pickup trucks on the desert road on Friday.", "strafed",
     None),
    ("Planes bombed the only bridge on the road south overnight, local officials said.",
     "bombed", None),
    ("Jets pounded the hills above the mining camp for a third day on Sunday.", "pounded",
     None),
    ("Drones attacked a convoy of fuel tankers on the coastal highway late on Monday.",
     "attacked", None),
    ("Artillery shelled the outskirts of the market town throughout the night.", "shelled",
     None),
    ("A gunship fired on a crowd gathered outside the district office on Wednesday.", "fired",
     None),
]

# rows of these senses still missed (strict xfails): an attack with no hand named is kept only
#   when the noun or its verb names where it happened (handless.placed), and here the place
#   is in a clause of its own ("as the cutter came ... near the port"), the parser reads "as
#   a barrage" as a phrase of "ran", or the place is no site of attacks (a campus, a
#   parliament); and shots only heard are no sense yet: "no shots were heard" tells none, and
#   the rule that keeps an attack for its place does not ask whether its verb is negated
KNOWN = [
    ("Several shots were heard near the central mosque in Kano before police sealed off the "
     "area.", "shots", None),
    ("Two shots rang out as the coast guard cutter came alongside the fishing boat near the "
     "port of Tumaco.", "shots", None),
    ("Residents of Sderot ran for shelters as a barrage of rockets fell on the town shortly "
     "after dawn.", "barrage", None),
    ("A single gunshot echoed across the campus of the university in Nairobi on Monday "
     "afternoon, students said.", "gunshot", None),
    ("Shots rang out outside the parliament in Tbilisi as the crowd scattered.", "Shots",
     None),
]

NEAR_MISSES = [
    # generic and habitual statements
    ("Shelling is common in the villages along the front line.", "Shelling"),
    ("Gunfire is heard almost every night in the slums of Port-au-Prince.", "Gunfire"),
    # hypotheticals, fears, demands, warnings
    ("If shelling resumes near the plant, the inspectors will leave Enerhodar.", "shelling"),
    ("Residents of Kherson fear more shelling near the river port this winter.", "shelling"),
    ("Shelling near the nuclear plant must stop, the IAEA chief said in Vienna.", "Shelling"),
    ("A bombardment of the village would be a war crime, the UN envoy warned.",
     "bombardment"),
    # fireworks, sport, exercises, tests, a film
    ("Fireworks exploded over the harbour of Sydney at midnight.", "exploded"),
    ("Shots from the starting pistol opened the Nairobi marathon at seven in the morning.",
     "Shots"),
    ("Artillery fire was heard near the town of Drawsko during the annual NATO exercise.",
     "fire"),
    ("Gunfire echoed over the test range near the town of Pokhran during the trials.",
     "Gunfire"),
    ("The final scene, with gunfire in a village square, was shot near Ouarzazate.",
     "gunfire"),
    # natural forces and accidents
    ("Lightning struck a church in the village of Tarnow on Sunday.", "struck"),
    ("A gas explosion in a restaurant in Ryazan injured six people.", "explosion"),
    ("Thunder like artillery fire rolled over the town of Lviv all night.", "fire"),
    # a craft's accident: nobody flies it at anyone
    ("A small plane hit a house near the airfield after its engine failed, killing the "
     "pilot.", "hit"),
    ("A cargo plane struck a hangar while taxiing at the airport on Friday.", "struck"),
    ("A passenger jet overran the runway in heavy fog and stopped in a field.", "overran"),
    ("A light aircraft overran the airstrip at the mission station on landing.", "overran"),
    ("Crop-spraying aircraft bombed the fields with pesticide, a farmer joked.", "bombed"),
    # what might have been, and what is hoped
    ("Shelling could have hit the village of Tsyrkuny had the wind not changed, a soldier "
     "said.", "Shelling"),
    ("Officials in Donetsk hope gunfire near the water station will end soon.", "gunfire"),
    # celebratory gunfire under a ban
    ("Celebratory gunfire at weddings is banned in Kabul province.", "gunfire"),
    # barrages of words and calls, a wound by a gunshot with no shooting told, shots that are
    #   photographs, vaccines, film takes or tries at goal
    ("The finance minister faced a barrage of criticism in parliament in Pretoria over the "
     "budget on Wednesday.", "barrage"),
    ("A barrage of questions from reporters followed the coach into the locker room.",
     "barrage"),
    ("The embassy in Canberra received a barrage of phone calls after the visa rules "
     "changed.", "barrage"),
    ("A man was treated for a gunshot wound at the main hospital in Durban on Friday.",
     "gunshot"),
    ("The exhibition in Lagos opens with aerial shots of the city taken from a drone.",
     "shots"),
    ("Clinics in Manila began giving booster shots to the elderly on Monday.", "shots"),
    ("The director said the opening shots of the film were made in a village near "
     "Tbilisi.", "shots"),
    ("The striker fired two shots wide of the post before half time in Accra.", "shots"),
    ("Gunshot residue was found on the jacket, a forensic expert told the court in Nairobi.",
     "Gunshot"),
    ("During the annual NATO exercise near Drawsko, blank shots rang out over the range.",
     "shots"),
    ("Gunshots ring out almost every night in the slums of Cite Soleil.", "Gunshots"),
    # told not to have happened: calm, no act by unknown hands
    ("No gunfire was heard in Juba overnight, residents said.", "gunfire"),
    ("Residents of Goma said shelling had not resumed near the airport.", "shelling"),
]

# near misses that still fire (strict xfails): a gerund subject of a present perfect and a
#   gerund the parser hangs on a noun are read as the verb of the act; narrowing
#   handless.placed to gerund subjects and participles on nouns lowered fusion blind4 (end to
#   end .5232 -> .5201), so it was left
KNOWN_FALSE = [
    ("Shelling in the town of Avdiivka has become part of daily life.", "Shelling"),
    ("The report documents shelling in more than 40 villages of Idlib since 2019.",
     "shelling"),
]


@pytest.mark.parametrize(("text", "word", "modality"), ROWS, ids=[r[0][:45] for r in ROWS])
def test_unnamed_attack_is_found(text, word, modality) -> None:
    ex = events(text)
    found = [e for e in ex.events if at(text, e, word) and e.type == "ASSAULT"
             and (modality is None or e.modality == modality)]
    assert found, describe(ex)


@pytest.mark.xfail(strict=True, reason="place not where handless.placed looks, or shots only heard")
@pytest.mark.parametrize(("text", "word", "modality"), KNOWN, ids=[r[0][:45] for r in KNOWN])
def test_known_misses(text, word, modality) -> None:
    test_unnamed_attack_is_found(text, word, modality)


@pytest.mark.parametrize(("text", "word"), NEAR_MISSES, ids=[r[0][:45] for r in NEAR_MISSES])
def test_near_miss_is_not(text, word) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, word) and e.type == "ASSAULT"], describe(ex)


@pytest.mark.xfail(strict=True, reason="a gerund read as the act's own verb")
@pytest.mark.parametrize(("text", "word"), KNOWN_FALSE, ids=[r[0][:45] for r in KNOWN_FALSE])
def test_known_false_events(text, word) -> None:
    test_near_miss_is_not(text, word)
