"""Event modality (asserted, negated, hypothetical, ...), attribution, and event dates.

Every sentence is our own wording. A case names the event's type, its expected modality and the
actors the sentence makes plain. Besides finding the event with the expected modality, each case
checks that the same event (same type, same actors) is not coded a second time with another
modality: a system that ignores modality, or emits every reading, fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.records import MODALITIES

from .helpers import Names, OneOrMore, describe, events, expect, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
SENT_FORCES = ("AID", "MOBILIZE")  # troops or mercenaries sent to a country: either reading
INCURSION = ("MOBILIZE", "ASSAULT")  # troops crossing a border or intervening


def case(id: str, text: str, type_: OneOrMore, modality: str, *, source: Names | None = None,
         target: Names | None = None, attributed_to: Names | None = None):
    return pytest.param(text, type_, modality, source, target, attributed_to, id=id)


ASSERTED = [
    case("asserted-vetoed", "Russia vetoed the resolution on Tuesday.", "REJECT", "asserted",
         source=RUSSIA),
    case("asserted-sent-drones", "Iran sent drones to Russia.", "AID", "asserted",
         source="Iran", target=RUSSIA),
    case("asserted-present-perfect", "Egypt has sent warplanes to eastern Libya.", SENT_FORCES,
         "asserted", source="Egypt"),
    case("asserted-refusal-itself", "Turkey refused to send troops to Libya.", "REJECT",
         "asserted", source="Turkey"),
    case("asserted-request-itself", "Libya asked Moscow to send military advisers.", "REQUEST",
         "asserted", source="Libya", target=RUSSIA),
    case("asserted-known-no-comment", "The army declined to comment on the arrest of the two "
         "journalists.", "COERCE", "asserted", target="journalists"),
    # near misses of an object said not to exist: a number bounded, and the other act of a
    # sentence whose second act had no object
    case("asserted-no-fewer-than", "Police in Conakry arrested no fewer than 40 protesters on "
         "Monday.", "COERCE", "asserted"),
    case("asserted-fired-but-no-arrests", "Police in Kankan fired tear gas but made no "
         "arrests.", "ASSAULT", "asserted"),
    # a refusal on a condition is still a refusal, though the act refused is only imagined
    case("asserted-refusal-on-condition", "Should the opposition take the dispute to court, "
         "Kenya will not attend the summit planned for June.", "REJECT", "asserted",
         source="Kenya"),
    case("asserted-urging-itself", "The United States urged Israel to withdraw its troops from "
         "Gaza.", "REQUEST", "asserted", source=USA, target="Israel"),
]

NEGATED = [
    case("negated-refrained", "The army refrained from shelling the town on Monday.",
         "ASSAULT", "negated"),
    case("negated-has-not", "Russia has not vetoed the resolution.", "REJECT", "negated",
         source=RUSSIA),
    case("negated-not-attend-no-condition", "The president will not attend the summit in "
         "Lusaka, his office said.", "CONSULT", "negated"),
    case("negated-did-not-before-if", "Kenya did not send observers to the talks, even if "
         "both sides asked for them.", "AID", "negated", source="Kenya"),
    case("negated-never", "Russia never vetoed a resolution on Libya.", "REJECT", "negated",
         source=RUSSIA),
    case("negated-failed-to", "Russia failed to block the resolution.", "REJECT", "negated",
         source=RUSSIA),
    case("negated-refused-to", "Turkey refused to send troops to Libya.", SENT_FORCES,
         "negated", source="Turkey"),
    case("negated-did-not", "Iran did not send drones to Russia.", "AID", "negated",
         source="Iran", target=RUSSIA),
    case("negated-has-not-withdrawn", "Israel has not withdrawn its troops from the border "
         "area.", "RETREAT", "negated", source="Israel"),
    # an act whose object its own determiner says does not exist was not done
    case("negated-no-object-fired", "Malian soldiers fired no shots at the crowd in Gao.",
         "ASSAULT", "negated"),
    case("negated-no-object-light-verb", "Guinean police made no arrests in Kankan on Monday.",
         "COERCE", "negated"),
    case("negated-not-a-single-object", "Chadian troops fired not a single round at the "
         "village.", "ASSAULT", "negated"),
    case("negated-no-object-said", "The gendarmerie said its officers fired no shots at the "
         "marchers.", "ASSAULT", "negated"),
]

HYPOTHETICAL = [
    case("hypothetical-if-clause", "If Russia sends arms to Haftar, the United States will "
         "impose sanctions on Moscow.", "AID", "hypothetical", source=RUSSIA, target="Haftar"),
    case("hypothetical-then-clause", "If Russia sends arms to Haftar, the United States will "
         "impose sanctions on Moscow.", "SANCTION", "hypothetical", source=USA, target=RUSSIA),
    case("hypothetical-unless", "Egypt would intervene militarily in Libya unless the militias "
         "withdrew from Sirte.", INCURSION, "hypothetical", source="Egypt"),
    case("hypothetical-could", "Israel could launch strikes on Iranian nuclear sites.",
         "ASSAULT", "hypothetical", source="Israel", target="Iran"),
    case("hypothetical-should", "Should Hamas release the hostages, Israel would pause its "
         "offensive in Gaza.", "RETREAT", "hypothetical", source="Hamas"),
    case("hypothetical-may-if", "Russia may deploy nuclear weapons to Kaliningrad if Sweden "
         "joins NATO.", "MOBILIZE", "hypothetical", source=RUSSIA),
    # an inverted condition the parser makes a complement of the clause after it
    case("hypothetical-should-complement", "Should Sudanese troops shell Adre again, Chad will "
         "close the border.", "ASSAULT", "hypothetical", source="Sudan"),
    case("hypothetical-should-quoted", "Chad's army warned Khartoum: \"Should Sudanese troops "
         "shell Adre again, we will answer.\"", "ASSAULT", "hypothetical", source="Sudan"),
    # the consequent of a condition is imagined, refused or not: no denial that it happened
    case("hypothetical-negated-consequent-should", "Should the opposition take the dispute to "
         "court, the president will not attend the summit planned for June.", "CONSULT",
         "hypothetical"),
    case("hypothetical-negated-consequent-if", "If the rebels shell Goma again, Kenya will not "
         "send its observers to the talks.", "AID", "hypothetical", source="Kenya"),
]

REPORTED = [
    case("reported-reportedly", "Iran reportedly sent drones to Russia.", "AID", "reported",
         source="Iran", target=RUSSIA),
    case("reported-according-to", "According to Reuters, Turkey shelled Kurdish positions in "
         "northern Syria.", "ASSAULT", "reported", source="Turk", target="Kurd",
         attributed_to="Reuters"),
    case("reported-report-claimed", "A report claimed that Egyptian warplanes had bombed "
         "militant camps in eastern Libya.", "ASSAULT", "reported", source="Egypt"),
    case("reported-police-said", "Police said militants attacked a checkpoint in northern "
         "Sinai.", "ASSAULT", "reported", source="militants"),
    case("reported-monitor-said", "The Syrian Observatory for Human Rights said Russian jets "
         "bombed a market in Idlib.", "ASSAULT", "reported", source=RUSSIA,
         attributed_to="Syrian Observatory"),
    case("reported-said-after", "Militants attacked an army checkpoint in northern Sinai, "
         "Egyptian police said.", "ASSAULT", "reported", source="militants",
         attributed_to="Egyptian police"),
]

BELIEVED = [
    case("believed-it-is-believed", "It is believed that Haftar asked Russia for weapons.",
         "REQUEST", "believed", source="Haftar", target=RUSSIA),
    case("believed-allegedly", "Iran allegedly supplied the Houthis with ballistic missiles.",
         "AID", "believed", source="Iran", target="Houthi"),
    case("believed-widely", "Russia is widely believed to have carried out the cyberattack on "
         "the Ukrainian power grid.", "COERCE", "believed", source=RUSSIA, target="Ukrain"),
    case("believed-suspected", "Israel is suspected of carrying out the air strike on the "
         "Iranian consulate in Damascus.", "ASSAULT", "believed", source="Israel"),
    case("believed-officials-believe", "Western officials believe that North Korea supplied "
         "artillery shells to Russia.", "AID", "believed", source="North Korea",
         target=RUSSIA),
    # what one side accuses another of is that side's allegation, on its word
    case("believed-accused-of", "Georgia accused Russian troops of shelling villages near "
         "Gori.", "ASSAULT", "believed", source=RUSSIA, attributed_to="Georgia"),
    case("believed-accused-passive", "Sudanese paramilitaries were accused of looting aid "
         "warehouses in Darfur.", "COERCE", "believed", source="paramilitar"),
    case("believed-blamed-for", "Bogota blamed the ELN for bombing an oil pipeline in Arauca.",
         "ASSAULT", "believed", source="ELN", attributed_to=("Bogota", "Colombia")),
    case("believed-charged-with", "Prosecutors in Manila charged two police officers with "
         "abducting a student activist.", "ASSAULT", "believed", source="police"),
]

FUTURE = [
    case("future-agreed-to-refrain", "Sudan and South Sudan agreed to refrain from attacking "
         "each other's oil fields.", "ASSAULT", "future"),
    case("future-will", "French President Emmanuel Macron will visit Algiers next week.",
         "CONSULT", "future", source="Macron"),
    case("future-plans-to", "The EU plans to impose new sanctions on Belarus.", "SANCTION",
         "future", source=("EU", "European Union"), target="Belarus"),
    case("future-intends-to", "Israel intends to launch a ground offensive in Rafah.",
         "ASSAULT", "future", source="Israel"),
    case("future-going-to", "Germany is going to send more Leopard tanks to Ukraine.", "AID",
         "future", source="Germany", target="Ukraine"),
    case("future-next-year", "Japan will deploy long-range missiles on its southern islands "
         "next year.", "MOBILIZE", "future", source="Japan"),
    # an act prepared for is still to come (not one something was done "ahead of": by the
    # time of the report it may have been held)
    case("future-preparing-for", "Ghana's diplomats were preparing for talks with Togo on the "
         "maritime border.", "CONSULT", "future"),
    case("future-preparations-for", "Preparations for the Ghanaian president's visit to Lome "
         "were under way, the foreign ministry said.", "CONSULT", "future"),
]

REQUESTED = [
    # an abstention asked or bound is part of the ask: no act is said not to have happened
    case("requested-obliged-to-refrain", "The agreement obliges the army to refrain from "
         "using civilians as human shields.", "ASSAULT", "requested"),
    case("requested-required-to-withdraw", "The deal requires the rebels to withdraw from "
         "Goma.", "RETREAT", "requested", source="rebels"),
    case("requested-asked-to", "Libya asked Moscow to send military advisers.", SENT_FORCES,
         "requested", source=RUSSIA),
    case("requested-urged", "The United States urged Israel to withdraw its troops from Gaza.",
         "RETREAT", "requested", source="Israel"),
    case("requested-called-on", "Qatar called on Hamas to release the hostages.", "RETREAT",
         "requested", source="Hamas"),
    # a for-to clause is what is called for, not a clause of its own
    case("requested-called-for-to", "The African Union called for Ethiopia to withdraw its "
         "troops from the border.", "RETREAT", "requested", source="Ethiopia"),
    case("requested-called-for-to-resign", "Opposition parties called for Prime Minister "
         "Sharif to step down.", "RETREAT", "requested", source="Sharif"),
    case("requested-deliver", "Ukraine asked Germany to deliver Leopard tanks.", "AID",
         "requested", source="Germany"),
    case("requested-demanded-that", "The UN General Assembly demanded that Russia withdraw its "
         "forces from Ukraine.", "RETREAT", "requested", source=RUSSIA),
]

DENIED = [
    case("denied-gerund", "The Kremlin denied sending mercenaries to Libya.", SENT_FORCES,
         "denied", source=RUSSIA, attributed_to=RUSSIA),
    case("denied-that-clause", "Turkey denied that its troops had shelled Kurdish villages.",
         "ASSAULT", "denied", source=("Turk", "its troops"), target="Kurd"),
    case("denied-nothing-to-do-with", "Moscow said Haftar's visit had nothing to do with arms "
         "deliveries to his forces.", "AID", "denied"),
    case("denied-present", "Iran denies supplying the Houthis with missiles.", "AID", "denied",
         source="Iran", target="Houthi"),
    case("denied-rejected-reports", "Israel rejected reports that its forces had struck a "
         "hospital in Gaza.", "ASSAULT", "denied", source=("Israel", "its forces")),
]

UNCONFIRMED = [
    case("unconfirmed-declined-to-confirm", "Peskov declined to confirm whether Russia had "
         "delivered weapons to Haftar.", "AID", "unconfirmed", source=RUSSIA, target="Haftar",
         attributed_to="Peskov"),
    case("unconfirmed-neither-nor", "The Turkish defence ministry would neither confirm nor "
         "deny that its troops had crossed into Iraq.", INCURSION, "unconfirmed",
         source=("Turk", "its troops")),
    case("unconfirmed-could-not", "U.S. officials could not confirm that Iran had supplied the "
         "drones to Russia.", "AID", "unconfirmed", source="Iran", target=RUSSIA),
    case("unconfirmed-not-possible", "It was not possible to confirm whether Syrian forces had "
         "used chemical weapons in Douma.", "ASSAULT", "unconfirmed", source="Syria"),
    case("unconfirmed-no-comment-on-reports", "The army declined to comment on reports that the "
         "police had arrested two journalists.", "COERCE", "unconfirmed", target="journalists"),
    case("unconfirmed-would-not", "Israel's military would not confirm that its jets had "
         "struck targets in Syria.", "ASSAULT", "unconfirmed", source=("Israel", "its jets")),
]

BY_MODALITY = {
    "asserted": ASSERTED, "negated": NEGATED, "hypothetical": HYPOTHETICAL,
    "reported": REPORTED, "believed": BELIEVED, "future": FUTURE, "requested": REQUESTED,
    "denied": DENIED, "unconfirmed": UNCONFIRMED,
}
CASES = [c for cases in BY_MODALITY.values() for c in cases]

# The same content under each modality, so that only the modality tells the cases apart.
FLIPS = [
    case("flip-troops-asserted", "Turkey sent troops to Libya in January.", SENT_FORCES,
         "asserted", source="Turkey"),
    case("flip-troops-negated", "Turkey did not send troops to Libya.", SENT_FORCES, "negated",
         source="Turkey"),
    case("flip-troops-hypothetical", "If Turkey sends troops to Libya, Egypt will respond.",
         SENT_FORCES, "hypothetical", source="Turkey"),
    case("flip-troops-future", "Turkey will send troops to Libya next month.", SENT_FORCES,
         "future", source="Turkey"),
    case("flip-troops-reported", "Turkey has reportedly sent troops to Libya.", SENT_FORCES,
         "reported", source="Turkey"),
    case("flip-troops-believed", "Turkey is believed to have sent troops to Libya.",
         SENT_FORCES, "believed", source="Turkey"),
    case("flip-troops-requested", "The government in Tripoli asked Turkey to send troops to "
         "Libya.", SENT_FORCES, "requested", source="Turkey"),
    case("flip-troops-denied", "Turkey denied sending troops to Libya.", SENT_FORCES, "denied",
         source="Turkey"),
    case("flip-troops-unconfirmed", "Turkey declined to confirm whether it had sent troops to "
         "Libya.", SENT_FORCES, "unconfirmed", source="Turkey"),
    case("flip-veto-asserted", "Russia vetoed the draft resolution on Libya.", "REJECT",
         "asserted", source=RUSSIA),
    case("flip-veto-negated", "Russia did not veto the draft resolution on Libya.", "REJECT",
         "negated", source=RUSSIA),
    case("flip-veto-hypothetical", "If Russia vetoes the draft resolution on Libya, France "
         "will bring it to the General Assembly.", "REJECT", "hypothetical", source=RUSSIA),
    case("flip-veto-future", "Russia will veto the draft resolution on Libya.", "REJECT",
         "future", source=RUSSIA),
    case("flip-veto-reported", "Russia reportedly vetoed the draft resolution on Libya.",
         "REJECT", "reported", source=RUSSIA),
    case("flip-veto-requested", "Syria urged Russia to veto the draft resolution on Libya.",
         "REJECT", "requested", source=RUSSIA),
    case("flip-shelling-asserted", "Turkish artillery shelled Kurdish villages in northern "
         "Syria.", "ASSAULT", "asserted", source="Turk", target="Kurd"),
    case("flip-shelling-negated", "Turkish artillery did not shell Kurdish villages in "
         "northern Syria.", "ASSAULT", "negated", source="Turk", target="Kurd"),
    case("flip-shelling-hypothetical", "Turkish artillery could shell Kurdish villages in "
         "northern Syria if the talks fail.", "ASSAULT", "hypothetical", source="Turk",
         target="Kurd"),
    case("flip-shelling-reported", "According to Reuters, Turkish artillery shelled Kurdish "
         "villages in northern Syria.", "ASSAULT", "reported", source="Turk", target="Kurd",
         attributed_to="Reuters"),
    case("flip-shelling-believed", "Turkish artillery is believed to have shelled Kurdish "
         "villages in northern Syria.", "ASSAULT", "believed", source="Turk", target="Kurd"),
    case("flip-shelling-denied", "Turkey denied that its artillery had shelled Kurdish "
         "villages in northern Syria.", "ASSAULT", "denied", source="Turk", target="Kurd"),
    case("flip-shelling-accused", "The Kurdish administration accused Turkish artillery of "
         "shelling Kurdish villages in northern Syria.", "ASSAULT", "believed", source="Turk",
         target="Kurd", attributed_to="Kurdish administration"),
    case("flip-shelling-unconfirmed", "Turkey would neither confirm nor deny that its artillery "
         "had shelled Kurdish villages in northern Syria.", "ASSAULT", "unconfirmed",
         source="Turk", target="Kurd"),
]

# A negative quantifier negates the act whose doer, patient or time it is ("*no* soldier
# fired", "arrested *nobody*", "*at no time* did ... cross"); one on the doer or patient of
# another verb leaves an act in that verb's setting or object as told ("*no* breakthrough was
# reached at the meeting": the meeting took place), and so does a phrase of manner that only
# looks negative ("*in no time*", "*with no* warning").
NEGATIVE_QUANTIFIERS = [
    case("negq-no-doer", "No Turkish warplane struck the village of Derik.", "ASSAULT",
         "negated", source="Turk"),
    case("negq-none-of-patient", "None of the protesters in Harare was arrested.", "COERCE",
         "negated"),
    case("negq-nobody-patient", "The militia abducted nobody in the raid on the camp.",
         "ASSAULT", "negated"),
    case("negq-doer-of-order", "No soldier was ordered to fire on the crowd in Bamako.",
         "ASSAULT", "negated"),
    case("negq-at-no-time", "At no time did Ugandan troops cross into South Sudan.", INCURSION,
         "negated", source="Uganda"),
    case("negq-at-no-stage", "At no stage did the Philippine coastguard ram the Chinese "
         "vessel.", "ASSAULT", "negated", source="Philippine"),
    case("negq-at-no-point-meet", "At no point did Serbian officials meet the Kosovo "
         "delegation.", "CONSULT", "negated", source="Serbia"),
    case("negq-not-once", "Not once did Syrian aircraft bomb the market in Idlib.", "ASSAULT",
         "negated", source="Syria"),
    case("negq-in-no-way", "In no way did Rwanda support the M23 rebels.", "SUPPORT",
         "negated", source="Rwanda"),
    case("negq-at-no-time-medial", "Kenyan police at no time fired on the protesters in "
         "Nairobi.", "ASSAULT", "negated", source="Kenya"),
    # near misses: the quantifier is another verb's, or the phrase is one of manner
    case("negq-breakthrough-at-meeting", "No breakthrough was reached at the meeting between "
         "Serbia and Kosovo.", "CONSULT", "asserted"),
    case("negq-agreement-out-of-talks", "No agreement came out of the talks between Armenia "
         "and Azerbaijan.", "CONSULT", "asserted"),
    case("negq-reporter-into-meeting", "No reporter was allowed into the meeting between Ruto "
         "and Museveni.", "CONSULT", "asserted"),
    case("negq-nobody-hurt-when", "Nobody was hurt when rebels shelled the port of Hodeidah.",
         "ASSAULT", "asserted"),
    case("negq-in-no-time", "In no time, Zimbabwean police arrested the two journalists.",
         "COERCE", "asserted", source="Zimbabwe"),
    case("negq-with-no-warning", "With no warning, Zimbabwean police arrested the two "
         "journalists.", "COERCE", "asserted", source="Zimbabwe"),
]

PARAMS = ("text", "type_", "modality", "source", "target", "attributed_to")


def check(text: str, type_: OneOrMore, modality: str, source: Names | None,
          target: Names | None, attributed_to: Names | None) -> None:
    expect(text, type_, modality=modality, source=source, target=target,
           attributed_to=attributed_to)
    others = tuple(m for m in MODALITIES if m != modality)
    twice = matching(events(text), type_, modality=others, source=source, target=target)
    assert not twice, (f"{type_} is {modality} here, but is also coded as "
                       f"{sorted({e.modality for e in twice})}\n{describe(events(text))}")


def test_every_modality_has_at_least_four_cases() -> None:
    assert set(BY_MODALITY) == set(MODALITIES)
    assert all(p.values[2] == m for m, cases in BY_MODALITY.items() for p in cases)
    assert min(len(cases) for cases in BY_MODALITY.values()) >= 4


@pytest.mark.parametrize(PARAMS, CASES)
def test_modality(text: str, type_: OneOrMore, modality: str, source: Names | None,
                  target: Names | None, attributed_to: Names | None) -> None:
    check(text, type_, modality, source, target, attributed_to)


@pytest.mark.parametrize(PARAMS, FLIPS)
def test_modality_flips(text: str, type_: OneOrMore, modality: str, source: Names | None,
                        target: Names | None, attributed_to: Names | None) -> None:
    check(text, type_, modality, source, target, attributed_to)


# Event dates, resolved against the publication date when there is one (a Wednesday).
PUBLISHED = dt.date(2016, 11, 30)


def dated(id: str, text: str, type_: OneOrMore, published: dt.date | None,
          earliest: dt.date | None, latest: dt.date | None, precision: str | None):
    return pytest.param(text, type_, published, earliest, latest, precision, id=id)


DATES = [
    dated("on-weekday", "Russian warplanes bombed Aleppo on Tuesday.", "ASSAULT", PUBLISHED,
          dt.date(2016, 11, 29), dt.date(2016, 11, 29), "day"),
    dated("yesterday", "Russian warplanes bombed Aleppo yesterday.", "ASSAULT", PUBLISHED,
          dt.date(2016, 11, 29), dt.date(2016, 11, 29), "day"),
    dated("last-week", "Turkish jets struck Kurdish positions in northern Syria last week.",
          "ASSAULT", PUBLISHED, dt.date(2016, 11, 21), dt.date(2016, 11, 27), "week"),
    dated("full-date", "Syrian security forces opened fire on protesters in Deraa on 18 March "
          "2011.", "ASSAULT", PUBLISHED, dt.date(2011, 3, 18), dt.date(2011, 3, 18), "day"),
    dated("month-and-year", "Russia deployed warships to the eastern Mediterranean in October "
          "2016.", "MOBILIZE", PUBLISHED, dt.date(2016, 10, 1), dt.date(2016, 10, 31), "month"),
    dated("last-year-published", "Russia vetoed a UN resolution on Syria last year.", "REJECT",
          PUBLISHED, dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year"),
    dated("year-unpublished", "NATO launched air strikes on Libya in 2011.", "ASSAULT", None,
          dt.date(2011, 1, 1), dt.date(2011, 12, 31), "year"),
    dated("last-year-unpublished", "Russia vetoed a UN resolution on Syria last year.",
          "REJECT", None, None, None, None),
    dated("weekday-unpublished", "Russian warplanes bombed Aleppo on Tuesday.", "ASSAULT", None,
          None, None, None),
    # an act prepared for is still to come: its month without a year is the next one
    dated("prepared-for-next-month", "Preparations for the ministers' meeting in March were "
          "continuing, officials in Ankara said.", "CONSULT", PUBLISHED, dt.date(2017, 3, 1),
          dt.date(2017, 3, 31), "month"),
]


@pytest.mark.parametrize(("text", "type_", "published", "earliest", "latest", "precision"),
                         DATES)
def test_event_date(text: str, type_: OneOrMore, published: dt.date | None,
                    earliest: dt.date | None, latest: dt.date | None,
                    precision: str | None) -> None:
    event = expect(text, type_, published=published)
    shown = describe(events(text, published))
    if earliest is None:
        assert event.date is None, f"a relative date with nothing to anchor it\n{shown}"
        return
    assert event.date is not None, shown
    assert earliest <= event.date <= latest, shown
    assert event.date_precision == precision, shown


@pytest.mark.parametrize(PARAMS, NEGATIVE_QUANTIFIERS)
def test_negative_quantifiers(text: str, type_: OneOrMore, modality: str, source: Names | None,
                              target: Names | None, attributed_to: Names | None) -> None:
    check(text, type_, modality, source, target, attributed_to)
