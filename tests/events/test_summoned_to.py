"""Who summons an envoy when the passive names no by-agent (issue 12, class 1: the embassy
or envoy is no doer of its own summoning), our own wire-style sentences.

"The Dutch ambassador *was summoned to* the Turkish foreign ministry": one is summoned by
whom one is made to come to, so the body or state of the "to" phrase is the doer
(``events/doers.summoner``, ``summoning_verbs`` of ``arguments.yaml``). Near misses: a
meeting one is summoned to is no one; a by-agent, or an active verb, names the doer itself.

Rows: (text, trigger, type, source, target).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

SUMMONS = ("ACCUSE", "CONSULT", "SANCTION")
#: Rows: the body summoned to is the summoner.
SUMMONED_TO = [
    ("Niger's ambassador was summoned to the foreign ministry in Cotonou on Tuesday, the "
     "embassy said.", "summoned", SUMMONS, "foreign ministry", "ambassador"),
    ("The Dutch ambassador was summoned to the Turkish foreign ministry on Monday.",
     "summoned", SUMMONS, "Turkish foreign ministry", "ambassador"),
    ("The Swedish charge d'affaires in Tehran was summoned to the foreign ministry.",
     "summoned", SUMMONS, "foreign ministry", None),
    ("Two Estonian diplomats were summoned to the Russian foreign ministry on Friday.",
     "summoned", SUMMONS, "Russian foreign ministry", None),
    ("The Kenyan envoy was summoned to the Ugandan foreign ministry over the arrests.",
     "summoned", SUMMONS, "Ugandan foreign ministry", None),
]
#: Near misses kept: the by-agent and the subject of the active verb stay the doers.
KEPT = [
    ("The Algerian ambassador was summoned by Morocco's foreign ministry on Monday.",
     "summoned", SUMMONS, "Morocco", "ambassador"),
    ("Morocco summoned the Algerian ambassador on Monday.", "summoned", SUMMONS, "Morocco",
     "ambassador"),
]
#: Near misses: the envoy summoned is not the summoner.
NOT_THE_ENVOY = [
    ("The Dutch ambassador was summoned to the Turkish foreign ministry on Monday.",
     "summoned", SUMMONS, "ambassador", None),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", SUMMONED_TO + KEPT)
def test_the_body_summoned_to_is_the_summoner(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target", NOT_THE_ENVOY)
def test_the_envoy_does_not_summon_himself(text, trigger, type_, source, target):
    expect_none_with(text, trigger, type_, source, target)
