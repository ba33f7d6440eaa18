"""A word coded in the PLOVER sense its sentence uses (issue 12: fresh-text audit).

Every sentence is our own wording. A diplomatic "note of protest" or "letter of protest" is a
protest note (ACCUSE; PLOVER notes: diplomatic protests are ACCUSE), a street protest march
stays PROTEST. Hosting another state's troops or base is military cooperation, hosting talks
or a visitor a meeting. Sending one's own observers back to their post is no expulsion;
sending another's diplomats back is. Civilians who block a place obstruct it (PROTEST),
whatever they block; a state that blocks a resolution rejects it. "Will not allow the attack
to go unanswered" vows an answer: no access is refused. Missing acts of the same family:
captors "letting them go" release them, "responded by halting exports" cuts trade, "reopened
its side" of a border reopens it.
Rows: (text, type, a word of its trigger) must come; near misses: (text, types, trigger word
or None for anywhere) must not.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str, type_: str, trigger: str):
    return pytest.param(text, type_, trigger, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, id=id)


CODED = [
    case("note-of-protest", "Algeria sent a note of protest to the Moroccan embassy over the "
         "border incident.", "ACCUSE", "protest"),
    case("letter-of-protest", "Peru delivered a letter of protest to the Chilean ambassador.",
         "ACCUSE", "protest"),
    case("formal-protest-lodged", "Argentina lodged a formal protest with Britain over the "
         "drills.", "ACCUSE", "protest"),
    case("protest-march-stays", "Thousands joined a protest march in the town of Belvo on "
         "Sunday.", "PROTEST", "march"),
    case("hosting-troops-cooperation", "Niger is hosting French troops at a base near "
         "Niamey.", "COOPERATE", "hosting"),
    case("hosts-base-cooperation", "Kenya hosts a US military base near Lamu.", "COOPERATE",
         "hosts"),
    case("hosted-talks-stays", "Djibouti hosted talks between Ethiopia and Eritrea.",
         "CONSULT", "hosted"),
    case("hosted-premier-stays", "Djibouti hosted the Ethiopian prime minister on Tuesday.",
         "CONSULT", "hosted"),
    case("sent-diplomats-back-expel", "France sent the Russian diplomats back to Moscow.",
         "SANCTION", "sent"),
    case("fishermen-blocked-wharf", "Fishermen blocked the main wharf in the port of Dakhla "
         "to protest fuel prices.", "PROTEST", "blocked"),
    case("fishermen-blocked-road", "Fishermen blocked the main road into the port of Dakhla.",
         "PROTEST", "blocked"),
    case("blocked-resolution-stays", "Israel blocked the resolution at the council.", "REJECT",
         "blocked"),
    case("not-allow-miners-leave", "Bolivia will not allow the miners to leave, the minister "
         "said.", "RETREAT", "allow"),
    # acts of the same family the coder missed
    case("letting-them-go-release", "Militiamen held the two journalists for six hours before "
         "letting them go.", "RETREAT", "letting"),
    case("police-letting-go-release", "Police detained the activists overnight before letting "
         "them go on Sunday.", "RETREAT", "letting"),
    case("responded-by-halting-exports", "Qatar responded by halting gas exports to the United "
         "Arab Emirates.", "SANCTION", "halting"),
    case("responded-by-expelling", "Iraq responded by expelling the Turkish ambassador.",
         "SANCTION", "expelling"),
    case("reopened-its-side-of", "Benin reopened its side of the border on Monday.",
         "RETREAT", "reopened"),
    case("reopened-its-side", "Niger closed the border with Benin in August. Benin reopened "
         "its side on Monday.", "RETREAT", "reopened"),
]

NOT_SO = [
    miss("note-of-protest-no-march", "Algeria sent a note of protest to the Moroccan embassy "
         "over the border incident.", "PROTEST"),
    miss("letter-of-protest-no-march", "Peru delivered a letter of protest to the Chilean "
         "ambassador.", "PROTEST"),
    miss("hosting-troops-no-visit", "Djibouti has been hosting foreign troops since 2002.",
         "CONSULT"),
    miss("hosting-french-troops-no-visit", "Niger is hosting French troops at a base near "
         "Niamey.", "CONSULT"),
    miss("hosts-base-no-visit", "Kenya hosts a US military base near Lamu.", "CONSULT"),
    miss("own-observers-back", "Mali said it would send its observers back to the ceasefire "
         "committee.", "SANCTION"),
    miss("own-ambassador-back", "Mali sent its ambassador back to Paris on Friday.",
         "SANCTION"),
    miss("fishermen-wharf-no-reject", "Fishermen blocked the main wharf in the port of Dakhla "
         "to protest fuel prices.", "REJECT"),
    miss("farmers-terminal-no-reject", "Farmers blocked the grain terminal at Varna with "
         "tractors.", "REJECT"),
    miss("truckers-depot-no-reject", "Truckers blocked the fuel depot outside Kisumu for a "
         "third day.", "REJECT"),
    miss("unanswered-no-access", "Turkey will not allow the attack on its convoy to go "
         "unanswered, the ministry said.", "RETREAT"),
    miss("unpunished-no-access", "Zambia will not allow such provocations to go unpunished.",
         "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED)
def test_word_takes_the_sense_its_sentence_uses(text: str, type_: str, trigger: str) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_
             and trigger.lower() in text[e.start:e.end].lower().split()]
    assert found, f"expected {type_} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "types", "trigger"), NOT_SO)
def test_word_takes_no_other_sense(text: str, types: tuple[str, ...],
                                   trigger: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and (trigger is None or trigger.lower() in text[e.start:e.end].lower().split())]
    assert not found, f"expected no {types} on {trigger or 'any word'}\n{describe(ex)}"
