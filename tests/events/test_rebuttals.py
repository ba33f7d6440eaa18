"""The accused who deny an accusation hold the denial of what they were accused of (issue 12,
class 5 of the fresh-text audit; ``events/rebuttals``): "Villagers accused the militia of
burning their granaries; the militia denied it" — the burning is denied, attributed to the
militia, and the accusation stays the villagers' act, told as done.

Each row: (text, trigger of the act laid on the accused, its type, its doer, who holds the
denial). Near misses: a denial by someone else, or of something other than the accusation,
gives the denier nothing to hold.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events, names_match

#: Rows: (text, act, type, doer, holder of the denial).
DENIED = [
    ("Villagers in Morrow accused the Kessan militia of burning their granaries; the militia "
     "denied it.", "burning", "ASSAULT", "militia", "militia"),
    ("The opposition accused the police of beating detainees in Halvo, but the police denied "
     "the charge.", "beating", "ASSAULT", "police", "police"),
    ("Farmers blamed the Drelle rebels for the ambush on the Pesko road. The rebels denied "
     "involvement.", "ambush", "ASSAULT", "rebels", "rebels"),
    ("Tovaria accused Merkland of shelling border villages, which Merkland denied.",
     "shelling", "ASSAULT", "Merkland", "Merkland"),
    ("Students accused campus guards of assaulting two activists. The guards' commander "
     "denied the allegations.", "assaulting", "ASSAULT", "guards", "guards"),
    ("The Halvan government accused the Orvo Front of attacking a police post. The group "
     "denied it on Thursday.", "attacking", "ASSAULT", "Orvo Front", "Orvo Front"),
    ("Fishermen accused the Ostrian navy of seizing their boats. The navy denied the "
     "accusation on Monday.", "seizing", "COERCE", "navy", "navy"),
    ("Herders accused the Tamba rangers of beating a boy near Kolu; the rangers denied the "
     "allegation.", "beating", "ASSAULT", "Tamba", "Tamba"),
]
#: Rows: the accusation is the accusers' act, told as done, whoever denies it.
ACCUSATIONS = [
    ("Villagers in Morrow accused the Kessan militia of burning their granaries; the militia "
     "denied it.", "Villagers"),
    ("The union accused the Veska mine owners of sacking striking workers; the company "
     "denied the claim.", "union"),
    ("Herders accused the Tamba rangers of beating a boy near Kolu; the rangers denied the "
     "allegation.", "Herders"),
]
#: Near misses: (text, act, type, who must not hold a denial of it).
NOT_THEIRS = [
    ("Villagers accused the Kessan militia of burning their granaries; the governor denied "
     "it.", "burning", "ASSAULT", "governor"),
    ("Residents accused the Kessan militia of shelling Dosk. The militia denied entering the "
     "town.", "shelling", "ASSAULT", "militia"),
    ("Tovaria accused Merkland of shelling border villages. Merkland denied the raid on "
     "Ushan.", "shelling", "ASSAULT", "Merkland"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "doer", "holder"), DENIED)
def test_accused_deny_what_they_were_accused_of(text: str, trigger: str, type_: str,
                                                doer: str, holder: str) -> None:
    ex = events(text)
    assert [e for e in ex.events if at(text, e, trigger) and e.type == type_
            and e.modality == "denied" and names_match(ex, e.source, doer)
            and e.attributed_to and names_match(ex, e.attributed_to, holder)], describe(ex)


@pytest.mark.parametrize(("text", "accuser"), ACCUSATIONS)
def test_denied_accusation_was_made(text: str, accuser: str) -> None:
    ex = events(text)
    assert [e for e in ex.events if at(text, e, "accused") and e.type == "ACCUSE"
            and e.modality == "asserted" and names_match(ex, e.source, accuser)], describe(ex)


@pytest.mark.parametrize(("text", "trigger", "type_", "other"), NOT_THEIRS)
def test_denial_of_another_thing_or_by_another_is_not_held(text: str, trigger: str,
                                                           type_: str, other: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, trigger) and e.type == type_
                and e.modality == "denied" and e.attributed_to
                and names_match(ex, e.attributed_to, other)], describe(ex)
