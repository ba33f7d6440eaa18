"""Near misses of the CAMEO 030-094 senses: sentences that share a sense's words but not its
act, and must not be coded as it.

Each row names the sense it guards: a phone call needs a phone ("spoke by video link *to* a
congress" is a speech), a third location needs two parties from elsewhere (one leader's
talks abroad are a visit whose host goes unnamed), an investigation of crimes is no war-crimes
probe unless the crimes are war crimes, and so on. The positive side of each sense is in
``tests/events/cameo/cases_03_09.yaml``.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect_none

NO_EVENT_OF_TYPE = [
    # (id, text, type that must not be found, modality or None for any)
    ("video-link-speech-is-no-call",
     "Erdogan spoke by video link to a party congress in Ankara.", "CONSULT", None),
    ("campaigning-against-is-no-support",
     "Brazil campaigned against the resolution at the United Nations.", "SUPPORT", None),
    ("withdrawing-cash-is-no-concession",
     "Savers withdrew billions from Credit Suisse in March.", "CONCEDE", None),
    ("rallies-not-allowed",
     "Belarus did not allow opposition rallies in Minsk.", "CONCEDE", "asserted"),
    ("vowing-revenge-is-no-agreement",
     "Jordan's king vowed revenge for the pilot's death.", "AGREE", None),
    ("admitting-what-inspectors-found-is-no-access",
     "Iran's foreign minister admitted that inspectors had found uranium traces.", "RETREAT",
     None),
    ("peacekeepers-receiving-medals",
     "UN peacekeepers received medals from Ghana's president in Accra.", "RETREAT", None),
    ("a-film-about-war-crimes",
     "A film about war crimes in Bosnia won the top prize in Berlin.", "ACCUSE", None),
    ("calling-for-change-is-no-promise",
     "Kenya's opposition leader said voters wanted change.", "AGREE", None),
    ("suspending-talks-is-no-concession",
     "Nigeria's unions suspended talks with the government.", "CONCEDE", None),
    ("speaking-on-television-is-no-call",
     "Emmanuel Macron spoke on television about the pension reform.", "CONSULT", None),
    ("players-on-the-sidelines-meet-no-one",
     "Morocco's players sat on the sidelines in Doha.", "CONSULT", None),
    ("a-moratorium-on-evictions-eases-no-dissent",
     "Kenya's government extended a moratorium on evictions.", "AGREE", None),
]


@pytest.mark.parametrize("text, kind, modality",
                         [pytest.param(t, k, m, id=i) for i, t, k, m in NO_EVENT_OF_TYPE])
def test_near_miss_is_not_coded_as_the_sense(text: str, kind: str,
                                              modality: str | None) -> None:
    expect_none(text, kind, modality=modality)


NOT_THIS_CODE = [
    # (id, text, CAMEO code that must not be given)
    ("one-leader-abroad-is-no-third-place", "Vladimir Putin held talks in Beijing.", "044"),
    ("meeting-at-home-is-no-third-place", "Macron and Scholz met in Paris.", "044"),
    ("crimes-are-not-war-crimes", "Italian police investigated crimes in Naples.", "094"),
    ("sanctions-relief-is-not-humanitarian",
     "Washington offered sanctions relief to Venezuela.", "0333"),
    ("halting-an-offensive-is-no-truce", "Russia halted its offensive near Kharkiv.", "0871"),
    ("a-pardon-offered-is-no-general-yield", "Myanmar's junta offered an amnesty to rebels.",
     "035"),
]


@pytest.mark.parametrize("text, code", [pytest.param(t, c, id=i) for i, t, c in NOT_THIS_CODE])
def test_near_miss_does_not_carry_the_code(text: str, code: str) -> None:
    found = [e for e in events(text).events if e.cameo_code == code]
    assert not found, f"{text!r} coded {code}: {found}"



def test_a_promise_of_support_keeps_the_support_promised() -> None:
    # the promise's object names no intent of its own ("pledged *vote*" would): the support
    # promised stays, as what the offer offers (0332: intent to provide military aid); the
    # offer and its object are one act, coded once (events/restatements.py)
    ex = events("Turkey offered military support to the government in Tripoli.")
    assert any(e.cameo_code == "0332" or e.type == "AID" for e in ex.events), ex.events
