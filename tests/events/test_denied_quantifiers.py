"""Negative quantifiers that deny an act of a whole class, and the money given that such a
denial takes up: the denial must be an event (negated, of the act's type) or it never meets
the act another source asserts.

* "*not one* member of the crew was struck": the parser hangs the "not" on the numeral, not
  on the noun; the noun is still said not to exist, as with "*no* member" or "*not a single*
  member" (``modality.no_such``);
* money given in a currency's own unit ("gave 30,000 dollars", "never gave *a single
  peso*") is money given (CAMEO 071), as "money" or "funding" is;
* a hand, a fist or a truncheon raised against someone, and a person touched by police,
  guards or soldiers, are a physical assault (182) as a hand laid on someone is: the words a
  denial of a beating takes ("*no* guard raised a hand against the prisoners", "*no* guard
  touched them").
* a passive act whose agent is told only to say no one did it ("*no* prisoner was beaten
  *by any* guard", "*no* tear gas was used *by any* officer"): the "no" of the clause licenses
  the "any", and no hand is named.

Near misses: "not one but three" members were beaten (three were), a passenger not hurt when
a ferry ran aground or a sailor not struck when a mast fell (harm with no hand), detainees
not one of whom was released (a release negated, no arrest denied), a currency that gives
way on the market, voices raised against a plan, arms raised against a government (a
revolt), a minister touched by a welcome, a plane touching down, soldiers touching a flag.
Our own sentences and places.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching


def row(id: str, text: str, type_, modality, source=None, target=None):
    return pytest.param(text, type_, modality, source, target, id=id)


ROWS = [
    row("not-one-member-beaten", '"Not one member of the convoy was beaten," the Dravian '
        "police said.", "ASSAULT", "negated"),
    row("not-one-villager-detained", "Not one villager in Sarvo was detained, the governor of "
        "Telmar province said.", "COERCE", "negated"),
    row("not-one-guard-beaten", "Not one guard at the Orlen depot was beaten, the mine owners "
        "said.", "ASSAULT", "negated"),
    row("not-one-student-arrested", "The police arrested not one student in Veska, the rector "
        "said.", "COERCE", "negated"),
    row("never-gave-single-peso", "The Lantic Party has never given a single peso to any armed "
        "group, its leader said.", "AID", "negated", "Lantic Party"),
    row("not-a-single-rupee-given", "Not a single rupee was given to the fighters, the Korwa "
        "trust said.", "AID", "negated"),
    row("gave-dollars", "The Dravian ministry gave 20,000 dollars to the militia in Sarvo, "
        "auditors said.", "AID", "reported"),
    row("no-guard-raised-hand", "No guard raised a hand against the prisoners in Orlen, the "
        "warden said.", "ASSAULT", "negated", None, "prisoners"),
    row("not-one-warder-raised-truncheon", "Not one warder raised a truncheon against the "
        "inmates of Orlen, the Dravian prison service said.", "ASSAULT", "negated"),
    row("raised-batons-against", "Riot officers raised their batons against the marchers in "
        "Veska, witnesses said.", "ASSAULT", "reported", "officers"),
    row("no-guard-touched", "No guard touched the prisoners in Orlen, the warden said.",
        "ASSAULT", "negated", None, "prisoners"),
    row("gave-francs", "The governor gave 5 million francs to the youth league of Telmar.",
        "AID", "asserted", "governor"),
    # a denial's hand told only as "by any ...": the "no" before the act licenses the "any",
    # and no one is named who did it
    row("no-prisoner-beaten-by-any-guard", "No prisoner was beaten by any guard, the warden of "
        "Orlen said.", "ASSAULT", "negated"),
    row("no-bullets-fired-by-any-officer", "No rubber bullets were fired by any officer, the "
        "Veska police chief said.", "ASSAULT", "negated"),
    row("no-gas-used-by-any-officer", "No tear gas was used by any officer, the Veska "
        "police said.", "ASSAULT", "negated"),
    row("no-villager-detained-by-any-soldier", "No villager was detained by any soldier, the "
        "governor of Telmar province said.", "COERCE", "negated"),
    row("not-one-marcher-clubbed-by-any", "Not one marcher was clubbed by any policeman, the "
        "Dravian police said.", "ASSAULT", "negated"),
    row("prisoner-beaten-by-the-guards", "Two prisoners were beaten by the guards in Orlen, "
        "their lawyer said.", "ASSAULT", "reported", "guards"),
]

#: Rows that must give no event of this type with one of these modalities (None: any).
NONE = [
    pytest.param("Not one but three members of the convoy were beaten, the Dravian police "
                 "said.", "ASSAULT", ("negated", "denied"), id="not-one-but-three"),
    pytest.param("Not one passenger was hurt when the ferry ran aground near Tolvik.",
                 "ASSAULT", None, id="not-one-hurt-aground"),
    pytest.param("Not one member of the crew was struck when the mast fell off Tolvik.",
                 "ASSAULT", None, id="not-one-struck-by-a-mast"),
    pytest.param("Not one of the detainees was released, their families in Veska said.",
                 "COERCE", ("negated", "denied"), id="not-one-released-no-arrest-denied"),
    pytest.param("The peso gave way against the dollar on Monday.", "AID", None,
                 id="peso-gave-way"),
    pytest.param("The deputies raised their voices against the plan in Veska.", "ASSAULT",
                 None, id="voices-raised-against-a-plan"),
    pytest.param("The villagers raised arms against the Dravian government.", "ASSAULT", None,
                 id="arms-raised-against-a-government"),
    pytest.param("The minister was deeply touched by the welcome in Varno.", "ASSAULT", None,
                 id="minister-touched-by-a-welcome"),
    pytest.param("The plane touched down in Varno on Monday.", "ASSAULT", None,
                 id="plane-touched-down"),
    pytest.param("The soldiers touched the flag before the parade in Sarvo.", "ASSAULT", None,
                 id="soldiers-touched-a-flag"),
    # "any" with no negation before it: whoever would, not a denial
    pytest.param("Marchers can be struck by any officer on duty in Veska, the union warned.",
                 "ASSAULT", None, id="struck-by-any-officer-generic"),
    pytest.param("A prisoner beaten by any guard may complain to the Orlen court.", "ASSAULT",
                 None, id="beaten-by-any-guard-rule"),
    pytest.param("If any marcher is hit by any officer, the union will strike in Veska.",
                 "ASSAULT", ("negated", "denied"), id="hit-by-any-officer-condition"),
    pytest.param("No prisoner was beaten by any guard, the warden of Orlen said.",
                 "COERCE", None, id="beating-denied-is-no-arrest"),
    pytest.param("No marcher was injured by any falling debris, the Veska police said.",
                 "ASSAULT", None, id="injured-by-no-debris"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source", "target"), ROWS)
def test_a_quantified_denial_and_its_assertion_are_events(text, type_, modality, source,
                                                          target) -> None:
    ex = events(text)
    assert matching(ex, type_, modality=modality, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "type_", "modality"), NONE)
def test_near_misses_give_no_such_event(text, type_, modality) -> None:
    ex = events(text)
    assert not matching(ex, type_, modality=modality), describe(ex)
