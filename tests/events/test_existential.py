"""A noun that tells an act again, or says it never took place, is an event (issue 11).

Every sentence is our own wording. Contradictions are found between reports of one event, so a
denial must be an event too: "no raid had taken place", "there was no military operation",
"the attack never happened", "no such strike took place" are events of the noun's type,
negated (denied under a verb of denial), with the actors of the act they answer when the
document told it before, else with no actor when the noun names a violent act or a protest
(as "no shots were fired" is). An agreement noun nobody acts on ("under the deal ...", "the
accord ends a strike") is the agreement told before, with its parties, when there is one.

Near misses: a denial of a future or peaceful act the document did not tell ("no talks are
planned", "there was no agreement"), a deal nobody reported before ("a deal worth $3bn"), an
act that happened while something else did not ("no one was hurt in the attack", "the
agreement's text was not published"), an answer or a comment ("there was no response", "no
comment"), and an act of another type before the denial (the denial keeps its own type and
does not take the actors of the act before).

Each row names the trigger word (``at``); the event is the one at its last occurrence.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Extraction

from .helpers import Names, OneOrMore, describe, events, names_match

#: ``source=NOBODY``: the event has no source.
NOBODY = "<nobody>"


def row(id: str, text: str, at: str, type_: OneOrMore, modality: OneOrMore | None = None, *,
        source: Names | None = None, target: Names | None = None,
        attributed_to: Names | None = None, retells: bool | None = None):
    return pytest.param(text, at, type_, modality, source, target, attributed_to, retells,
                        id=id)


def none(id: str, text: str, at: str, type_: OneOrMore):
    """A row where no event of ``type_`` stands at the last ``at`` of ``text``."""
    return pytest.param(text, at, type_, "none", None, None, None, None, id=id)


ARMY = ("army", "military", "troops", "soldiers")

ANSWERED = [
    row("raid-no-raid-had-taken-place", "Police said they had raided the kidnappers' camp in "
        "Zamfara on Thursday. A local official said no raid had taken place.", "raid",
        "COERCE", "negated", source="police", retells=True),
    row("raid-denied-any-raid", "Pakistani troops raided a seminary in Peshawar on Friday, "
        "witnesses said. A military spokesman denied that any raid had taken place.", "raid",
        ("COERCE", "ASSAULT"), "denied", source=(*ARMY, "Pakistan"), retells=True),
    row("bombing-no-such-strike", "Activists said Syrian jets bombed a market in Idlib on "
        "Tuesday. Damascus said no such strike took place.", "strike", "ASSAULT", "negated",
        source=("Syria", "jets"), retells=True),
    row("attack-never-happened", "Rebels said Ethiopian troops attacked Gondar on Friday. The "
        "Ethiopian government said the attack never happened.", "attack", "ASSAULT",
        "negated", source=("Ethiopia",), retells=True),
    row("shelling-there-was-no-operation", "Residents said the army shelled villages near "
        "Kidal on Sunday. A regional governor said there was no military operation in the "
        "area.", "operation", "ASSAULT", "negated", source=ARMY, retells=True),
    row("air-strike-never-happened", "Ukrainian officials said Russian jets struck a hospital "
        "in Kharkiv on Monday. Moscow said the air strike on the hospital never happened.",
        "strike", "ASSAULT", "negated", source=("Russia", "jets"), retells=True),
    row("strike-there-was-no-strike", "Kenyan teachers went on strike on Monday, their union "
        "said. The education ministry said there was no strike.", "strike", "PROTEST",
        "negated", source="teachers", retells=True),
    row("march-no-march-took-place", "Opposition supporters marched through Kinshasa on "
        "Saturday, organisers said. The governor said no march had taken place.", "march",
        "PROTEST", "negated", source="supporters", retells=True),
    row("assault-did-not-take-place", "Local activists said RSF fighters attacked El Fasher "
        "on Sunday. The RSF said no assault on the town took place.", "assault", "ASSAULT",
        "negated", source="RSF", retells=True),
    row("clashes-denied-there-were", "Witnesses said Armenian and Azerbaijani troops clashed "
        "on the border on Tuesday. Baku denied that there had been any clashes.", "clashes",
        "ASSAULT", "denied", attributed_to=("Azerbaijan", "Baku"), retells=True),
    row("arrests-no-arrests-occurred", "Rights groups said Tunisian police arrested dozens of "
        "students in Sfax on Monday. The interior ministry said no arrests occurred.",
        "arrests", "COERCE", "negated", source="police", retells=True),
    row("protest-denied-it-happened", "Thousands of farmers protested outside parliament in "
        "New Delhi on Monday. A minister denied that any protest took place.", "protest",
        "PROTEST", "denied", source="farmers", retells=True),
]

UNTOLD = [
    row("untold-no-operation", "There was no military operation in the village, a local "
        "chief said.", "operation", "ASSAULT", "negated", source=NOBODY),
    row("untold-attack-never-happened", "The attack never happened, the governor of Kherson "
        "said.", "attack", "ASSAULT", "negated", source=NOBODY),
    row("untold-no-such-attack", "No such attack took place, a police spokesman in Kano "
        "said.", "attack", "ASSAULT", "negated"),
    row("untold-no-protest", "Residents of Gulu said no protest took place in the town on "
        "Friday.", "protest", "PROTEST", "negated", source=NOBODY),
    row("untold-no-clashes", "There were no clashes in the capital overnight, Guinean police "
        "said.", "clashes", "ASSAULT", "negated", source=NOBODY),
    row("untold-denied-bombing", "The Sudanese army denied that any bombing of the market "
        "had taken place.", "bombing", "ASSAULT", "denied", attributed_to=ARMY),
    row("untold-no-demonstration", "Police in Lusaka said there had been no demonstration at "
        "the university.", "demonstration", "PROTEST", "negated"),
    row("untold-army-own-operation", "The Malian army said there was no military operation "
        "near Gao.", "operation", "ASSAULT", "negated", source="army"),
]

DEALS = [
    row("deal-under-the-deal", "Ghana and the IMF struck a deal on Monday. Under the deal, "
        "the arrears will be paid by June.", "deal", "AGREE", source=["Ghana", "IMF"],
        retells=True),
    row("deal-accord-ends-strike", "Kenya's teachers' union reached an agreement with the "
        "government on Sunday. The accord ends a 17-day strike.", "accord", "AGREE",
        source="teachers", retells=True),
    row("deal-came-out-of-talks", "Serbia and Kosovo agreed on a plan to ease border "
        "controls on Tuesday. The agreement came out of two days of talks in Brussels.",
        "agreement", "AGREE", source=["Serbia", "Kosovo"], retells=True),
    row("deal-the-pact-raises", "Egypt and the IMF reached a loan agreement on Friday. The "
        "pact raises the loan to $8bn.", "pact", "AGREE", source=["Egypt", "IMF"],
        retells=True),
    row("deal-under-its-terms", "Mali and Algeria agreed on Wednesday to reopen their border. "
        "Under the agreement, traders will cross at two posts.", "agreement", "AGREE",
        source=["Mali", "Algeria"], retells=True),
    row("deal-the-deal-was-hailed", "Turkey and Sweden reached a deal on NATO membership on "
        "Monday. The deal was hailed in Stockholm.", "deal", "AGREE",
        source=["Turkey", "Sweden"], retells=True),
]

RETOLD = [
    row("retold-the-raid-took-place-at-dawn", "Police raided the kidnappers' camp on "
        "Thursday. The raid took place at dawn.", "raid", "COERCE", "asserted",
        source="police", retells=True),
    row("retold-said-attack-did-happen", "Rebels said Ethiopian troops attacked Gondar on "
        "Friday. A witness said the attack did happen.", "attack", "ASSAULT", "reported",
        source="Ethiopia", retells=True),
    row("retold-deal-with-parties", "Sudan's army and the RSF agreed on a truce in Jeddah. "
        "Under the deal between the army and the RSF, aid will flow.", "deal", "AGREE",
        source=["army", "RSF"]),
    row("retold-no-strike-after-drone", "Turkish drones struck a village near Duhok on "
        "Sunday, residents said. Ankara said no strike took place.", "strike", "ASSAULT",
        "negated", source=("Turk", "drones"), retells=True),
]

NEAR_MISSES = [
    none("near-no-talks-planned", "No talks are planned, a diplomat in Belgrade said.",
         "talks", "CONSULT"),
    none("near-deal-worth", "A deal worth $3bn was announced in Accra on Monday.", "deal",
         "AGREE"),
    none("near-accord-alone", "The accord ends a 17-day strike at the port.", "accord",
         "AGREE"),
    none("near-no-agreement", "There was no agreement, a negotiator in Doha said.",
         "agreement", "AGREE"),
    none("near-no-visit", "No visit to Kyiv is planned, an official in Budapest said.",
         "visit", "CONSULT"),
    none("near-no-response", "Ethiopian troops shelled a village in Tigray on Monday. There "
         "was no response from the government.", "response", ("REJECT", "ACCUSE", "REQUEST")),
    none("near-no-comment", "Ethiopian troops shelled a village in Tigray on Monday. The "
         "army had no comment.", "comment", ("REJECT", "ACCUSE", "REQUEST")),
    none("near-no-sanctions-decided", "No sanctions have been decided, an EU diplomat said.",
         "sanctions", "SANCTION"),
    row("near-agreement-text-not-published", "Serbia and Kosovo reached an agreement in "
        "Brussels on Monday. The agreement's text was not published.", "agreement", "AGREE",
        "asserted", source=["Serbia", "Kosovo"]),
    # the attack happened; the "no" of "no one was hurt" does not reach it through "in"
    # (Modality.given, setting_preps)
    pytest.param("Gunmen attacked a bus in northern Kenya on Sunday. No one was hurt in the "
                 "attack, police said.", "attack", "ASSAULT", ("asserted", "reported"),
                 "Gunmen", None, None, None, id="near-no-one-hurt-in-attack"),
    row("near-other-type-before", "Ukraine and Russia held talks in Istanbul on Monday. "
        "Officials in Kharkiv said no attack took place on Tuesday.", "attack", "ASSAULT",
        "negated", source=NOBODY),
    # a plan denied is no occurring: not Monday's talks told again
    none("near-talks-before-no-talks-planned", "Serbia and Kosovo held talks in Brussels on "
         "Monday. No talks are planned for next month.", "talks", "CONSULT"),
    # a new act that took place is not the earlier one told again
    none("near-new-raid-indefinite", "Police raided a camp in Zamfara on Thursday. A second "
         "raid took place on Friday.", "raid", "COERCE"),
    row("near-no-shots-fired", "Thai police said no shots were fired at the protesters.",
        "fired", "ASSAULT", "negated", target="protesters"),
]

TABLES = {"answered": ANSWERED, "untold": UNTOLD, "deals": DEALS, "retold": RETOLD,
          "near misses": NEAR_MISSES}
ROWS = [r for rows in TABLES.values() for r in rows]


def test_the_table_has_forty_rows_and_twelve_near_misses() -> None:
    assert len(ROWS) >= 40
    assert len(NEAR_MISSES) >= 12
    assert len({r.id for r in ROWS}) == len(ROWS)


def _at(ex: Extraction, at: str, type_: OneOrMore) -> list:
    """The events of ``type_`` whose trigger holds the last occurrence of ``at``."""
    start = ex.document.text.rindex(at)
    types = (type_,) if isinstance(type_, str) else type_
    return [e for e in ex.events if e.type in types and e.start <= start < e.end]


@pytest.mark.parametrize(("text", "at", "type_", "modality", "source", "target",
                          "attributed_to", "retells"), ROWS)
def test_existential(text: str, at: str, type_: OneOrMore, modality: OneOrMore | None,
                     source: Names | None, target: Names | None,
                     attributed_to: Names | None, retells: bool | None) -> None:
    ex = events(text)
    found = _at(ex, at, type_)
    if modality == "none":
        assert not found, f"expected no {type_} at {at!r}\n{describe(ex)}"
        return
    assert found, f"expected {type_} at {at!r}\n{describe(ex)}"
    event = found[0]
    shown = describe(ex)
    if modality is not None:
        wanted = (modality,) if isinstance(modality, str) else modality
        assert event.modality in wanted, f"{event.modality} not in {wanted}\n{shown}"
    if source == NOBODY:
        assert not event.source, f"expected no source\n{shown}"
    else:
        assert names_match(ex, event.source, source), f"source is not {source!r}\n{shown}"
    assert names_match(ex, event.target, target), f"target is not {target!r}\n{shown}"
    if attributed_to is not None:
        assert event.attributed_to and names_match(ex, [event.attributed_to], attributed_to), \
            f"not attributed to {attributed_to!r}\n{shown}"
    if retells:
        told = {e.id for e in ex.events if e.start < event.start}
        assert event.retells in told, f"expected it to retell an earlier event\n{shown}"
