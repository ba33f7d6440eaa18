"""Events a report names by a noun, and a noun that tells an event of its document again.

Two things are checked here. A noun of a political event is an event when its phrase says
which one ("the closure of the border", "an exchange of fire", "the designation of the group
as a terrorist organisation"), and not when it names something else ("the closure of the
factory", "an exchange of views", "a blast furnace", "an extension cord"). And a definite noun
with no parties of its own ("the closure", "the extension", "the call", "the listings") tells
again the latest earlier event of its type in the document, with its actors; where the
document has no such event before it, it is no event ("the closure cost 900 jobs" after a
steelworks closed). PLOVER counts such a retelling as a mention of the event.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known, matching

# (text, trigger word (its last occurrence), PLOVER type, source name or None): an event of
# that type in the word's sentence (a noun under a light verb is told at the verb)
FIRES = [
    # (1) nouns whose phrase names a political event
    ("Turkey announced the closure of its border with Syria on Tuesday.",
     "closure", "COERCE", "Turkey"),
    known(pytest.param("Israel ordered the closure of the Kerem Shalom crossing after rocket "
                       "fire from Gaza.", "closure", "COERCE", "Israel", id="closure-ordered"),
          "parse: 'crossing' is read as a verb, so the closure has no 'of' object"),
    ("Pakistan's closure of the Torkham crossing stranded hundreds of lorries.",
     "closure", "COERCE", "Pakistan"),
    ("Hungary's closure of its airspace to Belarusian airlines began at midnight.",
     "closure", "COERCE", "Hungary"),
    ("Sudan's army announced an extension of the ceasefire with the Rapid Support Forces.",
     "extension", "RETREAT", "Sudan"),
    ("The EU approved an extension of its sanctions against Russia on Monday.",
     "extension", "SANCTION", ("EU", "European Union")),
    ("President Macron held a call with President Zelensky on Friday.",
     "call", "CONSULT", "Macron"),
    ("In a call with Recep Tayyip Erdogan, Vladimir Putin discussed grain exports.",
     "call", "CONSULT", ("Putin", "Erdogan")),
    known(pytest.param("A brief exchange of fire between Indian and Pakistani troops in "
                       "February left two soldiers dead.", "exchange", "ASSAULT", None,
                       id="exchange-between-shared-head"),
          "arguments: 'between Indian and Pakistani troops' is one head noun, one party"),
    known(pytest.param("An exchange of fire between the army and the Taliban near Kandahar "
                       "killed a soldier.", "exchange", "ASSAULT", ("army", "Taliban"),
                       id="exchange-between-killed"),
          "the trigger is found, but this exchange and its 'killed' are both dropped by a "
          "later stage of events (not traced)"),
    ("Israel and Hamas completed an exchange of prisoners on Sunday.",
     "exchange", "RETREAT", ("Israel", "Hamas")),
    ("Washington's designation of the Houthis as a terrorist group took effect on Friday.",
     "designation", "SANCTION", ("Washington", "United States")),
    ("Britain's listing of the Wagner Group as a terrorist organisation was welcomed by Kyiv.",
     "listing", "SANCTION", ("Britain", "United Kingdom")),
    ("Azerbaijan's blockade of the Lachin corridor entered its fifth month.",
     "blockade", "COERCE", "Azerbaijan"),
    ("The junta imposed a curfew on Niamey on Thursday night.",
     "curfew", "COERCE", None),
    ("Opposition MPs in Kenya staged a walkout from parliament on Tuesday.",
     "walkout", "PROTEST", None),
    # (2) a definite noun that tells an earlier event again
    ("Turkey closed its border with Syria on Tuesday. The closure would cost traders their "
     "busiest week of the year, merchants in Gaziantep said.",
     "closure", "COERCE", "Turkey"),
    ("Egypt closed the Rafah crossing on Monday after the shooting. The closure left "
     "hundreds of travellers stranded on the Gaza side.",
     "closure", "COERCE", "Egypt"),
    ("Sudan's army and the Rapid Support Forces extended their ceasefire by a week on Sunday. "
     "The extension takes effect on Monday.",
     "extension", "RETREAT", ("Sudan", "Rapid Support")),
    ("The EU extended its sanctions on Russia for another six months on Thursday. The "
     "extension was agreed by all 27 member states.",
     "extension", "SANCTION", ("EU", "European Union")),
    ("Joe Biden phoned Xi Jinping on Tuesday. The call came hours after the Chinese navy "
     "held drills near Taiwan.", "call", "CONSULT", ("Biden", "Xi")),
    ("Emmanuel Macron spoke by telephone with Vladimir Putin on Friday. The call lasted "
     "nearly two hours, the Elysee said.", "call", "CONSULT", ("Macron", "Putin")),
    ("The opposition called for calm in Dakar on Sunday. The call came after two nights "
     "of rioting.", "call", "REQUEST", None),
    ("Gunmen and police exchanged fire in Kaduna on Monday. The exchange lasted an hour, "
     "residents said.", "exchange", "ASSAULT", None),
    ("Al-Shabaab detonated a car bomb outside the police headquarters in Mogadishu on "
     "Friday. The blast was caused by about 200 kilograms of explosives, police said.",
     "blast", "ASSAULT", ("Shabaab", "Shabab")),
    ("The US Treasury sanctioned eleven Nicaraguan officials on Tuesday. The listings "
     "include two judges and a police commander.",
     "listings", "SANCTION", ("Treasury", "United States")),
    ("The EU imposed sanctions on Belarus on Monday. The measures were an insult to the "
     "Belarusian people, Minsk said.", "measures", "SANCTION", ("EU", "European Union")),
    ("Israel and Hamas declared a ceasefire on Wednesday. The ceasefire is to start at six "
     "in the morning.", "ceasefire", "RETREAT", ("Israel", "Hamas")),
    ("Gunmen kidnapped a councillor in Zamfara on Sunday. The abduction of the councillor "
     "was condemned by the governor.", "abduction", "ASSAULT", None),
    ("The EU imposed new sanctions on Iran on Monday. The sanctions freeze any assets the "
     "targeted officials hold in Europe.", "sanctions", "SANCTION", ("EU", "European Union")),
    ("Iran's security forces launched a crackdown on protesters in Zahedan. The crackdown "
     "left dozens dead, rights groups said.", "crackdown", "COERCE", "Iran"),
    ("The army imposed a curfew on Khartoum on Monday. The curfew runs from dusk to dawn.",
     "curfew", "COERCE", ("army", "Sudan")),
    ("Opposition MPs staged a walkout from Kenya's parliament on Tuesday. The walkout came "
     "as the finance bill was read.", "walkout", "PROTEST", None),
    ("Bangladesh's main opposition party boycotted the election on Sunday. The boycott left "
     "many seats uncontested.", "boycott", "PROTEST", None),
    # a retelling in a later paragraph of the same story, several events later
    ("Turkey closed its border crossing with Syria on Tuesday.\n\nSyrian officials condemned "
     "the move and urged Ankara to reverse it. The UN called for restraint, and Russia "
     "criticised the decision. Qatar offered to mediate and Jordan praised the talks.\n\n"
     "The closure would cost traders their busiest week, a Gaziantep merchant said.",
     "closure", "COERCE", "Turkey"),
]

# (text, word (its last occurrence), the type that must not fire there, or None: no event)
QUIET = [
    ("The closure of the textile factory left 400 workers jobless.", "closure", None),
    ("Residents welcomed the closure of the landfill outside Lagos.", "closure", None),
    ("The steelworks in Port Talbot closed on Friday after a century. The closure cost 900 "
     "jobs.", "closure", None),
    ("The closure would cost traders their busiest week of the year, merchants said.",
     "closure", None),
    ("The extension of the airport runway in Nairobi will take two years.", "extension", None),
    ("An electrician plugged the heater into an extension cord.", "extension", None),
    ("The city extended the metro line last year. The extension carries 40,000 passengers a "
     "day.", "extension", None),
    ("The extension takes effect on Monday, the ministry said.", "extension", None),
    ("The UN issued a call for calm in Tripoli on Sunday.", "call", "CONSULT"),
    ("Police received a call about a suspicious bag at the station.", "call", None),
    ("The referee's call angered fans in Madrid.", "call", None),
    ("The call came hours after the Chinese navy held drills near Taiwan.", "call", "CONSULT"),
    ("The two ministers held an exchange of views on regional security.", "exchange",
     "ASSAULT"),
    ("The student exchange with Lyon was cancelled this year.", "exchange", None),
    ("Shares on the Nairobi stock exchange fell two percent on Monday.", "exchange", None),
    ("Workers repaired the blast furnace at the Port Talbot steelworks.", "blast", None),
    ("The blast was caused by a gas leak in the kitchen, firefighters said.", "blast", None),
    ("The property listings include a three-bedroom flat in Leeds.", "listings", None),
    ("The listings include two judges and a police commander.", "listings", None),
    ("The government announced measures to curb inflation on Monday.", "measures", None),
    ("The new safety measures were an insult to workers, the union said.", "measures",
     "SANCTION"),
    ("The ministry changed the designation of the park as a nature reserve.", "designation",
     None),
    ("The ceasefire is to start at six in the morning.", "ceasefire", None),
    ("Thousands marched through Lima against the mining law on Saturday. The closure of the "
     "mine was announced a week later.", "closure", None),
    # another matter in between: the noun does not reach past it
    ("Turkey closed its border crossing with Syria on Tuesday.\n\nIn Kenya, police arrested "
     "an opposition MP in Nairobi. The arrest drew protests. Lawyers condemned the detention "
     "and the MP's party called for his release. Kenya's president met party leaders.\n\n"
     "The closure of the market there was announced by the county.", "closure", None),
]


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.lower().rfind(word.lower())
    assert start >= 0, word
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word", "type_", "source"), FIRES,
                         ids=[r.id if hasattr(r, "id") else f"{r[1]}-{r[0][:40]}"
                              for r in FIRES])
def test_a_noun_names_or_tells_again_the_event(text: str, word: str, type_: str,
                                              source: str | tuple[str, ...] | None) -> None:
    ex = events(text)
    start, _ = _at(text, word)
    # a noun under a light verb is told at the verb ("imposed a curfew"): its sentence's event
    found = [e for e in matching(ex, type_, source=source)
             if e.sentence_start <= start < e.sentence_end]
    assert found, f"expected {type_} at {word!r} by {source!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "word", "type_"), QUIET,
                         ids=[f"{r[1]}-{r[0][:40]}" for r in QUIET])
def test_a_noun_of_no_event_or_of_another_is_quiet(text: str, word: str,
                                                   type_: str | None) -> None:
    ex = events(text)
    start, _ = _at(text, word)
    found = [e for e in ex.events if e.start <= start < e.end
             and (type_ is None or e.type == type_)]
    assert not found, f"expected no {type_ or 'event'} at {word!r}\n{describe(ex)}"
