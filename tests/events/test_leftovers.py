"""Leftovers of the CAMEO coverage and the precision audit (issue 12), one class each.

* A past-tense verb the parser misreads as an adjective before its object, at the start of a
  clause ("Vietnam *relaxed* censorship", parsed as a noun phrase "relaxed censorship" with the
  country hanging off it), is read as the verb: its subject is the nominal dependent before
  it, its object the noun, when the lexicon has a verb sense of its lemma with that object
  (``triggers.py``). An adjective that only describes its noun stays no event.
* A sense may be conditioned on its subject (``subj``: "@police", "@military"): the police
  raising its alert level is CAMEO 151, the military 152; a volcano's alert level is no event.
* "target" with people or firms as its object, coordinated with or under a sanctions verb
  or noun, is a sanction (163), not an attack.
* A standing measure (an embargo, a blockade, a ban) named as the object of breaking,
  lifting, defying it inside a wish or plan exists: its own event stays asserted; only the
  act on it is hypothetical or requested.

Each table states what must fire and what must not (near misses). Every sentence is ours.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, expect_none, problems


def _row(id: str, text: str, kind: str, *, source=None, target=None, modality=None,
         cameo: str | None = None, absent: bool = False):
    return pytest.param(text, kind, source, target, modality, cameo, absent, id=id)


MISREAD_ADJECTIVE = [
    _row("relaxed-censorship-nmod", "China relaxed censorship of online forums.", "CONCEDE",
         source="China", cameo="0811"),
    _row("relaxed-censorship-on-monday", "Myanmar relaxed censorship on Monday.", "CONCEDE",
         source="Myanmar", cameo="0811"),
    _row("relaxed-curbs-vbd-amod", "Hanoi relaxed curbs on foreign bloggers.", "CONCEDE",
         source=("Hanoi", "Vietnam"), cameo="081"),
    _row("relaxed-controls-subject-on-adjective", "Morocco relaxed controls on street "
         "protests.", "CONCEDE", source="Morocco", cameo="081"),
    _row("relaxed-rules-compound", "Beijing relaxed rules on private tutoring.", "CONCEDE",
         source=("Beijing", "China"), cameo="081"),
    _row("relaxed-curfew", "Cuba relaxed curfew in Havana.", "RETREAT", source="Cuba",
         cameo="0813"),
    _row("relaxed-rules-reported-after", "Hanoi relaxed rules, officials said.", "CONCEDE",
         source=("Hanoi", "Vietnam")),
    _row("relaxed-censorship-no-coercion", "China relaxed censorship of online forums.",
         "COERCE", absent=True),
    # near misses: an adjective that only describes its noun
    _row("near-miss-relaxed-rules-passive-subject", "Relaxed rules were welcomed by "
         "traders.", "CONCEDE", absent=True),
    _row("near-miss-possessive-relaxed-rules", "Singapore's relaxed rules on gatherings drew "
         "praise.", "CONCEDE", absent=True),
    _row("near-miss-the-relaxed-rules", "The relaxed rules helped exporters.", "CONCEDE",
         absent=True),
    _row("near-miss-possessive-relaxed-censorship", "Vietnam's relaxed censorship pleased "
         "editors.", "CONCEDE", absent=True),
]

SUBJECT_CLASS = [
    _row("police-raised-their-alert-level", "The French police raised their alert level "
         "after the attack in Nice.", "MOBILIZE", source=("France", "French"), cameo="151"),
    _row("federal-police-raised-its-alert-level", "Belgium's federal police raised its alert "
         "level around Brussels airport.", "MOBILIZE", source="Belgium", cameo="151"),
    _row("gendarmerie-raised-alert-level", "Senegal's gendarmerie raised its alert level "
         "along the border with Mali.", "MOBILIZE", source="Senegal", cameo="151"),
    _row("army-raised-its-alert-level", "The Indian army raised its alert level along the "
         "frontier with China.", "MOBILIZE", source="India", cameo="152"),
    _row("near-miss-volcano-agency", "Indonesia's volcano agency raised the alert level for "
         "Mount Merapi after an eruption.", "MOBILIZE", absent=True),
    _row("near-miss-volcano-alert-level-passive", "The volcano's alert level was raised to "
         "the highest on Sunday.", "MOBILIZE", absent=True),
    _row("near-miss-geological-survey", "The geological survey raised its alert level for "
         "the volcano near Reykjavik.", "MOBILIZE", absent=True),
    _row("near-miss-police-raised-money", "Police in Leeds raised money for a children's "
         "hospital.", "MOBILIZE", absent=True),
]

SANCTION_TARGETS = [
    _row("impose-sanctions-and-target-commanders", "The US should impose sanctions and "
         "target the commanders.", "SANCTION", source="United States", target="commanders",
         modality="requested"),
    _row("impose-sanctions-and-target-commanders-no-assault", "The US should impose "
         "sanctions and target the commanders.", "ASSAULT", absent=True),
    _row("imposed-sanctions-and-targeted-banks", "Britain imposed sanctions and targeted "
         "five Russian banks.", "ASSAULT", absent=True),
    _row("sanctions-that-target-financiers", "Washington unveiled sanctions that target "
         "Hamas financiers.", "ASSAULT", absent=True),
    _row("sanctions-targeting-companies", "The Treasury imposed sanctions targeting twelve "
         "companies linked to the Wagner Group.", "ASSAULT", absent=True),
    _row("sanction-to-target-officials", "The EU agreed to sanction and target officials "
         "of the junta.", "ASSAULT", absent=True),
    # near misses: an attack stays an attack
    _row("near-miss-targeted-convoy-after-sanctions", "After the sanctions were announced, "
         "militants targeted an army convoy near Gao.", "ASSAULT"),
    _row("near-miss-targeted-a-base-beside-sanctions", "Washington imposed sanctions on "
         "Tehran, and Iranian drones later targeted a US base in Syria.", "ASSAULT",
         source="Iranian drones"),
    _row("near-miss-own-subject-targeted-soldiers", "Washington imposed sanctions on Tehran, "
         "and militias later targeted US soldiers in Syria.", "SANCTION", source="militias",
         absent=True),
    _row("near-miss-gunmen-targeted-checkpoint", "Gunmen targeted a police checkpoint in "
         "Mogadishu on Monday.", "ASSAULT", source="Gunmen"),
]

#: "ease/lift" + the measure is a collocation of its own (RETREAT, CONCEDE) that codes its
#: object: the measure is no second event (``coverage.covered_nouns``, not these files).
_COVERED = pytest.mark.xfail(reason="a lift/ease collocation covers the standing measure it "
                             "names; no event of the measure itself", strict=True)

STANDING_MEASURES = [
    _row("wants-to-break-embargo", "Haftar wants Russia to break the UN arms embargo on "
         "Libya.", "SANCTION", source="United Nations", target="Libya", modality="asserted"),
    _row("plans-to-defy-embargo", "Turkey plans to defy the arms embargo on Libya.",
         "SANCTION", target="Libya", modality="asserted"),
    _row("urged-to-break-blockade", "Hamas urged Egypt to break the blockade of Gaza.",
         "COERCE", target="Gaza", modality="asserted"),
    _row("urged-to-flout-embargo", "Kyiv accused Minsk of helping Moscow flout the oil "
         "embargo on Russia.", "SANCTION", target="Russia", modality="asserted"),
    pytest.param("Israel may ease its blockade of Gaza next month.", "COERCE", "Israel", "Gaza",
                 "asserted", None, False, id="may-ease-blockade", marks=_COVERED),
    pytest.param("Riyadh hopes Washington will lift its ban on arms sales.", "SANCTION",
                 ("Washington", "United States"), None, "asserted", None, False,
                 id="hopes-to-lift-ban", marks=_COVERED),
    # near misses: a measure that is itself wished for or planned is not asserted
    _row("near-miss-may-impose-embargo", "The UN may impose an arms embargo on Sudan.",
         "SANCTION", modality="asserted", absent=True),
    _row("near-miss-wants-an-embargo", "Kyiv wants the EU to impose an oil embargo on Russia.",
         "SANCTION", modality="asserted", absent=True),
    _row("near-miss-plans-a-blockade", "China plans a naval blockade of Taiwan, officials "
         "warned.", "COERCE", modality="asserted", absent=True),
]


@pytest.mark.parametrize("text, kind, source, target, modality, cameo, absent",
                         MISREAD_ADJECTIVE + SUBJECT_CLASS + SANCTION_TARGETS
                         + STANDING_MEASURES)
def test_leftover(text: str, kind: str, source, target, modality, cameo: str | None,
                  absent: bool) -> None:
    if absent:
        expect_none(text, kind, source=source, target=target, modality=modality)
        return
    event = expect(text, kind, source=source, target=target, modality=modality)
    assert cameo is None or event.cameo_code == cameo, event
    assert not problems(events(text))
