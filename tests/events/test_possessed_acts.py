"""Acts done to people, told by a noun a person owns: the owner is whom it was done to.

"*his* arrest", "*Kpatcha's* detention", "*the journalist's* release": a noun of an act done to
a person (an arrest, a detention, an abduction, an expulsion, a release, a killing) owned by a
person, with no "of" phrase, names that person as the target, not the doer. With an "of" phrase the
owner is the doer ("the army's arrest *of* protesters", "Hamas's release *of* hostages"), and an
institution or a state that owns the noun acts ("the government's release" stays its own act).
"""

from __future__ import annotations

import pytest

from .helpers import events, names

#: text, trigger word, expected target name (a case-insensitive substring), expected source
#: substring or None for "no source".
PATIENTS = [
    ("Supporters gathered outside the court, demanding news of the activist, who has been "
     "held since his arrest on Monday.", "arrest", "activist", None),
    ("Paulo Mendes's detention has drawn protests from journalists' unions.", "detention",
     "Mendes", None),
    ("Rights groups condemned Amina Diallo's abduction near the market.", "abduction",
     "Diallo", None),
    ("The opposition leader's arrest sparked protests across the capital.", "arrest",
     "opposition leader", None),
    ("Her release came after three weeks of talks between the two governments.", "release",
     None, None),
    ("Lawyers for Tomas Berg said his expulsion from the country was unlawful.", "expulsion",
     "Berg", None),
    # a person's violent death: the owner died
    ("The regional bloc condemned the governor's killing and called for an inquiry.",
     "killing", "governor", None),
    ("Police opened an inquiry into Sipho Ndlovu's killing near the mine.", "killing",
     "Ndlovu", None),
    ("Thousands marched in Bamako after Oumar Keita's assassination.", "assassination",
     "Keita", None),
]

#: text, trigger word, expected source substring, expected target substring (or None)
AGENTS = [
    ("The army's arrest of twelve protesters drew criticism from the UN.", "arrest", "army",
     "protesters"),
    ("Kenya's expulsion of two diplomats deepened the row.", "expulsion", "Kenya",
     "diplomats"),
    ("Hamas's release of four hostages was delayed by a day.", "release", "Hamas", "hostages"),
    ("The militia's killing of nine herders drew condemnation.", "killing", "militia",
     "herders"),
]


def _event(text: str, word: str):
    ex = events(text)
    at = text.index(word)
    found = [e for e in ex.events if e.start <= at < e.end]
    assert found, [(e.type, text[e.start:e.end]) for e in ex.events]
    return ex, found[0]


#: Rows other stages keep from passing: an unnamed "opposition leader" who is no actor, and a
#: bare "release" with no sense of its own. ("his arrest" after "the activist, who has been
#: held": the detention told before gives the arrest its detainee.)
GAPS = {"opposition leader": "no actor", None: "bare release"}


@pytest.mark.parametrize(("text", "word", "target", "source"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=GAPS[row[2]]))
    if row[2] in GAPS else row for row in PATIENTS])
def test_a_person_owning_an_act_done_to_people_is_its_target(text, word, target, source):
    ex, e = _event(text, word)
    if target is not None:  # "her release": whoever she is, she is released, not releasing
        assert any(target.lower() in n for n in names(ex, e.target)), names(ex, e.target)
    owners = names(ex, e.source)
    assert not owners or (source is not None and any(source.lower() in n for n in owners)), \
        owners


@pytest.mark.parametrize(("text", "word", "source", "target"), AGENTS)
def test_an_owner_with_an_of_phrase_or_an_institution_acts(text, word, source, target):
    ex, e = _event(text, word)
    assert any(source.lower() in n for n in names(ex, e.source)), names(ex, e.source)
    assert any(target.lower() in n for n in names(ex, e.target)), names(ex, e.target)
