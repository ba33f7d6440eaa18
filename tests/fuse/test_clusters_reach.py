"""Event clusters: a report whose text goes back weeks (a retrospective: "What we know, three
weeks on") tells again, undated, acts of that time ("Two herders were killed on 1 March. A
Namibian patrol shot them."): an undated happening of such a report (the publication date
standing in) lies anywhere from the earliest act its text dates to its report
(``retrospectives.reach``), not only in the report's week.

Traps: a report that dates nothing before its week keeps the week; a type of which the report
dates an act in its own week keeps the week for its undated mentions (they retell that act:
"met in Maseru on Thursday ... the lakeside meeting"); agreements (one per round of talks)
keep the week, though disputed words reach back as happenings do
(``retrospectives.DISPUTED``); a year, or background years back, reaches no further than
``LOOKS_BACK`` days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from actorgraph.fuse.acts import BEFORE_REPORT, window
from actorgraph.fuse.clusters import cluster
from actorgraph.fuse.retrospectives import LOOKS_BACK, looks_back, reach
from actorgraph.records import EventKey

PARTY = {"NAMIBIA": frozenset({"country:NAM"}), "ANGOLA": frozenset({"country:AGO"}),
         "HERDERS": frozenset({"country:NAM"})}
D = dt.date
MARCH_1, MARCH_24 = D(2027, 3, 1), D(2027, 3, 24)


def key(id_: str, kind: str = "ASSAULT", date: dt.date | None = None, *, published: dt.date,
        precision: str = "day", modality: str = "asserted",
        sides: tuple[str, str] = ("ANGOLA", "HERDERS")) -> EventKey:
    """An event of document ``a``, ``b``...; with no ``date``, the publication date stands
    in."""
    return EventKey(id_, id_.split("#")[0], kind, (sides[0],), (sides[1],), None,
                    date or published, precision, modality=modality, published=published,
                    date_basis="text" if date is not None else "publication")


def together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, PARTY)),
                  key=lambda s: sorted(s))


def test_an_undated_act_of_a_retrospective_lies_back_to_its_earliest_date() -> None:
    since = reach([key("r#e0", date=MARCH_1, published=MARCH_24),
                   key("r#e1", published=MARCH_24)])
    assert since == {("r", "ASSAULT"): D(2027, 2, 28)}
    got = window(key("r#e1", published=MARCH_24), since[("r", "ASSAULT")])
    assert got == (D(2027, 2, 28), D(2027, 3, 25))


def test_a_text_date_keeps_its_window() -> None:
    early = D(2027, 2, 1)
    assert window(key("r#e0", date=D(2027, 3, 20), published=MARCH_24), early) == (
        D(2027, 3, 19), D(2027, 3, 21))


def test_an_act_told_as_earlier_lies_back_to_the_reach_of_its_retrospective() -> None:
    """"Algiers says no shot had been fired": before the report by a span the text does not
    give, the month before it; in a retrospective whose text reaches back further, as far as
    that (as an act its publication date stands in for)."""
    undated = EventKey("r#e1", "r", "ASSAULT", (), (), None, None, None, published=MARCH_24)
    assert window(undated) == (D(2027, 2, 21), D(2027, 3, 25))
    assert window(undated, D(2027, 2, 1)) == (D(2027, 2, 1), D(2027, 3, 25))


def test_what_does_not_widen() -> None:
    news = D(2027, 3, 22)
    assert reach([key("r#e0", date=news, published=MARCH_24)]) == {}  # nothing older
    # the report's own news: a meeting of its week; an agreement
    assert reach([key("r#e0", date=MARCH_1, published=MARCH_24),
                  key("r#e1", "CONSULT", news, published=MARCH_24),
                  key("r#e2", "CONSULT", published=MARCH_24),
                  key("r#e3", "AGREE", published=MARCH_24)]) == {
        ("r", "ASSAULT"): D(2027, 2, 28)}
    # a year is no reach; background years back reaches LOOKS_BACK days at most
    assert reach([key("r#e0", date=D(2027, 1, 1), precision="year", published=MARCH_24),
                  key("r#e1", published=MARCH_24)]) == {}
    assert reach([key("r#e0", date=D(2015, 5, 3), published=MARCH_24)]) == {
        ("r", "ASSAULT"): MARCH_24 - dt.timedelta(LOOKS_BACK)}


def test_a_retrospective_retells_the_act_of_three_weeks_before() -> None:
    """(1 March) 'Angolan soldiers shot two Namibian herders near Rundu on Sunday' / (24
    March) 'Two herders were killed on 1 March. An Angolan patrol shot them.'"""
    got = together(key("a#e0", date=MARCH_1, published=D(2027, 3, 2)),
                   key("b#e0", date=MARCH_1, published=MARCH_24),
                   key("b#e1", published=MARCH_24))
    assert got == [{"a#e0", "b#e0", "b#e1"}]


def test_a_report_dating_nothing_older_keeps_its_week() -> None:
    got = together(key("a#e0", date=MARCH_1, published=D(2027, 3, 2)),
                   key("b#e0", published=MARCH_24))
    assert got == [{"a#e0"}, {"b#e0"}]
    assert (MARCH_24 - MARCH_1).days > BEFORE_REPORT


# A piece its headline labels as looking back (an analysis, an explainer, "what we know")
# retells weeks-old acts undated even when its text dates none of them ("The first curfew
# ended with a death; the second passed quietly"): its undated happenings reach back
# ``LOOKS_BACK`` days. A headline that only uses such a word is no label.
LOOKING_BACK = [
    "Analysis: a ceasefire nobody signed",
    "ANALYSIS-Drought tests the Ruvo coalition",
    "ANALYSIS | The port strike, a month on",
    "Explainer: why the Tamsa crossing closed",
    "What we know about the seizure of the ferry Osprey",
    "Ferry seizure off Kallo: what we know so far",
    "Q&A: the water-sharing treaty",
    "Opinion: curfews are no policy",
    "Comment - The junta's long summer",
    "In depth: three months of strikes at Dovrel",
    "Timeline: the Kallo border dispute",
    "The week in review: talks, truces and a walkout",
]
NOT_LOOKING_BACK = [
    "Analysts say the Ruvo talks will fail",
    "Police analysis of the blast site begins",
    "Minister explains border closure to farmers",
    "We know who attacked the depot, says governor",
    "Live: protests in the capital",
    "Comments by envoy anger Dovrel",
    "Opinion poll puts opposition ahead",
    "",
]


def test_a_headline_label_marks_a_piece_looking_back() -> None:
    assert [t for t in LOOKING_BACK if not looks_back(t)] == []
    assert [t for t in NOT_LOOKING_BACK if looks_back(t)] == []
    assert not looks_back(None)


def labelled(e: EventKey, title: str = "Analysis: two curfews in a month") -> EventKey:
    return replace(e, title=title)


def test_an_analysis_dating_nothing_reaches_back() -> None:
    since = reach([labelled(key("r#e0", published=MARCH_24)),
                   labelled(key("r#e1", "AGREE", published=MARCH_24))])
    assert since == {("r", "ASSAULT"): MARCH_24 - dt.timedelta(LOOKS_BACK)}
    # its own week's news keeps the week; the same report unlabelled reaches nowhere
    assert reach([labelled(key("r#e0", date=D(2027, 3, 22), published=MARCH_24)),
                  labelled(key("r#e1", published=MARCH_24))]) == {}
    assert reach([key("r#e0", published=MARCH_24)]) == {}


def test_an_analysis_retells_the_act_of_three_weeks_before_undated() -> None:
    """(1 March) 'Angolan soldiers shot two Namibian herders near Rundu on Sunday' / (24
    March, 'Analysis: ...') 'The shooting of the herders is still unexplained.'"""
    got = together(key("a#e0", date=MARCH_1, published=D(2027, 3, 2)),
                   labelled(key("b#e0", published=MARCH_24)))
    assert got == [{"a#e0", "b#e0"}]
    got = together(key("a#e0", date=MARCH_1, published=D(2027, 3, 2)),
                   labelled(key("b#e0", published=MARCH_24), "Herders shot near Rundu"))
    assert got == [{"a#e0"}, {"b#e0"}]


# Words a later report disputes or denies (a demand, an accusation, a refusal, a threat) are
# told again, undated, by a report whose text goes back weeks, as happenings are: "whether
# Tarsia ever asked for a pause is still disputed", "Tarsia has asked Belvania for nothing of
# the kind". Agreements are not (a story holds one per round of talks), and a report dating
# nothing older keeps its week for words as for acts.
APRIL_2, MAY_9 = D(2027, 4, 2), D(2027, 5, 9)


def asked(id_: str, modality: str = "asserted", kind: str = "REQUEST", **dated) -> EventKey:
    return key(id_, kind, modality=modality, sides=("TARSIA", "BELVANIA"), **dated)


WORDS = {"TARSIA": frozenset({"country:TRS"}), "BELVANIA": frozenset({"country:BLV"})}


def words_together(*events: EventKey) -> list[set[str]]:
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, WORDS)),
                  key=lambda s: sorted(s))


# the earlier report (the request told the day it was made) and a retrospective five weeks on
# whose text dates a blockade of 3 April
REQUEST_TOLD = asked("a#e0", published=APRIL_2)
BLOCKADE = key("b#e0", "PROTEST", D(2027, 4, 3), published=MAY_9, sides=("TARSIA", "TARSIA"))


def test_a_retrospective_retells_words_of_weeks_before_undated() -> None:
    """'Whether Tarsia ever asked Belvania for a pause is still disputed' (9 May)."""
    got = words_together(REQUEST_TOLD, BLOCKADE, asked("b#e1", "reported", published=MAY_9))
    assert {"a#e0", "b#e1"} in got


def test_a_retrospective_denies_words_of_weeks_before() -> None:
    """'Tarsia has asked Belvania for nothing of the kind' (9 May)."""
    got = words_together(REQUEST_TOLD, BLOCKADE, asked("b#e1", "negated", published=MAY_9))
    assert {"a#e0", "b#e1"} in got
    assert reach([BLOCKADE, asked("b#e1", published=MAY_9)])[("b", "REQUEST")] == APRIL_2


def test_words_of_a_report_dating_nothing_older_keep_its_week() -> None:
    got = words_together(REQUEST_TOLD, asked("b#e1", "reported", published=MAY_9))
    assert {"a#e0"} in got and {"b#e1"} in got


def test_an_agreement_in_a_retrospective_keeps_its_week() -> None:
    """'The two agreed to share the survey' (9 May) is not the agreement of 2 April."""
    agreed = [asked("a#e0", kind="AGREE", published=APRIL_2), BLOCKADE,
              asked("b#e1", "reported", kind="AGREE", published=MAY_9)]
    assert ("b", "AGREE") not in reach(agreed)
    assert {"b#e1"} in words_together(*agreed)
