"""Whom "it" stands for in a clause coordinated with the reporting verb (issue 12's audit:
an argument borrowed from a reported clause). "X said Y had done A, and it did B": the two
main clauses share their topic, the speaker X, not Y, the subject of the clause reported
between them. Our own sentences, many countries.

Near misses keep the nearest subject: a pronoun inside the reported clause ("said Y had done
A after it did B", "said Y had done A and that it would B").

Each row: (text, the pronoun as written, a country code, name or alias of the antecedent).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of, resolved

SPEAKER = [
    ("Paraguay said Brazil had closed the border crossing at Vila Tormes, and it recalled "
     "its ambassador.", "it", "pry"),
    ("The Cambodian defence ministry said Thailand had violated its airspace and it "
     "demanded an apology.", "it", "khm"),
    ("Lithuania said Belarus had pushed migrants across the frontier, and it closed two "
     "checkpoints on Wednesday.", "it", "ltu"),
    ("Guyana said Venezuela had massed troops near the Essequibo, and it asked the United "
     "Nations for help.", "it", "guy"),
    ("Serbia said Kosovo had sent police into the north, and it put its army on alert.",
     "it", "srb"),
    ("Armenia said Azerbaijan had shelled the village of Dzorakert, and it summoned the "
     "Azerbaijani envoy.", "it", "arm"),
    ("Ghana said Togo had detained three of its fishermen, and it protested to Lome.", "it",
     "gha"),
    ("Nepal said India had built a road through the disputed area, and it lodged a "
     "diplomatic protest.", "it", "npl"),
]

NEAR_MISSES = [
    ("Paraguay said Brazil had closed the border after it recalled its ambassador from "
     "Asuncion.", "it", "bra"),
    ("Lithuania said Belarus had pushed migrants across the frontier and that it would "
     "close two checkpoints.", "it", "blr"),
]


@pytest.mark.parametrize("text,pronoun,expected", SPEAKER)
def test_pronoun_of_a_clause_beside_the_report_is_the_speaker(text, pronoun, expected):
    assert expected in resolved(text, pronoun)


@pytest.mark.parametrize("text,pronoun,expected", NEAR_MISSES)
def test_pronoun_inside_the_report_keeps_its_antecedent(text, pronoun, expected):
    assert expected in resolved(text, pronoun)


# "they" reported by a coordination of actors ("The AU and the Arab League said *they*
# supported ...") stands for all of them, not for a plural body of the sentence before
# ("the delegations"): it resolves to no single actor, and the act's doers are the speakers.
# Near miss: a plural body that reports alone ("police said they ...") is the pronoun's.
# (text, the pronoun, a name the pronoun must not resolve to)
COORDINATED_SPEAKERS = [
    ("The delegations will meet again next week. The African Union and the Arab League said "
     "they supported the initiative.", "they", "delegations"),
    ("The envoys left Doha on Monday. Qatar and Egypt said they would keep mediating between "
     "the two sides.", "they", "envoys"),
    ("Border guards patrolled the frontier. Chile and Argentina said they would open a joint "
     "checkpoint.", "they", "border guards"),
]
REPORTING_BODY = [
    ("Rebels attacked a convoy near Goma. Congolese police said they had arrested four men.",
     "they", "congolese police"),
]


@pytest.mark.parametrize("text,pronoun,wrong", COORDINATED_SPEAKERS)
def test_they_of_coordinated_speakers_is_not_an_earlier_body(text, pronoun, wrong):
    assert wrong not in resolved(text, pronoun)


@pytest.mark.parametrize("text,pronoun,expected", REPORTING_BODY)
def test_they_of_a_plural_reporting_body_is_that_body(text, pronoun, expected):
    assert expected in resolved(text, pronoun)


def test_act_of_they_of_coordinated_speakers_is_theirs():
    text = ("The envoys left Doha on Monday. Qatar and Egypt said they backed the new "
            "proposal.")
    ex = actors_of(text)
    names = {a.id: a.name.lower() for a in ex.actors}
    doers = [{names[s] for s in e.source} for e in ex.events if e.source]
    assert any({"qatar", "egypt"} <= d for d in doers), doers
    assert not any("envoys" in d for d in doers), doers
