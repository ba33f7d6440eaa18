"""A state body that reports an act of coercion told in the passive with no hand named is
the one that did it (``events/reporters.py``): "police said 40 kilograms of heroin *were
seized*", "officials said rifles *were confiscated*" are the police's and the officials'
seizures (CAMEO 17). An arrest or a seizure is done by the police, the army, the customs or
a ministry; when one of them tells it of its own country with no other hand, it tells its
own. Near misses: civilians, rights groups and courts (which judge the detentions they speak
of) who report arrests did not make them, a hand
named ("by soldiers") is the doer, an arrest abroad ("in Uganda") is the other state's, a
killing or an ambush told by the army is not the army's (its soldiers may be the dead), and a
warning of what "will be" seized is no act. Every sentence is our own wording.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, expect_at, expect_none_with

OWN = [
    ("Police in Garissa said 40 kilograms of heroin were seized at the port on Monday.",
     "seized", "Police"),
    ("Eleven suspected smugglers were arrested near the town of Lokichar, Kenyan police "
     "said on Sunday.", "arrested", "Kenyan police"),
    ("The Nigerian army said 12 suspected arms dealers were detained in Maiduguri.",
     "detained", "Nigerian army"),
    ("The interior ministry of Vellmar said 23 people were arrested after the riots in the "
     "capital.", "arrested", "interior ministry"),
    ("Customs officials in Dar es Salaam said a consignment of ivory was seized on Friday.",
     "seized", "Customs"),
    ("Turkish police said 300 rifles were confiscated in raids across Hatay province.",
     "confiscated", "Turkish police"),
]


@pytest.mark.parametrize(("text", "word", "source"), OWN, ids=[r[0][:40] for r in OWN])
def test_a_state_body_reporting_a_passive_seizure_made_it(text: str, word: str,
                                                          source: str) -> None:
    expect_at(text, word, "COERCE", source=source)


NOT_OWN = [
    # civilians and a rights group report what others did
    ("Residents of Lokichar said three men were arrested on Tuesday.", "arrested", "COERCE",
     "Residents"),
    ("Amnesty International said dozens of students were detained in the capital of "
     "Vellmar.", "detained", "COERCE", "Amnesty"),
    # a hand named
    ("Police in Garissa said the smugglers were arrested by soldiers at a checkpoint.",
     "arrested", "COERCE", "Police"),
    # abroad: the other state's arrest
    ("The Kenyan foreign ministry said two Kenyan traders were arrested in Uganda.",
     "arrested", "COERCE", "Kenyan foreign ministry"),
    # a spokesman speaks for the police, he made no arrest
    ("Police spokesman Colonel Amon Verel said 38 people had been arrested in Lenk.",
     "arrested", "COERCE", "Verel"),
    # a court judges the detentions it speaks of, made by others
    ("The Vellmar High Court said the fourteen activists were detained without charge.",
     "detained", "COERCE", "High Court"),
    # not an act of coercion: the army's own men may be the dead
    ("The Nigerian army said four soldiers were killed in Borno state.", "killed",
     "ASSAULT", "Nigerian army"),
]


@pytest.mark.parametrize(("text", "word", "kind", "source"), NOT_OWN,
                         ids=[r[0][:40] for r in NOT_OWN])
def test_a_report_of_another_hand_is_not_the_reporter_act(text: str, word: str, kind: str,
                                                          source: str) -> None:
    expect_none_with(text, word, kind, source=source)


def test_a_warning_of_seizure_is_no_act() -> None:
    text = "Goods that enter without a licence will be seized, the customs service of Vellmar said."
    assert not [e for e in events(text).events if e.type == "COERCE"
                and e.modality in ("asserted", "reported")], describe(events(text))
