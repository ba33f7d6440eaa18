"""Trigger words of several senses, read by their sentence (issue 12: precision and coverage).

Every sentence is our own wording. A bare "strike" is a labour strike (PROTEST 143) unless its
sentence makes it an act of force (ASSAULT): people killed, wounded, dead or surviving it,
casualties, a weapon or an air force, a strike "near" a place; with workers, unions, pay or
a walkout it stays a labour strike, and "the strike" later is read in the sense its document
last gave it. A place people use (a market, clinic, hospital, school) "hit" or "was hit" is
struck by force (ASSAULT), unless a storm, flood or quake did the hitting. A scene, film or
photo "shot" by a photographer is no shooting. A lone "round" named by a place or an ordinal
after talks is those talks told again (CONSULT); a round of gunfire, ammunition or voting, or
of a tournament, is no meeting.
Each row: (text, type, a word of its trigger, or None for any). Near misses: (text, types
that must not come, trigger text or None for anywhere).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known, problems

#: why an attack no actor is named in stays no event: the events stage drops a trigger with
#: no actor before it takes its place as the target (events/__init__, not this table's files)
NO_ACTOR = "an attack with no actor is dropped before its place becomes its target"
#: why a round named by its place is not read: implied.bare skips a noun with a compound
PLACE_ROUND = "implied.bare skips a round with a compound, even a place's ('the Doha round')"
TALKS = ("Armenian and Azerbaijani foreign ministers held talks in Almaty in May. ")


def case(id: str, text: str, type_: str, trigger: str | None):
    return pytest.param(text, type_, trigger, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, id=id)


FIRES = [
    # a strike of force, by its sentence
    case("strike-survived-near-village", "Eleven villagers survived Sunday's strike near "
         "Kunduz, a local official said.", "ASSAULT", "strike"),
    known(case("strike-killed-overnight", "Four civilians were killed in an overnight strike near "
         "Marib, the Houthi health ministry said.", "ASSAULT", "strike"), NO_ACTOR),
    case("strike-wounded-house", "Nine people were wounded when a strike flattened a house "
         "in the northern Idlib countryside.", "ASSAULT", "strike"),
    case("strike-by-drone-killed", "The strike, carried out by a Turkish drone, killed three "
         "fighters in Sinjar.", "ASSAULT", None),
    case("strike-dead-buried", "Residents of Khan Younis buried the dead from Tuesday's "
         "strike.", "ASSAULT", "strike"),
    case("strike-air-force-camp", "The Nigerian air force said its strike destroyed a bandit "
         "camp in Zamfara.", "ASSAULT", None),
    case("strike-casualties-rose", "Casualties from Friday's strike in Kramatorsk rose to "
         "fifteen, Ukrainian officials said.", "ASSAULT", "strike"),
    case("strike-by-jets", "Saturday's strike by Russian jets left a school in Aleppo in "
         "ruins.", "ASSAULT", "strike"),
    # no actor: a mention kept for fusion (events.bare); still no coded event with its place
    case("strike-missile-debris", "Missile debris was found at the site of the strike in "
         "Dnipro.", "ASSAULT", "strike"),
    case("strike-retold-military", "A Pakistani drone strike hit a compound in Khost on "
         "Monday. The strike killed six people.", "ASSAULT", None),
    # a labour strike stays one
    case("strike-dockers-went-on", "Dock workers in Durban went on strike on Monday over "
         "unpaid wages.", "PROTEST", "strike"),
    case("strike-doctors-pay", "The three-day strike by Kenyan doctors over pay closed "
         "public hospitals.", "PROTEST", "strike"),
    case("strike-nurses-union", "Nurses in Lagos began an indefinite strike on Monday, the "
         "union said.", "PROTEST", "strike"),
    case("strike-port-union-wages", "Tuesday's strike at the port of Beira, called by the "
         "dockworkers' union over wages, halted exports.", "PROTEST", None),
    case("strike-retold-labour", "Teachers in Harare went on strike on Monday. The strike "
         "closed most schools in the capital.", "PROTEST", "strike"),
    case("strike-hunger", "A jailed Bahraini activist entered the second month of his hunger "
         "strike.", "PROTEST", "strike"),
    case("struck-a-deal", "Ethiopia and Somalia struck a deal on port access in Ankara.",
         "AGREE", "struck"),
    # a place people use, hit by force
    case("hit-market-denied", "The army denied that the market at Kalabo had been hit.",
         "ASSAULT", "hit"),
    case("hit-clinic-passive", "A clinic in Rafah was hit on Tuesday, the health ministry "
         "said.", "ASSAULT", "hit"),
    case("hit-hospital-forces", "Sudanese paramilitary forces hit a hospital in El Fasher "
         "with artillery.", "ASSAULT", "hit"),
    case("hit-school-forces", "Russian forces hit a school in Kharkiv overnight, the mayor "
         "said.", "ASSAULT", "hit"),
    case("hit-mosque-passive", "A mosque in Mogadishu was hit during the fighting.",
         "ASSAULT", "hit"),
    case("hit-depot-missile", "A Russian missile hit a fuel depot near Lviv.",
         "ASSAULT", "hit"),
    # shooting stays shooting
    case("shot-protesters", "Police shot two protesters in Nairobi on Tuesday.",
         "ASSAULT", "shot"),
    case("shot-dead-chief", "Gunmen shot dead a village chief in Zamfara.", "ASSAULT", "shot"),
    # a round of talks
    case("round-of-talks-new", "Iran and the E3 opened a new round of talks in Geneva.",
         "CONSULT", "talks"),
    case("round-second-after-talks", TALKS + "Baku said troops had fired on its posts days "
         "after the second round.", "CONSULT", "round"),
    known(case("round-place-after-talks", TALKS + "Baku said Armenian troops had fired on its "
         "posts days after the Almaty round.", "CONSULT", "round"), PLACE_ROUND),
    case("round-place-fired-still", TALKS + "Baku said Armenian troops had fired on its "
         "posts days after the Almaty round.", "ASSAULT", "fired"),
    known(case("round-doha-after-talks", "Taliban and US envoys held talks in Doha last month. "
         "Kabul said little had changed since the Doha round.", "CONSULT", "round"), PLACE_ROUND),
]

MISSES = [
    # a strike of force is no labour strike, whether or not an actor is named
    miss("strike-survived-no-protest", "Eleven villagers survived Sunday's strike near "
         "Kunduz, a local official said.", "PROTEST"),
    miss("strike-casualties-no-protest", "Casualties from Friday's strike in Kramatorsk rose "
         "to fifteen, Ukrainian officials said.", "PROTEST"),
    miss("strike-jets-no-protest", "Saturday's strike by Russian jets left a school in Aleppo "
         "in ruins.", "PROTEST"),
    miss("strike-air-force-no-protest", "The Nigerian air force said its strike destroyed a "
         "bandit camp in Zamfara.", "PROTEST"),
    miss("strike-retold-no-protest", "A Pakistani drone strike hit a compound in Khost on "
         "Monday. The strike killed six people.", "PROTEST"),
    miss("strike-missile-no-protest", "Missile debris was found at the site of the strike in "
         "Dnipro.", "PROTEST"),
    miss("strike-dockers-no-assault", "Dock workers in Durban went on strike on Monday over "
         "unpaid wages.", "ASSAULT"),
    miss("strike-doctors-no-assault", "The three-day strike by Kenyan doctors over pay closed "
         "public hospitals.", "ASSAULT"),
    miss("strike-hunger-no-assault", "A jailed Bahraini activist entered the second month of "
         "his hunger strike.", "ASSAULT"),
    miss("strike-teachers-retold-no-assault", "Teachers in Harare went on strike on Monday. "
         "The strike closed most schools in the capital.", "ASSAULT"),
    miss("struck-deal-no-assault", "Ethiopia and Somalia struck a deal on port access in "
         "Ankara.", "ASSAULT"),
    miss("struck-lightning", "Lightning struck a school in northern Uganda, injuring ten "
         "pupils.", "ASSAULT"),
    miss("hit-by-storm", "A market in Beira was hit by a tropical storm on Sunday.",
         "ASSAULT"),
    miss("hit-flood-school", "Floods hit a school in the Kenyan town of Garissa.", "ASSAULT"),
    miss("hit-quake-hospital", "The earthquake hit a hospital in Antakya, trapping patients.",
         "ASSAULT"),
    miss("hit-record-highs", "Shares in the Nairobi bourse hit record highs on Friday.",
         ("ASSAULT", "COERCE")),
    miss("hit-bus-crash", "A bus crash hit the market in Kampala, killing two traders.",
         "ASSAULT", "hit"),
    miss("shot-scene-photographer", "The scene was shot by a photographer from Reuters.",
         "ASSAULT"),
    miss("shot-documentary", "The documentary was shot in Goma over two years.", "ASSAULT"),
    miss("shot-film-director", "A Nigerian director shot the film in Lagos last spring.",
         "ASSAULT"),
    miss("photo-shoot", "A photo shoot for the campaign was held in Accra.", "ASSAULT"),
    miss("round-of-gunfire", "A round of gunfire was heard near the border post at Lachin.",
         "CONSULT"),
    miss("rounds-of-ammunition", "Police in Lagos seized 500 rounds of ammunition from a "
         "truck.", "CONSULT"),
    miss("round-of-voting", "Senegal's first round of voting passed off calmly, observers "
         "said.", "CONSULT"),
    miss("round-of-tournament", "Egypt beat Ghana in the final round of the tournament in "
         "Cairo.", "CONSULT"),
    miss("round-second-election", "No candidate won a majority in Guinea's presidential "
         "election. The second round is due in two weeks.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FIRES)
def test_sense_fits_its_sentence(text: str, type_: str, trigger: str | None) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_
             and (trigger is None or trigger.lower() in text[e.start:e.end].lower().split())]
    assert found, f"expected {type_} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "types", "trigger"), MISSES)
def test_near_miss_takes_no_such_sense(text: str, types: tuple[str, ...],
                                       trigger: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and (trigger is None or text[e.start:e.end].lower() == trigger.lower())]
    assert not found, f"expected no {types} on {trigger or 'any word'}\n{describe(ex)}"
