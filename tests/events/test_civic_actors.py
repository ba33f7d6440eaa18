"""Civic bodies, sanctioned firms, "both forces" and halting aid (issue 12 audit).

Every sentence is our own wording. Four classes, each a general reading, not one sentence:

- A civic body the text describes without naming it ("resistance committees", "the transport
  union", "the bar association", "NGOs", "activists' networks", "professional associations")
  is an actor of its sector (CVL, LAB, NGO, EDU, HRI) and the doer of what it does; an "of"
  phrase makes the noun no such body ("a committee *of experts*", "the union *of two
  companies*").
- Firms, banks and manufacturers a state sanctions are the sanction's target ("froze the
  assets of two arms manufacturers").
- "both forces" / "the two forces" / "both armies" whose pair fought in the sentence before,
  within the paragraph, stand for that pair; across a paragraph break, or "both forces of
  nature", they do not.
- Pausing, suspending or halting aid, assistance, deliveries or relief operations is
  SANCTION (CAMEO 162x, discontinue); pausing for breath, halting an advance or suspending an
  offensive is not.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, matching

# (text, type, source, target)
FOUND = [
    # civic bodies, plural
    pytest.param("Resistance committees in Khartoum staged a sit-in outside the central bank.",
                 "PROTEST", "committees", None, id="resistance-committees-sit-in"),
    pytest.param("Neighbourhood committees in Omdurman urged the army to lift the siege.",
                 "REQUEST", "committees", "army", id="neighbourhood-committees-urged"),
    pytest.param("Local committees, which have organised marches for months, called on the "
                 "junta in Myanmar to step down.",
                 "REQUEST", "committees", "junta", id="committees-relative-clause-called-on"),
    pytest.param("Professional associations in Sudan called a general strike on Sunday.",
                 "PROTEST", "associations", None, id="professional-associations-strike"),
    pytest.param("Women's associations in Afghanistan demanded the reopening of girls' schools.",
                 "REQUEST", "associations", None, id="womens-associations-demanded"),
    pytest.param("NGOs in Bangladesh condemned the new law on foreign funding.",
                 "ACCUSE", "NGOs", None, id="ngos-condemned"),
    pytest.param("Activists' networks in Belarus urged Lithuania to keep its border open.",
                 "REQUEST", ("networks", "Activists"), "Lithuania",
                 id="activist-networks-urged"),
    pytest.param("Civil society groups in Guatemala denounced the arrest of the prosecutor.",
                 "ACCUSE", "civil society groups", None, id="civil-society-denounced"),
    pytest.param("Student unions protested against tuition fees in Chile.",
                 "PROTEST", "unions", None, id="student-unions-protested"),
    # civic bodies, singular
    pytest.param("The transport union called off the strike in Nigeria.",
                 ("CONCEDE", "RETREAT"), "union", None, id="transport-union-called-off"),
    pytest.param("The union called off the planned strike at the port of Durban.",
                 ("CONCEDE", "RETREAT"), "union", None, id="the-union-called-off"),
    pytest.param("The bar association condemned the arrest of the lawyer in Tunisia.",
                 "ACCUSE", "association", None, id="bar-association-condemned"),
    pytest.param("The teachers' union staged a walkout in Lebanon over unpaid salaries.",
                 "PROTEST", ("union", "teachers"), None, id="teachers-union-walkout"),
    pytest.param("The student union organised a march in Accra against the fee rise.",
                 "PROTEST", "union", None, id="student-union-march"),
    pytest.param("The neighbourhood committee demanded the release of the detained residents.",
                 "REQUEST", "committee", None, id="neighbourhood-committee-demanded"),
    pytest.param("The charity condemned the shelling of the hospital in Gaza.",
                 "ACCUSE", "charity", None, id="the-charity-condemned"),
    # firms as sanction targets
    pytest.param("The EU froze the assets of two arms manufacturers and two firms linked to "
                 "the Iranian military.",
                 "SANCTION", "EU", ["manufacturers", "firms"], id="froze-assets-manufacturers"),
    pytest.param("Washington blacklisted three Chinese banks over their trade with North Korea.",
                 "SANCTION", "Washington", "banks", id="blacklisted-banks"),
    pytest.param("Britain sanctioned five companies that shipped drones to Russia.",
                 "SANCTION", "Britain", "companies", id="sanctioned-companies"),
    pytest.param("Canada froze the assets of four arms makers in Belarus.",
                 "SANCTION", "Canada", "makers", id="froze-assets-arms-makers"),
    # "both forces" whose pair fought in the sentence before
    pytest.param("Fighting between the army and the RSF spread to Omdurman. Residents urged "
                 "both forces to stop.",
                 "REQUEST", "Residents", ["army", "RSF"], id="both-forces-previous-sentence"),
    pytest.param("The army and the rebels clashed near Goma on Friday. Church leaders called on "
                 "the two forces to observe a truce.",
                 "REQUEST", None, ["army", "rebels"], id="the-two-forces-previous-sentence"),
    pytest.param("Government troops fought Tigrayan fighters near Mekelle. Elders urged both "
                 "armies to pull back.",
                 "REQUEST", "Elders", ["troops", "fighters"], id="both-armies-previous-sentence"),
    pytest.param("Soldiers clashed with militiamen in Tripoli overnight. The UN mission urged "
                 "both forces to return to their barracks.",
                 "REQUEST", None, ["Soldiers", "militiamen"], id="clashed-with-both-forces"),
    # halting aid
    pytest.param("The World Food Programme paused its aid operations in the region.",
                 "SANCTION", "World Food Programme", None, id="paused-aid-operations"),
    pytest.param("The UN halted aid deliveries to northern Gaza after the convoy was shot at.",
                 "SANCTION", ("UN", "United Nations"), None, id="halted-aid-deliveries"),
    pytest.param("The United States paused military assistance to Ukraine.",
                 "SANCTION", "United States", "Ukraine", id="paused-military-assistance"),
    pytest.param("Aid agencies suspended food deliveries to the camps in Chad.",
                 "SANCTION", "agencies", None, id="suspended-food-deliveries"),
    pytest.param("The Red Cross suspended its relief operations in Tigray.",
                 "SANCTION", "Red Cross", None, id="suspended-relief-operations"),
    pytest.param("Germany halted humanitarian assistance to Afghanistan after the takeover.",
                 "SANCTION", "Germany", "Afghanistan", id="halted-humanitarian-assistance"),
    # an aid body halting its operations, activities or work: no disarming
    pytest.param("The World Food Programme paused operations in South Sudan after the looting.",
                 "SANCTION", "World Food Programme", None, id="aid-body-paused-operations"),
    pytest.param("Aid groups halted operations in northern Gaza.",
                 "SANCTION", "Aid groups", None, id="aid-groups-halted-operations"),
    pytest.param("The Red Cross suspended its activities in the province of Ituri.",
                 "SANCTION", "Red Cross", None, id="red-cross-suspended-activities"),
]

# (text, type, source, target): none of these may be found
NOT_FOUND = [
    pytest.param("The runner paused for breath before the finish line in Nairobi.",
                 "SANCTION", None, None, id="paused-for-breath"),
    pytest.param("The talks in Geneva paused for lunch and resumed in the afternoon.",
                 "SANCTION", None, None, id="talks-paused-for-lunch"),
    pytest.param("The rebels halted their advance on the capital of Chad.",
                 "SANCTION", None, None, id="halted-advance"),
    pytest.param("The army suspended its offensive in the north of Yemen.",
                 "SANCTION", None, None, id="suspended-offensive"),
    pytest.param("The army halted operations in the Panjshir valley of Afghanistan.",
                 "SANCTION", None, None, id="army-halted-operations"),
    pytest.param("The armed group halted operations near Goma for the elections.",
                 "SANCTION", None, None, id="armed-group-halted-operations"),
    pytest.param("The mining company suspended operations at its copper mine in Peru.",
                 "SANCTION", None, None, id="company-suspended-operations"),
    pytest.param("Earthquakes and floods struck the province. Officials said both forces of "
                 "nature had overwhelmed the rescue teams.",
                 ("ASSAULT", "COERCE", "REQUEST"), None, "Earthquakes",
                 id="both-forces-of-nature"),
]

# (text, word): no actor's name contains ``word``
NO_ACTOR = [
    pytest.param("A committee of experts will draft the electoral law in Sudan.", "committee",
                 id="a-committee-of-experts"),
    pytest.param("The committee of experts criticised the draft law in Sudan.", "committee",
                 id="the-committee-of-experts"),
    pytest.param("The union of two companies created the largest bank in Brazil.", "union",
                 id="union-of-two-companies"),
    pytest.param("The union of the two parties was announced in Nairobi.", "union",
                 id="union-of-two-parties"),
    pytest.param("Britain left the customs union with the EU in 2020.", "customs union",
                 id="customs-union"),
    pytest.param("Earthquakes and floods struck the province. Officials said both forces of "
                 "nature had overwhelmed the rescue teams.", "forces",
                 id="forces-of-nature-no-actor", marks=pytest.mark.xfail(strict=True, reason=(
                     "generic.unnamed_people (not this table's owner) makes any plural "
                     "'forces' an actor, 'of nature' or not; no event is coded from it"))),
]

_UNPLACED = pytest.mark.xfail(strict=True, reason=(
    "a singular body description ('the union', like 'the militia') gets no country: "
    "mentions.nominal_candidates (not this table's owner) places only plural groups"))

# (text, word, country): the actor whose name contains ``word`` is of ``country``
COUNTRY = [
    pytest.param("The bar association condemned the arrest of the lawyer in Tunisia.",
                 "association", "TUN", id="bar-association-tunisia", marks=_UNPLACED),
    pytest.param("Neighbourhood committees in Omdurman urged the army to lift the siege.",
                 "committees", "SDN", id="committees-omdurman"),
    pytest.param("The transport union called off the strike in Nigeria.", "union", "NGA",
                 id="transport-union-nigeria", marks=_UNPLACED),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_event_found(text: str, type_: str | tuple[str, ...], source: Names | None,
                     target: Names | None) -> None:
    ex = events(text)
    assert matching(ex, type_, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOT_FOUND)
def test_event_not_found(text: str, type_: str | tuple[str, ...], source: Names | None,
                         target: Names | None) -> None:
    ex = events(text)
    assert not matching(ex, type_, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "word"), NO_ACTOR)
def test_no_civic_actor(text: str, word: str) -> None:
    ex = events(text)
    assert not [a for a in ex.actors if word in a.name.lower()], describe(ex)


@pytest.mark.parametrize(("text", "word", "country"), COUNTRY)
def test_civic_actor_country(text: str, word: str, country: str) -> None:
    ex = events(text)
    found = [a for a in ex.actors if word in a.name.lower()]
    assert found and found[0].country == country, describe(ex)
