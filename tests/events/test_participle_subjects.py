"""A verb of an act done to someone, read by the parser as a sentence's verb with no object,
is still done to its "subject" (``events.misreadings.misread``, ``object_verbs``): a
headline's passive with "were" left out ("Six Tongan fishermen *detained* in Fiji") and a
reduced relative before the true verb ("Five of the fishermen *detained* in Fiji this month
landed ..."): the noun is the patient, the doer only a by-phrase. Our own sentences. Near
misses: a verb with an object keeps its subject as the doer, also when the parser gave the
object to a clause after it.
Rows: (text, trigger word, type, source name or None for none, target name).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, names_match


def row(id: str, text: str, trigger: str, type_: str, source: str | None, target: str | None):
    return pytest.param(text, trigger, type_, source, target, id=id)


ROWS = [
    row("headline-detained", "Six Tongan fishermen detained in Fiji", "detained", "COERCE",
        None, "fishermen"),
    row("reduced-relative-landed", "Five of the six Tongan fishermen detained in Fiji this "
        "month landed at Nukualofa airport on Saturday night.", "detained", "COERCE", None,
        "fishermen"),
    row("headline-arrested-by", "Two opposition activists arrested by police in Lomé",
        "arrested", "COERCE", "police", "activists"),
    row("headline-abducted", "Nine farmers abducted near Kagara, officials say", "abducted",
        "ASSAULT", None, "farmers"),
    # expelled *from* a country: that country expels them
    row("headline-expelled", "Four Malian traders expelled from Guinea", "expelled",
        "COERCE", "Guinea", "traders"),
    row("headline-killed-in-ambush", "Four Kenyan police officers killed in Mandera ambush",
        "killed", "ASSAULT", None, "officers"),
    row("headline-killed-near", "Two Malian gendarmes killed near Douentza, army says",
        "killed", "ASSAULT", None, "gendarmes"),
    # near misses: a doer with an object stays the doer
    row("active-with-object", "Fijian police detained six Tongan fishermen on Monday.",
        "detained", "COERCE", "police", "fishermen"),
    row("active-past-headline", "Police detain six Tongan fishermen in Suva", "detain",
        "COERCE", "police", "fishermen"),
    row("killed-with-object", "Gunmen killed four officers near Mandera on Monday.", "killed",
        "ASSAULT", "gunmen", "officers"),
]


@pytest.mark.parametrize(("text", "trigger", "type_", "source", "target"), ROWS)
def test_participle_subject_is_the_patient(text: str, trigger: str, type_: str,
                                           source: str | None, target: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end].split()[0] == trigger
             and e.type == type_]
    assert found, describe(ex)
    e = found[0]
    assert names_match(ex, e.target, target), describe(ex)
    assert (not e.source) if source is None else names_match(ex, e.source, source), \
        describe(ex)


def test_an_object_taken_by_a_clause_leaves_the_doer() -> None:  # near miss
    """The parser may make the object of an active verb the subject of the clause after it
    ("abducted [30 women collecting firewood]"): the verb is still active."""
    text = "Al-Shabaab fighters abducted more than 20 girls fetching water near Bulo Burte."
    ex = events(text)
    found = [e for e in ex.events if text[e.start:e.end].startswith("abducted")]
    assert found and names_match(ex, found[0].source, "shabaab"), describe(ex)
