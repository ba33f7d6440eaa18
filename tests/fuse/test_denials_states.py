"""A denial names its victim loosely: by the state ("any target inside Niger", "into
Ethiopia", "no Sierra Leonean citizen"), where the reports of the act name the people or the
unit hit. Such a denial meets the one asserted act of its type, days and doer whose story tells
of that state, so that the two contradict; a denial naming a state the act's story does not tell
of, or denying another doer's act, meets none; of two acts it could deny, it meets the one of
the doer it names, and naming none, neither. Small corpora of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.fuse.acts import Mention
from actorgraph.fuse.denials import join_denials
from actorgraph.fuse.groups import Group
from actorgraph.records import EventKey

from .test_fusion import doc, exported_corpus, one

STORIES = [
    # an air strike: the act names the convoy hit, the denial only the state it lies in
    doc("sahara-strike", "Sahara Wire", "2025-02-08", "Chadian aircraft bombed a convoy of "
        "the Front for Renewal near Madama on Friday, killing six fighters, the front's "
        "spokesman said."),
    doc("sahel-denial", "Sahel Courier", "2025-02-09", "Chad's army denied on Saturday that "
        "its jets had struck any target inside Niger."),
    # shelling across a border: the act names the villagers, the denial the country
    doc("horn-shelling", "Horn Monitor", "2025-06-03", "Eritrean troops shelled the village "
        "of Zalambessa on Monday, wounding four farmers, Ethiopia's defence ministry said."),
    doc("red-sea-denial", "Red Sea Post", "2025-06-04", "Eritrea's information minister "
        "said Eritrean soldiers had not fired a single shell into Ethiopia."),
    # near miss: a denial of strikes inside a state the story does not tell of
    doc("nile-denial", "Nile Herald", "2025-02-10", "Chad's army denied that its jets had "
        "struck any target inside Sudan."),
    # near miss: the act's doer is another state than the denier's
    doc("andes-raid", "Andes Wire", "2025-09-15", "Peruvian soldiers raided a camp of "
        "miners near Tiwinza on Sunday, wounding three of them, Ecuadorian police said."),
    doc("andes-denial", "Quito Daily", "2025-09-16", "Ecuador's army said its soldiers had "
        "not attacked anyone inside Peru."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "denial_states", STORIES)


@pytest.mark.parametrize(("told", "denied"), [
    (("bombed", "sahara-strike"), ("struck", "sahel-denial")),
    (("shelled", "horn-shelling"), ("fired", "red-sea-denial")),
])
def test_a_denial_naming_the_victims_state_meets_the_act(corpus, told, denied) -> None:
    act, denial = one(corpus, *told), one(corpus, *denied)
    assert denial["modality"] in ("negated", "denied"), denial
    assert act["cluster"] == denial["cluster"], (act, denial)
    assert [c for c in corpus["contradictions"] if c["cluster"] == act["cluster"]], \
        corpus["contradictions"]


def test_a_denial_naming_a_state_outside_the_story_meets_no_act(corpus) -> None:
    act, denial = one(corpus, "bombed", "sahara-strike"), one(corpus, "struck", "nile-denial")
    assert act["cluster"] != denial["cluster"]
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]


def test_a_denial_of_another_doers_act_meets_no_act(corpus) -> None:
    act = one(corpus, "raided", "andes-raid")
    denial = one(corpus, "attacked", "andes-denial")
    assert act["cluster"] != denial["cluster"]
    assert not [c for c in corpus["contradictions"] if denial["id"] in (c["a"], c["b"])]


JUNE = dt.date(2022, 6, 1)


def _lone(id_: str, modality: str, sources: set[str], targets: set[str],
          days: tuple[int, int]) -> Group:
    """A cluster of one ASSAULT mention of ``id_``'s document, in the days of June given."""
    e = EventKey(id_, id_.split("#")[0], "ASSAULT", (), (), None, None, None, modality,
                 published=JUNE + dt.timedelta(days[1]))
    window = (JUNE + dt.timedelta(days[0]), JUNE + dt.timedelta(days[1]))
    g = Group("ASSAULT", window, None)
    g.add(Mention([e], frozenset(sources), frozenset(targets), window, None))
    return g


def _joined(denial: Group) -> list[list[str]]:
    strike = _lone("strike#e0", "reported", {"country:TCD"}, {"REBELS"}, (10, 12))
    raid = _lone("raid#e0", "reported", set(), {"country:TCD"}, (15, 17))  # "gunmen attacked"
    told = {"strike": {"country:TCD", "REBELS", "country:LBY"},
            "raid": {"country:TCD", "country:LBY"}, "denial": {"country:TCD", "country:LBY"}}
    groups = join_denials([strike, raid, denial], {}, {}, told)
    return sorted(sorted(e.id for e in g.members) for g in groups)


def test_of_two_acts_it_could_deny_a_denial_meets_the_one_of_the_doer_it_names() -> None:
    # "the defence ministry denied that its aircraft had struck anything inside Libya": the
    # strike by Chad, not the raid whose doer nobody names
    denial = _lone("denial#e0", "denied", {"country:TCD"}, {"country:LBY"}, (-15, 16))
    assert _joined(denial) == [["denial#e0", "strike#e0"], ["raid#e0"]]


def test_of_two_acts_a_denial_naming_no_doer_meets_neither() -> None:
    denial = _lone("denial#e0", "negated", set(), {"country:LBY"}, (-15, 16))
    assert _joined(denial) == [["denial#e0"], ["raid#e0"], ["strike#e0"]]
