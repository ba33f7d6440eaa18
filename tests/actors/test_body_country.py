"""The country of an unnamed body ("the junta", "the government", "the army", "police", "the
ministry", "officials") when its own words name none (our own sentences).

A body whose words name no country may take the country of the place where it acts ("police
in Lagos"), of its report's dateline, or the one country its sentence (or the report) is
about. It does not take:

* the nationality of another state party of its sentence: an adjective or a possessive on
  another noun of the state ("expel *the French ambassador*", "summoned *Germany's* envoy",
  "clashed with *Russian troops*"); a nationality on people or things ("Nigerian farmers",
  "Egyptian exports") or on a party joined to the body itself ("the army and Pakistani
  police") still places it;
* a destination of its own act ("flew soldiers to hospitals *in Germany*", "sent troops *to
  Mali*", "recalled its ambassador *to Sweden*").

Rows: ``has`` (an actor so named has this country; None: it is there, uncoded).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of


def has(id: str, text: str, name: str, country: str | None, known: str = ""):
    """``known``: why the row still fails (a strict xfail)."""
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(text, name, country, id=id, marks=marks)


#: Why a row still fails: a party of a reported clause is not told from the speaker's own
#: ("said Nigerian troops had ..." is the speaker's country).
_REPORTED = "a party of a clause the body reports is no party of its own act"

FOREIGN_PARTY = [
    has("junta-french-ambassador", "The junta threatened to expel the French ambassador.",
        "junta", None),
    has("ministry-germany-envoy", "The ministry summoned Germany's envoy on Tuesday.",
        "ministry", None),
    has("officials-french-ambassador", "Officials said the French ambassador had been "
        "ordered to leave within 48 hours.", "Officials", None, _REPORTED),
    has("officials-expelled-french", "Officials expelled the French ambassador on Monday.",
        "Officials", None),
    has("army-russian-troops", "The army clashed with Russian troops near the border.", "army",
        None),
    has("government-iranian-diplomats", "The government expelled two Iranian diplomats on "
        "Monday.", "government", None),
    has("ministry-chinese-embassy", "The ministry lodged a complaint with the Chinese "
        "embassy.", "ministry", None),
    has("police-spanish-authorities", "Police handed the suspect over to Spanish "
        "authorities.", "Police", None),
    has("army-ukrainian-officials", "The army handed the prisoners to Ukrainian officials.",
        "army", None),
    has("junta-french-troops", "The junta ordered French troops to leave the country by the "
        "end of the year.", "junta", None),
    has("government-us-envoy", "The government welcomed the American envoy at the airport.",
        "government", None),
    has("ministry-british-charge", "The foreign ministry summoned Britain's charge "
        "d'affaires over the remarks.", "foreign ministry", None),
    has("government-turkish-minister", "The government received the Turkish defence minister "
        "on a two-day visit.", "government", None),
]

DESTINATION = [
    has("army-flew-germany", "The army flew wounded soldiers to hospitals in Germany.", "army",
        None),
    has("government-troops-mali", "The government sent troops to Mali last year.",
        "government", None),
    has("police-deported-italy", "Police deported the suspect to Italy on Friday.", "Police",
        None),
    has("army-airlifted-cyprus", "The army airlifted stranded civilians to Cyprus.", "army",
        None),
    has("ministry-ambassador-sweden", "The ministry recalled its ambassador to Sweden.",
        "ministry", None),
    has("navy-into-waters", "The navy escorted the tankers into Qatar's waters.", "navy", None),
    has("officials-flew-hostages", "Officials flew the freed hostages to Oman.", "Officials",
        None),
    has("government-aid-sudan", "The government shipped 40 tonnes of food aid to Sudan.",
        "government", None),
]

#: An official the text places in no country is not of the country or capital he travels to
#: ("arrived in Moscow", "flew to Nairobi", "visited Ankara"); he may be of the one his report
#: is otherwise about.
VISITOR = [
    has("minister-arrived-capital", "Defence Minister Olu Adebayo arrived in Accra on Monday "
        "for two days of talks.", "Olu Adebayo", None),
    has("minister-visited-country", "Trade Minister Laila Tarrow visited Turkey on Tuesday and "
        "signed a customs accord.", "Laila Tarrow", None),
    has("minister-flew-to", "Foreign Secretary Tomas Varga flew to Nairobi on Sunday for a "
        "regional summit.", "Tomas Varga", None),
    has("envoy-landed-in", "Special Envoy Marta Kowal landed in Baghdad late on Wednesday.",
        "Marta Kowal", None),
    has("visitor-meets-hosts", "Foreign Minister Ines Barra arrived in Moscow on Monday for "
        "talks with Russian officials. Chile buys Russian fertiliser.", "Ines Barra", "CHL"),
    has("visitor-own-country-later", "Interior Minister Sami Nasser arrived in Rome on "
        "Thursday. Jordan wants Italian help with border patrols, he told reporters.",
        "Sami Nasser", "JOR"),
]

#: An office a pronoun owns is of the pronoun's country ("Kenya recalled *its ambassador*
#: from Uganda"), not of the place it is posted to.
OWNED_OFFICES = [
    has("its-ambassador-from", "Kenya recalled its ambassador from Uganda on Monday.",
        "its ambassador", "KEN"),
    has("its-envoy-in", "Ghana said its envoy in Lome would return for consultations.",
        "its envoy", "GHA"),
]

#: The sentence before an official's first one places him only within his paragraph.
PARAGRAPH = [
    has("paragraph-break", "Peace talks opened in Oslo on Monday.\n\nOn Saturday gunmen "
        "abducted councillor Ana Marisol Tovar in Puerto Zarpa. The Colombian army blamed the "
        "ELN and Colombian police searched the area.", "Ana Marisol Tovar", "COL"),
    has("same-paragraph", "Police in Lagos arrested twelve protesters on Friday. "
        "Commissioner Ade Olumide Bankole said they had blocked a highway. Ghana and Togo "
        "closed their borders.", "Ade Olumide Bankole", "NGA"),
]

# near misses: the country stays
STAYS = [
    has("minister-said-in-capital", "Interior Minister Farid Saleh said in Amman that the "
        "border would reopen.", "Farid Saleh", "JOR"),
    has("minister-hosted-in-capital", "Foreign Minister Ana Ruiz hosted her counterpart in "
        "Lima on Friday.", "Ana Ruiz", "PER"),
    has("minister-met-in-capital", "Finance Minister Joana Tchissola met bankers in Luanda on "
        "Monday.", "Joana Tchissola", "AGO"),
    has("police-in-lagos", "Police in Lagos arrested twelve protesters.", "Police", "NGA"),
    has("junta-in-niger", "The junta in Niger expelled the French ambassador.", "junta", "NER"),
    has("army-shelled-in-syria", "The army shelled rebel positions in Syria.", "army", "SYR"),
    has("ministry-nigerian-farmers", "The ministry said Nigerian farmers would receive seed "
        "subsidies.", "ministry", "NGA"),
    has("government-egyptian-exports", "The government said Egyptian exports rose last year.",
        "government", "EGY"),
    has("kenya-sentence-before", "Kenya expelled a French diplomat on Monday. The ministry "
        "said the diplomat had broken the law.", "ministry", "KEN"),
    has("government-across-ghana", "The government raised fuel prices across Ghana.",
        "government", "GHA"),
    has("officials-in-kabul", "Officials in Kabul said the talks would resume.",
        "Officials in Kabul", "AFG"),
    has("dateline", "NAIROBI, Kenya (Reuters) — Police fired tear gas at students on Monday.",
        "Police", "KEN"),
    has("police-kenyan-activists", "Police arrested three Kenyan activists outside the "
        "parliament.", "Police", "KEN"),
    has("army-near-goma", "The army withdrew from positions near Goma.", "army", "COD"),
    has("report-about-peru", "Peru declared a state of emergency in three provinces. The "
        "government said the army would patrol the highways.", "government", "PER"),
    has("country-subject-before", "Ethiopia denied the charges on Sunday. The ministry said "
        "the accusations were baseless.", "ministry", "ETH"),
    has("own-ambassador-home", "Senegal recalled its ambassador from Paris. The ministry said "
        "the envoy would return to Dakar.", "ministry", "SEN"),
    has("returned-home", "The army moved its headquarters back to Kinshasa.", "army", "COD",
        "a destination of its own act is never its country, even its home"),
    has("own-troops-reported", "The government said Nigerian troops had killed 20 "
        "militants.", "government", "NGA"),
]

#: A state's party a body only reports on ("the ministry said *Ethiopian soldiers* had
#: shelled ...") is the other side of a story that names another country too: its nationality
#: is not the body's, which takes the country of the sentence before or of the report. A
#: report naming no other country keeps it (``own-troops-reported`` above), as do the body's
#: own words and a nationality on people who serve no state.
REPORTED = [
    has("mali-government-warned", "Mali closed its border crossings on Monday.\n\nThe "
        "government warned that if Nigerien troops crossed the frontier again, it would "
        "respond with force.", "government", "MLI"),
    has("sudan-ministry-soldiers", "Sudan closed two border crossings on Monday.\n\nThe "
        "foreign ministry said Ethiopian soldiers had shelled a village near the frontier.",
        "foreign ministry", "SDN"),
    has("thai-army-troops", "Thailand sealed the crossing at Aranyaprathet on "
        "Tuesday.\n\nThe army said Cambodian troops had fired two rockets at a border "
        "post.", "army", "THA"),
    # near misses: the report's country is the body's, or its own words name one
    has("kenya-police-reported", "NAIROBI - Kenya tightened security along the coast on "
        "Monday.\n\nThe interior ministry said Kenyan police had arrested four men.",
        "interior ministry", "KEN"),
    has("ghanaian-army-own-words", "Ghana and Togo reopened their border on Monday.\n\nThe "
        "Ghanaian army said Togolese troops had withdrawn from the hills.", "Ghanaian army",
        "GHA"),
    has("benin-farmers-reported", "Benin and Nigeria signed a trade accord on Friday.\n\nThe "
        "ministry said Beninese farmers would be paid first.", "ministry", "BEN"),
]


@pytest.mark.parametrize(("text", "name", "want"),
                         FOREIGN_PARTY + DESTINATION + VISITOR + PARAGRAPH + OWNED_OFFICES
                         + STAYS + REPORTED)
def test_body_country(text: str, name: str, want: str | None) -> None:
    ex = actors_of(text)
    shown = [(a.name, a.aliases, a.country) for a in ex.actors]
    found = [a for a in ex.actors if any(name.lower() == n.lower() for n in (a.name,
                                                                              *a.aliases))]
    assert len(found) == 1, shown
    assert found[0].country == want, shown
