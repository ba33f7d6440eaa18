"""Acts that had no trigger, set 3: translated news, supply cut-offs, incursions, operations.
Each row is (sentence, trigger word, PLOVER type or a tuple of them, source name or None,
target name or None); the near misses name a trigger word that must give no event of the type.
Every sentence is our own wording.

* Translated news (wire copy rendered from French, Spanish or Portuguese): people who
  'manifest' (demonstrate, PROTEST 141) and their 'manifestation'; police or gendarmes who
  'interpellate' people (arrest, COERCE 173; deputies who interpellate a minister question
  him); hostages' 'liberation' (their release, RETREAT 0841; a town's liberation is no release).
* Cut-offs (CAMEO 170 coerce, mode withhold, as 'cut off water' already is; the PLOVER notes
  put cutting services under COERCE): a state or company halting, stopping or suspending gas,
  water or power supplies or pumping, the stoppage or interruption of a supply; mobile internet
  or phone networks cut by the authorities (CAMEO 1721, restrictions on freedoms).
* Incursions (CAMEO 190 conventional force, as 'crossed into' already is): troops or a patrol
  entering another country's territory or airspace, an incursion.
* Operations and ultimatums: a search operation by police or troops (MOBILIZE 153/154), an
  ultimatum (THREATEN 139), delegations that sat down together (CONSULT 040), an offer of
  mediation (AGREE 039) turned down (REJECT).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_at

ROWS = [
    # --- translated news
    ("Several thousand people manifested in the streets of Dakar on Saturday to demand the "
     "release of the jailed opposition mayor.", "manifested", "PROTEST", None, None),
    ("The manifestation, called by the main trade unions, drew some 20,000 people to the "
     "centre of Abidjan.", "manifestation", "PROTEST", None, None),
    ("Gendarmes interpellated eight young men in Ziguinchor after Friday's clashes, the "
     "regional prosecutor said.", "interpellated", "COERCE", None, None),
    ("Bolivian police interpellated two former ministers at La Paz airport on Sunday.",
     "interpellated", "COERCE", ("Bolivia", "police"), None),
    ("Riot police launched tear gas grenades at stone-throwing youths in Kinshasa's Limete "
     "district on Monday.", "launched", "ASSAULT", "police", None),
    ("The ELN announced the liberation of six hostages in the department of Arauca on "
     "Sunday.", "liberation", "RETREAT", "ELN", None),
    # --- cut-offs of supply or service
    ("Uzbekistan halted gas supplies to Tajikistan on Monday over unpaid bills.", "halted",
     "COERCE", "Uzbekistan", None),
    # halted deliveries and exports are trade: SANCTION, as the table had them before
    ("Russia's Gazprom stopped gas deliveries to Bulgaria and Poland after both refused to "
     "pay in roubles.", "stopped", ("COERCE", "SANCTION"), "Gazprom", None),
    ("Kazakhstan suspended electricity exports to Kyrgyzstan during the winter shortage.",
     "suspended", ("COERCE", "SANCTION"), "Kazakhstan", None),
    ("Moscow's stoppage of gas supplies to Moldova left thousands of homes in Transnistria "
     "without heating.", "stoppage", "COERCE", "Russia", "Moldova"),
    # no game: a stoppage of supplies is labour's word, and a cut-off's (nonagents.in_sport)
    ("The stoppage of Russian gas supplies to Moldova left thousands of homes in "
     "Transnistria without heating.", "stoppage", "COERCE", None, None),
    ("The interruption of water supplies to Crimea by Ukraine after 2014 angered Moscow.",
     "interruption", "COERCE", None, "Crimea"),
    ("Turkish-backed forces stopped the pumping of water from the Alouk station to Hasakah "
     "for the fifth time this year.", "stopped", "COERCE", None, None),
    ("Authorities in Ethiopia's Amhara region shut down mobile data networks on Thursday as "
     "fighting spread to Gondar.", "shut", "COERCE", None, None),
    # --- incursions
    ("Indian troops entered Pakistani territory near the Neelum valley, the Pakistani army "
     "said.", "entered", ("ASSAULT", "MOBILIZE"), "India", None),
    ("Two Eritrean army units crossed into Ethiopian territory near Badme overnight.",
     "crossed", ("ASSAULT", "MOBILIZE"), "Eritrea", None),
    ("The incursion by Rwandan troops into North Kivu drew condemnation from Kinshasa.",
     "incursion", ("ASSAULT", "MOBILIZE"), None, None),
    ("Ankara warned that any new incursion by Kurdish fighters would be met with force.",
     "warned", "THREATEN", "Ankara", None),
    # --- operations, ultimatums, talks
    ("Kenyan troops launched a search operation in the Boni forest after the ambush on "
     "Tuesday.", "search", "COERCE", "Kenya", None),
    ("Niger's junta gave the French ambassador a 48-hour ultimatum to leave the country.",
     "ultimatum", "THREATEN", "Niger", None),
    ("Delegations of the army and the paramilitary forces sat down in Jeddah on Saturday "
     "for the first time in months.", "sat", "CONSULT", None, None),
    ("Khartoum turned down the African Union's offer of mediation on Tuesday.", "turned",
     "REJECT", "Khartoum", None),
    # the missionaries are people acted on (actor_nouns: missionaries, REL)
    ("Church mediators said the liberation of the kidnapped missionaries could take place "
     "within days.", "liberation", "RETREAT", None, None),
    # the nationality before the unit is the army's (actors/generic.site_modifiers)
    ("A Venezuelan army patrol entered Guyanese territory along the Cuyuni river on "
     "Tuesday, Georgetown said in a protest note.", "entered", ("ASSAULT", "MOBILIZE"),
     "Venezuela", None),
    ("Mobile internet was cut in Manipur for a fifth straight day after the ethnic clashes.",
     "cut", "COERCE", None, None),
    # the "for" of a blame hung on its object: the accused's act (subjects.charged)
    ("Georgia blamed the separatists for the interruption of power supplies to the "
     "villages along the boundary line.", "interruption", "COERCE", "separatists", None),
]

# rows a stage other than the lexicon still loses (strict xfails): "manifested" hung by the
#   parser on its subject as a participle with no cue in the sentence, or with one but then
#   read as done to that subject (the students its target); a noun act with no actor
#   (the subject of "take place", no doer named); 'army' given the country
#   of the place it entered; an offer taken as the content of its rejection, not an act of its own
KNOWN = [
    ("Hundreds of students manifested outside the education ministry in Bamako against the "
     "new enrolment fees, witnesses said.", "manifested", "PROTEST", "student", None),
    ("Teachers manifested in Maputo for a third day over unpaid overtime.", "manifested",
     "PROTEST", "Teacher", None),
    ("Khartoum turned down the African Union's offer of mediation on Tuesday.", "offer",
     "AGREE", "African Union", None),
]

NEAR_MISSES = [
    # symptoms and diseases manifest, nobody demonstrates
    ("Symptoms of the infection usually manifested within three days, the doctors said.",
     "manifested", "PROTEST"),
    ("The manifestation of the virus in young children is usually mild.", "manifestation",
     "PROTEST"),
    # deputies interpellate a minister: a question in parliament, no arrest
    ("Opposition deputies interpellated the interior minister over the killings in Kasai.",
     "interpellated", "COERCE"),
    # launching an app, and the liberation of a city
    ("The Nairobi startup launched a new payments app for market traders.", "launched",
     "ASSAULT"),
    ("Veterans marked the anniversary of the liberation of Paris on Sunday.", "liberation",
     "RETREAT"),
    # a storm or a referee stops things, no pressure
    ("The referee stopped the match after twenty minutes of heavy rain.", "stopped",
     "COERCE"),
    ("The carmaker halted production at its plant in Pune for a week.", "halted", "COERCE"),
    ("The stoppage of play lasted nearly half an hour.", "stoppage", "COERCE"),
    # entering a race, crossing a finish line
    ("The former army chief entered the presidential race on Monday.", "entered",
     "ASSAULT"),
    ("The Kenyan runner crossed the finish line in 2:03.", "crossed", "ASSAULT"),
    # a surgery operation, the ultimatum game, dinner
    ("The surgery operation on the former president lasted four hours.", "operation",
     "MOBILIZE"),
    ("In the ultimatum game, one player proposes how to split a sum of money.", "ultimatum",
     "THREATEN"),
    ("The two families sat down for dinner after the wedding.", "sat", "CONSULT"),
]

# near misses that still fire (strict xfail): a police search for the missing is no event
#   (the table's 'search ... for' sense), but in "search operation for" the "for" phrase hangs
#   on "operation", so the compound "search" keeps its raid sense
KNOWN_NEAR = [
    ("Kenyan police launched a search operation for the missing fishermen off Lamu on "
     "Wednesday.", "search", "COERCE"),
]


@pytest.mark.parametrize(("text", "word", "type_", "source", "target"), ROWS,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in ROWS])
def test_act_is_found(text, word, type_, source, target) -> None:
    expect_at(text, word, type_, source, target)


@pytest.mark.xfail(strict=True, reason="a stage other than the lexicon loses it")
@pytest.mark.parametrize(("text", "word", "type_", "source", "target"), KNOWN,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in KNOWN])
def test_known_misses(text, word, type_, source, target) -> None:
    # a coded event: a mention with no actor kept for fusion (events.bare) is not the act found
    expect_at(text, word, type_, source, target, coded_events=True)


@pytest.mark.parametrize(("text", "word", "type_"), NEAR_MISSES,
                         ids=[r[0][:45] for r in NEAR_MISSES])
def test_near_miss_is_not(text, word, type_) -> None:
    expect_none_at(text, word, type_)


@pytest.mark.xfail(strict=True, reason="the compound 'search' keeps its own sense")
@pytest.mark.parametrize(("text", "word", "type_"), KNOWN_NEAR,
                         ids=[r[0][:45] for r in KNOWN_NEAR])
def test_known_near_misses(text, word, type_) -> None:
    test_near_miss_is_not(text, word, type_)
