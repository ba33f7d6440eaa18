"""Coordinated acts and the words of a statement (issue 12, recall).

Every sentence is our own wording. Three groups of rows, each with its near misses:

* Coordinated verbs: a verb conjoined to another shares its subject, never its objects or
  prepositional phrases ("condemned the strike and *demanded an explanation from Chad*": the
  condemnation is not aimed at Chad, and the demand is Libya's own REQUEST). A verb with no
  object of its own still shares the next one's ("funded and delivered aid *to Yemen*").
  Near misses: one verb with two objects is one act; two acts done to one patient.
* Statements: what a statement, letter, communique or resolution says, demands, urges or
  condemns is done by whoever issued, released, published or adopted it, whether in the
  statement's own relative clause, its by-phrase or a later sentence ("The statement
  demanded ..."). Near misses: a statement that only says something is no event; one read
  or criticised by others is not theirs.
* A state's military command ("the general staff", "the high command") deploying troops is
  a MOBILIZE by that state's forces. Near misses: the command only speaking; deploying
  fans.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, events, expect, expect_none, find, known, names_match

CHAD = ("Chad", "N'Djamena")


def present(id: str, text: str, type_: OneOrMore, source: Names | None = None,
            target: Names | None = None):
    return pytest.param(text, type_, source, target, id=id)


def absent(id: str, text: str, type_: OneOrMore | None = None, source: Names | None = None,
           target: Names | None = None):
    return pytest.param(text, type_, source, target, id=id)


_ARGS_OWNER = "nonagents.protest_demand reads the object of any verb as a protest's"
_ACTORS_OWNER = "the actors stage (actor_nouns.csv) knows no 'general staff' or 'high command'"

#: Events a sentence must yield.
PRESENT = [
    # coordinated verbs: the second act is the subject's own, with its own target
    present("condemned-and-demanded-from", "Libya condemned the strike and demanded an "
            "explanation from Chad.", "REQUEST", "Libya", CHAD),
    present("denounced-and-demanded-compensation", "Algeria denounced the raid on Sunday and "
            "demanded compensation from Morocco.", "REQUEST", "Algeria", "Morocco"),
    present("criticised-and-urged", "Kenya criticised the decision and urged Somalia to "
            "reopen the border.", "REQUEST", "Kenya", "Somalia"),
    present("recalled-and-demanded-apology", "Peru recalled its ambassador and demanded an "
            "apology from Bolivia.", "REQUEST", "Peru", "Bolivia"),
    present("condemned-and-accused", "Serbia condemned the vote and accused Kosovo of "
            "provocation.", "ACCUSE", "Serbia", "Kosovo"),
    present("hosted-and-urged", "Egypt hosted the talks and urged Ethiopia to compromise on "
            "the dam.", "REQUEST", "Egypt", "Ethiopia"),
    present("rejected-and-demanded-proof", "India rejected the claim and demanded proof from "
            "Pakistan.", "REQUEST", "India", "Pakistan"),
    present("condemned-and-summoned", "Libya condemned the raid and summoned Chad's envoy.",
            "ACCUSE", "Libya", CHAD),
    present("alone-demanded-from", "The Government of National Unity demanded an explanation "
            "from Chad.", "REQUEST", None, CHAD),
    # a verb with no object of its own shares the next one's
    present("funded-and-delivered-to", "Norway funded and delivered food aid to Yemen.",
            "AID", "Norway", "Yemen"),
    present("bought-and-shipped-to", "A Qatari charity bought and then shipped tents to "
            "refugees in Lebanon.", "AID", "Qatar", ("refugees", "Lebanon")),
    present("arrested-and-questioned", "Tunisian police arrested and questioned two "
            "Algerian journalists.", "COERCE", "police", ("journalists", "Algeria")),
    # ... and so does one whose object the next one takes up by a pronoun
    present("arrested-and-drove-her", "Police in Lima arrested the union's treasurer, Rosa "
            "Quispe, and drove her to a station.", "COERCE", "police", "Quispe"),
    # ... and so does one whose preposition waits for the next one's object
    present("pact-with-and-delivered-to", "Ghana signed a defence pact with and delivered two "
            "patrol boats to Togo.", "SUPPORT", "Ghana", "Togo"),
    present("condemned-and-rejected", "Ethiopia condemned, and rejected, the Egyptian "
            "statement on the dam.", "ACCUSE", "Ethiopia", "Egypt"),
    known(present("protested-and-demanded-that", "Japan protested the incursion and demanded "
                  "that China withdraw its ships.", "REQUEST", "Japan", "China"), _ARGS_OWNER),
    # two acts, one patient; joint acts
    present("met-and-agreed", "The foreign ministers of Kenya and Ethiopia met in Nairobi and "
            "agreed to reopen the border.", "AGREE", ["Kenya", "Ethiopia"]),
    present("met-and-agreed-consult", "The foreign ministers of Kenya and Ethiopia met in "
            "Nairobi and agreed to reopen the border.", "CONSULT", ["Kenya", "Ethiopia"]),
    # statements: the issuers' words
    present("joint-statement-that-demanded", "Egypt and Jordan issued a joint statement that "
            "demanded unhindered access for aid convoys.", "REQUEST", ["Egypt", "Jordan"]),
    present("communique-that-urged", "The African Union released a communique that urged "
            "Sudan's army to return to talks.", "REQUEST", "African Union", "Sudan"),
    present("resolution-that-condemns", "The Security Council adopted a resolution that "
            "condemns attacks by Houthi rebels on shipping.", "ACCUSE", "Security Council"),
    present("letter-that-called-on", "Brazil and Argentina published a letter that called on "
            "Venezuela to free political prisoners.", "REQUEST", ("Brazil", "Argentina"),
            "Venezuela"),
    present("statement-issued-by", "A statement issued by Nigeria's foreign ministry condemned "
            "the killings of villagers by bandits.", "ACCUSE", "Nigeria"),
    present("statement-later-sentence", "Saudi Arabia and Iran issued a statement after two "
            "days of talks in Beijing. The statement urged Israel to halt its offensive.",
            "REQUEST", ("Saudi", "Iran"), "Israel"),
    present("communique-later-sentence", "Ghana and Togo released a joint communique on "
            "Thursday. The communique condemned the attacks on border posts by militants.",
            "ACCUSE", ("Ghana", "Togo")),
    present("statement-which-demands", "Poland issued a statement which demands that Belarus "
            "stop pushing migrants across the border.", "REQUEST", "Poland", "Belarus"),
    # a military command is its state's forces
    known(present("general-staff-deployed", "Jihadist attacks have spread across Burkina Faso. "
                  "On Friday the general staff deployed two more battalions to Soum province.",
                  "MOBILIZE", "general staff"), _ACTORS_OWNER),
    known(present("high-command-moved", "Russia has massed troops near Finland. The high "
                  "command deployed three brigades to the border region on Monday.",
                  "MOBILIZE", "high command"), _ACTORS_OWNER),
    present("defence-ministry-deployed", "Tensions rose along Niger's border with Benin. The "
            "defence ministry deployed troops to the frontier on Tuesday.", "MOBILIZE",
            "defence ministry"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PRESENT)
def test_sentence_yields(text: str, type_: OneOrMore, source: Names | None,
                         target: Names | None) -> None:
    expect(text, type_, source=source, target=target)


#: Events a sentence must not yield (the near misses).
ABSENT = [
    absent("condemned-not-aimed-at-from", "Libya condemned the strike and demanded an "
           "explanation from Chad.", "ACCUSE", target=CHAD),
    absent("denounced-not-aimed-at-from", "Algeria denounced the raid on Sunday and demanded "
           "compensation from Morocco.", "ACCUSE", target="Morocco"),
    absent("rejected-not-aimed-at-from", "India rejected the claim and demanded proof from "
           "Pakistan.", "REJECT", target="Pakistan"),
    absent("criticised-not-aimed-at-urged", "Kenya criticised the decision and urged Somalia "
           "to reopen the border.", "ACCUSE", target="Somalia"),
    # an object (or phrase) of the verb's own that names no known party is still its own: the
    # next verb's object is not borrowed for it
    absent("accused-unnamed-group-asked", "The Ugandan army accused the armed group of shelling "
           "villages and asked Kenya to close the border.", "ACCUSE", target="Kenya"),
    absent("criticised-delays-urged", "The opposition criticised the commission's delays and "
           "urged the African Union to send observers.", "ACCUSE", target="African Union"),
    absent("committed-to-talks-accused", "The miners' union said it was committed to the talks "
           "and accused the Zambian mining ministry of bad faith.", "AGREE",
           target=("ministry", "Zambia")),
    absent("condemned-killings-asked", "Peru condemned the killings in the border town and asked "
           "Ecuador to investigate them.", "ACCUSE", target="Ecuador"),
    absent("welcomed-offer-invited", "The Malian junta welcomed the offer of talks and invited "
           "Algeria to host them.", "SUPPORT", target="Algeria"),
    absent("recalled-not-aimed-at-from", "Peru recalled its ambassador and demanded an apology "
           "from Bolivia.", "RETREAT", target="Bolivia"),
    absent("statement-that-said", "Ghana issued a statement that said the border would stay "
           "open."),
    absent("statement-read-on-tv", "The statement was read on state television on Sunday."),
    absent("statement-read-by-reporters", "Reporters read out a statement that condemned the "
           "arrests.", "ACCUSE", source="Reporters"),
    absent("statement-criticised-by-others", "Activists criticised a statement that urged "
           "calm.", "REQUEST", source="Activists"),
    absent("general-staff-said", "The general staff said the situation at the front was "
           "stable."),
    absent("deployed-its-fans", "The club deployed its fans to fill the stadium on Saturday.",
           "MOBILIZE"),
    absent("statement-that-said-later", "Chile and Peru issued a statement on Monday. The "
           "statement said trade between them had grown.", ("REQUEST", "ACCUSE")),
    absent("verb-and-noun-not-joined", "Niger condemned the coup and the demand from Chad.",
           "REQUEST", source="Niger"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), ABSENT)
def test_sentence_does_not_yield(text: str, type_: OneOrMore | None, source: Names | None,
                                 target: Names | None) -> None:
    expect_none(text, type_, source=source, target=target)


def count(id: str, text: str, type_: OneOrMore, source: Names, n: int):
    return pytest.param(text, type_, source, n, id=id)


#: How many acts of a type one doer does in the sentence.
COUNTS = [
    count("one-verb-two-objects", "France condemned the attack and the killing of two aid "
          "workers in Mali.", "ACCUSE", "France", 1),
    count("one-verb-two-objects-named", "Turkey condemned the bombing in Kabul and the "
          "shelling of Idlib.", "ACCUSE", "Turkey", 1),
    count("two-verbs-two-acts", "Sweden condemned the arrest and criticised the trial of the "
          "activist.", "ACCUSE", "Sweden", 2),
    count("two-demands-two-acts", "Colombia demanded a ceasefire and urged the ELN to free "
          "its hostages.", "REQUEST", "Colombia", 2),
    count("joint-statement-one-demand", "Egypt and Jordan issued a joint statement that "
          "demanded unhindered access for aid convoys.", "REQUEST", "Egypt", 1),
]


@pytest.mark.parametrize(("text", "type_", "source", "n"), COUNTS)
def test_acts_counted(text: str, type_: OneOrMore, source: Names, n: int) -> None:
    ex = events(text)
    found = [e for e in find(ex, type_) if names_match(ex, e.source, source)]
    assert len(found) == n, f"expected {n} {type_} by {source!r}: {found}"
