"""Acts denied of a whole class, and the plain words that assert them: both sides of a
contradiction must be events of one type, or they never meet.

* a negative quantifier that is its own noun ("*nobody* was arrested", "*none* of the
  miners was detained") negates the act as "no" does on a noun ("*no* priest was detained");
* a noun that only singles out an instance of an act ("no *act of* violence was committed",
  "no *acts of* violence") stands for the act in its clause: committed in the passive, with a
  negative determiner, the act is negated;
* a person "taken away" or "led away" by the police or soldiers is arrested (CAMEO 173), by
  gunmen abducted (181); troops or "elements" of an army that "penetrated" a state's territory
  or airspace make an incursion (190), as those that "crossed into" it; money "handed" to
  someone is given (071), as money "given".

Near misses: "no one was hurt" (harm a flood also does) stays no act, an act of violence
someone condemns is not denied, a nurse takes away a tray and a mayor is handed keys, a firm
penetrates a market. Our own sentences; rows: (id, text, type, modality, source, target).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching


def row(id: str, text: str, type_, modality, source=None, target=None):
    return pytest.param(text, type_, modality, source, target, id=id)


ROWS = [
    # negative quantifiers as nouns
    row("nobody-arrested", "Nobody was arrested in Tarvel on Monday, the Estonian police said.",
        "COERCE", "negated"),
    row("no-one-detained", "No one was detained during the march in Potosi, police said.",
        "COERCE", "negated"),
    row("none-of-detained", "None of the miners was detained, the mining company said.",
        "COERCE", "negated", None, "miners"),
    row("nobody-denied-arrested", "The governor denied that anybody had been arrested in Kita.",
        "COERCE", ("denied", "negated")),
    # an instance of an act, denied
    row("no-act-of-violence", "No act of violence has been committed in Velmar, the governor "
        "said.", "ASSAULT", "negated"),
    row("no-acts-of-violence", "No acts of violence were committed during the vote in Pardo, "
        "the Malian police said.", "ASSAULT", "negated"),
    # the words that assert them
    row("taken-away-by-soldiers", "The activist was taken away by the soldiers, his wife said.",
        "COERCE", "reported", "soldiers", "activist"),
    row("police-took-away", "Police took away two students from the campus in Tlaxcala.",
        "COERCE", "asserted", "Police", "students"),
    row("penetrated-territory", "Guyanese troops penetrated the national territory near "
        "Aishalton, the Venezuelan army said.", "ASSAULT", "reported", "Guyanese"),
    row("elements-penetrated", "Elements of the Eritrean army penetrated Ethiopian territory "
        "on Sunday.", "ASSAULT", "asserted"),
    row("handed-euros", "The businessman Ilir Dacaj handed 40,000 euros in cash to the "
        "Democratic Party of Albania, prosecutors said.", "AID", "reported", "Dacaj"),
    row("never-financed", "The Democratic Party of Albania has never financed a referendum, "
        "its leader said.", "AID", "negated"),
]

#: Rows that must give no event of this type with one of these modalities (None: any).
NONE = [
    pytest.param("No one was hurt in Accra, the police said.", "ASSAULT", None,
                 id="no-one-hurt"),
    pytest.param("Nobody was hurt when the roof fell in Kumasi.", "ASSAULT", None,
                 id="nobody-hurt-roof"),
    pytest.param("The mayor of Pardo condemned an act of violence against a teacher.",
                 "ASSAULT", ("negated", "denied"), id="condemned-act-not-denied"),
    pytest.param("The nurse took away the tray.", "COERCE", None, id="took-away-tray"),
    pytest.param("The firm penetrated the Asian market last year.", "ASSAULT", None,
                 id="penetrated-market"),
    pytest.param("She handed the keys to the mayor of Lviv.", "AID", None, id="handed-keys"),
    pytest.param("Police arrested two men in Oruro on Friday.", "COERCE",
                 ("negated", "denied"), id="arrest-not-negated"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source", "target"), ROWS)
def test_a_class_denial_and_its_assertion_are_events(text, type_, modality, source,
                                                      target) -> None:
    ex = events(text)
    assert matching(ex, type_, modality=modality, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "type_", "modality"), NONE)
def test_near_misses_give_no_such_event(text, type_, modality) -> None:
    ex = events(text)
    assert not matching(ex, type_, modality=modality), describe(ex)
