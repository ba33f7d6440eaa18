"""Argument precision (issue 12, precision audit): every source and target of an event right.

Every sentence is our own wording. One table per class of error a careful reading found:

* arguments taken from the governing clause: whoever asks for help is its recipient and the
  adjective on the help its provider ("asked for Russian help"); "hopes to receive aid from
  Y" (Y gives, the hoper receives); "urged Y to send troops to Z" (Y sends, to Z);
* pronouns as arguments: "they" for a group named in the sentence before, "we"/"us" inside
  a direct quote for the speaker's side;
* places and attributes that are not actors: talks "in Jeddah" are held there, not with
  Jeddah; an "anti-X" operation is aimed at X, never done by X; two sides fighting "in
  Khartoum" do not fight the city;
* non-state groups of a country ("Libyan tribes", "Iraqi militias", "residents") are their
  own actors, not the country's government;
* compound arguments and roles: "both forces", "the two sides" after two named parties stand
  for both; "called on the army to lay down its arms": the army is asked, and would disarm.

Each table keeps near-misses: cases where the tempting reading is the right one, or where
the rule must not fire.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, expect_none, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
NO_TARGET = "none"  # the event must have no target at all


def case(id: str, text: str, type_: OneOrMore, *, source: Names | None = None,
         target: Names | None = None, not_source: Names | None = None,
         not_target: Names | None = None, modality: OneOrMore | None = None,
         non_state: bool = False):
    """A sentence and the event it must yield. ``not_source``/``not_target``: no event of the
    type may have this source/target; ``non_state``: the matching event's source is a group of
    its own, not a country's state actor; ``target=NO_TARGET``: one event has no target."""
    return pytest.param(text, type_, source, target, not_source, not_target, modality,
                        non_state, id=id)


def check(text: str, type_: OneOrMore, source: Names | None, target: Names | None,
          not_source: Names | None, not_target: Names | None, modality: OneOrMore | None,
          non_state: bool) -> None:
    ex = events(text)
    if target == NO_TARGET:
        found = [e for e in matching(ex, type_, source=source, modality=modality)
                 if not e.target]
        assert found, f"expected {type_} source={source!r} with no target\n{describe(ex)}"
    else:
        found = [expect(text, type_, source=source, target=target, modality=modality)]
    if non_state:
        by_id = {a.id: a for a in ex.actors}
        assert all(by_id[a].kind != "COUNTRY" for a in found[0].source), \
            f"expected a non-state source\n{describe(ex)}"
    if not_target is not None:
        expect_none(text, type_, target=not_target)
    if not_source is not None:
        expect_none(text, type_, source=not_source)


GOVERNING = [
    case("gov-asked-for-adjective-help", "The Syrian parliament had asked for Russian help "
         "against the rebels.", "AID", source=RUSSIA, target="Syria", modality="requested"),
    case("gov-requested-adjective-assistance", "The Somali government requested Turkish "
         "military assistance last year.", "AID", source="Turk", target="Somali",
         modality="requested"),
    case("gov-appealed-for-adjective-aid", "Haiti appealed for American aid after the "
         "earthquake.", "AID", source=USA, target="Haiti", modality="requested"),
    case("gov-hopes-to-receive-from", "Armenia hopes to receive military aid from France.",
         "AID", source="France", target="Armenia"),
    case("gov-expects-to-obtain-from", "Taiwan expects to obtain military aid from the United "
         "States this year.", "AID", source=USA, target="Taiwan"),
    case("gov-urged-to-send-troops-to", "The Malian junta urged Russia to send troops to "
         "Burkina Faso.", ("MOBILIZE", "AID"), source=RUSSIA, target="Burkina",
         modality="requested"),
    case("gov-asked-to-deploy-to", "Kenya asked Uganda to deploy soldiers to the Somali "
         "border.", ("MOBILIZE", "AID"), source="Uganda", not_source="Kenya"),
    case("gov-asked-country-for-aid", "Israel asked the United States for military "
         "assistance.", "AID", source=USA, target="Israel", modality="requested"),
    # near-misses: help asked for someone else goes to them, and aid simply given or received
    case("gov-near-miss-called-for-aid-to", "The UN called for aid to Gaza.", "AID",
         target="Gaza", not_target=("UN", "United Nations"), modality="requested"),
    case("gov-near-miss-gave-aid", "Poland sent military aid to Ukraine on Monday.", "AID",
         source="Poland", target="Ukrain", not_source="Ukrain"),
    case("gov-near-miss-received-from", "Ukraine received military aid from Germany.",
         "AID", source="German", target="Ukrain", not_source="Ukrain"),
    case("gov-near-miss-asked-country-for", "Kyiv asked Berlin for more tanks.",
         ("AID", "REQUEST"), source="Ukrain", target="German"),
]

PRONOUNS = [
    case("pron-they-previous-sentence", "Houthi rebels seized a cargo ship in the Red Sea on "
         "Sunday. They also attacked a British tanker on Monday.", "ASSAULT",
         source="Houthi", target="Brit"),
    case("pron-they-group-previous", "Al-Shabaab fighters overran a Kenyan camp at dawn. They "
         "killed four soldiers before withdrawing.", "ASSAULT", source="Shabaab"),
    case("pron-us-in-quote", '"Russia attacked us again last night," Ukrainian President '
         'Volodymyr Zelensky said on Tuesday.', "ASSAULT", source=RUSSIA,
         target=("Zelensky", "Ukrain")),
    case("pron-we-in-quote", '"We have sent food and medicine to Gaza," the Egyptian foreign '
         'minister told reporters.', "AID", source="Egypt", target="Gaza"),
    case("pron-our-in-quote", '"China is threatening our fishermen," Philippine President '
         'Ferdinand Marcos said.', "THREATEN", source="China",
         target=("Marcos", "Philippine", "fishermen")),
    # near-misses: "they" reported by a speaker stands for the speakers, not an earlier group
    case("pron-near-miss-speakers-they", "Egypt and Qatar said they would host new talks "
         "between Israel and Hamas.", "CONSULT", source=["Egypt", "Qatar"]),
    case("pron-near-miss-we-outside-quote", "Ghana's president said Accra would send troops "
         "to Mali.", ("MOBILIZE", "AID"), source=("Ghana", "Accra"), target="Mali"),
]

PLACES = [
    case("place-talks-in-city", "Army and RSF delegates held talks in Jeddah on Saturday.",
         "CONSULT", not_target=("Jeddah", "Saudi")),
    case("place-met-in-city-pair", "Serbian and Kosovar negotiators met in Brussels on "
         "Monday.", "CONSULT", source="Serb", not_target=("Brussels", "Belgi")),
    case("place-anti-adjective-offensive-egypt", "The Egyptian army launched an anti-Islamist "
         "offensive in northern Sinai.", "ASSAULT", source="Egypt", not_source="Islamist"),
    case("place-anti-adjective-offensive-turkey", "Turkish troops began an anti-Kurdish "
         "offensive in northern Syria.", "ASSAULT", source="Turk", not_source="Kurd"),
    case("place-anti-adjective-offensive", "Nigerian troops began an anti-jihadist offensive "
         "in Borno state.", "ASSAULT", source="Nigeria", not_source="jihadist"),
    case("place-fighting-in-city", "The army and the RSF fought in Khartoum on Sunday.",
         "ASSAULT", source="RSF", not_target="Khartoum"),
    case("place-fighting-noun-in-city", "Fighting between Hamas and Israeli troops in Khan "
         "Younis intensified overnight.", "ASSAULT", source="Hamas",
         not_target="Khan Younis"),
    case("place-protest-outside-embassy", "Protesters gathered outside the Israeli embassy "
         "in Amman.", "PROTEST", target="Israel", not_target="Amman"),
    case("place-protest-outside-office", "Sudanese refugees protested outside the UN office "
         "in Cairo.", "PROTEST", target=("UN", "United Nations"), not_target="Cairo"),
    # near-misses: one side attacking a place does hit the place; an "anti-" adjective on
    # a group noun is part of the group's name, which does the act
    case("place-near-miss-anti-government-protesters", "Anti-government protesters marched "
         "through Caracas on Saturday.", "PROTEST", source="protesters"),
    case("place-near-miss-shelled-city", "Russian forces shelled Kherson on Sunday.",
         "ASSAULT", source=RUSSIA, target="Kherson"),
    case("place-near-miss-protest-outside-city", "Farmers protested outside Nairobi on "
         "Monday.", "PROTEST", source="Farmers", target=("Nairobi", "Kenya")),
    case("place-near-miss-visit-host", "Indian Prime Minister Narendra Modi visited Riyadh "
         "in October.", "CONSULT", source=("Modi", "India"), target=("Riyadh", "Saudi")),
]

GROUPS = [
    case("group-tribes-attacked", "Libyan tribes attacked an oil field in the south.",
         "ASSAULT", source="tribe", non_state=True),
    case("group-militias-attacked", "Iraqi militias attacked a US base near Baghdad.",
         "ASSAULT", source="militia", target=USA, non_state=True),
    case("group-civil-society-called", "Sudanese civil society groups called for an end to "
         "the war.", "REQUEST", non_state=True),
    case("group-residents-protested", "Residents of Goma protested against the UN mission.",
         "PROTEST", target=("UN", "United Nations"), non_state=True),
    case("group-tribesmen-vs-government", "Yemeni tribesmen clashed with government forces "
         "in Marib.", "ASSAULT", source="tribe", non_state=True),
    case("group-clan-militias", "Somali clan militias attacked al-Shabaab fighters in "
         "Hiraan.", "ASSAULT", source="militia", target="Shabaab", non_state=True),
    case("group-demonym-militias", "Somali militias ambushed an Ethiopian convoy near the "
         "border.", "ASSAULT", source="militia", non_state=True),
    # near-misses: a country's forces and government are the state
    case("group-near-miss-army", "The Libyan army attacked an oil terminal held by rebels.",
         "ASSAULT", source="Liby"),
    case("group-near-miss-government", "The Iraqi government condemned the attack on the "
         "embassy.", "ACCUSE", source="Iraq"),
]

COMPOUNDS = [
    case("comp-both-forces", "The Sudanese army and the RSF agreed to a truce on Saturday. "
         "Hours later both forces shelled Omdurman.", "ASSAULT",
         source=["Sudan", "RSF"]),
    case("comp-two-sides-agreed", "Armenian and Azerbaijani envoys met in Washington. The "
         "two sides agreed to meet again next month.", "AGREE",
         source=["Armenia", "Azerbaijan"]),
    case("comp-both-armies", "India and Pakistan moved troops to the border. Both armies "
         "exchanged fire on Monday.", "ASSAULT", source=["India", "Pakistan"]),
    case("comp-called-on-army-lay-down", "The United Nations called on the Myanmar army to "
         "lay down its arms.", "REQUEST", source="United Nations", target="Myanmar"),
    case("comp-lay-down-arms-doer", "The United Nations called on the Myanmar army to lay "
         "down its arms.", ("RETREAT", "CONCEDE"), source="Myanmar", modality="requested",
         not_source="United Nations"),
    case("comp-urged-rebels-release", "Kenya urged the rebels to release the hostages.",
         "RETREAT", source="rebel", not_source="Kenya", modality="requested"),
    case("comp-called-on-both-sides", "The army and the RSF signed a truce. The UN called "
         "on both sides to respect it.", "REQUEST", source="United Nations",
         target=["army", "RSF"]),
    case("comp-own-troops-pronoun", "The EU urged Serbia to withdraw its troops from the "
         "border.", "RETREAT", source="Serbia", not_target="troops", modality="requested"),
    # near-misses: "both" on its own is no party, and one side named stays one; "on both
    # sides" is where, not who
    case("comp-near-miss-on-both-sides", "Kenya and Somalia reopened the border on Monday. "
         "Police later attacked smugglers on both sides.", "ASSAULT", target="smuggler",
         not_target="Somalia"),
    case("comp-near-miss-one-party", "The Sudanese army shelled Omdurman on Sunday.",
         "ASSAULT", source="Sudan", not_source="RSF"),
    case("comp-near-miss-both-named", "Both Russia and China vetoed the resolution.",
         "REJECT", source=[RUSSIA, "China"]),
]


@pytest.mark.parametrize(("text", "type_", "source", "target", "not_source", "not_target",
                          "modality", "non_state"),
                         GOVERNING + PRONOUNS + PLACES + GROUPS + COMPOUNDS)
def test_event_arguments_are_precise(text: str, type_: OneOrMore, source: Names | None,
                                     target: Names | None, not_source: Names | None,
                                     not_target: Names | None, modality: OneOrMore | None,
                                     non_state: bool) -> None:
    check(text, type_, source, target, not_source, not_target, modality, non_state)
