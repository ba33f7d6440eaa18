"""Participles the parser misreads as adjectives of the noun after them
(``events.misreadings``): "..., *burning* tyres and ..." is a clause of the crowd's (they burn
tyres), not "tyres that burn"; "responded by *halting* exports" halts them. A passive
relative clause is done to the noun it modifies (``described``: "Vell, *who was released* on
bail"). Our own sentences.
Rows: (text, type, CAMEO root, trigger word) must come; near misses: (text, type, trigger
word) must not.
"""

from __future__ import annotations

import pytest

from .helpers import (
    Names,
    OneOrMore,
    describe,
    events,
    events_over,
    expect_at,
    expect_none_at,
    expect_none_with,
)


def case(id: str, text: str, type_: str, root: str, trigger: str, known: str = ""):
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(text, type_, root, trigger, id=id, marks=marks)


CODED = [
    case("blocked-burning-tyres", "Traders blocked the road to the crossing on Friday, burning "
         "tyres and demanding that the market reopen.", "PROTEST", "14", "burning"),
    case("marched-burning-effigies", "Students marched to the governor's office in Bouaké, "
         "burning effigies of the minister.", "PROTEST", "14", "burning"),
    case("gathered-burning-flags", "Hundreds gathered outside the embassy in Valletta on "
         "Sunday, burning flags and chanting slogans.", "PROTEST", "14", "burning"),
    case("rallied-burning-tires", "Moto-taxi drivers rallied in Kindia, burning tires and "
         "blocking the highway.", "PROTEST", "14", "burning",
         known="the parser hangs 'tires' on 'rallied' as an adverbial noun (npadvmod): no "
         "trigger is read on an adjective of one"),
]

NOT_SO = [
    # a burning thing that is no protest prop, or a fire nobody set, is no protest
    case("burning-building", "Firefighters fought the flames for hours, burning buildings "
         "collapsing around them.", "PROTEST", "14", "burning"),
    case("burning-houses-assault", "Militiamen raided the village of Kouré, burning houses "
         "and granaries.", "PROTEST", "14", "burning"),
]


@pytest.mark.parametrize(("text", "type_", "root", "trigger"), CODED)
def test_participle_clause_is_an_act(text: str, type_: str, root: str, trigger: str) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type == type_ and (e.cameo_code or "").startswith(root)
             and text[e.start:e.end].lower() == trigger]
    assert found, describe(ex)
    assert not [e for e in ex.events if text[e.start:e.end].lower() == trigger
                and e.type != type_], describe(ex)


@pytest.mark.parametrize(("text", "type_", "root", "trigger"), NOT_SO)
def test_no_such_act(text: str, type_: str, root: str, trigger: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if e.type == type_
                and text[e.start:e.end].lower() == trigger], describe(ex)


# ``described``: a passive relative clause tells what was done to the noun it modifies.
# "Maria Vell, *who was released* on bail" is a release of Vell, as "Vell, *released* on bail"
# is: the relative pronoun is the clause's passive subject, so its antecedent undergoes the act
# (the target), and only a by-agent does it (before, such a clause took the place it named as
# its target, or gave no event). Near misses: an active relative clause ("who *released* the
# report") keeps its subject as the doer; forces moved are never their deployment's target.
# (text, trigger, type, target): the antecedent of the passive relative undergoes the act
DONE_TO = [
    ("Union president Maria Vell, who was released on bail last week, spoke at the rally in "
     "Kalvo.", "released", "RETREAT", "Maria Vell"),
    ("Tobias Renn, who was arrested at his home in Kalvo on Saturday, remains in custody.",
     "arrested", "COERCE", "Tobias Renn"),
    ("10:40 - Opposition leader Karel Dusek, who was abducted near Vendel last week, has been "
     "found alive, police say.", "abducted", "ASSAULT", "Karel Dusek"),
    ("The Government informs that the citizen Rui Amaral, who was expelled from the territory "
     "on 4 May, has not returned.", "expelled", "COERCE", "Rui Amaral"),
    ("Activist Jonas Pell, who was beaten outside his home on Friday, left hospital on Monday.",
     "beaten", "ASSAULT", "Jonas Pell"),
    ("Ilse Marr, who had been detained at the Kalvo crossing since Monday, was freed on "
     "Wednesday.", "detained", "COERCE", "Ilse Marr"),
    ("Farida Osei, who was deported to Velland in March, returned home on Sunday.",
     "deported", "COERCE", "Farida Osei"),
    ("Ostravia's foreign minister, who was received by the Velland president on Monday, left "
     "for Kalvo.", "received", "CONSULT", "Ostravia"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "target"), DONE_TO,
                         ids=[r[1] + "-" + r[0][:30] for r in DONE_TO])
def test_passive_relative_is_done_to_its_antecedent(text: str, trigger: str, type_: OneOrMore,
                                                    target: Names) -> None:
    expect_at(text, trigger, type_, target=target)


# near misses: an active relative clause is no release of its antecedent; forces moved are
# their own, never the target of their deployment; the antecedent never does what it undergoes
def test_active_relative_is_no_act_done_to_its_antecedent() -> None:
    expect_none_at("Maria Vell, who released the report on Monday, spoke in Kalvo.", "released",
                   "RETREAT")


def test_forces_sent_by_a_passive_relative_are_not_its_target() -> None:
    expect_none_with("Velland troops, who were deployed to Kalvo on Monday, began patrols.",
                     "deployed", "MOBILIZE", target="troops")


def test_antecedent_of_a_passive_relative_is_not_its_doer() -> None:
    expect_none_with("Ostravia's foreign minister, who was received by the Velland president "
                     "on Monday, left for Kalvo.", "received", "CONSULT", source="Ostravia")


def test_active_relative_keeps_its_subject_as_doer() -> None:
    expect_at("The activist whom Velland police arrested on Monday is Maria Vell.", "arrested",
              "COERCE", source=("police", "Velland"))


# ``spoken_conjunct``: a plain past hung on a reported clause told in the progressive ("said
# villagers *were being shot* ... and *called on*") is the reporter's, as one hung on a
# pluperfect is: the tenses part them. The clause's subject, the people shot or the gangs
# advancing, never makes the reporter's appeal. Near miss: a deed in the plain past ("*beat*
# protesters") runs on in the reported clause.
# (text, trigger, type, source, wrong source)
PROGRESSIVE_REPORTED = [
    pytest.param("The governor of Kasai said that villagers were being shot at random and "
                 "called on the army to intervene.", "called", "REQUEST", ("governor", "Kasai"),
                 "villagers", id="passive-progressive-called"),
    pytest.param("The archbishop of Bangui said churches were being burned and appealed to "
                 "the government for protection.", "appealed", "REQUEST", "archbishop",
                 "churches", id="passive-progressive-appealed"),
    pytest.param("A Haitian police spokesman said gangs were advancing on Port-au-Prince and "
                 "urged residents to stay indoors.", "urged", "REQUEST", "spokesman", "gangs",
                 id="active-progressive-urged"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "wrong"),
                         PROGRESSIVE_REPORTED)
def test_conjunct_of_a_progressive_reported_clause_is_the_reporters(
        text: str, trigger: str, type_: str, source: Names, wrong: Names) -> None:
    expect_at(text, trigger, type_, source=source)
    expect_none_with(text, trigger, type_, source=wrong)


def test_deed_conjunct_of_a_progressive_clause_stays_the_clauses() -> None:
    text = ("Witnesses in Conakry said soldiers were firing into the air and beat several "
            "protesters.")
    expect_none_with(text, "beat", "ASSAULT", source="Witnesses")


# ``spoken_conjunct`` again: a passive reported clause ("had not been consulted") and a conjunct
# with an object of its own ("and criticised the mission"), which the tagger calls a participle:
# no passive participle takes a direct object, so it is a plain past like the reporting verb,
# the reporter's, and the clause's "not" does not reach it. Near misses: a conjunct with no
# object stays in the passive clause ("had not been arrested and charged"), and a deed keeps
# the clause's subject.
# (text, trigger, type, modality, source, wrong source)
PASSIVE_REPORTED = [
    pytest.param("A Kremlin spokesman said Moscow had not been consulted and criticised the "
                 "role of NATO in Georgia.", "criticised", "ACCUSE", "asserted", "spokesman",
                 "NATO", id="passive-not-consulted-criticised"),
    pytest.param("Officials in Goma said the town had not been shelled and accused the rebels "
                 "of spreading rumours.", "accused", "ACCUSE", "asserted", "Officials", "rebels",
                 id="passive-not-shelled-accused"),
    pytest.param("Peru's foreign minister said Lima had not been informed of the raid and "
                 "demanded an explanation from Quito.", "demanded", "REQUEST", "asserted",
                 ("minister", "Peru"), "Quito", id="passive-not-informed-demanded"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "modality", "source", "wrong"),
                         PASSIVE_REPORTED)
def test_object_conjunct_of_a_passive_reported_clause_is_the_reporters(
        text: str, trigger: str, type_: str, modality: str, source: Names,
        wrong: Names) -> None:
    expect_at(text, trigger, type_, source=source)
    hits = [e for e in events_over(text, trigger) if e.type == type_]
    assert hits and all(e.modality == modality for e in hits), describe(events(text))
    expect_none_with(text, trigger, type_, source=wrong)


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Officials in Goma said the town had not been shelled and accused the rebels of "
     "spreading rumours.", "spreading", "COERCE"),
    ("A Thai army spokesman said the post had not been attacked and accused Cambodian troops "
     "of shelling a temple.", "shelling", "ASSAULT"),
])
def test_what_the_reporter_accuses_of_is_no_part_of_the_passive_clause(
        text: str, trigger: str, type_: str) -> None:
    """What the reporter's conjunct accuses of is believed by the reporter, not negated by
    the clause the parser hung the conjunct on."""
    hits = [e for e in events_over(text, trigger) if e.type == type_]
    assert hits and all(e.modality != "negated" for e in hits), describe(events(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("A lawyer said the activists had not been arrested and tortured by police in Minsk.",
     "tortured"),
    ("Villagers said the depot had not been raided and looted by the militia.", "looted"),
])
def test_conjunct_with_no_object_stays_in_the_passive_clause(text: str, trigger: str) -> None:
    hits = events_over(text, trigger)
    assert hits and all(e.modality == "negated" for e in hits), describe(events(text))


# ``ergative``: a verb whose subject, with no object, undergoes it ("the depot *exploded*",
# "houses *burned*", "the ferry *sank*") names no doer: the thing or the place it stands in is
# no source (the act stays, done by no one named: a blast or a fire is often an attack whose
# doer the report does not know). A weapon that explodes was used by whoever the sentence
# says fired it, and the same verbs with an object keep their doer.
# (text, trigger, wrong source)
ERGATIVE = [
    pytest.param("A fuel depot in Belgorod exploded on Sunday night, the regional governor "
                 "said.", "exploded", "Belgorod", id="depot-exploded"),
    pytest.param("Several houses in the Ukrainian village of Hlyboke burned overnight.",
                 "burned", ("Ukraine", "Hlyboke"), id="houses-burned"),
    pytest.param("A Philippine supply boat burned for hours near the Second Thomas Shoal.",
                 "burned", ("Philippines", "Philippine"), id="boat-burned"),
    # a conjunct sharing the subject of a passive
    pytest.param("A Greek shipping ministry spokesman said the tanker Delta Sea had been hit by "
                 "a missile and was burning off Hodeidah.", "burning", ("Delta Sea", "Greece"),
                 id="tanker-hit-and-burning"),
]


@pytest.mark.parametrize(("text", "trigger", "wrong"), ERGATIVE)
def test_what_undergoes_an_ergative_verb_is_no_doer(text: str, trigger: str,
                                                     wrong: Names) -> None:
    expect_none_with(text, trigger, ("ASSAULT", "COERCE"), source=wrong)


# (text, trigger, type, source)
ERGATIVE_NOT = [
    pytest.param("Houthi fighters burned a Greek tanker off Hodeidah.", "burned", "ASSAULT",
                 "Houthi", id="burned-an-object"),
    pytest.param("A Russian missile exploded in a Kharkiv market on Friday.", "exploded",
                 "ASSAULT", ("Russia", "Russian"), id="weapon-exploded"),
    pytest.param("Protesters in Lima burned the flag of Chile.", "burned", "PROTEST",
                 "Protesters", id="burned-a-flag"),
]

# weapons that explode: an attack whose doer goes unnamed, still an act
WEAPON_EXPLODED = [
    ("An improvised explosive device exploded under an army truck near Gao.", "exploded"),
    ("A roadside bomb exploded near a Nigerien army convoy.", "exploded"),
    ("A grenade exploded in a crowded market in Bujumbura.", "exploded"),
]


@pytest.mark.parametrize(("text", "trigger"), WEAPON_EXPLODED)
def test_a_weapon_that_explodes_is_an_attack(text: str, trigger: str) -> None:
    assert any(e.type == "ASSAULT" for e in events_over(text, trigger)), describe(events(text))


@pytest.mark.parametrize(("text", "trigger", "type_", "source"), ERGATIVE_NOT)
def test_an_ergative_verb_with_an_object_or_a_weapon_keeps_its_doer(
        text: str, trigger: str, type_: str, source: Names) -> None:
    expect_at(text, trigger, type_, source=source)


#: Rows: an object with a participle after it ("expelled the priests *still serving* in ...")
#: that the parser reads as the subject of a clause hung on the verb is the verb's object.
#: (text, trigger, type, target)
PARTICIPLE_OBJECT = [
    ("Mali's junta threatened to expel the last Belgian reporters still working in Bamako.",
     "expel", "COERCE", "reporters"),
    ("Nicaragua's government expelled the Spanish priests still serving in Matagalpa.",
     "expelled", ("COERCE", "SANCTION"), "priests"),
    ("Kenyan police detained the Somali refugees still living in Nairobi's Eastleigh "
     "district.", "detained", ("COERCE", "ASSAULT"), "refugees"),
    ("Tajik border guards detained the Kyrgyz herders still grazing cattle near the border.",
     "detained", ("COERCE", "ASSAULT"), "herders"),
]
#: Near misses: a clause with a subordinator of its own is no object ("as the traders kept
#: selling"), and a participle's own object is not the verb's.
PARTICIPLE_NOT_OBJECT = [
    ("Benin's army arrested two smugglers as the traders kept selling goods in Cotonou.",
     "arrested", ("COERCE", "ASSAULT"), "traders"),
    ("Tajik border guards detained the Kyrgyz herders still grazing cattle near the border.",
     "detained", ("COERCE", "ASSAULT"), "cattle"),
]


@pytest.mark.parametrize("text, trigger, type_, target", PARTICIPLE_OBJECT)
def test_object_read_as_a_participles_subject_is_the_object(text, trigger, type_, target):
    expect_at(text, trigger, type_, target=target)


@pytest.mark.parametrize("text, trigger, type_, target", PARTICIPLE_NOT_OBJECT)
def test_subordinate_clause_or_participles_object_is_no_object(text, trigger, type_, target):
    expect_none_with(text, trigger, type_, target=target)
