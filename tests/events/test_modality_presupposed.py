"""Modality of an event named by a noun the sentence presupposes, and of one said not to exist.

Every sentence is our own wording. A definite noun that names an act ("*the* expulsion",
"*Manila's* accusation", "*their* strike") presupposes that the act took place; a verb of
another act that the noun is the subject or object of (publishing, linking, forgetting it, or
its going away) does not reach it with its negation, modal or condition: "Poland did not link
*the expulsion* to the spy case" tells of an expulsion. Nor does a verb of an act's ending
("will *end* their strike if") or lasting ("the strike would *go on* until", "the truce did
not *hold*"): the act exists now; only its lasting or ending is future, conditional or
negated. A report or a belief still reaches it (a denial of the linking is not one of the act).

Near misses keep their reading: a verb of occurring ("did not *take place*", "never
*happened*") or of starting ("will *begin* a strike") is the act's own, a doer's continuing
("will *continue* their strike") is more of the act, "there was *no* operation" and "*no*
shots were fired" negate it, an act called off will not happen, and an indefinite or planned
noun ("called off *a strike planned* for Monday") presupposes nothing. Each row also checks
that the same event is not coded a second time with another modality (see
``test_modality.check``).
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore
from .test_modality import PARAMS, case, check

RUSSIA = ("Russia", "Moscow", "Kremlin")

PRESUPPOSED = [
    # a definite act that sets another clause's time or place (setting_preps)
    case("setting-not-seen-since-the-raid", "Kenyan police raided the camp near Lamu on Monday. "
         "The group's leader has not been seen since the raid.", "COERCE", "asserted",
         source="police"),
    case("presup-text-never-published", "The text of the truce between Armenia and Azerbaijan "
         "was never published.", "RETREAT", "asserted", source=["Armenia", "Azerbaijan"]),
    case("presup-did-not-link", "Poland did not link the expulsion of two Belarusian diplomats "
         "to the spy case.", "SANCTION", "asserted", target="Belarus"),
    case("presup-link-object-of-to", "Vilnius did not link the spy case to the expulsion of "
         "the Russian diplomats.", "SANCTION", "asserted", target=("diplomat", "Russia")),
    case("presup-has-not-gone-away", "Manila's accusation that Chinese coast guard ships "
         "rammed a supply boat has not gone away.", "ACCUSE", "asserted",
         source=("Philippines", "Manila")),
    case("presup-did-not-go-away", "Kyiv's accusation that Minsk trained Russian conscripts "
         "did not go away.", "ACCUSE", "asserted", source=("Ukraine", "Kyiv")),
    case("presup-did-not-tie", "Ankara did not tie the arrest of the Swedish journalist to the "
         "Koran burnings.", "COERCE", "asserted", target="journalist"),
    case("presup-will-publish", "The UN will publish the text of the ceasefire between Israel "
         "and Hamas on Friday.", "RETREAT", "asserted", source=["Israel", "Hamas"]),
    case("presup-if-links", "If Lithuania links the expulsion of the Russian diplomats to the "
         "sabotage case, Moscow will retaliate.", "SANCTION", "asserted",
         target=("diplomat", "Russia")),
    case("presup-not-forgotten", "The army's crackdown on the students in Dhaka has not been "
         "forgotten.", ("COERCE", "ASSAULT"), "asserted", source="army"),
    case("presup-no-comment-on", "The Kremlin did not comment on the Ukrainian drone attack on "
         "the refinery.", "ASSAULT", "asserted", source="Ukrain"),
    case("presup-truce-did-not-hold", "The truce between Israel and Hezbollah did not hold.",
         "RETREAT", "asserted", source=["Israel", "Hezbollah"]),
    # a report still reaches the act: the truce is on the analysts' word, its end their view
    case("presup-truce-would-not-last", "Analysts said the truce between Armenia and "
         "Azerbaijan would not last.", "RETREAT", "reported", source=["Armenia", "Azerbaijan"],
         attributed_to="Analysts"),
]

ONGOING = [
    case("ongoing-would-go-on", "Kenyan doctors said their strike would go on until the "
         "ministry pays them.", "PROTEST", "reported", source="doctors",
         attributed_to="doctors"),
    case("ongoing-would-last", "Nigerian oil workers said their walkout would last until the "
         "fuel subsidy is restored.", "PROTEST", "reported", source="workers",
         attributed_to="workers"),
    case("ongoing-strike-will-continue", "The strike by Kenyan doctors will continue until "
         "the ministry pays them.", "PROTEST", "asserted", source="doctors"),
    case("ongoing-will-end-if", "The strike by Kenyan doctors will end if the ministry pays "
         "them.", "PROTEST", "asserted", source="doctors"),
    case("ongoing-blockade-will-end-if", "Israel's blockade of Gaza will end only if Hamas "
         "frees the hostages.", "COERCE", "asserted", source="Israel"),
    case("ongoing-siege-did-not-end", "The Russian siege of Mariupol did not end in March.",
         "COERCE", "asserted", source=RUSSIA),
    case("ongoing-talks-broke-down", "Analysts said the talks between Serbia and Kosovo could "
         "break down if the police raids go on.", "CONSULT", "reported",
         source=["Serbia", "Kosovo"], attributed_to="Analysts"),
    case("ongoing-halt-purpose", "Mediators met in Aden on Monday to halt the Houthi blockade "
         "of Taiz.", "COERCE", "asserted", source="Houthi"),
    case("ongoing-attacks-would-continue", "The Houthis said their attacks on shipping would "
         "continue until the war in Gaza ends.", "ASSAULT", "reported", source="Houthi",
         attributed_to="Houthi"),
    case("ongoing-protests-did-not-stop", "The protests by Georgian students did not stop "
         "after the election.", "PROTEST", "asserted", source="students"),
    case("ongoing-boycott-would-continue", "The union said the boycott of Israeli goods by "
         "Irish dockers would continue until the war ends.", "PROTEST", "reported",
         source=("dockers", "Ireland", "Irish"), attributed_to="union"),
]

EXISTENTIAL = [
    case("exist-there-was-no", "The Nigerian army said there was no military operation in "
         "the village.", "ASSAULT", "negated", source="army"),
    case("exist-no-shots-fired", "Thai police said no shots were fired at the protesters.",
         "ASSAULT", "negated", target="protesters"),
    case("exist-never-happened", "The Israeli army said its attack on the hospital never "
         "happened.", "ASSAULT", "negated", source="army"),
    case("exist-had-not-taken-place", "Kyiv said no Ukrainian drone attack on Belgorod had "
         "taken place.", "ASSAULT", "negated", source="Ukrain"),
    case("exist-denied-taken-place", "Moscow denied that any attack on the Ukrainian power "
         "grid had taken place.", "ASSAULT", "denied", attributed_to=RUSSIA),
    case("exist-denied-there-was", "The Nigerian defence ministry denied that there had been "
         "any military operation in the valley.", "ASSAULT", "denied",
         attributed_to="ministry"),
    case("exist-no-raid-by", "Police in Kano said no raid by officers had taken place at the "
         "mosque.", "COERCE", "negated"),
]

NEAR_MISSES = [
    case("near-talks-did-not-take-place", "Talks between Serbia and Kosovo did not take "
         "place.", "CONSULT", "negated", source=["Serbia", "Kosovo"]),
    case("near-the-talks-did-not-take-place", "The talks between Serbia and Kosovo did not take "
         "place.", "CONSULT", "negated", source=["Serbia", "Kosovo"]),
    case("near-no-talks-planned", "No talks between Serbia and Kosovo are planned.", "CONSULT",
         "negated", source=["Serbia", "Kosovo"]),
    case("near-talks-did-not-go-ahead", "The talks between Armenia and Azerbaijan did not go "
         "ahead.", "CONSULT", "negated", source=["Armenia", "Azerbaijan"]),
    case("near-planned-strike-called-off", "Kenyan doctors called off a strike planned for "
         "Monday.", "PROTEST", "negated"),
    case("near-planned-definite-strike", "Kenyan doctors called off the planned strike.",
         "PROTEST", "negated"),
    case("near-will-begin-strike", "Kenyan doctors will begin a strike on Monday.", "PROTEST",
         "future", source="doctors"),
    case("near-will-resume-strike", "Kenyan doctors will resume their strike on Monday.",
         "PROTEST", "future", source="doctors"),
    # calling off is done to a planned act as well: the act will not happen
    case("near-called-off-their-strike", "Kenyan doctors called off their strike on Monday.",
         "PROTEST", "negated", source="doctors"),
    # a doer's continuing is more of the act, a promise or threat of it
    case("near-will-continue-their-strike", "Kenyan doctors will continue their strike next "
         "week.", "PROTEST", "future", source="doctors"),
    case("near-vowed-to-continue", "Israel vowed to continue its offensive in Gaza.",
         "ASSAULT", "future", source="Israel"),
    case("near-planned-possessor-strike", "A planned dockworkers' strike in Chile was called "
         "off on Monday.", "PROTEST", "negated"),
    case("near-did-not-go-on-strike", "Kenyan doctors did not go on strike.", "PROTEST",
         "negated", source="doctors"),
    case("near-did-not-expel", "Poland did not expel the Belarusian diplomats.", "SANCTION",
         "negated", source="Poland"),
    case("near-no-diplomats-expelled", "Latvia did not expel any Russian diplomats.",
         "SANCTION", "negated", source="Latvia"),
    case("near-indefinite-raid", "The army never conducted a raid on the village.", "COERCE",
         "negated", source="army"),
    case("near-offensive-not-launched", "Israel has not launched the ground offensive in "
         "Rafah.", "ASSAULT", "negated", source="Israel"),
    case("near-did-not-take-part", "Russia did not take part in the talks on Gaza.",
         "CONSULT", "negated"),
    case("near-talks-not-held", "The talks between Serbia and Kosovo were not held.",
         "CONSULT", "negated", source=["Serbia", "Kosovo"]),
    case("near-denied-the-attack-happened", "Israel denied that the Israeli attack on the "
         "school ever happened.", "ASSAULT", "denied", attributed_to="Israel"),
]

TABLES = {"presupposed": PRESUPPOSED, "ongoing": ONGOING, "existential": EXISTENTIAL,
          "near misses": NEAR_MISSES}
ROWS = [row for rows in TABLES.values() for row in rows]


def test_the_table_has_forty_rows_and_twelve_near_misses() -> None:
    assert len(ROWS) >= 40
    assert len(NEAR_MISSES) >= 12
    assert len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(PARAMS, ROWS)
def test_presupposed_modality(text: str, type_: OneOrMore, modality: str,
                              source: Names | None, target: Names | None,
                              attributed_to: Names | None) -> None:
    check(text, type_, modality, source, target, attributed_to)
