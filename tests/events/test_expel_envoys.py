"""Expelling a state's envoys of any rank is a diplomatic sanction (CAMEO 166, PLOVER SANCTION,
mode expel); expelling private persons is a deportation (CAMEO 174, COERCE). Every sentence
is our own wording."""

from __future__ import annotations

import pytest

from .helpers import events

CASES = [
    ("Latvia expelled a Russian embassy counsellor on Wednesday.", "SANCTION", "166"),
    ("Estonia expelled the Russian embassy's first secretary over the cable damage.",
     "SANCTION", "166"),
    ("Lithuania expelled a second secretary of the Belarusian embassy.", "SANCTION", "166"),
    ("Ghana expelled a Togolese diplomat on Friday.", "SANCTION", "166"),
    ("Mali expelled the French military attache in Bamako.", "SANCTION", "166"),
    ("Niger expelled the Beninese counselor after the border incident.", "SANCTION", "166"),
    # envoys named by their office in a compound or an apposition (tests of issue 12)
    ("Velland expelled an Ostravian consular officer in Kalvo on Tuesday.", "SANCTION", "166"),
    ("Velland said it had expelled Tobias Renn, a first secretary at the Ostravian embassy.",
     "SANCTION", "166"),
    ("Kalvo expelled Ilse Marr, the Velland embassy's military attache, on Friday.", "SANCTION",
     "166"),
    ("Ostravia expelled two Velland embassy officials over the cable affair.", "SANCTION",
     "166"),
    # near misses: private persons are deported; a party's own officials are no envoys
    ("Velland expelled Tobias Renn, a reporter for the Kalvo Herald, on Monday.", "COERCE",
     "174"),
    ("Ostravia expelled Ilse Marr, a Velland businesswoman, on Friday.", "COERCE", "174"),
    ("Thailand expelled two Cambodian journalists on Monday.", "COERCE", "174"),
    ("Kuwait expelled dozens of Egyptian workers last month.", "COERCE", "174"),
]


@pytest.mark.parametrize(("text", "type_", "cameo"), CASES, ids=[c[0][:40] for c in CASES])
def test_expelling_envoys_is_a_diplomatic_sanction(text: str, type_: str, cameo: str) -> None:
    ex = events(text)
    got = [(e.type, e.cameo_code) for e in ex.events if text[e.start:e.end] == "expelled"]
    assert got == [(type_, cameo)], [(text[e.start:e.end], e.type, e.cameo_code)
                                     for e in ex.events]
