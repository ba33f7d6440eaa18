"""A protest a state makes is diplomatic: ACCUSE, not a street PROTEST (PLOVER notes).

Every sentence is our own wording (real states, invented towns). A country, its government,
ministry or embassy, or one of its officials that "protests" (alone, "over", "against", or
after summoning an envoy: "summoned the ambassador *to protest*") complains officially:
ACCUSE 114. So does a protest an envoy is made to receive or is handed, a protest a state
makes (sends, notifies, expresses), and a written or verbal protest. Near misses: people
who protest, officers and civil servants who protest over their pay, lawmakers who walk out,
are a PROTEST as before.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over


def row(id: str, text: str, word: str, type_: str):
    return pytest.param(text, word, type_, id=id)


DIPLOMATIC = [
    row("summoned-to-protest-against", "Estonia summoned the Belarusian ambassador to protest "
        "against the seizure of two fishing boats.", "protest", "ACCUSE"),
    row("summoned-monday-to-protest", "Uruguay summoned the Paraguayan envoy on Monday to "
        "protest the shelling of a border post.", "protest", "ACCUSE"),
    row("called-in-to-protest", "The Fijian foreign ministry called in the Tongan charge "
        "d'affaires to protest over the arrests.", "protest", "ACCUSE"),
    row("country-protested-over", "Bhutan protested over the border incident near Dorkha.",
        "protested", "ACCUSE"),
    row("government-protested-against", "The Moldovan government protested strongly against "
        "the decision.", "protested", "ACCUSE"),
    row("country-protested-against-drill", "Slovakia protested against the Hungarian naval "
        "exercise near Veltrany.", "protested", "ACCUSE"),
    row("minister-protested-against", "The Chilean foreign minister protested against the "
        "raid on the consulate in Orvalle.", "protested", "ACCUSE"),
    row("ministry-protested-flights", "Nepal's foreign ministry protested Sunday's drone "
        "flights over Kharpani.", "protested", "ACCUSE"),
    row("envoy-summoned-to-receive", "The Latvian ambassador was summoned to receive a protest "
        "over the drone flights.", "protest", "ACCUSE"),
    row("envoy-handed-protest", "Ecuador handed the Peruvian ambassador a protest over the "
        "closure of the Zalvera crossing.", "protest", "ACCUSE"),
    # a protest a state makes (sends, notifies, expresses) or a protest note by what the note
    # is (written, verbal)
    row("sent-written-protest", "Vilnius sent a written protest over the Druskava incident.",
        "protest", "ACCUSE"),
    row("communique-firm-protest", "The Minister of Foreign Affairs summoned the charge "
        "d'affaires of Latvia to notify him of the firm protest of the Lithuanian Government.",
        "protest", "ACCUSE"),
    row("verbal-protest-to-ambassador", "Quito conveyed a verbal protest to the Peruvian "
        "ambassador on Tuesday.", "protest", "ACCUSE"),
    row("headline-written-protest", "Lithuania sends written protest to Minsk over border "
        "drones", "protest", "ACCUSE"),
    row("vigorous-protest-translated", "The Government of Moldova expresses its vigorous "
        "protest against the violation of its airspace.", "protest", "ACCUSE"),
    row("energetic-protest-lodged", "Chile has addressed an energetic protest to Bolivia over "
        "the Ollaguara shooting.", "protest", "ACCUSE"),
]

STREET = [
    row("protesters-marched-embassy", "Protesters marched on the Belarusian embassy in "
        "Tallinn on Saturday.", "marched", "PROTEST"),
    row("students-protested", "Thousands of students protested in Marvenko against the new "
        "fuel tax.", "protested", "PROTEST"),
    row("farmers-outside-ministry", "Farmers protested outside the agriculture ministry on "
        "Monday.", "protested", "PROTEST"),
    row("civil-servants-pay", "Civil servants protested in Tallinn over a pay freeze.",
        "protested", "PROTEST"),
    row("police-officers-wages", "Police officers protested in Montevideo over unpaid wages.",
        "protested", "PROTEST"),
    row("thousands-of-a-people", "Tens of thousands of Serbs protested in Kragor on "
        "Saturday.", "protested", "PROTEST"),
    row("students-summoned-friends", "Students summoned their friends to protest against the "
        "fee rise.", "protest", "PROTEST"),
    row("students-written-slogans", "Students staged a silent protest with written slogans "
        "outside the Tallinn parliament.", "protest", "PROTEST"),
    row("firm-protest-by-farmers", "Farmers kept up a firm protest outside the agriculture "
        "ministry in Riga.", "protest", "PROTEST"),
    row("sent-crowds-protest", "The union sent thousands of members to protest outside the "
        "port of Paldiski.", "protest", "PROTEST"),
]


@pytest.mark.parametrize("text, word, type_", DIPLOMATIC)
def test_diplomatic_protest_is_accuse(text: str, word: str, type_: str) -> None:
    """An ACCUSE in the sentence (at the word, or at the summoning it is one act with), and
    no street protest at all."""
    ex = events(text)
    assert any(e.type == type_ for e in ex.events), describe(ex)
    assert not any(e.type == "PROTEST" for e in ex.events), describe(ex)


@pytest.mark.parametrize("text, word, type_", STREET)
def test_street_protest_stays(text: str, word: str, type_: str) -> None:
    over = events_over(text, word)
    assert any(e.type == type_ for e in over), describe(events(text))
    assert not any(e.type == "ACCUSE" for e in over), describe(events(text))
