"""The traveller and the destination of a trip, visit or tour named by a noun.

Our own sentences, many countries, wire and analysis style. PLOVER CONSULT, mode visit: the
visitor is the source, the host the target. On a visit noun (``trip``, ``visit``, ``state
visit``, ``tour``), a place that modifies it ("the *Cairo* trip", "his *Moscow* visit") or its
"to" phrase ("a trip *to Hanoi*") is the destination, the target; its "of" phrase, "by"
phrase or possessive ("the minister's", "Lula's", "his") is the traveller, the source. A
"tour of" a place is a tour of the destination ("a tour *of Nigeria*").

Near misses: a place before a meeting noun that is no trip is a venue, not a party ("the
*Moscow* talks", "the *Paris* summit"); a person before the noun is the traveller, not a
destination ("the *Xi* visit"); an "of" phrase of time names nobody ("a visit *of two days*");
a trip "abroad" or to a site names no host.

Each row: (text, source, target, names no target may have, names no source may have); the
last two are whole names or aliases (lowercase match), the first two substrings as in
``helpers.matching``. ``NO_TARGET``: some matching event has no target.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching, names

NO_TARGET = "none"


def case(id: str, text: str, source, target, not_target=(), not_source=(), marks=()):
    return pytest.param(text, source, target, not_target, not_source, id=id, marks=marks)


TRIPS = [
    # a place before the noun is the destination, the possessive or "of" phrase the traveller
    case("of-its-minister", "Poland's government rebuked Hungary over the Moscow trip of its "
         "prime minister.", ("Hungary", "Hungarian"), ("Russia", "Moscow"),
         not_target=("hungary",), not_source=("russia", "moscow")),
    case("possessive-city-trip", "The defence minister's Ankara trip was postponed on "
         "Tuesday.", "minister", ("Turkey", "Ankara"), not_source=("turkey", "ankara")),
    case("of-adjective-official", "The Beijing visit of the Brazilian president ended on "
         "Friday with a soy deal.", ("Brazil", "Brazilian"), ("China", "Beijing"),
         not_source=("china", "beijing")),
    case("name-possessive", "Modi's Washington visit produced a deal on jet engines.",
         ("Modi", "India"), ("United States", "Washington"),
         not_source=("united states", "washington")),
    case("name-possessive-country", "Scholz's China trip drew sharp criticism from the "
         "Greens.", ("Scholz", "Germany"), "China", not_source=("china",)),
    case("emir-tehran", "The Qatari emir's Tehran visit was seen in the Gulf as an attempt "
         "at mediation.", ("Qatar", "Qatari"), ("Iran", "Tehran"),
         not_source=("iran", "tehran")),
    case("vietnam-moscow", "The Vietnamese president's Moscow trip unsettled officials in "
         "Washington.", ("Vietnam", "Vietnamese"), ("Russia", "Moscow"),
         not_source=("russia", "moscow")),
    case("prepared-for-visit-of", "Kenyan officials prepared for the Nairobi visit of the "
         "Ethiopian prime minister.", ("Ethiopia", "Ethiopian"), ("Kenya", "Nairobi"),
         not_source=("kenya", "nairobi")),
    case("kremlin-visit-of", "The Kremlin visit of the Slovak premier angered his EU "
         "partners.", ("Slovakia", "Slovak"), ("Russia", "Kremlin"),
         not_source=("russia", "kremlin")),
    case("pope-iraq", "Pope Francis's Iraq trip was the first by a pontiff.", ("Pope",
         "Vatican", "Holy See"), "Iraq", not_source=("iraq",)),
    case("iaea-chief", "The Iran trip of the IAEA chief yielded no access to the sites.",
         ("IAEA", "Atomic Energy"), "Iran", not_source=("iran",)),
    case("by-phrase", "The Moscow visit by the Indian minister drew criticism in Kyiv.",
         ("India", "Indian"), ("Russia", "Moscow"), not_source=("russia", "moscow")),
    case("his-trip", "The Finnish president said his Beijing trip would focus on trade.",
         ("Finland", "Finnish"), ("China", "Beijing"), not_source=("china", "beijing")),
    case("two-word-city", "The Australian trade minister's New Delhi visit opened talks on "
         "a free trade pact.", ("Australia", "Australian"), ("India", "New Delhi"),
         not_source=("india", "new delhi")),
    case("of-its-president", "Pakistan faulted Afghanistan over the India trip of its "
         "foreign minister.", ("Afghanistan", "Afghan"), "India",
         not_target=("afghanistan",), not_source=("india",)),
    case("city-visit-ended", "The Colombian president's Caracas visit ended without a "
         "joint statement.", ("Colombia", "Colombian"), ("Venezuela", "Caracas"),
         not_source=("venezuela", "caracas")),
    case("of-lawmakers", "Seoul protested the Tokyo trip of the South Korean lawmakers.",
         "lawmakers", ("Japan", "Tokyo"), not_source=("japan", "tokyo")),
    case("speaker-his-trip", "Algeria's president landed in Rome. His Italy trip focuses on "
         "gas.", "Algeria", "Italy", not_source=("italy",)),
    # the doer of the clause a trip is the occasion of made it, unless he is the host
    case("during-the-visit", "During the Hanoi visit, the Japanese prime minister signed a "
         "maritime pact.", ("Japan", "Japanese"), ("Vietnam", "Hanoi"),
         not_source=("vietnam", "hanoi")),
    # a "to" phrase is the destination
    case("possessive-trip-to", "The Japanese prime minister's trip to Canberra was delayed "
         "by a storm.", ("Japan", "Japanese"), ("Australia", "Canberra"),
         not_source=("australia", "canberra")),
    case("visit-of-to", "The visit of Kenya's president to Kinshasa was hailed as a "
         "breakthrough.", "Kenya", ("Congo", "Kinshasa"), not_source=("congo", "kinshasa")),
    case("name-trip-to", "Lula's trip to Beijing yielded fifteen agreements.",
         ("Lula", "Brazil"), ("China", "Beijing"), not_source=("china", "beijing")),
    case("tour-of-country", "Macron's tour of Nigeria ended in Lagos on Thursday.",
         ("Macron", "France"), "Nigeria", not_source=("nigeria", "lagos")),
    case("tour-of-capitals", "The Saudi foreign minister's tour of Cairo and Amman focused "
         "on Gaza.", ("Saudi",), ("Egypt", "Cairo"), not_source=("egypt", "cairo")),
    case("state-visit-to", "The Indonesian president's state visit to Tokyo ended on "
         "Sunday.", ("Indonesia", "Indonesian"), ("Japan", "Tokyo"),
         not_source=("japan", "tokyo")),
    # a trip the text told before, to the same country, is that trip again: its traveller
    case("told-before-same-country", "Ghana's foreign minister met Kenya's president in "
         "Nairobi on Monday. Analysts said the real aim of the Kenya trip was trade.",
         ("Ghana", "Ghanaian"), "Kenya"),
    case("told-before-capital", "Japan's prime minister held talks with the Philippine "
         "president on Friday. The Manila trip was his second this year.", "Japan",
         ("Philippines", "Manila")),
    # near misses: already right, or no trip, or no destination
    case("near-miss-told-before-other-country", "Ghana's foreign minister met Kenya's "
         "president in Nairobi on Monday. Analysts said the Tokyo trip planned for May was "
         "off.", None, None, not_source=("ghana", "ghanaian")),
    case("near-miss-state-visit-to", "Xi's state visit to Moscow ended on Wednesday.",
         ("Xi", "China"), ("Russia", "Moscow"), not_source=("russia", "moscow")),
    case("near-miss-visit-by-to", "The visit by Iran's president to Moscow lasted three "
         "days.", "Iran", ("Russia", "Moscow"), not_source=("russia", "moscow")),
    case("near-miss-visit-of-days", "A visit of two days by the Ghanaian president to "
         "Abidjan was announced.", ("Ghana", "Ghanaian"), ("Ivory Coast", "Abidjan",
                                                          "Côte d'Ivoire", "Cote d'Ivoire"),
         not_source=("ivory coast", "abidjan")),
    case("near-miss-moscow-talks", "The Moscow talks between Armenia and Azerbaijan ended "
         "without a deal.", None, None, not_target=("russia", "moscow"),
         not_source=("russia", "moscow")),
    case("near-miss-city-meeting", "The Serbian minister's Geneva meeting with Lavrov lasted "
         "an hour.", ("Serbia", "Serbian"), ("Lavrov", "Russia"),
         not_target=("switzerland", "geneva"), not_source=("switzerland", "geneva")),
    case("near-miss-person-visit", "The Putin visit to Pyongyang was watched closely in "
         "Seoul.",
         ("Putin", "Russia"), ("North Korea", "Pyongyang"),
         not_source=("north korea", "pyongyang"), not_target=("south korea", "seoul")),
    case("near-miss-trip-abroad", "The new Nigerian president made his first trip abroad on "
         "Monday.", ("Nigeria", "Nigerian"), NO_TARGET),
    case("near-miss-adjective-traveller", "The Russian visit to Havana was the first by a "
         "warship in years.", "Russia", ("Cuba", "Havana"), not_target=("russia",)),
    case("near-miss-no-destination", "The Ukrainian president's visit was postponed again.",
         ("Ukraine", "Ukrainian"), None, not_target=("ukraine",)),
    case("near-miss-visit-to-site", "The Indian home minister's visit to the flooded "
         "district lasted a day.", ("India", "Indian"), None, not_target=("india",)),
]

#: Meetings that are no trip: a city before them is the venue, never a party.
VENUES = [
    pytest.param("Leaders gathered for the Paris summit on Monday.", ("france", "paris"),
                 id="near-miss-paris-summit"),
    pytest.param("The Doha talks between the envoys resumed on Sunday.", ("qatar", "doha"),
                 id="near-miss-doha-talks"),
    pytest.param("Delegates praised the outcome of the Astana talks on Syria.",
                 ("kazakhstan", "astana"), id="near-miss-astana-talks"),
]

#: The doer of a clause a trip is the occasion of, who is of the country visited: the host.
HOSTS = [
    pytest.param("During the Moscow visit, Putin praised the Indian leader.",
                 ("vladimir putin", "putin", "russia"), id="near-miss-host-during-visit"),
    pytest.param("After the Nairobi trip, Ruto thanked his guests.",
                 ("william ruto", "ruto", "kenya"), id="near-miss-host-after-trip"),
]


def _without(ex, ids, bad) -> bool:
    return not (names(ex, ids) & {b.lower() for b in bad})


@pytest.mark.parametrize(("text", "source", "target", "not_target", "not_source"), TRIPS)
def test_a_trip_noun_goes_from_its_traveller_to_its_destination(text, source, target,
                                                                 not_target, not_source):
    ex = events(text)
    found = matching(ex, "CONSULT", source=source,
                     target=None if target == NO_TARGET else target)
    if target == NO_TARGET:
        found = [e for e in found if not e.target]
    found = [e for e in found
             if _without(ex, e.target, not_target) and _without(ex, e.source, not_source)]
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "venue"), VENUES)
def test_a_city_before_a_meeting_noun_is_its_venue(text, venue) -> None:
    ex = events(text)
    assert all(_without(ex, (*e.source, *e.target), venue)
               for e in matching(ex, "CONSULT")), describe(ex)


@pytest.mark.parametrize(("text", "host"), HOSTS)
def test_the_host_is_not_the_traveller(text, host) -> None:
    ex = events(text)
    assert all(_without(ex, e.source, host) for e in matching(ex, "CONSULT")), describe(ex)
