"""Arguments named outside the trigger's sentence, or by a word that only points back: tests
for ``actorgraph/events/actormap.py`` and ``actorgraph/actors/coref.py``.

Every sentence is our own wording. Each row is two or three sentences; the event checked is
the one of ``type_`` whose trigger is ``trigger`` in a sentence after the first. Kinds:

* a sentence that goes on with the previous one's actor ("X arrived in Tripoli. *Talks with*
  the prime minister lasted three hours"), or whose subject is left out ("Later met ...");
* a definite noun ("the visit", "the request") whose parties the previous sentence gave;
* a plural pronoun ("they", "them") for a coordination or a plural group named before;
* "the latter", "the former", "both", "the pair", "his counterpart", "his host", "the visitor".

Near-misses (``not_involving``): the earlier sentence must NOT lend its actor when a paragraph
break, a quoted speaker, a new topic or a different kind of act comes between.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, known, matching

TABLE = "text, type_, trigger, source, target, involving, not_involving"


def case(id: str, text: str, type_: OneOrMore, trigger: str, *, source: Names | None = None,
         target: Names | None = None, involving: Names | None = None,
         not_involving: Names | None = None):
    return pytest.param(text, type_, trigger, source, target, involving, not_involving, id=id)


#: The talks' doer and partner are found ("the emir", of Qatar); the name test fails on the
#: actor's name: the actors stage names "the emir of Qatar" "the emir", without its country.
_EMIR = "actors/ names 'the emir of Qatar' 'the emir': the name test finds no 'Qatar'"
#: "invited his counterpart to Madrid" is coded AGREE by the trigger lexicon (its target,
#: Bourita, is found): the row wants a meeting or a request.
_INVITE = "event_triggers.yaml codes 'invited X to' AGREE, not CONSULT/REQUEST (target found)"
_NO_TRIGGER = "no trigger yet for signing a 'joint statement' (event_triggers.yaml)"
#: "they/them" goes to a plural body of its sentence or the one before, before a coordination.
_NEARER_PLURAL = "coref takes the plural object before ('French diplomats'), not the coordination"


def check(text, type_, trigger, source, target, involving, not_involving) -> None:
    ex = events(text)
    later = [e for e in matching(ex, type_, source=source, target=target, involving=involving)
             if e.sentence_start > 0 and trigger in text[e.start:e.end].lower()]
    if not_involving is None:
        assert later, (f"expected {type_} {trigger!r} source={source!r} target={target!r} "
                       f"involving={involving!r}\n{describe(ex)}")
        return
    wrong = [e for e in matching(ex, type_, involving=not_involving)
             if e.sentence_start > 0 and trigger in text[e.start:e.end].lower()]
    assert not wrong, f"{type_} {trigger!r} must not involve {not_involving!r}\n{describe(ex)}"


KENYA = ("Kenya", "Ruto")
CONTINUED = [
    case("talks-after-arrival", "Kenya's foreign minister arrived in Addis Ababa on Monday. "
         "Talks with the Ethiopian prime minister lasted three hours.", "CONSULT", "talks",
         involving=["Kenya", ("Ethiopia", "prime minister")]),
    case("talks-after-landing", "The Chinese envoy landed in Kabul on Sunday. Talks with "
         "Taliban officials focused on copper mining.", "CONSULT", "talks",
         involving=["Chin", "Taliban"]),
    case("meeting-after-trip", "Hungary's prime minister travelled to Beijing on "
         "Wednesday. A meeting with President Xi Jinping followed a state banquet.", "CONSULT",
         "meeting",
         involving=["Hungary", "Xi"]),
    case("discussions-after-flight", "Brazil's president flew to Luanda on Friday. "
         "Discussions with Angolan officials covered oil and debt.", "CONSULT", "discussions",
         involving=["Brazil", "Angola"]),
    case("talks-after-visit", "Egypt's foreign minister visited Khartoum on Tuesday. Talks "
         "with army chief Abdel Fattah al-Burhan centred on the border.", "CONSULT", "talks",
         involving=["Egypt", "Burhan"]),
    case("elliptic-later-met", "Indian Foreign Minister Subrahmanyam Jaishankar arrived in "
         "Colombo on Monday. He later met Sri Lankan President Ranil Wickremesinghe.",
         "CONSULT", "met", source="Jaishankar", target="Wickremesinghe"),
    known(case("elliptic-then-held-talks", "Turkish President Recep Tayyip Erdogan landed in Doha "
         "on Sunday and then held talks with the emir of Qatar.", "CONSULT", "talks",
         involving=["Erdogan", "Qatar"]), _EMIR),
]

REFERRED = [
    case("the-visit", "Japan's prime minister visited Kyiv on Tuesday. The visit was the first "
         "by a Japanese leader since the invasion.", "CONSULT", "visit",
         involving="Japan"),
    case("the-request", "Poland asked Germany for Leopard tanks on Monday. The request came "
         "after weeks of public pressure.", "REQUEST", "request", source="Poland",
         target="Germany"),
    case("the-talks-retold", "Vietnam and the Philippines held talks on the South China Sea in "
         "Hanoi. The talks ended without a joint statement.", "CONSULT", "talks",
         involving=["Vietnam", "Philippines"]),
]

PRONOUNS = [
    case("they-coordination-agreed", "Russian and Ukrainian delegations met in Istanbul on "
         "Friday. They agreed to swap prisoners of war.", "AGREE", "agreed",
         source=[("Russia",), ("Ukrain",)]),
    case("they-ministers-met", "Ministers from Egypt and Jordan flew to Washington. They met "
         "the secretary of state on Thursday.", "CONSULT", "met",
         involving=["Egypt", "Jordan"]),
    known(case("they-signed", "Armenia and Azerbaijan sent delegations to Almaty. They "
         "signed a joint statement after two days.", "AGREE", "signed",
         source=["Armenia", "Azerbaijan"]), _NO_TRIGGER),
    case("them-urged", "The leaders of Rwanda and Congo were received by Qatar's emir in Doha. "
         "He urged them to respect the truce.", "REQUEST", "urged",
         target=["Rwanda", "Congo"]),
    case("they-during-talks", "Thai and Cambodian officials arrived in Kuala Lumpur on Monday. "
         "During talks with the Malaysian prime minister, they agreed to a ceasefire.",
         "AGREE", "agreed", source=["Thai", "Cambodia"]),
    case("they-plural-group", "Sudanese army officers travelled to Jeddah on Saturday. They "
         "rejected a proposal from the Rapid Support Forces.", "REJECT", "rejected",
         source="Sudan"),
    known(case("them-condemned", "Mali and Burkina Faso expelled French diplomats last "
         "week. ECOWAS condemned them on Monday.", ("ACCUSE", "REJECT"), "condemned",
         target=["Mali", "Burkina"]), _NEARER_PLURAL),
]

POINTERS = [
    case("the-latter-accused", "Pakistan's prime minister met India's foreign minister in "
         "Astana. The latter accused Islamabad of sheltering militants.", "ACCUSE", "accused",
         source="India", target=("Islamabad", "Pakistan")),
    case("former-latter", "Chile and Argentina sent ministers to Geneva. The former accused "
         "the latter of breaking the fishing accord.", "ACCUSE", "accused", source="Chile",
         target="Argentin"),
    case("the-former-praised", "Ghana's president spoke with Nigeria's president on Tuesday. "
         "The former praised Abuja's mediation in Niger.", "SUPPORT", "praised",
         source="Ghana"),
    case("both-pledged", "Kenyan President William Ruto hosted Tanzanian President Samia "
         "Suluhu Hassan in Nairobi. Both pledged to end the trade dispute.", "AGREE",
         "pledged", source=["Ruto", "Samia"]),
    case("the-pair-signed", "Narendra Modi met Anthony Albanese in Sydney on Wednesday. The "
         "pair signed a migration deal.", ("AGREE", "SUPPORT"), "signed",  # 057: SUPPORT
         source=["Modi", "Albanese"]),
    case("both-leaders-condemned", "Lula received Argentine President Javier Milei in "
         "Brasilia. Both leaders condemned the coup attempt in Bolivia.", "ACCUSE",
         "condemned", source=["Lula", "Milei"]),
    case("his-counterpart-thanked", "Germany's chancellor Olaf Scholz met French President "
         "Emmanuel Macron in Paris. He thanked his counterpart for the support.",
         ("SUPPORT", "AGREE"), "thanked", source="Scholz", target="Macron"),
    known(case("his-counterpart-talks", "Spanish Foreign Minister Jose Manuel Albares met Nasser "
         "Bourita in Rabat on Thursday. He invited his counterpart to Madrid.",
         ("CONSULT", "REQUEST"), "invited", source="Albares", target="Bourita"), _INVITE),
    case("his-host-promised", "Saudi Crown Prince Mohammed bin Salman received Iraqi Prime "
         "Minister Mohammed Shia al-Sudani in Riyadh. His host promised new investment.",
         ("AGREE", "AID", "COOPERATE"), "promised", source=("Salman", "Saudi")),
    case("the-visitor-pledged", "Qatar's emir Tamim bin Hamad Al Thani hosted Rwandan "
         "President Paul Kagame in Doha. The visitor praised Qatar's mediation.", "SUPPORT",
         "praised", source="Kagame"),
    known(case("the-visitor-thanked-host", "The Emir of Qatar hosted Rwandan President Paul Kagame "
         "in Doha. The visitor criticised his host for the delay.", "ACCUSE",
         "criticised", source="Kagame", target="Qatar"), _EMIR),
]

NEAR_MISSES = [
    case("near-paragraph-break", "Kenya's foreign minister arrived in Addis Ababa on Monday."
         "\n\nTalks with the Somali president stalled in Mogadishu.", "CONSULT", "talks",
         not_involving="Kenya"),
    case("near-quoted-speaker", "Kenya's foreign minister arrived in Addis Ababa on Monday. "
         "\"Talks with the Ethiopian prime minister will be hard,\" an aide said.",
         "CONSULT", "talks", not_involving="aide"),
    case("near-new-topic", "Kenya's foreign minister arrived in Addis Ababa on Monday. "
         "Elsewhere, talks with the Somali president stalled in Mogadishu.", "CONSULT",
         "talks", not_involving="Kenya"),
    case("near-different-act", "Rwandan troops shelled Goma on Sunday. Talks with the "
         "Angolan mediator resumed in Luanda.", "CONSULT", "talks", not_involving="Rwanda"),
    case("near-they-in-quote", "Serbia and Kosovo met in Brussels. \"They refused to "
         "compromise,\" a European diplomat said of the negotiators' bosses.", "REJECT",
         "refused", not_involving="diplomat"),
    case("near-they-other-group", "Armenia and Azerbaijan sent delegations to Almaty. Analysts "
         "said they doubted that the talks would work.", "REJECT", "doubted",
         not_involving="Armenia"),
    case("near-the-latter-of-things", "Chile exports copper and lithium. The latter is in "
         "demand, and Argentina criticised Santiago's export tax.", "ACCUSE", "criticised",
         not_involving="lithium"),
    case("near-both-places", "Indian and Pakistani troops exchanged fire on Sunday. Shelling "
         "killed three on both sides of the Line of Control.", "ASSAULT", "shelling",
         not_involving="Line of Control"),
    case("near-counterpart-unmet", "Spain's foreign minister spoke to reporters in Madrid. He "
         "criticised his Moroccan counterpart over migration.", "ACCUSE", "criticised",
         not_involving="reporter"),
    case("near-visitor-new-paragraph", "Qatar's emir hosted Rwandan President Paul Kagame in "
         "Doha.\n\nThe visitor from Kinshasa criticised the Rwandan army.", "ACCUSE",
         "criticised", not_involving="Kagame"),
    case("near-they-singular-antecedent", "The Egyptian foreign minister met Israeli officials "
         "in Cairo. They rejected his proposal for a truce.", "REJECT", "rejected",
         not_involving="Egypt"),
    case("near-pair-of-boots", "Ukraine's president met Poland's president in Warsaw. A pair "
         "of drones attacked Lviv on the same night.", "ASSAULT", "attacked",
         not_involving=("Poland", "Warsaw")),
]


@pytest.mark.parametrize(TABLE, CONTINUED)
def test_a_sentence_goes_on_with_the_previous_ones_actor(text, type_, trigger, source, target,
                                                          involving, not_involving):
    check(text, type_, trigger, source, target, involving, not_involving)


@pytest.mark.parametrize(TABLE, REFERRED)
def test_a_definite_noun_takes_the_parties_of_the_act_it_retells(text, type_, trigger, source,
                                                                  target, involving,
                                                                  not_involving):
    check(text, type_, trigger, source, target, involving, not_involving)


@pytest.mark.parametrize(TABLE, PRONOUNS)
def test_a_plural_pronoun_stands_for_the_parties_named_before(text, type_, trigger, source,
                                                              target, involving,
                                                              not_involving):
    check(text, type_, trigger, source, target, involving, not_involving)


@pytest.mark.parametrize(TABLE, POINTERS)
def test_latter_former_both_counterpart_host_and_visitor_point_back(text, type_, trigger,
                                                                     source, target, involving,
                                                                     not_involving):
    check(text, type_, trigger, source, target, involving, not_involving)


@pytest.mark.parametrize(TABLE, NEAR_MISSES)
def test_the_previous_sentence_lends_no_actor_across_a_break(text, type_, trigger, source,
                                                             target, involving,
                                                             not_involving):
    check(text, type_, trigger, source, target, involving, not_involving)


#: "two" or "both" with a noun of people who are not parties ("two Catholic priests", "the two
#: priests named by Washington") are those people, not the two parties last named together;
#: "the two leaders", "both sides" are the parties.
COUNTED = [
    case("two-new-people-next-sentence", "Washington sanctioned three Nicaraguan judges on "
         "Monday. Police had detained two Catholic priests in Leon in June.", "COERCE",
         "detained", target="priests", not_involving=("United States", "judges")),
    case("two-new-people-same-sentence", "Washington sanctioned three Nicaraguan judges over "
         "what it called the unlawful arrest of two Catholic priests.", "COERCE", "arrest",
         target="priests", not_involving=("United States", "judges")),
    case("the-two-people-again", "Washington sanctioned three Nicaraguan judges on Monday. "
         "Managua said police never arrested the two priests named by Washington.", "COERCE",
         "arrested", target="priests", not_involving="judges"),
    case("the-two-leaders-are-the-parties", "Erdogan received Aliyev in Ankara on Friday. The "
         "two leaders signed a defence pact.", "SUPPORT", "signed",
         source=("Erdogan", "Aliyev")),
    case("both-armies-are-the-parties", "Sudan's army clashed with the RSF near El Fasher. Both "
         "forces shelled the city's market on Sunday.", "ASSAULT", "shelled",
         source=("Sudan", ("RSF", "Rapid Support"))),
]


@pytest.mark.parametrize(TABLE, COUNTED)
def test_counted_people_are_parties_only_when_the_noun_names_parties(
        text, type_, trigger, source, target, involving, not_involving):
    ex = events(text)
    at = [e for e in matching(ex, type_, source=source, target=target, involving=involving)
          if trigger in text[e.start:e.end].lower()]
    assert at, f"expected {type_} {trigger!r} source={source!r} target={target!r}\n{describe(ex)}"
    if not_involving is not None:
        wrong = [e for e in matching(ex, type_, involving=not_involving)
                 if trigger in text[e.start:e.end].lower()]
        assert not wrong, f"{type_} {trigger!r} must not involve {not_involving!r}\n{describe(ex)}"
