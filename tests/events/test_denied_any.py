"""Acts told only to be denied, negated or left unconfirmed, with "any"/"no" doers or as bare
nouns: a contradiction across outlets needs the denied side as an event even when the document
that denies never tells the act itself.

* a doer told with a negative-polarity determiner ("*any* officer", "*no* Pakistani
  aircraft", "*not a single* soldier") under a denial or a negation is the party its modifier
  names ("any *Russian* ship": Russia) or, with none, the denier's own side ("any officer"
  under a ministry or police denial: the denier);
* a bare act noun under "declined to confirm", "denied" or "no ... took place" is an event
  with no actor for attacks, protests, arrests and crowd control ("tear gas was used"), and
  keeps its place ("any fighting *in Kharkiv*");
* "declined to confirm" reads ``unconfirmed``, "denied" ``denied``, "said no ..." ``negated``.

Flip rows tell one act asserted, denied, left unconfirmed and negated. Near misses must give
no such event: "denied any wrongdoing" is no violence, "declined to comment" no event, "no one
was hurt" no attack, "any talks would be welcome" a wish, "denied him a visa" another refusal.
Our own sentences; rows: (id, text, type, modality, source names, target names, place).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, matching, problems

TURNED = ("denied", "negated", "unconfirmed")  # readings a near miss must not get


def row(id: str, text: str, type_, modality, source=None, target=None, place=None):
    return pytest.param(text, type_, modality, source, target, place, id=id)


def miss(id: str, text: str, type_, modalities=TURNED):
    """A sentence that must give no ``type_`` event read as one of ``modalities``."""
    return pytest.param(text, type_, modalities, id=id)


ROWS = [
    # an officer firing: asserted, denied, unconfirmed, negated
    row("officer-fired-asserted", "Police officers fired live ammunition at students in Dhaka "
        "on Monday.", "ASSAULT", "asserted", "Police"),
    row("any-officer-denied", "The interior ministry denied that any officer had fired live "
        "ammunition.", "ASSAULT", "denied", "interior ministry"),
    row("any-officer-unconfirmed", "The interior ministry declined to confirm that any officer "
        "had fired live ammunition.", "ASSAULT", "unconfirmed", "interior ministry"),
    row("no-officer-negated", "Police said no officer had fired live ammunition in Dhaka.",
        "ASSAULT", "negated", "Police"),
    row("not-a-single-soldier", "The army said not a single soldier had fired at the crowd.",
        "ASSAULT", "negated", "army"),
    row("not-one-soldier", "The army said not one soldier had fired at the crowd.", "ASSAULT",
        "negated", "army"),
    row("any-soldier-shot", "Nigeria's army denied that any soldier had shot a protester.",
        "ASSAULT", "denied", "army"),
    row("no-policeman-beat", "Kenya's police said no policeman had beaten the students.",
        "ASSAULT", "negated", "police"),
    # a doer named by its country's adjective
    row("russian-ship-rammed-asserted", "A Russian ship rammed a Norwegian fishing boat on "
        "Friday.", "ASSAULT", "asserted", "Russia"),
    row("any-russian-ship-denied", "Moscow denied that any Russian ship had rammed the fishing "
        "boat.", "ASSAULT", "denied", "Russia"),
    row("no-russian-vessel-negated", "Oslo said no Russian vessel had rammed the boat.",
        "ASSAULT", "negated", "Russia"),
    row("no-pakistani-aircraft", "Islamabad said no Pakistani aircraft had bombed the "
        "village.", "ASSAULT", "negated", "Pakistan"),
    row("any-indian-drone-denied", "Delhi denied that any Indian drone had attacked the camp.",
        "ASSAULT", "denied", "India"),
    row("any-chinese-vessel", "Beijing denied that any Chinese vessel had rammed the boat.",
        "ASSAULT", "denied", "China"),
    row("any-turkish-jet-unconfirmed", "Ankara declined to confirm that any Turkish jet had "
        "bombed the village.", "ASSAULT", "unconfirmed", ("Turkey", "Türkiye")),
    # fighting as a bare noun: denied, unconfirmed, negated, with its place
    row("fighting-unconfirmed", "The army declined to confirm any fighting in Kharkiv.",
        "ASSAULT", "unconfirmed", None, None, "Kharkiv"),
    row("fighting-unconfirmed-at", "The army declined to confirm any fighting at Abyei.",
        "ASSAULT", "unconfirmed", None, None, "Abyei"),
    # a village no gazetteer knows: the event all the same (its place is the places stage's)
    row("fighting-unconfirmed-village", "The army declined to confirm any fighting at Wour.",
        "ASSAULT", "unconfirmed"),
    row("fighting-denied", "The army denied any fighting in Abyei.", "ASSAULT", "denied", None,
        None, "Abyei"),
    row("fighting-there-was-none", "There was no fighting in Abyei, the army said.", "ASSAULT",
        "negated", None, None, "Abyei"),
    row("fighting-denied-there-had-been", "The army denied that there had been any fighting "
        "in Kharkiv.", "ASSAULT", "denied", None, None, "Kharkiv"),
    # a raid: asserted, negated, denied, unconfirmed
    row("raid-asserted", "Police raided the newspaper's office in Gulu.", "COERCE", "asserted",
        "Police"),
    row("raid-negated", "Police said no raid had taken place.", "COERCE", "negated"),
    row("raid-denied", "The police denied that any raid had taken place in Gulu.", "COERCE",
        "denied"),
    row("raid-unconfirmed", "The police declined to confirm any raid in Gulu.", "COERCE",
        "unconfirmed"),
    # arrests
    row("arrests-asserted", "Police arrested ten people in Kasese.", "COERCE", "asserted",
        "Police"),
    row("arrests-unconfirmed", "The ministry declined to confirm any arrests in Kasese.",
        "COERCE", "unconfirmed"),
    row("arrests-denied", "The ministry denied any arrests in Kasese.", "COERCE", "denied"),
    row("arrests-negated", "Police said no arrests had been made in Kasese.", "COERCE",
        "negated"),
    # tear gas: crowd control
    row("tear-gas-asserted", "Police used tear gas at the march in Nairobi.", "ASSAULT",
        "asserted", "Police"),
    row("tear-gas-unconfirmed", "He declined to confirm whether tear gas had been used.",
        "ASSAULT", "unconfirmed"),
    row("tear-gas-denied", "Police denied that tear gas had been used at the march.",
        "ASSAULT", "denied"),
    row("tear-gas-negated", "Police said no tear gas was used in Nairobi.", "ASSAULT",
        "negated", "Police"),
    # tear gas deployed or sprayed is fired, not forces sent (crowd control, not MOBILIZE)
    row("tear-gas-deployed-denied", "Ghana's police service denied deploying tear gas "
        "against the traders in Kumasi.", "ASSAULT", "denied", ("police", "Ghana")),
    row("tear-gas-deployed-negated", "No tear gas was deployed by any officer in Lahore, the "
        "Punjab police said.", "ASSAULT", "negated"),
    row("tear-gas-deployed-asserted", "Riot police deployed tear gas and water cannon "
        "against students in Dhaka.", "ASSAULT", "asserted", "police"),
    row("pepper-spray-sprayed", "Officers sprayed pepper spray at the marchers in Santiago.",
        "ASSAULT", "asserted", "Officers"),
    # protests
    row("protest-denied", "The governor denied that any protest had taken place in Bata.",
        "PROTEST", "denied"),
    row("protest-unconfirmed", "Officials declined to confirm any protests in Shiraz.",
        "PROTEST", "unconfirmed", None, None, "Shiraz"),
    row("protest-negated", "No protest took place in Shiraz, the governor said.", "PROTEST",
        "negated"),
    row("protest-denied-noun", "The governor denied any protests in Shiraz.", "PROTEST",
        "denied"),
    # a request told as denied (works today)
    row("any-such-request", "Sofia has denied sending any such request.", "REQUEST", "denied",
        "Bulgaria"),
]

MISSES = [
    miss("denied-wrongdoing", "The minister denied any wrongdoing.", ("ASSAULT", "COERCE")),
    miss("troops-deployed-denied", "Kenya denied deploying troops to the Somali border.",
         "ASSAULT"),
    miss("declined-to-comment", "The army declined to comment.", None),
    miss("no-one-hurt", "No one was hurt, police said.", "ASSAULT"),
    miss("any-talks-welcome", "Any talks would be welcome, the minister said.", "CONSULT"),
    miss("denied-a-visa", "The embassy denied him a visa.", ("ASSAULT", "COERCE", "PROTEST")),
    miss("declined-death-toll", "The army declined to confirm the death toll.", "ASSAULT"),
    miss("denied-knowledge", "Police denied any knowledge of the letter.",
         ("ASSAULT", "COERCE")),
    miss("any-protester-warned", "Any protester who throws stones will be arrested, police "
         "warned.", ("COERCE", "PROTEST")),
    miss("no-civilians-inside", "The army denied that any civilians were in the building.",
         "ASSAULT"),
    miss("no-raid-planned", "No raid is planned, police said.", "COERCE"),
    miss("declined-casualties", "The army declined to confirm any casualties.", "ASSAULT"),
    miss("declined-details", "The ministry declined to confirm any details.", None),
    miss("any-officer-punished", "Any officer found guilty of abuse will be punished, the "
         "ministry said.", "ASSAULT"),
    miss("no-demonstrators-square", "Police said no demonstrators were in the square.",
         "PROTEST"),
    miss("denied-any-role", "Moscow denied any role in the election.", ("ASSAULT", "COERCE")),
    miss("not-all-soldiers", "Not all soldiers fired at the crowd, the army said.", "ASSAULT",
         "negated"),
    miss("no-shots-heard", "No shots were heard near the border, villagers said.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source", "target", "place"), ROWS)
def test_denied_act_is_an_event(text, type_, modality, source, target, place):
    ex = events(text)
    found = matching(ex, type_, modality=modality, source=source, target=target)
    assert found, f"expected {type_} {modality} source={source!r}\n{describe(ex)}"
    if place is not None:
        assert any(e.location and place.lower() in e.location.name.lower()
                   for e in found), f"expected the place {place}\n{describe(ex)}"
    assert not problems(ex), problems(ex)


@pytest.mark.parametrize(("text", "type_", "modalities"), MISSES)
def test_near_miss_gives_no_denied_act(text, type_, modalities):
    ex = events(text)
    if type_ is None:
        assert not ex.events, f"expected no events\n{describe(ex)}"
        return
    found = matching(ex, type_, modality=modalities)
    assert not found, f"expected no {type_} {modalities}\n{describe(ex)}"
