"""An attack and the toll it took, told in one sentence, are one act.

"Rebels attacked an army post, *killing* three soldiers": the participle clause tells what the
attack did, not a second attack. The killing stays an event of its own (its span is evidence
of the toll), and it retells the attack (``Event.retells``), so that the fuse stage keeps both
in the attack's cluster. Written from the event-data convention that an attack and the
casualties it caused are one event (ICEWS, ACLED code one row), not from any corpus' misses.

Near misses: a participle of another type ("shelled the town, *forcing* thousands to flee");
a second act coordinated with its own verb ("attacked the post *and killed* three guards
later"); an act before the attack ("*after killing* a guard, they stormed the jail"); a
participle with a subject of its own ("the drone hit a car, *its blast killing* two men" is the
same toll, but a clause with its own subject is left alone); a verb of another type it hangs
on ("police arrested two men, *wounding* one": an arrest is not an attack).
"""

from __future__ import annotations

import pytest

from .helpers import events


def _pair(text: str, main: str, result: str):
    ex = events(text)
    by_word = {text[e.start:e.end].split()[-1]: e for e in ex.events}
    return ex, by_word.get(main), by_word.get(result)


#: (id, text, the attack's trigger word, the toll's trigger word)
RETELLS = [
    ("attacked-killing", "Rebels attacked an army post near Beni on Sunday, killing three "
     "soldiers.", "attacked", "killing"),
    ("shelled-wounding", "Government forces shelled the outskirts of Idlib overnight, wounding "
     "eleven civilians.", "shelled", "wounding"),
    ("hit-killing-unnamed", "A drone hit a wedding party in the village of Kasa, killing at "
     "least nine people.", "hit", "killing"),
    ("ambushed-killing", "Gunmen ambushed a police convoy on the highway to Maiduguri, killing "
     "four officers.", "ambushed", "killing"),
    ("bombed-injuring", "Turkish jets bombed a refinery in northern Syria, injuring two "
     "workers.", "bombed", "injuring"),
    ("stormed-killing-reported", "Militants stormed a hotel in Mogadishu on Friday, killing "
     "at least twelve guests, police said.", "stormed", "killing"),
    ("opened-fire-killing", "Soldiers opened fire on the crowd in Bamako, killing two "
     "students.", "fire", "killing"),
    ("attacked-killing-passive", "The village of Kari was attacked by bandits on Tuesday, "
     "killing six farmers.", "attacked", "killing"),
]

#: (id, text, a trigger word, another trigger word): the second does not retell the first
APART = [
    ("coordinated-own-verb", "Rebels attacked the army post on Monday and killed three "
     "guards at a checkpoint on Wednesday.", "attacked", "killed"),
    ("before-the-attack", "After killing a guard at the gate, the militants stormed the "
     "prison in Kaduna.", "stormed", "killing"),
    ("other-type-participle", "Police arrested two journalists in Minsk on Friday, accusing "
     "them of organising protests.", "arrested", "accusing"),
    ("relative-of-other-act", "The army shelled positions held by rebels who had killed "
     "five villagers the week before.", "shelled", "killed"),
]


@pytest.mark.parametrize("case", RETELLS, ids=[c[0] for c in RETELLS])
def test_the_toll_retells_the_attack(case):
    _, text, main, result = case
    ex, attack, toll = _pair(text, main, result)
    assert attack is not None and toll is not None, [
        (text[e.start:e.end], e.type) for e in ex.events]
    assert toll.retells == attack.id


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_other_acts_retell_nothing(case):
    _, text, one, other = case
    ex, first, second = _pair(text, one, other)
    for e in (first, second):
        if e is not None:
            assert e.retells not in {x.id for x in ex.events if x is not e}, (
                text[e.start:e.end], e.retells)
