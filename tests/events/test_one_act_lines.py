"""One act, one event line: a second mention of an act its document already coded retells it.

Every sentence is our own wording, with invented towns. A row names the word of the act
(``act``) and the word of its second mention (``again``); the second mention must be an event
whose ``retells`` leads (through any chain of retellings) to the act's event, so that the
PLOVER export writes one record for the two. A near miss names two words that tell two acts:
both stay events and neither retells the other.

Four ways news tells one act twice: a second verb of the act in its sentence (a toll, a
manner: "attacked ..., killing", "gathered ..., chanting"); a visit told as a trip and as the
meeting or the welcome the trip was for ("flew to X and met ...", "where he was received
by ..."); a headline restating its lead; and a later noun naming the act ("in the attack",
"the strike will continue").
"""

from __future__ import annotations

import pytest

from .helpers import event_on, events, names_match, record_of


def row(id: str, text: str, act: str, again: str):
    return pytest.param(text, act, again, id=id)


SAME_SENTENCE = [
    row("toll-killing", "Gunmen attacked a police convoy near Tarvel on Tuesday, killing four "
        "officers.", "attacked", "killing"),
    row("toll-wounding", "Militants ambushed an army patrol outside Brezno, wounding six "
        "soldiers.", "ambushed", "wounding"),
    row("toll-after-object-phrase", "Rebels shelled the village of Ostrava Mala overnight, "
        "killing two farmers.", "shelled", "killing"),
    row("toll-second-of-two", "Rebel fighters shelled the outskirts of Kelvar on Sunday, "
        "destroying a school and killing a teacher.", "shelled", "killing"),
    row("toll-coordinated-killed", "Gunmen attacked a police convoy near Tarvel on Tuesday "
        "and killed four officers.", "attacked", "killed"),
    row("toll-coordinated-wounded", "Militants ambushed an army patrol outside Brezno and "
        "wounded six soldiers.", "ambushed", "wounded"),
    row("toll-coordinated-injured", "Rebels shelled the market in Kelvar on Sunday and injured "
        "dozens of traders.", "shelled", "injured"),
    row("manner-chanting", "Hundreds of teachers gathered outside the supreme court in "
        "Velmora, chanting slogans against the education minister.", "gathered", "chanting"),
    row("manner-second-of-two", "Thousands of nurses marched through central Dunmore, waving "
        "banners and chanting against the health ministry.", "marched", "chanting"),
    row("toll-fire-on-crowd", "Troops opened fire on the crowd in Sarnak, killing three "
        "protesters.", "opened fire", "killing"),
    row("live-blog-under-way", "Dozens of students joined the protest in Palvin on Monday. "
        "They are marching to the ministry of education.", "protest", "marching"),
    row("live-blog-still", "Hundreds of dock workers walked off the job in Tarvel on Friday. "
        "They are still striking outside the port gates.", "walked off the job", "striking"),
]

VISITS = [
    row("received-where", "Mali's foreign minister travelled to Niamey on Monday, where he was "
        "received by Niger's president.", "travelled", "received"),
    row("flew-and-met", "Norway's prime minister flew to Helsinki on Friday and met the "
        "Finnish premier.", "flew", "met"),
    row("visited-and-held-talks", "The Kenyan president visited Kampala on Tuesday and held "
        "talks with his Ugandan counterpart.", "visited", "held talks"),
    row("arrived-and-held-talks", "Ghana's foreign minister arrived in Lome on Sunday and held "
        "talks with Togo's president.", "arrived", "held talks"),
    row("talks-on-a-place-of-their-topic", "Ghana's foreign minister arrived in Lome on "
        "Sunday and held talks with Togo's president on fuel supplies to Niamey.", "arrived",
        "held talks"),
    row("where-she-met", "Estonia's defence minister flew to Riga on Wednesday, where she met "
        "her Latvian counterpart.", "flew", "met"),
    row("visited-meeting", "Chile's foreign minister visited Lima on Thursday, meeting Peru's "
        "president.", "visited", "meeting"),
    row("received-where-arrived", "Fiji's prime minister arrived in Apia on Monday, where he "
        "was received by Samoa's head of state.", "arrived", "received"),
    row("hosted-where", "Mali's foreign minister travelled to Niamey on Monday, where Niger's "
        "president hosted him for talks.", "travelled", "hosted"),
    row("visited-and-met", "The Thai prime minister visited Vientiane on Friday and met the "
        "president of Laos.", "visited", "met"),
]

HEADLINES = [
    row("headline-seize", "Rebels seize border town of Kelvar\n\nRebels of the Free Dorn Front "
        "seized the border town of Kelvar on Sunday, local officials said.", "seized", "seize"),
    row("headline-recall", "Kenya recalls ambassador to Uganda\n\nKenya recalled its "
        "ambassador to Uganda on Tuesday after a dispute over fishing rights.",
        "recalled", "recalls"),
    row("headline-arrest", "Police arrest 40 protesters in Dunmore\n\nPolice in Dunmore "
        "arrested 40 protesters on Saturday during a march against fuel prices.",
        "arrested", "arrest"),
    row("headline-pact", "Ghana, Togo sign border security pact\n\nGhana and Togo signed a "
        "border security agreement in Accra on Thursday.", "signed", "sign"),
    row("headline-shells", "Army shells rebel positions near Kelvar\n\nThe army shelled rebel "
        "positions near Kelvar overnight, residents said.", "shelled", "shells"),
    row("headline-expels", "Chile expels two Peruvian diplomats\n\nChile expelled two "
        "Peruvian diplomats on Friday, accusing them of spying.", "expelled", "expels"),
    row("headline-strike", "Teachers strike in Velmora over pay\n\nThousands of teachers in "
        "Velmora went on strike on Monday over unpaid wages.", "went on strike", "strike "),
    row("headline-visit", "Estonian minister visits Riga\n\nEstonia's defence minister visited "
        "Riga on Wednesday for talks on air defence.", "visited", "visits"),
]

LATER = [
    row("in-the-attack", "Gunmen attacked a police post in Tarvel on Monday. Two officers were "
        "wounded in the attack, police said.", "attacked", "attack,"),
    row("wounded-in-the-attack", "Gunmen attacked a police post in Tarvel on Monday. Two more "
        "officers were wounded in the attack.", "attacked", "wounded"),
    row("during-the-fighting", "Dorn Front fighters attacked the town of Kelvar on Sunday. "
        "Three fighters were captured during the fighting, the army said.",
        "attacked", "fighting"),
    row("strike-will-continue", "Teachers in Velmora went on strike on Monday. The union said "
        "the strike will continue until wages are paid.", "went on strike", "strike will"),
    row("after-the-attack", "Dorn Front fighters attacked Kelvar on Sunday. After the attack, "
        "the army arrested twelve men in the town.", "attacked", "attack,"),
    row("the-march-was", "Thousands of nurses marched in Dunmore on Saturday against hospital "
        "closures. Police said the march was peaceful.", "marched", "march was"),
    row("during-the-visit", "Norway's prime minister visited Helsinki on Monday. During the "
        "visit, she praised Finland's president.", "visited", "visit,"),
    row("the-shelling", "Rebels shelled Kelvar on Sunday. The shelling destroyed a school, "
        "residents said.", "shelled", "shelling"),
    row("the-raid-lasted", "Police raided the offices of the Dunmore Herald on Tuesday. "
        "Journalists said the raid lasted four hours.", "raided", "raid lasted"),
]

NEAR_MISSES = [
    row("attacked-and-later-shelled", "Gunmen attacked the convoy near Tarvel and later "
        "shelled the town of Brezno.", "attacked", "shelled"),
    row("killed-days-later", "Rebels attacked the convoy near Tarvel on Sunday and, two days "
        "later, killed four hostages.", "attacked", "killed"),
    row("shelled-and-attacked-another-town", "Rebels shelled Kelvar and attacked the town of "
        "Brezno.", "shelled", "attacked"),
    row("others-killed", "Soldiers attacked the rebel camp near Kelvar and rebels killed two "
        "soldiers.", "attacked", "killed"),
    row("after-killing-own-clause", "After killing a guard, the gunmen stormed the prison in "
        "Brezno.", "stormed", "killing"),
    row("other-crowd-marching", "Teachers gathered outside the court in Velmora on Monday. "
        "Today nurses are marching in Dunmore.", "gathered", "marching"),
    row("met-then-visited", "Norway's prime minister met the Finnish premier on Monday and, a "
        "week later, visited the port of Turku.", "met", "visited"),
    row("visit-then-meeting-elsewhere", "The Kenyan president visited Kampala on Tuesday; on "
        "Friday he met the Tanzanian president in Arusha.", "visited", "met"),
    row("host-receives-another", "Mali's foreign minister travelled to Niamey on Monday, while "
        "Niger's president received the Chadian envoy in Zinder.", "travelled", "received"),
    row("headline-of-another-act", "Army shells rebel positions near Kelvar\n\nRebels "
        "attacked an army base near Brezno on Monday, officials said.", "attacked", "shells"),
    row("later-a-new-attack", "Gunmen attacked a police post in Tarvel on Monday. On "
        "Wednesday, gunmen attacked a bus near Brezno.", "attacked a police", "attacked a bus"),
    row("second-attack", "Rebels shelled Kelvar on Sunday. A second attack hit Brezno on "
        "Tuesday, residents said.", "shelled", "attack"),
    row("marching-again", "Students marched to the ministry in Palvin on Monday. They are "
        "marching again today outside the parliament.", "marched", "marching"),
    row("meeting-on-another-day", "Estonia's defence minister flew to Riga on Wednesday and "
        "met the Latvian premier on Friday.", "flew", "met"),
    row("attack-then-arrest", "Dorn Front fighters attacked Kelvar on Sunday. On Monday the "
        "army arrested twelve men in Brezno.", "attacked", "arrested"),
]


@pytest.mark.parametrize(("text", "act", "again"), SAME_SENTENCE + VISITS + HEADLINES + LATER)
def test_second_mention_of_an_act_retells_it(text: str, act: str, again: str) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) == first.id, "the act itself retells nothing"
    assert record_of(ex, second) == first.id


@pytest.mark.parametrize(("text", "act", "again"), NEAR_MISSES)
def test_two_acts_stay_two_events(text: str, act: str, again: str) -> None:
    ex = events(text)
    first, second = event_on(ex, act), event_on(ex, again)
    assert first.id != second.id
    assert record_of(ex, first) != record_of(ex, second)


@pytest.mark.parametrize(("text", "visitor", "host"), [
    pytest.param("Mali's foreign minister travelled to Niamey on Monday, where he was received "
                 "by Niger's president.", "Mali", "Niger", id="received"),
    pytest.param("Mali's foreign minister travelled to Niamey on Monday, where Niger's "
                 "president hosted him for talks.", "Mali", "Niger", id="hosted"),
    pytest.param("Norway's prime minister flew to Helsinki on Friday and met the Finnish "
                 "premier.", "Norway", ("Finland", "Finnish"), id="met"),
])
def test_a_visit_is_coded_once_with_its_host_as_recipient(text: str, visitor: str,
                                                          host: str | tuple[str, ...]) -> None:
    ex = events(text)
    acts = [e for e in ex.events if e.type == "CONSULT" and e.retells is None]
    assert len(acts) == 1 and acts[0].mode == "visit"
    assert names_match(ex, acts[0].source, visitor) and names_match(ex, acts[0].target, host)
