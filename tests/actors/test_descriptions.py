"""Unnamed descriptions and the country they take (our own sentences, news style).

Two tables:

* a definite description ("the ministry", "the army", "the agency", "the council", "the
  court", "the service", "the committee") refers back to the body named within the last few
  sentences with the same head noun ("Armenia's defence ministry ... The ministry ..."): it is
  that actor, not a new one whose country is guessed from a country word in its own sentence
  ("accused Azerbaijani troops"). Near misses: a description with its own country word is its
  own body ("The Congolese army"), a different head noun is a different body, and the latest
  body with that head wins.
* an unnamed plural ("officials", "rebel commanders", "trading firms") takes a country from
  its own words (demonym, possessive, "of/in/from X"), else from its sentence only when that
  sentence names one country and that country is not another party's to the same act ("Canada
  froze ... after Beijing sanctioned 12 officials": the officials are neither) nor only the
  place the act happens in ("signed the truce in Addis Ababa").

Each case: (text, a phrase of the description, its country or None, a country it must not
have, and, for the first table, an alias of the actor it must be or must not be).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Actor, Extraction

from .helpers import actors_of


def at(ex: Extraction, phrase: str) -> Actor:
    """The actor one of whose mentions covers the last word of ``phrase`` (first use)."""
    text = ex.document.text
    start = text.index(phrase)
    word = start + len(phrase) - len(phrase.split()[-1])
    found = [a for a in ex.actors if any(m.start <= word < m.end for m in a.mentions)]
    assert len(found) == 1, f"{phrase!r}: {[(a.name, a.country) for a in ex.actors]}"
    return found[0]


def ref(id: str, text: str, phrase: str, country: str | None, *, same: str | None = None,
        other: str | None = None, not_country: str | None = None):
    return pytest.param(text, phrase, country, same, other, not_country, id=id)


BACK_REFERENCES = [
    ref("ministry-after-possessive", "Armenia's defence ministry rejected the claim on Monday. "
        "The ministry accused Azerbaijani troops of opening fire on a border village.",
        "The ministry", "ARM", same="defence ministry", not_country="AZE"),
    ref("army-after-possessive", "Uganda's army said on Sunday that it had pushed the rebels "
        "back. The army accused Congolese militiamen of sheltering the attackers.",
        "The army", "UGA", same="Uganda's army", not_country="COD"),
    ref("agency-after-un-agency", "The UN refugee agency said 300 people had drowned this "
        "year. The agency blamed Libyan coastguards for the delays.",
        "The agency", None, same="UN refugee agency", not_country="LBY"),
    ref("council-after-security-council", "The UN Security Council met in an emergency session "
        "on Friday. The council condemned Israeli air strikes on the camp.",
        "The council", None, same="Security Council", not_country="ISR"),
    ref("court-after-named-court", "South Africa's Constitutional Court heard the appeal on "
        "Wednesday. The court ordered Zimbabwean officials to return the seized farms.",
        "The court", "ZAF", same="Constitutional Court", not_country="ZWE"),
    ref("service-after-named-service", "Russia's Federal Security Service said it had foiled a "
        "plot in Moscow. The service accused Ukrainian military intelligence of planning it.",
        "The service", "RUS", same="Federal Security Service", not_country="UKR"),
    ref("ministry-two-sentences-on", "India's foreign ministry summoned the envoy on Monday. "
        "The meeting lasted an hour. The ministry later blamed Chinese troops for the clash.",
        "The ministry", "IND", same="foreign ministry", not_country="CHN"),
    ref("police-after-possessive", "Nigeria's police said they had seized the weapons at the "
        "border. The police accused Cameroonian smugglers of bringing them in.",
        "The police", "NGA", same="Nigeria's police", not_country="CMR"),
    # a capital letter, as communiques and British style write it, is no name of its own
    ref("government-capitalised", "Bamako lodged a firm protest with the Malian government "
        "on Monday. The Government warned Nigerien troops against any new incursion.",
        "The Government", "MLI", same="Malian government", not_country="NER"),
    ref("ministry-capitalised", "Kenya's foreign ministry summoned the Ugandan envoy on "
        "Tuesday. The Ministry accused Ugandan police of harassing traders.", "The Ministry",
        "KEN", same="foreign ministry", not_country="UGA"),
    ref("army-capitalised", "Peru's army said it had cleared the highway on Friday. The Army "
        "accused Bolivian smugglers of blocking it.", "The Army", "PER", same="Peru's army",
        not_country="BOL"),
    # near misses
    ref("near-miss-capitalised-own-demonym", "Uganda's army said it had pushed the rebels "
        "back. The Congolese Army denied the claim on Monday.", "The Congolese Army", "COD",
        other="Uganda's army"),
    ref("near-miss-capitalised-other-head", "Chile's navy seized the trawler on Sunday. The "
        "Ministry said the crew would be freed.", "The Ministry", None, other="Chile's navy"),
    ref("near-miss-own-demonym", "Uganda's army said it had pushed the rebels back. The "
        "Congolese army denied the claim on Monday.", "The Congolese army", "COD",
        other="Uganda's army"),
    ref("near-miss-own-possessive", "Rwanda's army said the border was calm. Burundi's army "
        "accused Rwandan soldiers of crossing it.", "Burundi's army", "BDI",
        other="Rwanda's army"),
    ref("near-miss-other-head", "Ghana's army deployed troops to the north on Monday. The "
        "ministry said the deployment would last a month.", "The ministry", None,
        other="Ghana's army"),
    ref("near-miss-latest-body-wins", "Armenia's defence ministry said the night was calm. "
        "Azerbaijan's defence ministry disputed that. The ministry accused Armenian troops of "
        "shelling its positions.", "The ministry", "AZE", not_country="ARM"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "same", "other", "not_country"),
                         BACK_REFERENCES)
def test_definite_description_refers_back_to_the_body_named_before(
    text: str, phrase: str, country: str | None, same: str | None, other: str | None,
    not_country: str | None,
) -> None:
    ex = actors_of(text)
    actor = at(ex, phrase)
    shown = [(a.name, a.aliases, a.country) for a in ex.actors]
    if country is not None:
        assert actor.country == country, shown
    if not_country is not None:
        assert actor.country != not_country, shown
    if same is not None:
        assert actor is at(ex, same), shown
    if other is not None:
        assert actor is not at(ex, other), shown


def plural(id: str, text: str, phrase: str, country: str | None,
           not_country: str | None = None):
    return pytest.param(text, phrase, country, not_country, id=id)


PLURALS = [
    plural("sanctioned-officials-not-the-sanctioner-nor-the-other-country", "Canada's "
           "government froze the accounts on Monday, a week after Beijing sanctioned 12 "
           "officials.", "12 officials", None, "CAN"),
    plural("blacklisted-firms-not-the-sanctioner", "Britain blacklisted 30 trading firms on "
           "Tuesday.", "trading firms", None, "GBR"),
    plural("commanders-not-the-venue", "Rebel commanders signed the ceasefire in Addis Ababa "
           "on Sunday.", "Rebel commanders", None, "ETH"),
    plural("officials-not-the-venue", "Officials met the mediators in Doha on Tuesday to "
           "discuss the hostages.", "Officials", None, "QAT"),
    plural("expelled-officials-not-the-expeller", "Poland expelled 15 officials accused of "
           "spying.", "15 officials", None, "POL"),
    # near misses: their own words, or a sentence about their one country, still code them
    plural("own-demonym", "Turkish officials met the delegation in Baku on Monday.",
           "Turkish officials", "TUR"),
    plural("own-from-phrase", "Officials from Niger met the envoys in Bamako.", "Officials",
           "NER"),
    plural("own-in-phrase", "Trading firms in Singapore moved the cargo through the strait.",
           "Trading firms", "SGP"),
    plural("sentence-names-their-country", "Senior officials in Kenya's government said the "
               "budget would be cut.", "Senior officials", "KEN"),
    plural("only-country-as-subject-actor", "Officials said Mali would hold the vote in "
           "July.", "Officials", "MLI"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "not_country"), PLURALS)
def test_unnamed_plural_takes_a_country_only_from_its_own_words_or_a_clear_sentence(
    text: str, phrase: str, country: str | None, not_country: str | None,
) -> None:
    ex = actors_of(text)
    actor = at(ex, phrase)
    shown = [(a.name, a.country) for a in ex.actors]
    assert actor.country == country, shown
    if not_country is not None:
        assert actor.country != not_country, shown
