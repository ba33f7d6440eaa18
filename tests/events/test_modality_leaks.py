"""Modality that stays with its own clause (issue 12, class 5: modality leaking).

Every sentence is our own wording.

* A denial or a report of one clause does not reach an act the denier or reporter does in
  the same breath: "denied that its troops *had crossed* the border and *called* the
  statement a provocation" (the parser hangs the plain-past "called" on the pluperfect
  "crossed"; the tenses part them) is the denier's own ACCUSE, told as done.
* A belief about who the doers are is no belief about the act: "Gunmen *believed to be*
  from the valley killed four villagers" tells the killing (asserted), as "Rebels thought
  to have attacked the convoy were arrested" tells the arrest; what they are believed to
  have done stays believed.

Near misses: the denied clause stays denied, a deed in the pluperfect's run ("had crossed
the border and wounded a guard") stays denied, and a belief with a clause of its own
("Police believe that gunmen killed ...") stays believed.
Rows: (text, trigger word, type, modality).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over


def row(id: str, text: str, word: str, type_: str, modality: str):
    return pytest.param(text, word, type_, modality, id=id)


OWN = [
    row("denied-crossed-and-called", "Moldova denied that its troops had crossed the border "
        "and called the statement a provocation.", "called", "ACCUSE", "asserted"),
    row("denied-entered-and-accused", "Belarus denied that its helicopters had entered Polish "
        "airspace and accused Warsaw of lying.", "accused", "ACCUSE", "asserted"),
    row("denied-shot-and-criticised", "Guyana denied that its soldiers had shot at the boat "
        "and criticised the report.", "criticised", "ACCUSE", "asserted"),
    row("said-attacked-and-condemned", "Niger said that jihadists had attacked the convoy and "
        "condemned the ambush.", "condemned", "ACCUSE", "asserted"),
    row("believed-from-killed", "Gunmen believed to be from the Zamfara hills killed four "
        "villagers in Nigeria on Sunday.", "killed", "ASSAULT", "asserted"),
    row("thought-to-belong-abducted", "Attackers thought to belong to a jihadist group "
        "abducted six engineers in Niger.", "abducted", "ASSAULT", "asserted"),
    row("believed-members-attacked-said", "Two men believed to be members of a militia "
        "attacked a police checkpoint in Mali, officials said.", "attacked", "ASSAULT",
        "reported"),
    row("believed-to-have-attacked-arrested", "Rebels believed to have attacked the convoy "
        "were arrested in Mali.", "arrested", "COERCE", "asserted"),
    # near misses
    row("the-denied-clause", "Moldova denied that its troops had crossed the border and "
        "called the statement a provocation.", "crossed", "ASSAULT", "denied"),
    row("pluperfect-run-on", "Moldova denied that its troops had crossed the border and "
        "wounded a guard.", "wounded", "ASSAULT", "denied"),
    row("what-they-are-believed-to-have-done", "Rebels believed to have attacked the convoy "
        "were arrested in Mali.", "attacked", "ASSAULT", "believed"),
    row("belief-with-its-clause", "Police in Mali believe that gunmen killed four villagers.",
        "killed", "ASSAULT", "believed"),
    row("belief-with-a-subject", "Police in Mali believed the gunmen killed four villagers.",
        "killed", "ASSAULT", "believed"),
]


@pytest.mark.parametrize("text, word, type_, modality", OWN)
def test_modality_stays_with_its_clause(text: str, word: str, type_: str,
                                        modality: str) -> None:
    found = [e for e in events_over(text, word) if e.type == type_]
    assert found and all(e.modality == modality for e in found), describe(events(text))
