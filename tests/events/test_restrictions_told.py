"""Restrictions and plunder told in the passive with no hand named (handless.restricted).
Each row is (sentence, trigger word); a COERCE event must stand at that word. A curfew, a
ban, an internet cut, a closed border or crossing (CAMEO 172x) or looting (171) told as done
to a named place is an act the analyst wants dated and placed though the text names no
hand; the fusion stage can join it to a report that names who imposed it. The sentence must
name the place (a place phrase on the verb, or the place itself as what was closed) and
tell the act as done. The near misses must give no COERCE event at that word: a
conditional, a modal or a plan, a rule or a habit in the present ("is cut whenever"), an
act with no place, a shutdown for upkeep or by weather, a clause that only frames the
time of another act ("while the crossings were shut", "the last time the border was
shut"). Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events

ROWS = [
    ("A night curfew was imposed on the town of Varnek on Saturday after two days of "
     "rioting.", "imposed"),
    ("Mobile internet was cut across the Drosk region on Monday evening, residents said.",
     "cut"),
    ("UPDATE 14:20 - Mobile internet has been shut down in Kelmora province, local "
     "journalists say.", "shut"),
    ("The Tarnow crossing was closed on Friday and hundreds of lorries were stranded.",
     "closed"),
    ("Shops were looted in the Belvane district overnight, the Ostrava Herald reported.",
     "looted"),
    ("All gatherings were banned in central Merovy on Thursday until further notice.",
     "banned"),
    ("Curfew imposed in Kastrel district after clashes", "Curfew"),
    ("Market stalls were ransacked in the port district of Pellador during the night, traders "
     "told the Lindqvist Courier.", "ransacked"),
    ("A state of emergency was declared in the province of Sarvelo on Wednesday.",
     "declared"),
]

NEAR_MISSES = [
    ("Mobile internet is cut whenever exams are held in the Drosk region.", "cut"),
    ("A curfew could be imposed on Varnek if the unrest spreads, the governor warned.",
     "imposed"),
    ("The Tarnow border would be closed if the talks failed, the minister said.", "closed"),
    ("Gatherings are banned in the main square of Merovy on public holidays.", "banned"),
    ("A curfew is planned for the town of Varnek from Friday, officials said.", "curfew"),
    ("Looting is common in the markets of Belvane after dark, traders say.", "Looting"),
    ("Internet access could be cut in Kelmora during the vote, activists fear.", "cut"),
    ("The Tarnow crossing was closed by heavy snow on Friday.", "closed"),
    # a clause that only frames the time of another act
    ("Bread prices in Dovrel doubled while the crossings into Kestria were shut.", "shut"),
    ("The last time the border at Dovrel was shut, in 2009, it stayed closed for a year.",
     "shut"),
]


@pytest.mark.parametrize(("text", "word"), ROWS, ids=[r[0][:45] for r in ROWS])
def test_restriction_is_found(text, word) -> None:
    ex = events(text)
    assert [e for e in ex.events if at(text, e, word) and e.type == "COERCE"], describe(ex)


@pytest.mark.parametrize(("text", "word"), NEAR_MISSES, ids=[r[0][:45] for r in NEAR_MISSES])
def test_near_miss_is_not(text, word) -> None:
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, word) and e.type == "COERCE"
                and e.modality in ("asserted", "reported")], describe(ex)
