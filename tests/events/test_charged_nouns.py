"""An act named by a noun as the charge of an accusation is laid on the accused (our own
sentences, many places and kinds of act).

"accused X *of doing* Y" already gives X as the doer; so does the noun of an act in the
charge phrase ("of", "for", "with") of a verb of accusing or blaming ("accused Russia *of
attacks* on the port", "blamed the militia *for the massacre*", "charged two officers *with
torture*"): the one accused did it, as the accuser alleges. Near misses: a noun in a phrase
further down ("accused Russia of complicity *in the attack*": complicity, not the attack,
is laid on Russia), a stance laid as a charge ("accused Sudan of *sympathy* for the
rebels": no act of support), or after a verb of another kind ("thanked Qatar for *its mediation*",
"praised Egypt for the talks") takes no doer from them.

HITS rows: (text, the trigger word, its type, the source name); the charge may hang on the
object ("accused [the army *of air raids*]"), where the parser often puts it.
ALLEGED rows: (text, the trigger word): the act charged is told as the accuser's belief.
MISSES rows: (text, the trigger word, a type, the name that must not be its source).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over, expect_at, expect_none_with

HITS = [
    ("Ukraine accused Russia of continuing attacks on the grain port of Odesa.", "attacks",
     "ASSAULT", "Russia"),
    ("Kenya accused Somalia of fresh air strikes on its border towns.", "strikes", "ASSAULT",
     "Somalia"),
    ("The government blamed the Fulani militia for the massacre in Plateau State.",
     "massacre", "ASSAULT", "militia"),
    ("Prosecutors in Lima charged two police officers with the torture of a student.",
     "torture", "ASSAULT", "police officers"),
    ("Azerbaijan accused Armenia of renewed shelling of its positions in Kalbajar.",
     "shelling", "ASSAULT", "Armenia"),
    ("Guinea's opposition blamed the junta for the arrests in Conakry.", "arrests",
     "COERCE", "junta"),
    # the charge hung by the parser on the object ("accused [the army of air raids]")
    ("A rebel spokesman said the group was committed to the truce and accused the army of "
     "continuing air raids on Mekelle.", "raids", "ASSAULT", "army"),
    ("The opposition accused the junta of mass arrests of journalists in Conakry.",
     "arrests", "COERCE", "junta"),
]

#: what is laid on the accused is alleged, on the accuser's word, wherever the parser hangs it
ALLEGED = [
    ("A rebel spokesman said the group was committed to the truce and accused the army of "
     "continuing air raids on Mekelle.", "raids"),
    ("The opposition accused the junta of mass arrests of journalists in Conakry.", "arrests"),
    ("Ukraine accused Russia of continuing attacks on the grain port of Odesa.", "attacks"),
]

MISSES = [
    ("Ukraine accused Belarus of complicity in the attack on Kyiv.", "attack", "ASSAULT",
     "Belarus"),
    ("Ethiopia accused Sudan of sympathy for the rebels in Tigray.", "sympathy", "SUPPORT",
     "Sudan"),
    ("The minister thanked Qatar for its mediation and praised Egypt for the ceasefire.",
     "ceasefire", "RETREAT", "Egypt"),
]


@pytest.mark.parametrize(("text", "word", "type_", "source"), HITS)
def test_the_accused_does_the_act_charged(text: str, word: str, type_: str, source: str):
    expect_at(text, word, type_, source=source)


@pytest.mark.parametrize(("text", "word", "type_", "source"), MISSES)
def test_no_doer_from_another_phrase_or_verb(text: str, word: str, type_: str, source: str):
    expect_none_with(text, word, type_, source=source)


@pytest.mark.parametrize(("text", "word"), ALLEGED)
def test_the_act_charged_is_alleged(text: str, word: str):
    found = events_over(text, word)
    assert found and all(e.modality == "believed" for e in found), describe(events(text))
