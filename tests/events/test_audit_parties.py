"""Doers an audit of fresh reports found wrong (issue 12), by the mechanism that went wrong,
our own wire-style sentences (invented people and towns where a name is needed):

* a description naming an office ("the interior minister", "the executive secretary", "the
  chief administrator") is not someone named before who holds another office, and "she" in
  what it reports is that office, not the person named before (``actors/coref``,
  ``actors/parties._unnamed_speaker``).

Each row: (text, trigger, type, source, target); near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import at, describe, events, expect_at, names_match

#: Rows: an office no one named holds does what it reports.
OFFICES = [
    ("Moldova's prime minister, Elena Rusu, met union leaders on Tuesday. The interior "
     "minister said she had ordered the arrest of the strike organisers.",
     "ordered the arrest", "COERCE", "interior minister", None),
    ("Georgian President Nino Beridze visited Batumi on Monday. The defence minister said he "
     "had deployed troops to the border.", "deployed", "MOBILIZE", "defence minister", None),
    ("Kenya's foreign minister, Joyce Wambui, flew to Addis Ababa. The interior minister said "
     "she had expelled two Somali diplomats.", "expelled", "SANCTION", "interior minister",
     "Somali diplomats"),
    ("Foreign Minister Hana Belic met the ECOWAS executive secretary in Abuja. The executive "
     "secretary condemned the coup in Niger.", "condemned", "ACCUSE", "executive secretary",
     None),
    ("Peru's president, Rosa Quispe, toured the flooded north. The chief administrator said "
     "she had imposed a curfew in Iquitos.", "imposed a curfew", "COERCE",
     "chief administrator", None),
    ("Armenian Prime Minister Aram Vardanyan met villagers in Tavush. The foreign minister "
     "later said he had summoned the Azerbaijani ambassador.", "summoned",
     ("ACCUSE", "CONSULT", "SANCTION"), "foreign minister", "Azerbaijani ambassador"),
    ("Ghana's finance minister, Kofi Mensah, presented the budget. The interior minister "
     "said he had banned the opposition rally in Accra.", "banned", ("COERCE", "SANCTION"),
     "interior minister", None),
    ("Zambia's vice president, Mary Banda, opened the session. The justice minister said she "
     "had ordered the release of the detained journalists.", "ordered the release",
     "RETREAT", "justice minister", "journalists"),
]
#: Near misses: the holder of that very office, or of a bare title, is still the one named.
OFFICES_HELD = [
    ("Moldova's interior minister, Ana Popa, visited the border. The interior minister said "
     "she had ordered the arrest of six smugglers.", "ordered the arrest", "COERCE",
     "Ana Popa", "smugglers"),
    ("Prime Minister Elena Rusu of Moldova met union leaders. The prime minister said she "
     "had ordered the arrest of the strike organisers.", "ordered the arrest", "COERCE",
     "Elena Rusu", None),
    ("Georgia's defence minister, Giorgi Kapanadze, visited Batumi. The minister said he had "
     "deployed troops to the border.", "deployed", "MOBILIZE", "Giorgi Kapanadze", None),
    ("ECOWAS executive secretary Omar Kante flew to Abuja. The executive secretary condemned "
     "the coup in Niger.", "condemned", "ACCUSE", "Omar Kante", None),
]
#: Near misses: the person of another office is not the doer.
OFFICES_MISSES = [
    ("Moldova's prime minister, Elena Rusu, met union leaders on Tuesday. The interior "
     "minister said she had ordered the arrest of the strike organisers.",
     "ordered the arrest", "COERCE", "Elena Rusu", None),
    ("Kenya's foreign minister, Joyce Wambui, flew to Addis Ababa. The interior minister said "
     "she had expelled two Somali diplomats.", "expelled", "SANCTION", "Joyce Wambui", None),
    ("Foreign Minister Hana Belic met the ECOWAS executive secretary in Abuja. The executive "
     "secretary condemned the coup in Niger.", "condemned", "ACCUSE", "Hana Belic", None),
]



@pytest.mark.parametrize("text,trigger,type_,source,target",
                         OFFICES + OFFICES_HELD)
def test_doer_of_the_right_office_and_clause(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target",
                         OFFICES_MISSES)
def test_doer_not_taken_from_another_office_or_clause(text, trigger, type_, source, target):
    ex = events(text)
    types = (type_,) if isinstance(type_, str) else type_
    found = [e for e in ex.events if at(text, e, trigger) and e.type in types
             and (source is None or names_match(ex, e.source, source))
             and (target is None or names_match(ex, e.target, target))]
    assert not found, describe(ex)
