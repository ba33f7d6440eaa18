"""Abductions, court sentences and raids as wire reports tell them.

Every sentence is our own wording. CAMEO 181 (abduct, hijack, take hostage) is ASSAULT abduct in
PLOVER: a person "taken", "snatched", "seized", "grabbed" or "dragged" from a car or a home by
gunmen, bandits or militants, "carried off" by fighters, "taken hostage". Taking someone "into
custody" is an arrest (COERCE arrest, CAMEO 173), not an abduction. A court's sentence, a fine,
a conviction is legal action: the table codes a court's verdict as SANCTION convict (the PLOVER
notes put court convictions under SANCTION) and a jailing or detention as COERCE arrest (CAMEO
173), so those rows accept either. Police or troops searching homes and offices, raiding them,
or running a search operation are COERCE (raids: CAMEO 170). Near misses: the same words where
nobody was abducted, sentenced or searched (taken to hospital, seized power, a sentence of a
report, rescuers searching rubble).
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, expect_none, matching, problems

LEGAL = ("SANCTION", "COERCE")


def case(id: str, text: str, type_: str | tuple[str, ...] = "ASSAULT", *,
         mode: str | tuple[str, ...] | None = None, source: Names | None = None,
         target: Names | None = None, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, type_, mode, source, target, id=id, marks=marks)


ABDUCTIONS = [
    case("taken-from-car-mexico", "A town councillor in Guerrero was taken from his car by "
         "armed men on Saturday, Mexican officials said.", mode="abduct"),
    case("snatched-aid-worker-niger", "Gunmen snatched a French aid worker from her home in "
         "Niamey on Tuesday.", mode="abduct", source="gunmen"),
    case("seized-by-militants-nigeria", "Two Chinese engineers were seized by militants at a "
         "gold mine in Nigeria's Zamfara state.", mode="abduct", source="militants"),
    case("grabbed-by-masked-men-pakistan", "Pakistani journalist Ali Haider was grabbed from "
         "the street by masked men in Karachi on Monday.", mode="abduct"),
    case("dragged-by-gunmen-nigeria", "A Nigerian priest was dragged from his house by "
         "gunmen in Kaduna state overnight.", mode="abduct", source="gunmen"),
    case("abducted-students-niger-state", "Armed men abducted 40 students from a boarding "
         "school in Nigeria's Niger state on Friday.", mode="abduct"),
    case("kidnapped-colombia", "A Colombian police officer was kidnapped near the border with "
         "Venezuela.", mode="abduct"),
    case("taken-hostage-kivu", "Fifteen Congolese aid workers were taken hostage by "
         "fighters in North Kivu.", mode="abduct", source="fighters"),
    case("hijacked-bus-balochistan", "Militants hijacked a bus carrying pilgrims in "
         "Pakistan's Balochistan province on Sunday.", mode="abduct", source="militants"),
    case("abduction-of-bishop-haiti", "The abduction of a Haitian bishop in Port-au-Prince "
         "drew wide condemnation.", mode="abduct"),
    case("kidnapping-of-tourists-mali", "The kidnapping of two Italian tourists in Mali was "
         "confirmed by the Italian foreign ministry.", mode="abduct"),
    case("carried-off-women-borno", "Boko Haram fighters carried off 30 women from a village "
         "in Nigeria's Borno state.", mode="abduct", source="Boko Haram"),
    case("kidnappers-took-businessman-haiti", "Kidnappers took a Haitian businessman from his "
         "office in Port-au-Prince on Wednesday.", mode="abduct", source="kidnappers"),
    case("bandits-seized-passengers", "Bandits seized 12 Nigerian passengers from a bus on "
         "the Abuja-Kaduna highway.", mode="abduct", source="bandits"),
    case("snatched-from-home-no-doer", "A Cameroonian lecturer was snatched from his home in "
         "Bamenda on Thursday.", mode="abduct"),
    case("rebels-took-soldiers", "Rebels took two Malian soldiers from a checkpoint near "
         "Kidal.", mode="abduct", source="rebels"),
    case("holding-hostage-cameroon", "Separatists are holding three Cameroonian aid workers "
         "hostage in the Northwest region.", mode="abduct", source="separatists"),
    case("went-missing-after-stopped", "Three Turkish engineers went missing in Libya after "
         "armed men stopped their car.", mode="abduct",
         xfail="going missing is no act; the abduction is only implied by the armed men"),
]

ARRESTS = [
    case("taken-into-custody-france", "French police took the suspect into custody in Lyon "
         "on Monday.", "COERCE", mode="arrest", source="police"),
    case("taken-into-custody-passive", "Turkish journalist Deniz Yucel was taken into custody "
         "by police in Istanbul.", "COERCE", mode="arrest"),
]

SENTENCES = [
    case("sentenced-detention-belarus", "A court in Minsk sentenced two Belarusian activists "
         "to ten days of administrative detention.", LEGAL),
    case("sentenced-jail-russia", "A Moscow court sentenced Russian activist Ilya Yashin to "
         "15 days in jail for disobeying police.", LEGAL),
    case("jailed-five-years-azerbaijan", "Three Azerbaijani opposition members were jailed "
         "for five years by a court in Baku.", LEGAL),
    case("handed-suspended-sentence", "A court in Bucharest handed Romanian mayor Ion Popescu "
         "a suspended sentence of two years.", LEGAL,
         xfail="the small model reads 'handed' as an adjective of 'Ion Popescu' (no verb)"),
    case("handed-prison-sentence-iran", "A Tehran court handed Iranian journalist Niloofar "
         "Hamedi a seven-year prison sentence.", LEGAL),
    case("was-handed-sentence-passive", "Former Peruvian president Alejandro Toledo was "
         "handed a prison sentence of 20 years.", LEGAL),
    case("fined-blogger-russia", "Russian blogger Anna Petrova was fined 50,000 roubles for "
         "discrediting the army.", LEGAL),
    case("convicted-tunisia", "Former Tunisian minister Mehdi Ben Gharbia was convicted of "
         "corruption by a court in Tunis.", LEGAL),
    case("sentenced-in-absentia-egypt", "An Egyptian court sentenced editor Khaled el-Balshy "
         "in absentia to eight years in prison.", LEGAL),
    case("given-sentence-passive", "Kenyan opposition activist Boniface Mwangi was given a "
         "two-year sentence by a court in Nairobi.", LEGAL),
    case("charged-protesters-kenya", "Kenyan prosecutors charged five protesters with rioting "
         "in Nairobi.", "COERCE", mode="arrest"),
]

RAIDS = [
    case("search-operation-colombia", "Colombian troops launched a search operation around "
         "Saravena.", "COERCE"),
    case("raided-offices-turkey", "Turkish police raided the party's offices in Ankara on "
         "Tuesday.", "COERCE", source="police"),
    case("searched-homes-egypt", "Egyptian security forces searched the homes of activists in "
         "Minya.", "COERCE", source="forces"),
    case("searched-newspaper-turkey", "Turkish police searched the offices of the Cumhuriyet "
         "newspaper in Istanbul.", "COERCE", source="police"),
    case("house-to-house-searches", "Israeli soldiers carried out house-to-house searches in "
         "Jenin.", "COERCE", source="soldiers"),
    case("conducted-search-russia", "Russian police conducted a search of the apartment of "
         "journalist Yelena Milashina in Moscow.", "COERCE", source="police"),
    case("raided-home-fbi", "FBI agents raided the Florida home of former US president Donald "
         "Trump.", "COERCE", source="FBI"),
]

POSITIVE = ABDUCTIONS + ARRESTS + SENTENCES + RAIDS


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), POSITIVE)
def test_abduction_sentence_or_raid(text: str, type_: str | tuple[str, ...],
                                    mode: str | tuple[str, ...] | None, source: Names | None,
                                    target: Names | None) -> None:
    modes = (mode,) if isinstance(mode, str) else mode
    found = [e for e in matching(events(text), type_, source=source, target=target)
             if modes is None or e.mode in modes]
    assert found, (f"expected {type_} mode={mode} source={source} target={target}\n"
                   f"{describe(events(text))}")


# The same words where nobody was abducted, sentenced or searched: (text, forbidden type, mode
# that must not be found (None: any mode)).
NEAR_MISSES = [
    pytest.param("The injured Mexican councillor was taken to hospital in Acapulco.",
                 "ASSAULT", None, id="taken-to-hospital"),
    pytest.param("French police took the suspect into custody in Lyon on Monday.",
                 "ASSAULT", None, id="custody-is-no-abduction"),
    pytest.param("The army seized power in Niger in July.", "ASSAULT", None,
                 id="seized-power-no-abduction"),
    pytest.param("The army seized power in Niger in July.", "COERCE", "seize",
                 id="seized-power-no-confiscation"),
    pytest.param("Belgian customs officers seized two tonnes of cocaine at the port of "
                 "Antwerp.", "ASSAULT", None, id="seized-drugs"),
    pytest.param("Portuguese President Marcelo Rebelo de Sousa was taken ill during a summit "
                 "in Lisbon.", ("ASSAULT", "COERCE"), None, id="taken-ill"),
    pytest.param("Giorgia Meloni took office as Italy's prime minister in October.",
                 "ASSAULT", None, id="took-office"),
    pytest.param("The Thai hostages were released by Hamas on Sunday after weeks of talks.",
                 "ASSAULT", None, id="hostages-released"),
    pytest.param("A British hiker went missing in the Pyrenees on Saturday.", None, None,
                 id="hiker-went-missing"),
    pytest.param("Spanish minister Jose Manuel Albares grabbed headlines with a speech on "
                 "migration.", "ASSAULT", None, id="grabbed-headlines"),
    pytest.param("Pakistan snatched victory from India in the final over.", "ASSAULT", None,
                 id="snatched-victory"),
    pytest.param("Firefighters dragged two Turkish children from the burning house in "
                 "Izmir.", "ASSAULT", None, id="dragged-from-fire"),
    pytest.param("Floodwaters carried away three Pakistani children in Swat.", "ASSAULT",
                 None, id="carried-away-by-flood"),
    pytest.param("The first sentence of the UN report on Myanmar was deleted before "
                 "publication.", LEGAL, None, id="sentence-of-a-report"),
    pytest.param("Ruth Bader Ginsburg served as a judge on the US Supreme Court for 27 years.",
                 LEGAL, None, id="served-as-judge"),
    pytest.param("Turkish rescuers searched the rubble for survivors in Antakya.", "COERCE",
                 None, id="rescuers-searched-rubble"),
    pytest.param("Irish police divers searched Lough Corrib for the missing boy.", "COERCE",
                 None, id="divers-searched-lake"),
    pytest.param("Irish police launched a search for a missing teenager in Galway.", "COERCE",
                 None, id="search-for-missing-teenager"),
    pytest.param("Dutch police said the new search engine for stolen bicycles went offline "
                 "on Monday.", "COERCE", None, id="police-search-engine"),
    pytest.param("NASA scientists searched for signs of water on Mars.", "COERCE", None,
                 id="searched-for-water"),
    pytest.param("Shoppers in Auckland raided supermarket shelves before New Zealand's "
                 "long Easter weekend.", "COERCE", None, id="raided-shelves"),
]


@pytest.mark.parametrize(("text", "forbidden", "mode"), NEAR_MISSES)
def test_not_an_abduction_sentence_or_raid(text: str, forbidden: str | tuple[str, ...] | None,
                                           mode: str | None) -> None:
    if mode is None:
        expect_none(text, forbidden)
        return
    found = [e for e in matching(events(text), forbidden) if e.mode == mode]
    assert not found, describe(events(text))


def test_abductions_sentences_and_raids_are_well_formed() -> None:
    texts = {p.values[0] for p in POSITIVE}
    found = {text: problems(events(text)) for text in texts}
    assert not {t: p for t, p in found.items() if p}, found
