"""Event targets (PLOVER's recipient): who an event is done to, in five kinds of phrasing.

Every sentence is our own wording. One table per kind of phrasing:

* places standing for their government or people as objects and destinations ("shelled
  Kharkiv", "flew to Nairobi");
* passive subjects ("Kyiv was hit by ...");
* the "to/against/with/on" phrases of nominal events, alone or after a light verb ("sanctions
  on Iran", "held talks with");
* the parties of "X and Y agreed/clashed/met": a joint act has every party as actor and no
  recipient (PLOVER_NOTES: a meeting with no host), while "clashed with Y" has Y as target;
* group nouns as targets ("Palestinian armed groups", "refugees", "civilians").

Each table keeps near-misses: a theme is not a target ("talks on Ukraine"), a place that is only
where something happened is not whom it happened to ("clashes in Khartoum between ..."), and a
source's own people are not its targets ("withdrew its troops").
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, expect_none, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
USA = ("United States", "Washington", "U.S.")
CHINA = ("China", "Beijing", "Chinese")
NO_TARGET = "none"  # the event must have no target at all


def case(id: str, text: str, type_: OneOrMore, *, source: Names | None = None,
         target: Names | None = None, not_target: Names | None = None):
    """A sentence and the event it must yield; ``target=NO_TARGET``: one with no target;
    ``not_target``: no event of the type (from ``source``) may have this target."""
    return pytest.param(text, type_, source, target, not_target, id=id)


def check(text: str, type_: OneOrMore, source: Names | None, target: Names | None,
          not_target: Names | None) -> None:
    if target == NO_TARGET:
        found = matching(events(text), type_, source=source)
        assert any(not e.target for e in found), \
            f"expected {type_} source={source!r} with no target\n{describe(events(text))}"
    else:  # a near-miss must still find the event, only without that target
        expect(text, type_, source=source, target=target)
    if not_target is not None:
        expect_none(text, type_, source=source, target=not_target)


PLACES = [
    case("place-shelled-city", "Russian troops shelled Kharkiv overnight, regional officials "
         "said.", "ASSAULT", source=RUSSIA, target="Kharkiv"),
    case("place-struck-capital", "Israeli warplanes struck Damascus early on Sunday.", "ASSAULT",
         source="Israel", target=("Damascus", "Syria")),
    case("place-bombed-town", "The Sudanese army bombed Nyala for a second day.", "ASSAULT",
         source="Sudan", target="Nyala"),
    case("place-drones-struck", "Iranian drones struck Erbil on Tuesday night.", "ASSAULT",
         source="Iran", target="Erbil"),
    case("place-missiles-at", "Russia fired missiles at Lviv on Friday.", "ASSAULT",
         source=RUSSIA, target="Lviv"),
    case("place-flew-to", "Kenyan President William Ruto flew to Addis Ababa on Monday for "
         "talks on the regional crisis.", "CONSULT", source=("Ruto", "Kenya"),
         target=("Addis Ababa", "Ethiopia")),
    case("place-visited-capital", "Ethiopian Prime Minister Abiy Ahmed visited Asmara last "
         "week.", "CONSULT", source=("Abiy", "Ethiopia"), target=("Asmara", "Eritrea")),
    case("place-travelled-to", "Chinese Foreign Minister Wang Yi travelled to Pretoria on "
         "Wednesday.", "CONSULT", source=("Wang Yi", "China"),
         target=("Pretoria", "South Africa")),
    case("place-arrived-on-visit", "Turkish President Recep Tayyip Erdogan arrived in Baghdad "
         "on Monday on a two-day visit.", "CONSULT", source=("Erdogan", "Turkey"),
         target=("Baghdad", "Iraq")),
    case("place-expelled-from", "The French ambassador was expelled from Niamey on Tuesday.",
         "SANCTION", source=("Niger", "Niamey"), target="French"),
    case("place-deported-from", "Thousands of Afghans were deported from Iran last month.",
         "COERCE", source="Iran", target="Afghan"),
    case("place-bombarded", "Azerbaijani artillery bombarded Stepanakert throughout the "
         "night.", "ASSAULT", source="Azerbaijan", target="Stepanakert"),
    case("place-raided-camp-town", "Pakistani troops raided Miranshah at dawn.",
         ("COERCE", "ASSAULT"), source="Pakistan", target="Miranshah"),
    # near-misses: a place that is only where the event happened
    case("place-near-miss-clashes-in", "Clashes in Khartoum between the army and the Rapid "
         "Support Forces killed dozens on Saturday.", "ASSAULT", source="Rapid Support",
         not_target="Khartoum"),
    case("place-near-miss-met-in", "Sudanese and South Sudanese officials met in Addis Ababa "
         "on Thursday.", "CONSULT", not_target=("Addis Ababa", "Ethiopia")),
    case("place-near-miss-talks-about", "French and German leaders held talks on Ukraine in "
         "Berlin.", "CONSULT", not_target="Ukraine"),
]

PASSIVES = [
    case("passive-city-struck", "Kyiv was struck by Russian missiles overnight.", "ASSAULT",
         source=RUSSIA, target="Kyiv"),
    case("passive-received-by", "The Egyptian envoy was received by Saudi Crown Prince "
         "Mohammed bin Salman in Riyadh.", "CONSULT", source=("Mohammed bin Salman", "Saudi"),
         target="Egypt"),
    case("passive-killed-by", "Three Chadian soldiers were killed by Boko Haram fighters near "
         "Lake Chad.", "ASSAULT", source="Boko Haram", target="Chad"),
    case("passive-summoned-by", "The Iranian ambassador was summoned by the German Foreign "
         "Ministry on Thursday.", ("ACCUSE", "CONSULT"), source="German", target="Iran"),
    case("passive-detained-by", "Two Indian journalists were detained by Pakistani police in "
         "Lahore.", "COERCE", source="Pakistan", target="India"),
    case("passive-suburbs-struck", "Beirut's southern suburbs were struck by Israeli "
         "warplanes.", "ASSAULT", source="Israel", target=("Beirut", "Lebanon")),
    case("passive-criticised-by", "South Korea was criticised by China over the missile "
         "shield.", "ACCUSE", source=CHINA, target="South Korea"),
    case("passive-condemned-by", "Mali's junta was condemned by ECOWAS for delaying the "
         "elections.", "ACCUSE", source="ECOWAS", target="Mali"),
    case("passive-accused-by", "The Taliban were accused by the United Nations of abusing "
         "women's rights.", "ACCUSE", source="United Nations", target="Taliban"),
    case("passive-no-agent", "The city of Kherson was shelled again on Tuesday, local "
         "officials said.", "ASSAULT", target="Kherson"),
    case("passive-invited-by", "Haiti's prime minister was invited by Kenya to attend talks in "
         "Nairobi.", "AGREE", source="Kenya", target="Haiti"),
    case("passive-sanctioned-by", "Venezuela was hit with new sanctions by the United States.",
         "SANCTION", source=USA, target="Venezuela"),
    # near-misses: a passive subject that is the source, or the event itself
    case("passive-near-miss-committed", "Egypt is committed to mediating between the Sudanese "
         "factions.", "AGREE", source="Egypt", not_target="Egypt"),
    case("passive-near-miss-talks-held", "Talks between Hamas and Israel were held in Doha on "
         "Friday.", "CONSULT", not_target=("Doha", "Qatar")),
]

NOMINALS = [
    case("nominal-imposed-sanctions-on", "The European Union imposed sanctions on Iran on "
         "Monday.", "SANCTION", source="European Union", target="Iran"),
    case("nominal-sanctions-on-passive", "Sanctions on Russia were extended by the European "
         "Union for six months.", "SANCTION", source="European Union", target=RUSSIA),
    case("nominal-visit-to", "Brazilian President Luiz Inacio Lula da Silva's visit to Beijing "
         "ended on Saturday.", "CONSULT", source="Lula", target=CHINA),
    case("nominal-attack-against", "An attack against a United Nations convoy in eastern Congo "
         "killed two peacekeepers.", "ASSAULT", target="United Nations"),
    case("nominal-held-talks-with", "The Colombian government held talks with the ELN in "
         "Havana.", "CONSULT", source="Colombia", target="ELN"),
    case("nominal-launched-strikes-against", "Ukraine launched drone strikes against Russian "
         "oil refineries.", "ASSAULT", source="Ukraine", target=RUSSIA),
    case("nominal-talks-with-subject", "Egypt's talks with Ethiopia over the dam stalled in "
         "April.", "CONSULT", source="Egypt", target="Ethiopia"),
    case("nominal-embargo-against", "Washington announced an arms embargo against South "
         "Sudan.", "SANCTION", source=USA, target="South Sudan"),
    case("nominal-delivered-aid-to", "Japan delivered emergency aid to the Philippines after "
         "the typhoon.", "AID", source="Japan", target="Philippines"),
    case("nominal-airstrikes-on", "Israel carried out airstrikes on Hezbollah positions in "
         "southern Lebanon.", "ASSAULT", source="Israel", target="Hezbollah"),
    case("nominal-drone-strike-on-killed", "A Turkish drone strike on a PKK convoy killed five "
         "fighters.", "ASSAULT", source="Turk", target="PKK"),
    case("nominal-shared-intelligence-with", "The United States shared intelligence with "
         "Ukraine on Russian troop movements.", "COOPERATE", source=USA, target="Ukraine"),
    case("nominal-restored-relations-with", "Saudi Arabia restored diplomatic relations with "
         "Iran in March.", "SUPPORT", source="Saudi", target="Iran"),
    case("nominal-aid-for", "Britain announced new aid for Gaza.", "AID", source="United "
         "Kingdom", target="Gaza"),
    case("nominal-support-for", "Qatar expressed support for the Palestinians.", "SUPPORT",
         source="Qatar", target="Palestin"),
    # near-misses: the theme of talks or of sanctions is not their target
    case("nominal-near-miss-talks-on-country", "Indian and Pakistani officials held talks on "
         "Kashmir.", "CONSULT", not_target="Kashmir"),
    case("nominal-near-miss-sanctions-over", "Britain imposed sanctions on Iranian officials "
         "over drone sales to Russia.", "SANCTION", target="Iran", not_target=RUSSIA),
    case("nominal-near-miss-talks-on-theme", "Chinese and American negotiators held talks on "
         "trade in Geneva.", "CONSULT", target=NO_TARGET),
]

PARTIES = [
    case("parties-agreed-joint", "Armenia and Azerbaijan agreed to open two border crossings.",
         "AGREE", source=["Armenia", "Azerbaijan"], target=NO_TARGET),
    case("parties-agreed-with", "Egypt agreed with Sudan to coordinate their positions on the "
         "Nile dam.", "AGREE", source="Egypt", target="Sudan"),
    case("parties-clashed-joint", "Indian and Chinese troops clashed along the disputed "
         "border.", "ASSAULT", source=["India", CHINA]),
    case("parties-clashed-with", "Somali troops clashed with al-Shabaab fighters near "
         "Mogadishu.", "ASSAULT", source="Somali", target="Shabaab"),
    case("parties-clashed-with-rebels", "Congolese soldiers clashed with M23 rebels in North "
         "Kivu on Sunday.", "ASSAULT", source="Congo", target="M23"),
    case("parties-met-joint", "The foreign ministers of Japan and South Korea met in Tokyo on "
         "Friday.", "CONSULT", source=[("Japan", "foreign minister"), "South Korea"],
         target=NO_TARGET),
    case("parties-leaders-met-joint", "Vladimir Putin and Xi Jinping met in Beijing on "
         "Tuesday.", "CONSULT", source=["Putin", "Xi"], target=NO_TARGET),
    case("parties-met-with", "Joe Biden met with Volodymyr Zelensky at the White House.",
         "CONSULT", source="Biden", target="Zelensky"),
    case("parties-agreed-truce-joint", "Israel and Hamas agreed on a four-day truce.", "AGREE",
         source=["Israel", "Hamas"]),
    case("parties-resumed-talks-joint", "Ethiopia and Egypt resumed talks on the dam in "
         "Cairo.", "CONSULT", source=["Ethiopia", "Egypt"], target=NO_TARGET),
    case("parties-exchanged-fire", "Thai and Cambodian troops exchanged fire across the "
         "border.", "ASSAULT", source=["Thai", "Cambodia"]),
    case("parties-fought", "The Sudanese army fought the Rapid Support Forces in Omdurman.",
         "ASSAULT", source="Sudan", target="Rapid Support"),
    case("parties-hosted", "French President Emmanuel Macron hosted German Chancellor Olaf "
         "Scholz in Paris.", "CONSULT", source="Macron", target="Scholz"),
    case("parties-clashed-joint-near", "Russian and Ukrainian forces clashed near Bakhmut.",
         "ASSAULT", source=[RUSSIA, "Ukrain"], not_target="Bakhmut"),
    # near-misses: the other party of a joint act is not its target
    case("parties-near-miss-agreed", "Serbia and Kosovo agreed to implement the plan.", "AGREE",
         source="Serbia", not_target="Kosovo"),
    case("parties-near-miss-met", "Qatari and Egyptian mediators met in Cairo.", "CONSULT",
         source="Qatar", not_target="Egypt"),
]

GROUPS = [
    case("group-armed-groups", "Israeli forces opened fire on Palestinian armed groups in "
         "Jenin.", "ASSAULT", source="Israel", target="Palestin"),
    case("group-security-forces", "Militants ambushed Algerian security forces near the "
         "Tunisian border.", "ASSAULT", target="Alger"),
    case("group-protesters-tear-gas", "Kenyan police fired tear gas at protesters in Nairobi.",
         ("ASSAULT", "COERCE"), source="Kenya", target="protest"),
    case("group-refugees-beaten", "Greek police beat refugees at the border crossing.",
         ("COERCE", "ASSAULT"), source="Greek", target="refugee"),
    case("group-civilians-killed", "Sudanese paramilitaries killed dozens of civilians in "
         "Darfur.", "ASSAULT", source="Sudan", target="civilian"),
    case("group-kurdish-fighters", "Turkey shelled Kurdish fighters in northern Syria.",
         "ASSAULT", source="Turk", target="Kurd"),
    case("group-migrants-deported", "Hungary deported hundreds of Afghan migrants.", "COERCE",
         source="Hungar", target="Afghan"),
    case("group-protesters-arrested", "Iranian security forces arrested dozens of protesters "
         "in Tehran.", "COERCE", source="Iran", target="protest"),
    case("group-refugees-aid", "The World Food Programme delivered food to Syrian refugees in "
         "Lebanon.", "AID", source="World Food Programme", target=("Syria", "refugee")),
    case("group-villagers-attacked", "Jihadist fighters attacked Burkinabe villagers near "
         "Djibo.", "ASSAULT", target=("Burkina", "villager")),
    case("group-civilians-shelled-passive", "Civilians in Gaza were shelled by Israeli "
         "tanks.", "ASSAULT", source="Israel", target="civilian"),
    case("group-demonstrators-dispersed", "Togolese police dispersed opposition "
         "demonstrators in Lome.", ("COERCE", "ASSAULT"), source="Togo",
         target=("demonstrator", "opposition")),
    # near-misses: a source's own forces are not its targets
    case("group-near-miss-own-troops", "Israel withdrew its troops from Jenin on Wednesday.",
         "RETREAT", source="Israel", not_target="Israel"),
    case("group-near-miss-own-forces", "Egypt deployed its security forces to the Gaza "
         "border.", "MOBILIZE", source="Egypt", not_target="Egypt"),
    case("group-near-miss-deployed-soldiers", "Russia deployed soldiers to Belarus.",
         "MOBILIZE", source=RUSSIA, target="Belarus", not_target="soldier"),
    case("group-near-miss-sent-troops", "Egypt sent troops to the Sinai border.", "MOBILIZE",
         source="Egypt", not_target="troop"),
    case("group-near-miss-own-soldiers", "Russia sent its soldiers to Mali last year.",
         ("AID", "MOBILIZE"), source=RUSSIA, not_target=RUSSIA),
]

TABLE = "text,type_,source,target,not_target"


@pytest.mark.parametrize(TABLE, PLACES)
def test_place_standing_for_its_government_is_the_target(text, type_, source, target,
                                                         not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, PASSIVES)
def test_passive_subject_is_the_target(text, type_, source, target, not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, NOMINALS)
def test_nominal_event_takes_the_target_of_its_preposition(text, type_, source, target,
                                                          not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, PARTIES)
def test_joint_act_has_no_recipient_but_clashing_with_has(text, type_, source, target,
                                                          not_target):
    check(text, type_, source, target, not_target)


@pytest.mark.parametrize(TABLE, GROUPS)
def test_group_noun_is_the_target(text, type_, source, target, not_target):
    check(text, type_, source, target, not_target)
