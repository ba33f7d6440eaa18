"""Doers the context gives (``episodes``, and ``subjects.subject`` for reported conjuncts).

Two classes, each with near misses that must not get the doer. Every sentence is our own
wording, with invented names.

1. An agentless passive of force or coercion ("two editors were detained") in the same
   episode as an act of force by an armed body just before it (same sentence or the next one
   in the paragraph, no other party acting in between) is that body's doing: "Police raided
   the newsroom. Two editors were detained." Near misses: no act before it, an act by a
   party that is no armed body ("protesters marched; several were arrested": not the
   protesters), another party acting in between, a by-phrase of its own, fighters hit (a
   clash's dead may be either side's).
2. A verb of words coordinated with the verb of a reported clause is the reporter's, not
   the clause subject's, when the tenses part them: the clause verb pluperfect ("had
   attacked"), the conjunct a plain past like the reporting verb ("and promised an
   inquiry"). Near misses: a conjunct that is itself a participle of the pluperfect, a deed
   (the pluperfect runs on), or a clause with no pluperfect (the parse cannot tell).
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, at, describe, events, expect, expect_none, names_match

# (text, type, source, target); the source comes from the act just before
PASSIVES = [
    ("Police raided the offices of the Lornavia Courier on Monday. Two of its editors were "
     "detained.", "COERCE", "Police", "editors"),
    ("Soldiers stormed the hamlet of Vessaro before dawn. Six farmers were arrested.",
     "COERCE", "Soldiers", "farmers"),
    ("Militiamen overran the market in Draskel on Friday and three traders were abducted.",
     ("ASSAULT", "COERCE"), "Militiamen", "traders"),
    ("Gunmen attacked a checkpoint outside Pelmora overnight. Two guards were killed.",
     "ASSAULT", "Gunmen", "guards"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), PASSIVES)
def test_passive_takes_the_doer_before(text: str, type_: OneOrMore, source: Names,
                                       target: Names) -> None:
    expect(text, type_, source=source, target=target)


def test_toll_retells_the_attack() -> None:
    """A killing told in the passive right after an attack is that attack's toll."""
    text = "Gunmen attacked a checkpoint outside Pelmora overnight. Two guards were killed."
    ex = events(text)
    attack = next(e for e in ex.events if at(text, e, "attacked"))
    toll = next(e for e in ex.events if at(text, e, "killed"))
    assert toll.retells == attack.id, describe(ex)


# (text, trigger word, the actor that must not be its source)
PASSIVES_NOT = [
    # no act before it: the police only speak afterwards
    ("Two editors of the Lornavia Courier were detained on Monday. Police denied any role.",
     "detained", "Police"),
    # the act before is a protest: the marchers do not arrest themselves
    ("Protesters marched through central Vessaro on Sunday; twelve students were arrested.",
     "arrested", "Protesters"),
    # another party acts in between
    ("Soldiers stormed the hamlet of Vessaro. Villagers accused the governor of lying, and "
     "six farmers were arrested.", "arrested", "Soldiers"),
    # a by-phrase of its own
    ("Soldiers stormed the hamlet of Vessaro. Six farmers were later arrested by police "
     "officers.", "arrested", "Soldiers"),
    # the attackers' own dead fell to the other side
    ("Soldiers attacked a rebel camp near Draskel. Two soldiers were killed.", "killed",
     "Soldiers"),
    ("Rebels attacked an army post outside Pelmora on Friday. Four rebels were killed.",
     "killed", "Rebels"),
    # a new paragraph is a new episode
    ("Soldiers stormed the hamlet of Vessaro on Tuesday.\n\nSix farmers were arrested in "
     "Draskel a week later.", "arrested", "Soldiers"),
]


@pytest.mark.parametrize(("text", "word", "source"), PASSIVES_NOT)
def test_passive_keeps_no_doer(text: str, word: str, source: Names) -> None:
    ex = events(text)
    hits = [e for e in ex.events if at(text, e, word)]
    assert hits, f"no event at {word!r}\n{describe(ex)}"
    assert not any(names_match(ex, e.source, source) for e in hits), describe(ex)


# (text, type, source, wrong source)
REPORTED = [
    ("The interior ministry said the insurgents had ambushed the convoy and promised a "
     "full inquiry.", "AGREE", "ministry", "insurgents"),
    ("The army said the rebels had shelled Pelmora and vowed to retaliate.",
     "THREATEN", "army", "rebels"),
    ("Officials in Draskel said the militia had seized the port and urged residents to stay "
     "indoors.", "REQUEST", "Officials", "militia"),
]


@pytest.mark.parametrize(("text", "type_", "source", "wrong"), REPORTED)
def test_reported_conjunct_is_the_reporters(text: str, type_: OneOrMore, source: Names,
                                            wrong: Names) -> None:
    expect(text, type_, source=source)
    expect_none(text, type_, source=wrong)


def test_reporters_conjunct_lends_no_target() -> None:
    """The reporter's own act is no complement of the reported one: what the officials urge
    residents to do is not done to the residents by the militia."""
    text = ("Officials in Draskel said the militia had seized the port and urged residents to "
            "stay indoors.")
    expect_none(text, "COERCE", target="residents")


# (text, type, source): the conjunct stays the clause subject's
REPORTED_NOT = [
    # "had attacked ... and had looted": both pluperfect, both the rebels'
    ("The ministry said the rebels had attacked the depot and had looted it.", "COERCE",
     "rebels"),
    # a deed the tagger reads as a plain past: the pluperfect runs on
    ("The mayor said bandits had raided the depot and wounded a watchman.", "ASSAULT",
     "bandits"),
    # one tense throughout: the army shelled and withdrew
    ("The army shelled Brelovo and later withdrew.", "RETREAT", "army"),
]


@pytest.mark.parametrize(("text", "type_", "source"), REPORTED_NOT)
def test_conjunct_keeps_its_subject(text: str, type_: OneOrMore, source: Names) -> None:
    expect(text, type_, source=source)
