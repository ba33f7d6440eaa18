"""Mentions with no actor of their own (``reference``: "traced the shelling of the market",
"traced the hijacking of a ferry") join the event of their type, time and place that
another report names the parties of; two such mentions in two documents, with no report
naming anyone, are never one event on their own: each stays alone. Small corpora of our
own, several outlets."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus, one

CORPUS = [
    # an attack whose first report names the doers, a second outlet only the act
    doc("kadada-shelled", "Darfur Wire", "2025-04-13", "Sudanese troops shelled the village "
        "of Um Kadada on Saturday, killing four people, residents said."),
    doc("kadada-market", "Sahel Post", "2025-04-14", "A nurse traced the shelling of the "
        "market in Um Kadada on Saturday to army positions."),
    # two outlets tell a ferry hijacked and name no one: nothing to join
    doc("tobruk-ferry", "Coast Wire", "2025-06-09", "The port's manager traced the hijacking "
        "of a ferry near Tobruk on Sunday to a local gang."),
    doc("tobruk-again", "Harbour Post", "2025-06-10", "A coastguard official traced the "
        "hijacking of a ferry near Tobruk on Sunday to smugglers."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "bare", CORPUS)


def test_a_mention_with_no_actor_joins_the_event_another_report_names(corpus) -> None:
    named = one(corpus, "shelled", "kadada-shelled")
    bare = one(corpus, "traced the shelling", "kadada-market")
    assert bare["reference"] and not (bare["source"] or bare["target"]), bare
    assert named["cluster"] == bare["cluster"], (named, bare)


def test_mentions_with_no_actor_are_no_event_across_documents_alone(corpus) -> None:
    first = one(corpus, "traced the hijacking", "tobruk-ferry")
    second = one(corpus, "traced the hijacking", "tobruk-again")
    assert first["reference"] and second["reference"], (first, second)
    assert first["cluster"] != second["cluster"], (first, second)
