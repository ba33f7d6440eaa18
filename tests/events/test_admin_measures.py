"""Administrative coercion, sanctions listings and legal acts, as wire reports tell them.

CAMEO 172 codes administrative sanctions as COERCE: curfews (1723), states of emergency and
martial law (1724), bans on gatherings, newspapers or parties (1721, 1722); easing a curfew or
a state of emergency is RETREAT (0813, 0814), easing a ban CONCEDE (081). Putting firms or
people on a sanctions list, blacklisting them or freezing their assets is SANCTION (163, as
the PLOVER notes code sanctions); opening an inquiry into someone is ACCUSE (090), and bringing
a lawsuit or a legal challenge against someone is ACCUSE (115).

Near misses: the same words where no one acts on anyone ("the curfew ended at dawn"), or
name something that is not political ("a review of the film", "the list of speakers", "the
ban on smoking", "listed companies", "a challenge for the government").
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known, matching

# (text, trigger word (its last occurrence), PLOVER type, source name or None, CAMEO code
# the event's code starts with, or None): an event of that type in the word's sentence
FIRES = [
    # curfews (1723)
    ("Nigeria's army imposed a night curfew on Maiduguri on Thursday.",
     "curfew", "COERCE", ("army", "Nigeria"), "1723"),
    ("Bolivia's government declared a curfew in Cochabamba after two days of clashes.",
     "curfew", "COERCE", ("Bolivia",), "1723"),
    ("Sri Lanka's government extended the nationwide curfew until Monday morning.",
     "curfew", "COERCE", ("Sri Lanka",), "1723"),
    ("Authorities in Kashmir reimposed a curfew in Srinagar on Friday.",
     "curfew", "COERCE", None, "1723"),
    ("Israel's army placed the West Bank town of Huwara under curfew on Sunday.",
     "curfew", "COERCE", ("Israel",), "1723"),
    ("Nepal's curfew on Kathmandu was extended to Sunday.",
     "curfew", "COERCE", ("Nepal",), "1723"),
    # states of emergency, martial law (1724)
    ("Ecuador's president declared a state of emergency in three coastal provinces.",
     "state", "COERCE", ("Ecuador", "president"), "1724"),
    ("Peru's government extended the state of emergency in Lima by 30 days.",
     "state", "COERCE", ("Peru",), "1724"),
    ("Ethiopia imposed a six-month state of emergency after the prime minister resigned.",
     "state", "COERCE", ("Ethiopia",), "1724"),
    ("Thailand's army declared martial law across the country on Tuesday.",
     "martial law", "COERCE", ("army", "Thailand"), "1724"),
    ("Myanmar's junta put eleven townships under martial law on Thursday.",
     "martial law", "COERCE", ("Myanmar", "junta"), "1724"),
    ("Ukraine's parliament extended martial law for another 90 days.",
     "martial law", "COERCE", ("Ukraine", "parliament"), "1724"),
    # bans on gatherings, outlets, parties (172, 1721, 1722)
    ("Bangladesh's police imposed a ban on political gatherings in Dhaka ahead of the vote.",
     "ban", "COERCE", ("police", "Bangladesh"), "172"),
    ("Hong Kong police banned protests on the anniversary of the crackdown.",
     "banned", "COERCE", ("police", "Hong Kong"), "172"),
    ("Tajikistan banned the opposition Islamic Renaissance Party in 2015.",
     "banned", "COERCE", ("Tajikistan",), "1722"),
    ("Iran's judiciary banned two reformist newspapers on Sunday.",
     "banned", "COERCE", ("Iran", "judiciary"), "1721"),
    ("Kazakhstan's ban on opposition rallies remains in force, the interior ministry said.",
     "ban", "COERCE", ("Kazakhstan",), "172"),
    # (a religious group is no party: 172, not 1722)
    ("Russia's ban on the Jehovah's Witnesses was upheld by the Supreme Court.",
     "ban", "COERCE", ("Russia",), "172"),
    ("Turkey's ban on the pro-Kurdish party was upheld by the Constitutional Court.",
     "ban", "COERCE", ("Turkey",), "1722"),
    ("Hong Kong police banned the vigil on Monday. The ban was the fourth in a row.",
     "ban", "COERCE", ("police", "Hong Kong"), "172"),
    # sanctions lists, blacklists, asset freezes (163)
    ("The European Union on Monday added four Turkish firms to its sanctions list.",
     "added", "SANCTION", ("European Union", "EU"), "163"),
    ("Washington added Huawei to its trade blacklist in May 2019.",
     "added", "SANCTION", ("Washington", "United States"), "163"),
    ("The US Commerce Department put twelve Chinese companies on its entity list.",
     "put", "SANCTION", ("Commerce", "United States"), "163"),
    ("The UN Security Council added the militia's leader to its sanctions list on Friday.",
     "added", "SANCTION", ("Security Council", "United Nations"), "163"),
    ("Britain blacklisted three Iranian drone makers on Friday.",
     "blacklisted", "SANCTION", ("Britain", "United Kingdom"), "163"),
    ("The US Treasury froze the assets of two Venezuelan generals.",
     "froze", "SANCTION", ("Treasury", "United States"), "163"),
    known(pytest.param("Britain imposed asset freezes and travel bans on six Russian "
                       "oligarchs.", "freezes", "SANCTION", ("Britain", "United Kingdom"),
                       "163", id="asset-freezes-and-travel-bans"),
          "parse: 'freezes' is read as a verb whose subject is 'asset'"),
    ("Canada listed the Proud Boys as a terrorist entity on Wednesday.",
     "listed", "SANCTION", ("Canada",), "163"),
    ("Japan listed 22 Russian officials under its sanctions regime on Tuesday.",
     "listed", "SANCTION", ("Japan",), "163"),
    # (the parse hangs 'under its sanctions regime' on the oligarch: the listing "of" a party
    #   in a sentence about sanctions names it)
    pytest.param("The EU's listing of the oligarch under its sanctions regime was "
                 "upheld by a court.", "listing", "SANCTION", ("EU", "European Union"),
                 "163", id="listing-of-under"),
    # investigations (090, 091)
    ("China's commerce ministry opened a review of Australian wine exports last week.",
     "review", "ACCUSE", ("China", "commerce"), "09"),
    ("Brazil's federal police opened an investigation into the former president.",
     "investigation", "ACCUSE", ("police", "Brazil"), "09"),
    ("Italian prosecutors launched a probe into the mayor of Naples.",
     "probe", "ACCUSE", ("prosecutor", "Italy"), "09"),
    ("South Africa's anti-graft unit began an inquiry into the state power utility.",
     "inquiry", "ACCUSE", ("South Africa",), "09"),
    # lawsuits and legal challenges (115)
    ("Huawei filed a legal challenge against the US ban in a Texas court.",
     "challenge", "ACCUSE", ("Huawei",), "115"),
    ("The Turkish firm filed a challenge against its listing at the EU's General Court.",
     "challenge", "ACCUSE", None, "115"),
    ("Chevron sued Ecuador over the ruling in an international tribunal.",
     "sued", "ACCUSE", ("Chevron",), "115"),
    ("Meta challenged the European Commission's fine in court on Thursday.",
     "challenged", "ACCUSE", ("Meta",), "115"),
    # lifting is another type: RETREAT for curfews and emergencies, CONCEDE for bans
    ("Sri Lanka's government lifted the curfew in Colombo on Saturday.",
     "lifted", "RETREAT", ("Sri Lanka",), "0813"),
    ("Egypt ended its state of emergency in October 2021.",
     "ended", "RETREAT", ("Egypt",), "0814"),
    ("Kazakhstan lifted its ban on opposition rallies on Monday.",
     "lifted", "CONCEDE", ("Kazakhstan",), "081"),
]

# (text, PLOVER type that must not appear anywhere in it, or None: no event at all)
QUIET = [
    ("The curfew in Colombo ended at dawn, police said.", "COERCE"),
    ("The curfew ended at dawn and shops in Mombasa reopened, Kenya's interior ministry said.",
     "COERCE"),
    ("Sri Lanka's government lifted the curfew in Colombo on Saturday.", "COERCE"),
    ("Egypt ended its state of emergency in October 2021.", "COERCE"),
    ("Kazakhstan lifted its ban on opposition rallies on Monday.", "COERCE"),
    ("The Guardian published a glowing review of the film on Friday.", None),
    ("The list of speakers at the Munich conference was published on Friday.", None),
    ("Ireland's ban on smoking in restaurants took effect in 2004.", "COERCE"),
    ("France's ban on plastic bags in supermarkets came into force in July.", "COERCE"),
    ("Investigators found the black box of the crashed Ethiopian jet on Sunday.", None),
    ("Inflation remains a challenge for the government of Kenya.", None),
    ("Listed companies in Mumbai reported higher profits this quarter.", None),
    ("Toyota listed its shares in New York in 1999.", "SANCTION"),
    ("The band added three cities in Brazil to its tour list.", "SANCTION"),
    ("The museum in Madrid froze its admission prices for a year.", "SANCTION"),
    ("Emergency workers in Chile cleared the debris after the earthquake.", "COERCE"),
    ("The state of the roads in Lagos angered drivers, Nigeria's transport minister said.",
     "COERCE"),
    ("Ukraine's army faces a stiff challenge in holding the line near Bakhmut.", "ACCUSE"),
    ("Canada's finance ministry began a review of its spending plans.", "ACCUSE"),
    ("France's sanctions list runs to more than 1,800 names, officials said.", "SANCTION"),
    ("Kenya's national museum placed the painting on its loan list for the exhibition.",
     "SANCTION"),
    ("Brazil's coach challenged his players in training on Thursday.", "ACCUSE"),
    ("The review of Argentina's export figures showed a record harvest, the ministry said.",
     None),
    ("Chile ended the state visit of the Peruvian president with a banquet.", "RETREAT"),
]


def _at(text: str, word: str) -> int:
    start = text.lower().rfind(word.lower())
    assert start >= 0, word
    return start


@pytest.mark.parametrize(("text", "word", "type_", "source", "code"), FIRES,
                         ids=[r.id if hasattr(r, "id") else f"{r[2]}-{r[0][:40]}"
                              for r in FIRES])
def test_an_administrative_or_legal_act_is_coded(text: str, word: str, type_: str,
                                                 source: tuple[str, ...] | None,
                                                 code: str | None) -> None:
    ex = events(text)
    start = _at(text, word)
    # a noun under a light verb is told at the verb ("imposed a curfew"): its sentence's event
    found = [e for e in matching(ex, type_, source=source)
             if e.sentence_start <= start < e.sentence_end
             and (code is None or (e.cameo_code or e.cameo).startswith(code))]
    assert found, f"expected {type_} {code or ''} at {word!r} by {source!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "type_"), QUIET, ids=[f"{r[1]}-{r[0][:40]}" for r in QUIET])
def test_no_act_or_no_political_measure_is_quiet(text: str, type_: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if type_ is None or e.type == type_]
    assert not found, f"expected no {type_ or 'event'}\n{describe(ex)}"
