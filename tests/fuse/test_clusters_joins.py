"""Event clusters: reports that name no party join the act told just before them in their
report ("Gunmen stormed a police post at Walo on Friday. Four officers died."), and two modes
of one act done by the same actors on one day in one place are one event (marchers blocking
the road they march on, a trawler seized and its crew held). Near misses: a restatement far
from both acts of its report, two modes that are two acts, and modes of one act told days
apart. Every sentence is invented for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from actorgraph.records import EventKey

from .test_clusters_recall import D, in_both_orders, key, together


def at(e: EventKey, begin: int, end: int, start: int | None = None) -> EventKey:
    """``e`` in the sentence that spans ``begin``..``end`` of its document, its trigger at
    ``start`` (five characters in, unless given)."""
    return replace(e, sentence_start=begin, sentence_end=end,
                   start=begin + 5 if start is None else start)


MAY_3 = D(2025, 5, 3)
# (the reports, events, expected clusters)
FOLLOWS = [
    ("'Rebels stormed a police post on Friday. [...] Gunmen seized a bus driver. Two "
     "passengers were wounded.': the wounding is the seizure's",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         700, 790),
      at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 4)), 791, 850)],
     [{"a#e0"}, {"a#e1", "a#e2"}]),
    ("'Rebels stormed a police post on Friday. Four officers died. [...] Gunmen seized a "
     "driver': the deaths follow the raid",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", kind="ASSAULT", published=D(2025, 5, 4)), 121, 170),
      at(key("a#e2", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         700, 790)],
     [{"a#e0", "a#e1"}, {"a#e2"}]),
    ("one sentence between: 'Gunmen seized a driver. His family appealed. Two passengers "
     "were hurt.'",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         700, 790),
      at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 4)), 900, 960)],
     [{"a#e0"}, {"a#e1", "a#e2"}]),
    ("'A helicopter fired on Baro market on Sunday, days after last week's raid on the post. "
     "Nine traders died.': the deaths are of the act the sentence reports, not the raid",
     [at(key("a#e0", ("CONGO",), (), MAY_3, "ASSAULT", published=D(2025, 5, 6)), 0, 140),
      at(key("a#e1", ("REBELS",), ("CONGO",), D(2025, 4, 29), "ASSAULT",
             published=D(2025, 5, 6)), 0, 140, start=60),
      replace(at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 6)), 141, 170), start=150)],
     [{"a#e0", "a#e2"}, {"a#e1"}]),
    ("near miss: 'The army denied shelling the camp. Two were hurt there.': no act told as "
     "done comes before the wounding",
     [at(key("a#e0", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      replace(at(key("a#e1", ("CONGO",), (), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
                 700, 790), modality="denied"),
      at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 4)), 791, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: 'Rebels seized a driver at Bulo. Two were hurt at Kora on Friday.': a "
     "report with its own town and day tells its own act",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
             place="walo"), 0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
             place="bulo"), 700, 790),
      at(key("a#e2", date=D(2025, 5, 2), kind="ASSAULT", published=D(2025, 5, 4),
             place="kora"), 791, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: 'Rebels seized a driver. The army would not confirm any shooting.'",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         700, 790),
      at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 4), modality="unconfirmed"),
         791, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: 'Rebels seized a driver. Militiamen shelled the camp.': a doer of its own, "
     "though no party, is another act",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         700, 790),
      at(key("a#e2", ("CROWD",), kind="ASSAULT", published=D(2025, 5, 4)), 791, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: the killings told many sentences after both acts stay alone",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         300, 390),
      at(key("a#e2", kind="ASSAULT", published=D(2025, 5, 4)), 1600, 1660)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: an act told after it, not before ('Two were hurt. Then gunmen seized a "
     "driver.'), is not the one it follows",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", kind="ASSAULT", published=D(2025, 5, 4)), 700, 760),
      at(key("a#e2", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         761, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: the act just before is of another type ('Police arrested two. Three "
     "were hurt.') and the attack is far",
     [at(key("a#e0", ("REBELS",), ("CONGO",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         0, 120),
      at(key("a#e1", ("POLICE",), ("NDEZE",), MAY_3, "COERCE", published=D(2025, 5, 4)),
         700, 790),
      at(key("a#e2", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4)),
         1500, 1590),
      at(key("a#e3", kind="ASSAULT", published=D(2025, 5, 4)), 791, 850)],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}, {"a#e3"}]),
]

# (the reports, events, expected clusters): one town, one day, victims named two ways
TOWNS = [
    ("'three surveyors were kidnapped near Pesu on Monday' / 'two bureau staff and a boatman "
     "were abducted at Pesu on Monday'",
     [replace(key("a#e0", (), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("b#e0", (), ("KENYA",), MAY_3, "ASSAULT", published=D(2025, 5, 6),
                  mode="abduct", place="pesu"), cameo="181")],
     [{"a#e0", "b#e0"}]),
    ("near miss: two abductions at Pesu a week apart",
     [replace(key("a#e0", (), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("b#e0", (), ("KENYA",), D(2025, 5, 10), "ASSAULT", published=D(2025, 5, 11),
                  mode="abduct", place="pesu"), cameo="181")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: at Pesu on Monday, rebels abducted surveyors and police abducted a trader",
     [replace(key("a#e0", ("REBELS",), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("b#e0", ("POLICE",), ("KENYA",), MAY_3, "ASSAULT", published=D(2025, 5, 6),
                  mode="abduct", place="pesu"), cameo="181")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: two meetings in one capital on one day, of other sides",
     [key("a#e0", ("SARO",), ("EGYPT",), MAY_3, published=D(2025, 5, 4), place="cairo"),
      key("b#e0", ("OKAFOR",), ("KENYA",), MAY_3, published=D(2025, 5, 4), place="cairo")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: an undated report of an abduction at Pesu (any day of its week)",
     [replace(key("a#e0", (), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("b#e0", (), ("KENYA",), kind="ASSAULT", published=D(2025, 5, 6),
                  mode="abduct", place="pesu"), cameo="181")],
     [{"a#e0"}, {"b#e0"}]),
]

# (the reports, events, expected clusters): two modes of one type
MODES = [
    ("'Marchers blocked the Tarvo bridge on Saturday' / 'a demonstration crossed Tarvo on "
     "Saturday': obstructing the road is part of the march",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="obstruct",
          place="tarvo"),
      key("b#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 5), mode="demo",
          place="tarvo")],
     [{"a#e0", "b#e0"}]),
    ("'the coastguard seized a trawler on Saturday' / 'the coastguard detained the "
     "trawler's crew on Saturday'",
     [replace(key("a#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 4),
                  mode="seize"), cameo="1711"),
      replace(key("b#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 5),
                  mode="arrest"), cameo="173")],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'marchers crossed Tarvo on Saturday' / 'rioters burned shops there on "
     "Sunday night': the riot after the march",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="demo",
          place="tarvo"),
      key("b#e0", ("CROWD",), (), D(2025, 5, 4), "PROTEST", published=D(2025, 5, 5),
          mode="riot", place="tarvo")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'drivers have blocked the road since Tuesday, a day after Monday's march'",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 5), mode="demo"),
      key("b#e0", ("CROWD",), (), D(2025, 5, 4), "PROTEST", published=D(2025, 5, 5),
          mode="obstruct")],
     [{"a#e0"}, {"b#e0"}]),
    ("'gunmen abducted two surveyors near Pesu on Monday' / 'no camp was burned, the army "
     "says' (undated): an abduction is not the burning of camps",
     [replace(key("a#e0", (), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("a#e1", kind="ASSAULT", published=D(2025, 5, 4), mode="destroy",
                  modality="negated"), cameo="180")],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: 'the kidnapping near Pesu' / 'no group has claimed the abduction' (no mode "
     "told) are one act",
     [replace(key("a#e0", (), ("NDEZE",), MAY_3, "ASSAULT", published=D(2025, 5, 4),
                  mode="abduct", place="pesu"), cameo="181"),
      replace(key("b#e0", kind="ASSAULT", published=D(2025, 5, 5), mode="abduct"),
              cameo="181")],
     [{"a#e0", "b#e0"}]),
    ("one report: 'the navy seized the trawler Lemba on Saturday' ... 'the crew's detention "
     "has angered Pesu' (undated): one act told by one report in two modes",
     [replace(key("a#e0", ("POLICE",), ("NDEZE",), MAY_3, "COERCE", published=D(2025, 5, 4),
                  mode="seize"), cameo="1711"),
      replace(key("a#e1", (), ("NDEZE",), kind="COERCE", published=D(2025, 5, 4),
                  mode="arrest"), cameo="173")],
     [{"a#e0", "a#e1"}]),
    ("one report: 'a rally filled Tarvo square on Saturday' ... 'protesters blocked the "
     "ring road' (undated)",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="demo",
          place="tarvo"),
      key("a#e1", ("CROWD",), (), kind="PROTEST", published=D(2025, 5, 4), mode="obstruct")],
     [{"a#e0", "a#e1"}]),
    ("near miss: one report, a march on Saturday and the road blocked on Tuesday (both dated)",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 8), mode="demo",
          place="tarvo"),
      key("a#e1", ("CROWD",), (), D(2025, 5, 6), "PROTEST", published=D(2025, 5, 8),
          mode="obstruct", place="tarvo")],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: one report, a march and a strike are two acts",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="demo"),
      key("a#e1", ("CROWD",), (), kind="PROTEST", published=D(2025, 5, 4), mode="strike")],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: one report, 'the government banned street demonstrations on Saturday' / "
     "'police blocked the road to the square' (undated): a blockade is no ban",
     [replace(key("a#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 4),
                  mode="restrict"), cameo="172"),
      replace(key("a#e1", ("POLICE",), (), kind="COERCE", published=D(2025, 5, 4),
                  mode="restrict"), cameo="191")],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: a march and a strike on one day are two acts",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="demo"),
      key("b#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 5), mode="strike")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a march on Saturday and the road blocked on Tuesday",
     [key("a#e0", ("CROWD",), (), MAY_3, "PROTEST", published=D(2025, 5, 4), mode="demo",
          place="tarvo"),
      key("b#e0", ("CROWD",), (), D(2025, 5, 6), "PROTEST", published=D(2025, 5, 7),
          mode="obstruct", place="tarvo")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a curfew and arrests (a ban and arrests) are two acts",
     [replace(key("a#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 4),
                  mode="curfew"), cameo="1723"),
      replace(key("b#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 5),
                  mode="arrest"), cameo="173")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a release and a withdrawal are two acts",
     [key("a#e0", ("REBELS",), (), MAY_3, "RETREAT", published=D(2025, 5, 4), mode="release"),
      key("b#e0", ("REBELS",), (), MAY_3, "RETREAT", published=D(2025, 5, 5),
          mode="withdraw")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a trawler seized on Saturday and arrests told only as 'last week'",
     [replace(key("a#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 4),
                  mode="seize"), cameo="1711"),
      replace(key("b#e0", ("POLICE",), (), MAY_3, "COERCE", published=D(2025, 5, 9),
                  mode="arrest", precision="week"), cameo="173")],
     [{"a#e0"}, {"b#e0"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), FOLLOWS + TOWNS + MODES,
                         ids=[c[0][:60] for c in FOLLOWS + TOWNS + MODES])
def test_reports_of_one_act(case: str, events: list[EventKey],
                            expected: list[set[str]]) -> None:
    assert in_both_orders(together, events) == [expected, expected], case
